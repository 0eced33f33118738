package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"clave/internal/kam"
)

// ContactService implements kam.ContactService.
type ContactService struct{ db *DB }

var _ kam.ContactService = (*ContactService)(nil)

// NewContactService returns the contact service of db.
func NewContactService(db *DB) *ContactService { return &ContactService{db: db} }

func contactFields(c *kam.Contact) []field {
	return []field{
		{"account_id", c.AccountID}, {"name", c.Name}, {"title", c.Title}, {"email", c.Email},
		{"phone", c.Phone}, {"mobile", c.Mobile}, {"is_primary", c.Primary},
		{"buying_role", string(c.BuyingRole)}, {"attitude", string(c.Attitude)}, {"influence", string(c.Influence)},
		{"reports_to", c.ReportsTo}, {"relationship_owner", c.RelationshipOwner},
		{"last_interaction", c.LastInteraction}, {"notes", c.Notes},
	}
}

func contactLocal(c *kam.Contact) []field {
	return []field{{"name_key", kam.NameKey(c.Name)}, {"updated_at", formatTime(c.UpdatedAt)}}
}

const contactColumns = `c.id, c.account_id, a.name, c.name, c.title, c.email, c.phone, c.mobile, c.is_primary,
	c.buying_role, c.attitude, c.influence, c.reports_to, c.relationship_owner, c.last_interaction, c.notes,
	c.created_at, c.updated_at, c.deleted_at`

func scanContact(s interface{ Scan(...any) error }) (*kam.Contact, error) {
	var c kam.Contact
	var created, updated string
	var deleted sql.NullString
	err := s.Scan(&c.ID, &c.AccountID, &c.AccountName, &c.Name, &c.Title, &c.Email, &c.Phone, &c.Mobile, &c.Primary,
		&c.BuyingRole, &c.Attitude, &c.Influence, &c.ReportsTo, &c.RelationshipOwner, &c.LastInteraction, &c.Notes,
		&created, &updated, &deleted)
	if err != nil {
		return nil, err
	}
	c.CreatedAt, c.UpdatedAt, c.DeletedAt = parseTime(created), parseTime(updated), parseNullTime(deleted)
	return &c, nil
}

// FindContactByID returns a live contact. Returns ENOTFOUND.
func (s *ContactService) FindContactByID(ctx context.Context, id string) (*kam.Contact, error) {
	return findContact(ctx, s.db.read, id, false)
}

func findContact(ctx context.Context, q queryer, id string, withDeleted bool) (*kam.Contact, error) {
	query := `SELECT ` + contactColumns + ` FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE c.id = ?`
	if !withDeleted {
		query += ` AND c.deleted_at IS NULL AND a.deleted_at IS NULL`
	}
	c, err := scanContact(q.QueryRowContext(ctx, query, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, &kam.Error{Code: kam.ENOTFOUND, Key: "error.contact.not_found", Op: "findContact " + id}
	}
	return c, err
}

// FindContacts returns a page of live contacts and the number matching. Deleting an account
// tombstones its contacts, so the count needs no join with accounts (which cost seconds at
// 500k contacts). Without an explicit sort, an account's contacts come primary first and the
// whole list by name; "account" groups by account in creation order, along an index.
func (s *ContactService) FindContacts(ctx context.Context, f kam.ContactFilter) ([]*kam.Contact, int, error) {
	where := []string{"c.deleted_at IS NULL"}
	var args []any
	if f.ID != "" {
		where, args = append(where, "c.id = ?"), append(args, f.ID)
	}
	if f.AccountID != "" {
		where, args = append(where, "c.account_id = ?"), append(args, f.AccountID)
	}
	if cond, a := textFilter("c", "contacts_fts", f.Query, false); cond != "" {
		where, args = append(where, cond), append(args, a...)
	}
	cond := strings.Join(where, " AND ")
	var total int
	if err := s.db.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM contacts c WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	dir := " ASC"
	if f.Desc {
		dir = " DESC"
	}
	var order string
	switch {
	case f.Sort == "account":
		order = "c.account_id" + dir + ", c.name_key"
	case f.Sort == "updated":
		order = "c.updated_at" + dir
	case f.Sort == "" && f.AccountID != "":
		order = "c.is_primary DESC, c.name_key" + dir + ", c.rid"
	default:
		order = "c.name_key" + dir + ", c.rid"
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	q := `SELECT ` + contactColumns + ` FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE ` + cond + ` ORDER BY ` + order + ` LIMIT ? OFFSET ?`
	rows, err := s.db.read.QueryContext(ctx, q, append(args, limit, max(f.Offset, 0))...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []*kam.Contact
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, c)
	}
	return out, total, rows.Err()
}

// CreateContact validates and stores a contact. Returns EINVALID, ENOTFOUND.
func (s *ContactService) CreateContact(ctx context.Context, c *kam.Contact) error {
	tx, err := s.db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := createContact(ctx, tx, c); err != nil {
		return err
	}
	return tx.Commit()
}

func createContact(ctx context.Context, tx *Tx, c *kam.Contact) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	a, err := findAccount(ctx, tx, c.AccountID, false)
	if err != nil {
		return err
	}
	if err := checkReportsTo(ctx, tx, c); err != nil {
		return err
	}
	c.ID = newID()
	c.AccountName = a.Name
	c.CreatedAt, c.UpdatedAt, c.DeletedAt = tx.now, tx.now, nil
	local := append(contactLocal(c), field{"created_at", formatTime(c.CreatedAt)})
	if err := tx.insertRow(ctx, "contacts", c.ID, c.AccountID, contactFields(c), local); err != nil {
		return err
	}
	if c.Primary {
		return clearOtherPrimaries(ctx, tx, c)
	}
	return nil
}

