package sqlite

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"clave/internal/kam"
)

// ImportService implements kam.ImportService: rows are written in transactions of importBatch
// rows, each row inside its own savepoint, so a bad row is rolled back alone and a cancelled
// import never leaves half a row.
type ImportService struct{ db *DB }

var _ kam.ImportService = (*ImportService)(nil)

// NewImportService returns the import service of db.
func NewImportService(db *DB) *ImportService { return &ImportService{db: db} }

const importBatch = 500

// rowOutcome is what happened to one row.
type rowOutcome int

const (
	rowUnchanged rowOutcome = iota
	rowImported
	rowUpdated
)

// eachRow runs fn for rows 0..n-1 in batched transactions with a savepoint per row. A row whose
// fn fails with a *kam.Error is rolled back and reported; any other error aborts the import
// (the current batch is rolled back, earlier batches stay).
func (s *ImportService) eachRow(ctx context.Context, n int, dryRun bool, rowNum func(int) int, fn func(tx *Tx, i int) (rowOutcome, error), res *kam.ImportResult) error {
	for start := 0; start < n; start += importBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		tx, err := s.db.begin(ctx)
		if err != nil {
			return err
		}
		for i := start; i < min(start+importBatch, n); i++ {
			if _, err := tx.ExecContext(ctx, `SAVEPOINT import_row`); err != nil {
				tx.Rollback()
				return err
			}
			out, err := fn(tx, i)
			if err != nil {
				if _, rerr := tx.ExecContext(ctx, `ROLLBACK TO import_row`); rerr != nil {
					tx.Rollback()
					return rerr
				}
				e := kam.AsError(err)
				if e == nil || e.Code == kam.EINTERNAL {
					tx.Rollback()
					return err
				}
				res.Rejected = append(res.Rejected, rowError(rowNum(i), e))
			}
			if _, err := tx.ExecContext(ctx, `RELEASE import_row`); err != nil {
				tx.Rollback()
				return err
			}
			if err == nil {
				switch out {
				case rowImported:
					res.Imported++
				case rowUpdated:
					res.Updated++
				default:
					res.Unchanged++
				}
			}
		}
		if dryRun {
			err = tx.Rollback()
		} else {
			err = tx.Commit()
		}
		if err != nil {
			return err
		}
	}
	if !dryRun && n > 0 {
		s.db.optimize(0xfffe) // a large import changes the statistics the planner relies on
	}
	return nil
}

