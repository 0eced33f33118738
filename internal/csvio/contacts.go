package csvio

import (
	"fmt"
	"io"
	"strings"

	"clave/internal/kam"
)

// contactText are the Contact fields copied as written.
var contactText = []struct {
	field string
	dst   func(*kam.Contact) *string
}{
	{"title", func(c *kam.Contact) *string { return &c.Title }},
	{"email", func(c *kam.Contact) *string { return &c.Email }},
	{"phone", func(c *kam.Contact) *string { return &c.Phone }},
	{"mobile", func(c *kam.Contact) *string { return &c.Mobile }},
	{"relationshipOwner", func(c *kam.Contact) *string { return &c.RelationshipOwner }},
	{"notes", func(c *kam.Contact) *string { return &c.Notes }},
}

// contactOptions are the Contact option fields.
var contactOptions = []struct {
	field string
	dst   func(*kam.Contact, string)
}{
	{"buyingRole", func(c *kam.Contact, v string) { c.BuyingRole = kam.BuyingRole(v) }},
	{"attitude", func(c *kam.Contact, v string) { c.Attitude = kam.Attitude(v) }},
	{"influence", func(c *kam.Contact, v string) { c.Influence = kam.Influence(v) }},
}

// ReadContacts decodes a contacts file and parses each row into a ContactImport.
//
// The name comes from a full-name column, or else from first and last name columns joined
// with a space ("Nombre" + "Apellido" reads as first and last name). The account is referred
// to by tax ID and/or name (AccountTaxID, AccountName); "Reporta a" goes to ReportsToName with
// Set["reportsTo"], for the store to resolve within the account. Contact.AccountID and
// Contact.ReportsTo are left empty.
//
// Set follows ReadAccounts: a field is set only by a non-empty cell, so import never blanks
// data. Dates are written YYYY-MM-DD; a column of slashed dates is read D/M/YYYY unless its
// values show M/D/YYYY (a second part above 12 and no first part above 12).
//
// A row with a cell that cannot be read (yes/no, option, date) is returned as one RowError per
// such cell and not as an import. unknown lists the headers that were not imported.
// Returns the Decode errors, EINVALID (error.import.no_name_column) when no column gives the
// contact's name, or EINVALID (error.import.no_account_column) when none refers to the account.
func ReadContacts(r io.Reader) ([]kam.ContactImport, []kam.RowError, *Table, []string, error) {
	t, err := Decode(r)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	c := mapColumns(t, contactHeaders)

	// A plain "Nombre"/"Name" beside a last-name column is the first name.
	if c.has("name") && c.has(colLastName) && !c.has(colFirstName) {
		if k := kam.NameKey(c.header["name"]); k == "nombre" || k == "name" {
			c.rename("name", colFirstName)
		}
	}
	if !c.has("name") && !c.has(colFirstName) && !c.has(colLastName) {
		return nil, nil, t, c.unknown, &kam.Error{Code: kam.EINVALID, Key: "error.import.no_name_column", Op: "csvio.ReadContacts"}
	}
	if !c.has(colAccountTaxID) && !c.has(colAccountName) {
		return nil, nil, t, c.unknown, &kam.Error{Code: kam.EINVALID, Key: "error.import.no_account_column", Op: "csvio.ReadContacts"}
	}
	monthFirst := monthFirstColumn(t, c, "lastInteraction")

	var out []kam.ContactImport
	var rejected []kam.RowError
	for _, rec := range t.Rows {
		imp := kam.ContactImport{Row: rec.Row, Set: map[string]bool{}}
		ct := &imp.Contact
		var errs []kam.RowError
		bad := func(field, key, reason string, v string) {
			errs = append(errs, kam.RowError{Row: rec.Row, Field: field, Key: key, Reason: fmt.Sprintf("%s %q", reason, v)})
		}

		name, _ := c.get(rec, "name")
		if name == "" {
			first, _ := c.get(rec, colFirstName)
			last, _ := c.get(rec, colLastName)
			name = strings.TrimSpace(first + " " + last)
		}
		if name != "" {
			ct.Name, imp.Set["name"] = name, true
		}
		imp.AccountTaxID, _ = c.get(rec, colAccountTaxID)
		imp.AccountName, _ = c.get(rec, colAccountName)
		if v, _ := c.get(rec, "reportsTo"); v != "" {
			imp.ReportsToName, imp.Set["reportsTo"] = v, true
		}

		for _, f := range contactText {
			if v, _ := c.get(rec, f.field); v != "" {
				*f.dst(ct) = v
				imp.Set[f.field] = true
			}
		}
		for _, f := range contactOptions {
			if v, _ := c.get(rec, f.field); v != "" {
				if o, ok := optionParsers[f.field](v); ok {
					f.dst(ct, o)
					imp.Set[f.field] = true
				} else {
					bad(f.field, "error.field.invalid_option", "unknown option", v)
				}
			}
		}
		if v, _ := c.get(rec, "primary"); v != "" {
			if b, ok := parseBool(v); ok {
				ct.Primary, imp.Set["primary"] = b, true
			} else {
				bad("primary", "error.field.boolean_invalid", "invalid yes/no value", v)
			}
		}
		if v, _ := c.get(rec, "lastInteraction"); v != "" {
			if d, ok := parseDate(v, monthFirst); ok {
				ct.LastInteraction, imp.Set["lastInteraction"] = d, true
			} else {
				bad("lastInteraction", "error.field.date_invalid", "invalid date", v)
			}
		}

		if len(errs) > 0 {
			rejected = append(rejected, errs...)
			continue
		}
		out = append(out, imp)
	}
	return out, rejected, t, c.unknown, nil
}