// checkReportsTo makes sure a manager is a live contact of the same account. Returns EINVALID.
func checkReportsTo(ctx context.Context, tx *Tx, c *kam.Contact) error {
	if c.ReportsTo == "" {
		return nil
	}
	m, err := findContact(ctx, tx, c.ReportsTo, false)
	if err != nil || m.AccountID != c.AccountID {
		return &kam.Error{Code: kam.EINVALID, Key: "error.contact.invalid", Fields: map[string]string{"reportsTo": "error.contact.reports_to_other_account"}}
	}
	// Walk up the chain to refuse cycles (A reports to B reports to A).
	seen := map[string]bool{c.ID: true}
	for id := m.ID; id != ""; {
		if seen[id] {
			return &kam.Error{Code: kam.EINVALID, Key: "error.contact.invalid", Fields: map[string]string{"reportsTo": "error.contact.reports_to_cycle"}}
		}
		seen[id] = true
		if err := tx.QueryRowContext(ctx, `SELECT reports_to FROM contacts WHERE id = ?`, id).Scan(&id); err != nil {
			return err
		}
	}
	return nil
}

// clearOtherPrimaries keeps one primary contact per account.
func clearOtherPrimaries(ctx context.Context, tx *Tx, c *kam.Contact) error {
	ids, err := queryIDs(ctx, tx, `SELECT id FROM contacts WHERE account_id = ? AND id <> ? AND is_primary = 1 AND deleted_at IS NULL`, c.AccountID, c.ID)
	if err != nil {
		return err
	}
	no := false
	for _, id := range ids {
		if _, _, err := updateContact(ctx, tx, id, kam.ContactUpdate{Primary: &no}); err != nil {
			return err
		}
	}
	return nil
}

// UpdateContact applies a partial update. Returns ENOTFOUND, EINVALID.
func (s *ContactService) UpdateContact(ctx context.Context, id string, upd kam.ContactUpdate) (*kam.Contact, error) {
	tx, err := s.db.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	c, changed, err := updateContact(ctx, tx, id, upd)
	if err != nil {
		return nil, err
	}
	if changed && upd.Primary != nil && *upd.Primary {
		if err := clearOtherPrimaries(ctx, tx, c); err != nil {
			return nil, err
		}
	}
	return c, tx.Commit()
}

func updateContact(ctx context.Context, tx *Tx, id string, upd kam.ContactUpdate) (*kam.Contact, bool, error) {
	c, err := findContact(ctx, tx, id, false)
	if err != nil {
		return nil, false, err
	}
	old := contactFields(c)
	upd.Apply(c)
	c.Normalize()
	if err := c.Validate(); err != nil {
		return nil, false, err
	}
	if upd.ReportsTo != nil {
		if err := checkReportsTo(ctx, tx, c); err != nil {
			return nil, false, err
		}
	}
	prev := c.UpdatedAt
	c.UpdatedAt = tx.now
	changed, err := tx.updateRow(ctx, "contacts", c.ID, c.AccountID, old, contactFields(c), contactLocal(c))
	if !changed {
		c.UpdatedAt = prev
	}
	return c, changed, err
}

// DeleteContact tombstones a contact; contacts reporting to it keep the link so undo restores
// the chart. Returns ENOTFOUND.
func (s *ContactService) DeleteContact(ctx context.Context, id string) error {
	tx, err := s.db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c, err := findContact(ctx, tx, id, false)
	if err != nil {
		return err
	}
	if err := tx.setDeleted(ctx, "contacts", id, c.AccountID, true); err != nil {
		return err
	}
	return tx.Commit()
}

// UndeleteContact restores a tombstoned contact of a live account. Returns ENOTFOUND.
func (s *ContactService) UndeleteContact(ctx context.Context, id string) (*kam.Contact, error) {
	tx, err := s.db.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	c, err := findContact(ctx, tx, id, true)
	if err != nil {
		return nil, err
	}
	if _, err := findAccount(ctx, tx, c.AccountID, false); err != nil {
		return nil, err
	}
	if c.DeletedAt != nil {
		if err := tx.setDeleted(ctx, "contacts", id, c.AccountID, false); err != nil {
			return nil, err
		}
		c.DeletedAt, c.UpdatedAt = nil, tx.now
	}
	return c, tx.Commit()
}
