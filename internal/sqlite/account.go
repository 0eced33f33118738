package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"clave/internal/kam"
)

// AccountService implements kam.AccountService.
type AccountService struct{ db *DB }

var _ kam.AccountService = (*AccountService)(nil)

// NewAccountService returns the account service of db.
func NewAccountService(db *DB) *AccountService { return &AccountService{db: db} }

// accountFields lists an account's synced columns in a fixed order.
func accountFields(a *kam.Account) []field {
	return []field{
		{"name", a.Name}, {"legal_name", a.LegalName}, {"tax_id", a.TaxID}, {"type", string(a.Type)},
		{"industry", a.Industry}, {"segment", a.Segment}, {"status", string(a.Status)},
		{"address", a.Address}, {"city", a.City}, {"region", a.Region}, {"country", a.Country},
		{"phone", a.Phone}, {"email", a.Email}, {"website", a.Website}, {"lead_source", string(a.LeadSource)},
		{"owner", a.Owner}, {"potential_minor", a.Potential.Amount}, {"potential_currency", a.Potential.Currency},
		{"key_account", a.KeyAccount}, {"notes", a.Notes}, {"first_sale_on", a.FirstSaleOn},
	}
}

// accountLocal lists the derived and local columns written alongside the synced ones.
func accountLocal(a *kam.Account) []field {
	return []field{{"name_key", kam.NameKey(a.Name)}, {"tax_id_key", a.TaxIDKey()}, {"updated_at", formatTime(a.UpdatedAt)}}
}

const accountColumns = `id, name, legal_name, tax_id, type, industry, segment, status, address, city, region, country,
	phone, email, website, lead_source, owner, potential_minor, potential_currency, key_account, notes,
	first_sale_on, created_at, updated_at, deleted_at`

func scanAccount(s interface{ Scan(...any) error }) (*kam.Account, error) {
	var a kam.Account
	var created, updated string
	var deleted sql.NullString
	err := s.Scan(&a.ID, &a.Name, &a.LegalName, &a.TaxID, &a.Type, &a.Industry, &a.Segment, &a.Status,
		&a.Address, &a.City, &a.Region, &a.Country, &a.Phone, &a.Email, &a.Website, &a.LeadSource, &a.Owner,
		&a.Potential.Amount, &a.Potential.Currency, &a.KeyAccount, &a.Notes, &a.FirstSaleOn,
		&created, &updated, &deleted)
	if err != nil {
		return nil, err
	}
	a.CreatedAt, a.UpdatedAt, a.DeletedAt = parseTime(created), parseTime(updated), parseNullTime(deleted)
	return &a, nil
}

// FindAccountByID returns a live account. Returns ENOTFOUND.
func (s *AccountService) FindAccountByID(ctx context.Context, id string) (*kam.Account, error) {
	return findAccount(ctx, s.db.read, id, false)
}