// rowError turns a store error into a rejection naming the first offending field.
func rowError(row int, e *kam.Error) kam.RowError {
	re := kam.RowError{Row: row, Key: e.Key}
	fields := make([]string, 0, len(e.Fields))
	for f := range e.Fields {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	if len(fields) > 0 {
		re.Field, re.Key = fields[0], e.Fields[fields[0]]
	}
	if name := e.Params["name"]; name != "" {
		re.Reason = fmt.Sprintf("%s (%s)", re.Key, name)
	}
	return re
}

// ImportAccounts creates or updates accounts, matching by normalised tax ID, else by
// normalised name; an update touches only the fields the row carries.
func (s *ImportService) ImportAccounts(ctx context.Context, rows []kam.AccountImport, dryRun bool) (kam.ImportResult, error) {
	res := kam.ImportResult{Rejected: []kam.RowError{}}
	seen := map[string]int{} // tax ID key → first row carrying it
	err := s.eachRow(ctx, len(rows), dryRun, func(i int) int { return rows[i].Row }, func(tx *Tx, i int) (rowOutcome, error) {
		r := rows[i]
		a := r.Account
		key := kam.NormalizeTaxID(a.TaxID)
		if key != "" {
			if first, dup := seen[key]; dup {
				return 0, &kam.Error{Code: kam.ECONFLICT, Key: "error.import.duplicate_in_file",
					Fields: map[string]string{"taxId": "error.import.duplicate_in_file"}, Params: map[string]string{"name": strconv.Itoa(first)}}
			}
			seen[key] = r.Row
		}
		id, err := matchAccount(ctx, tx, key, kam.NameKey(a.Name))
		if err != nil {
			return 0, err
		}
		if id == "" {
			if err := createAccount(ctx, tx, &a, true); err != nil {
				return 0, err
			}
			return rowImported, nil
		}
		_, changed, err := updateAccount(ctx, tx, id, accountUpdateOf(&a, r.Set))
		if err != nil || !changed {
			return rowUnchanged, err
		}
		return rowUpdated, nil
	}, &res)
	return res, err
}

// matchAccount finds a live account by tax ID key, else (when there is no tax ID) by name key.
func matchAccount(ctx context.Context, tx *Tx, taxKey, nameKey string) (string, error) {
	var ids []string
	var err error
	if taxKey != "" {
		ids, err = queryIDs(ctx, tx, `SELECT id FROM accounts WHERE tax_id_key = ? AND tax_id_key <> '' AND deleted_at IS NULL`, taxKey)
	} else if nameKey != "" {
		ids, err = queryIDs(ctx, tx, `SELECT id FROM accounts WHERE name_key = ? AND deleted_at IS NULL ORDER BY rid LIMIT 1`, nameKey)
	}
	if err != nil || len(ids) == 0 {
		return "", err
	}
	return ids[0], nil
}

// accountUpdateOf builds the partial update carrying only the fields set (JSON names).
func accountUpdateOf(a *kam.Account, set map[string]bool) kam.AccountUpdate {
	var u kam.AccountUpdate
	pick := func(name string) bool { return set[name] }
	if pick("name") {
		u.Name = &a.Name
	}
	if pick("legalName") {
		u.LegalName = &a.LegalName
	}
	if pick("taxId") {
		u.TaxID = &a.TaxID
	}
	if pick("type") {
		u.Type = &a.Type
	}
	if pick("industry") {
		u.Industry = &a.Industry
	}
	if pick("segment") {
		u.Segment = &a.Segment
	}
	if pick("status") {
		u.Status = &a.Status
	}
	if pick("address") {
		u.Address = &a.Address
	}
	if pick("city") {
		u.City = &a.City
	}
	if pick("region") {
		u.Region = &a.Region
	}
	if pick("country") {
		u.Country = &a.Country
	}
	if pick("phone") {
		u.Phone = &a.Phone
	}
	if pick("email") {
		u.Email = &a.Email
	}
	if pick("website") {
		u.Website = &a.Website
	}
	if pick("leadSource") {
		u.LeadSource = &a.LeadSource
	}
	if pick("owner") {
		u.Owner = &a.Owner
	}
	if pick("potential") || pick("potentialCurrency") {
		u.Potential = &a.Potential
	}
	if pick("keyAccount") {
		u.KeyAccount = &a.KeyAccount
	}
	if pick("notes") {
		u.Notes = &a.Notes
	}
	return u
}

// ImportContacts creates or updates contacts. The account is found by tax ID, else by name;
// within it a contact matches by email, else by name. Reporting lines are set in a second pass,
// so a manager may appear after the people who report to them.
func (s *ImportService) ImportContacts(ctx context.Context, rows []kam.ContactImport, dryRun bool) (kam.ImportResult, error) {
	res := kam.ImportResult{Rejected: []kam.RowError{}}
	if dryRun {
		// A dry run cannot see the first pass's rows in the second, so it checks rows only.
		return res, s.eachRow(ctx, len(rows), true, func(i int) int { return rows[i].Row }, func(tx *Tx, i int) (rowOutcome, error) {
			return s.importContact(ctx, tx, &rows[i], map[string]string{})
		}, &res)
	}
	accounts := map[string]string{}
	outcome := make([]rowOutcome, len(rows))
	ok := make([]bool, len(rows))
	err := s.eachRow(ctx, len(rows), false, func(i int) int { return rows[i].Row }, func(tx *Tx, i int) (rowOutcome, error) {
		out, err := s.importContact(ctx, tx, &rows[i], accounts)
		outcome[i], ok[i] = out, err == nil
		return out, err
	}, &res)
	if err != nil {
		return res, err
	}
	// Second pass: reporting lines.
	var idx []int
	for i := range rows {
		if ok[i] && rows[i].ReportsToName != "" {
			idx = append(idx, i)
		}
	}
	second := kam.ImportResult{}
	err = s.eachRow(ctx, len(idx), false, func(j int) int { return rows[idx[j]].Row }, func(tx *Tx, j int) (rowOutcome, error) {
		r := &rows[idx[j]]
		ids, err := queryIDs(ctx, tx, `SELECT id FROM contacts WHERE account_id = ? AND name_key = ? AND deleted_at IS NULL AND id <> ? ORDER BY rid LIMIT 1`,
			r.Contact.AccountID, kam.NameKey(r.ReportsToName), r.Contact.ID)
		if err != nil {
			return 0, err
		} else if len(ids) == 0 {
			return 0, &kam.Error{Code: kam.EINVALID, Key: "error.contact.invalid", Fields: map[string]string{"reportsTo": "error.contact.not_found"}}
		}
		_, changed, err := updateContact(ctx, tx, r.Contact.ID, kam.ContactUpdate{ReportsTo: &ids[0]})
		if err == nil && changed && outcome[idx[j]] == rowUnchanged {
			res.Unchanged--
			res.Updated++
		}
		return rowUnchanged, err
	}, &second)
	res.Rejected = append(res.Rejected, second.Rejected...)
	sort.SliceStable(res.Rejected, func(a, b int) bool { return res.Rejected[a].Row < res.Rejected[b].Row })
	return res, err
}

// importContact writes one contact row; r.Contact gets its account and id.
func (s *ImportService) importContact(ctx context.Context, tx *Tx, r *kam.ContactImport, accounts map[string]string) (rowOutcome, error) {
	ref := "t:" + kam.NormalizeTaxID(r.AccountTaxID)
	if r.AccountTaxID == "" {
		ref = "n:" + kam.NameKey(r.AccountName)
	}
	accountID, found := accounts[ref]
	if !found {
		var err error
		if accountID, err = matchAccount(ctx, tx, kam.NormalizeTaxID(r.AccountTaxID), kam.NameKey(r.AccountName)); err != nil {
			return 0, err
		}
		accounts[ref] = accountID
	}
	if accountID == "" {
		return 0, &kam.Error{Code: kam.EINVALID, Key: "error.import.account_not_found", Fields: map[string]string{"account": "error.import.account_not_found"}}
	}
	c := r.Contact
	c.AccountID = accountID
	c.Normalize()
	var ids []string
	var err error
	if c.Email != "" {
		ids, err = queryIDs(ctx, tx, `SELECT id FROM contacts WHERE account_id = ? AND email = ? AND deleted_at IS NULL ORDER BY rid LIMIT 1`, accountID, c.Email)
	}
	if err == nil && len(ids) == 0 {
		ids, err = queryIDs(ctx, tx, `SELECT id FROM contacts WHERE account_id = ? AND name_key = ? AND deleted_at IS NULL ORDER BY rid LIMIT 1`, accountID, kam.NameKey(c.Name))
	}
	if err != nil {
		return 0, err
	}
	if len(ids) == 0 {
		c.ReportsTo = ""
		if err := createContact(ctx, tx, &c); err != nil {
			return 0, err
		}
		r.Contact.ID, r.Contact.AccountID = c.ID, accountID
		return rowImported, nil
	}
	r.Contact.ID, r.Contact.AccountID = ids[0], accountID
	_, changed, err := updateContact(ctx, tx, ids[0], contactUpdateOf(&c, r.Set))
	if err != nil || !changed {
		return rowUnchanged, err
	}
	return rowUpdated, nil
}

func contactUpdateOf(c *kam.Contact, set map[string]bool) kam.ContactUpdate {
	var u kam.ContactUpdate
	if set["name"] {
		u.Name = &c.Name
	}
	if set["title"] {
		u.Title = &c.Title
	}
	if set["email"] {
		u.Email = &c.Email
	}
	if set["phone"] {
		u.Phone = &c.Phone
	}
	if set["mobile"] {
		u.Mobile = &c.Mobile
	}
	if set["primary"] {
		u.Primary = &c.Primary
	}
	if set["buyingRole"] {
		u.BuyingRole = &c.BuyingRole
	}
	if set["attitude"] {
		u.Attitude = &c.Attitude
	}
	if set["influence"] {
		u.Influence = &c.Influence
	}
	if set["relationshipOwner"] {
		u.RelationshipOwner = &c.RelationshipOwner
	}
	if set["lastInteraction"] {
		u.LastInteraction = &c.LastInteraction
	}
	if set["notes"] {
		u.Notes = &c.Notes
	}
	return u
}

func queryIDs(ctx context.Context, tx *Tx, q string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