// findAccount loads an account by id; withDeleted also finds tombstones.
func findAccount(ctx context.Context, q queryer, id string, withDeleted bool) (*kam.Account, error) {
	query := `SELECT ` + accountColumns + ` FROM accounts WHERE id = ?`
	if !withDeleted {
		query += ` AND deleted_at IS NULL`
	}
	a, err := scanAccount(q.QueryRowContext(ctx, query, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, &kam.Error{Code: kam.ENOTFOUND, Key: "error.account.not_found", Op: "findAccount " + id}
	}
	return a, err
}

// FindAccounts returns a page of live accounts and the number matching the filter.
func (s *AccountService) FindAccounts(ctx context.Context, f kam.AccountFilter) ([]*kam.Account, int, error) {
	where, args := accountWhere(f)
	var total int
	if err := s.db.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM accounts WHERE `+where, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	q := `SELECT ` + accountColumns + ` FROM accounts WHERE ` + where + ` ORDER BY ` + accountOrder(f) + ` LIMIT ? OFFSET ?`
	rows, err := s.db.read.QueryContext(ctx, q, append(args, limit, max(f.Offset, 0))...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []*kam.Account
	for rows.Next() {
		a, err := scanAccount(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, a)
	}
	return out, total, rows.Err()
}

func accountWhere(f kam.AccountFilter) (string, []any) {
	where := []string{"deleted_at IS NULL"}
	var args []any
	add := func(cond string, v any) {
		where = append(where, cond)
		args = append(args, v)
	}
	if f.ID != "" {
		add("id = ?", f.ID)
	}
	if f.TaxIDKey != "" {
		add("tax_id_key = ? AND tax_id_key <> ''", f.TaxIDKey) // the second term lets SQLite use the partial unique index
	}
	if f.NameKey != "" {
		add("name_key = ?", f.NameKey)
	}
	if f.Segment != "" {
		add("segment = ?", f.Segment)
	}
	if f.Status != "" {
		add("status = ?", string(f.Status))
	}
	if f.Owner != "" {
		add("owner = ?", f.Owner)
	}
	if f.Industry != "" {
		add("industry = ?", f.Industry)
	}
	if f.Region != "" {
		add("region = ?", f.Region)
	}
	if f.KeyAccount != nil {
		add("key_account = ?", *f.KeyAccount)
	}
	if cond, a := textFilter("accounts", "accounts_fts", f.Query, true); cond != "" {
		where, args = append(where, cond), append(args, a...)
	}
	return strings.Join(where, " AND "), args
}

func accountOrder(f kam.AccountFilter) string {
	dir := " ASC"
	if f.Desc {
		dir = " DESC"
	}
	switch f.Sort {
	case kam.SortUpdated:
		return "updated_at" + dir + ", rid" + dir
	case kam.SortCreated:
		return "rid" + dir
	case kam.SortPotential:
		return "potential_minor" + dir + ", name_key"
	case kam.SortSegment:
		return "segment" + dir + ", name_key"
	case kam.SortStatus:
		return "status" + dir + ", name_key"
	default:
		return "name_key" + dir + ", rid"
	}
}

// CreateAccount validates and stores a new account as a prospect.
// Returns EINVALID, or ECONFLICT naming the account that already has the tax ID.
func (s *AccountService) CreateAccount(ctx context.Context, a *kam.Account) error {
	tx, err := s.db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := createAccount(ctx, tx, a, false); err != nil {
		return err
	}
	return tx.Commit()
}

// createAccount inserts a. A new account is a prospect until a sale is recorded; imported
// accounts keep the status the file gives (they come from another system with their history).
func createAccount(ctx context.Context, tx *Tx, a *kam.Account, imported bool) error {
	if !imported {
		a.Status, a.FirstSaleOn = "", ""
	}
	a.Normalize()
	if err := a.Validate(); err != nil {
		return err
	}
	if err := checkTaxIDFree(ctx, tx, a.TaxIDKey(), ""); err != nil {
		return err
	}
	a.ID = newID()
	a.CreatedAt, a.UpdatedAt, a.DeletedAt = tx.now, tx.now, nil
	local := append(accountLocal(a), field{"created_at", formatTime(a.CreatedAt)})
	return tx.insertRow(ctx, "accounts", a.ID, a.ID, accountFields(a), local)
}

// checkTaxIDFree returns ECONFLICT naming the live account (other than self) holding key.
func checkTaxIDFree(ctx context.Context, tx *Tx, key, self string) error {
	if key == "" {
		return nil
	}
	var id, name string
	err := tx.QueryRowContext(ctx, `SELECT id, name FROM accounts WHERE tax_id_key = ? AND tax_id_key <> '' AND deleted_at IS NULL AND id <> ?`, key, self).Scan(&id, &name)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return err
	}
	return &kam.Error{
		Code: kam.ECONFLICT, Key: "error.account.tax_id_taken",
		Fields: map[string]string{"taxId": "error.account.tax_id_taken"},
		Params: map[string]string{"name": name, "id": id},
	}
}

// UpdateAccount applies a partial update. Returns ENOTFOUND, EINVALID, ECONFLICT.
func (s *AccountService) UpdateAccount(ctx context.Context, id string, upd kam.AccountUpdate) (*kam.Account, error) {
	tx, err := s.db.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	a, _, err := updateAccount(ctx, tx, id, upd)
	if err != nil {
		return nil, err
	}
	return a, tx.Commit()
}

func updateAccount(ctx context.Context, tx *Tx, id string, upd kam.AccountUpdate) (*kam.Account, bool, error) {
	a, err := findAccount(ctx, tx, id, false)
	if err != nil {
		return nil, false, err
	}
	old := accountFields(a)
	upd.Apply(a)
	a.Normalize()
	if err := a.Validate(); err != nil {
		return nil, false, err
	}
	if err := checkTaxIDFree(ctx, tx, a.TaxIDKey(), a.ID); err != nil {
		return nil, false, err
	}
	prev := a.UpdatedAt
	a.UpdatedAt = tx.now
	changed, err := tx.updateRow(ctx, "accounts", a.ID, a.ID, old, accountFields(a), accountLocal(a))
	if !changed {
		a.UpdatedAt = prev
	}
	return a, changed, err
}

// DeleteAccount tombstones an account and its live contacts in one transaction (so they share
// its deleted_hlc and UndeleteAccount brings back exactly those). Returns ENOTFOUND.
func (s *AccountService) DeleteAccount(ctx context.Context, id string) error {
	tx, err := s.db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := findAccount(ctx, tx, id, false); err != nil {
		return err
	}
	ids, err := queryIDs(ctx, tx, `SELECT id FROM contacts WHERE account_id = ? AND deleted_at IS NULL`, id)
	if err != nil {
		return err
	}
	for _, cid := range ids {
		if err := tx.setDeleted(ctx, "contacts", cid, id, true); err != nil {
			return err
		}
	}
	if err := tx.setDeleted(ctx, "accounts", id, id, true); err != nil {
		return err
	}
	return tx.Commit()
}

// UndeleteAccount restores a tombstoned account and the contacts deleted with it.
// Returns ENOTFOUND, or ECONFLICT if another account took its tax ID meanwhile.
func (s *AccountService) UndeleteAccount(ctx context.Context, id string) (*kam.Account, error) {
	tx, err := s.db.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	a, err := findAccount(ctx, tx, id, true)
	if err != nil {
		return nil, err
	}
	if a.DeletedAt == nil {
		return a, nil
	}
	if err := checkTaxIDFree(ctx, tx, a.TaxIDKey(), a.ID); err != nil {
		return nil, err
	}
	ids, err := queryIDs(ctx, tx, `
		SELECT c.id FROM contacts c JOIN accounts a ON a.id = c.account_id
		WHERE c.account_id = ? AND c.deleted_hlc = a.deleted_hlc
	`, id)
	if err != nil {
		return nil, err
	}
	if err := tx.setDeleted(ctx, "accounts", id, id, false); err != nil {
		return nil, err
	}
	for _, cid := range ids {
		if err := tx.setDeleted(ctx, "contacts", cid, id, false); err != nil {
			return nil, err
		}
	}
	a.DeletedAt, a.UpdatedAt = nil, tx.now
	return a, tx.Commit()
}

// RecordAccountSale applies the first-sale status rule. Returns ENOTFOUND.
func (s *AccountService) RecordAccountSale(ctx context.Context, id, day string) (*kam.Account, error) {
	if !kam.ValidDate(day) {
		return nil, &kam.Error{Code: kam.EINVALID, Key: "error.field.date_invalid", Fields: map[string]string{"day": "error.field.date_invalid"}}
	}
	tx, err := s.db.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	a, err := findAccount(ctx, tx, id, false)
	if err != nil {
		return nil, err
	}
	old := accountFields(a)
	if a.RecordSale(day) {
		a.UpdatedAt = tx.now
		if _, err := tx.updateRow(ctx, "accounts", a.ID, a.ID, old, accountFields(a), accountLocal(a)); err != nil {
			return nil, err
		}
	}
	return a, tx.Commit()
}

// AccountFacets returns the distinct owners, industries and regions of live accounts.
func (s *AccountService) AccountFacets(ctx context.Context) (kam.AccountFacets, error) {
	var f kam.AccountFacets
	for _, c := range []struct {
		col string
		dst *[]string
	}{{"owner", &f.Owners}, {"industry", &f.Industries}, {"region", &f.Regions}} {
		// The (col, name_key) indexes make DISTINCT a skip-scan rather than a table scan.
		rows, err := s.db.read.QueryContext(ctx, fmt.Sprintf(`SELECT DISTINCT %[1]s FROM accounts WHERE deleted_at IS NULL AND %[1]s <> '' ORDER BY %[1]s`, c.col))
		if err != nil {
			return f, err
		}
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				rows.Close()
				return f, err
			}
			*c.dst = append(*c.dst, v)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return f, err
		}
		if *c.dst == nil {
			*c.dst = []string{}
		}
	}
	return f, nil
}
