package csvio

import (
	"fmt"
	"io"

	"clave/internal/kam"
)

// accountText are the Account fields copied as written.
var accountText = []struct {
	field string
	dst   func(*kam.Account) *string
}{
	{"name", func(a *kam.Account) *string { return &a.Name }},
	{"legalName", func(a *kam.Account) *string { return &a.LegalName }},
	{"taxId", func(a *kam.Account) *string { return &a.TaxID }},
	{"industry", func(a *kam.Account) *string { return &a.Industry }},
	{"segment", func(a *kam.Account) *string { return &a.Segment }},
	{"address", func(a *kam.Account) *string { return &a.Address }},
	{"city", func(a *kam.Account) *string { return &a.City }},
	{"region", func(a *kam.Account) *string { return &a.Region }},
	{"phone", func(a *kam.Account) *string { return &a.Phone }},
	{"email", func(a *kam.Account) *string { return &a.Email }},
	{"website", func(a *kam.Account) *string { return &a.Website }},
	{"owner", func(a *kam.Account) *string { return &a.Owner }},
	{"notes", func(a *kam.Account) *string { return &a.Notes }},
}

// ReadAccounts decodes an accounts file and parses each row into an AccountImport.
//
// Set holds the fields a row carries: a column the file has AND a non-empty cell. An empty
// cell is not "set to blank", so re-importing a sparse file (or one from a CRM that leaves
// cells empty) never wipes data; clearing a field is done in the app, not by import. Potential
// is set when its amount cell is non-empty, as a whole kam.Money: its currency is the row's
// currency cell, else USD (a currency cell alone sets nothing).
//
// A row with a cell that cannot be read (amount, currency, yes/no, option, country) is
// returned as one RowError per such cell and not as an import. Values are not normalised or
// validated here; the store does both. unknown lists the headers that were not imported.
// Returns the Decode errors, or EINVALID (error.import.no_name_column) with the table and
// unknown columns when no column gives the account name.
func ReadAccounts(r io.Reader) ([]kam.AccountImport, []kam.RowError, *Table, []string, error) {
	t, err := Decode(r)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	c := mapColumns(t, accountHeaders)

	// "Razón social" is the legal name beside a name column, and the name when it is alone.
	if !c.has("name") && c.has("legalName") {
		c.rename("legalName", "name")
	}
	if !c.has("name") {
		return nil, nil, t, c.unknown, &kam.Error{Code: kam.EINVALID, Key: "error.import.no_name_column", Op: "csvio.ReadAccounts"}
	}

	// The potential column alone decides the decimal style when its numbers say.
	decimalComma := t.DecimalComma
	if i, ok := c.idx["potential"]; ok {
		comma, point := 0, 0
		for _, rec := range t.Rows {
			switch classifyNumber(rec.Cells[i]) {
			case +1:
				comma++
			case -1:
				point++
			}
		}
		if comma != point {
			decimalComma = decideDecimalComma(t.Separator, comma, point)
		}
	}

	var out []kam.AccountImport
	var rejected []kam.RowError
	for _, rec := range t.Rows {
		imp := kam.AccountImport{Row: rec.Row, Set: map[string]bool{}}
		a := &imp.Account
		var errs []kam.RowError
		bad := func(field, key, reason string, v string) {
			errs = append(errs, kam.RowError{Row: rec.Row, Field: field, Key: key, Reason: fmt.Sprintf("%s %q", reason, v)})
		}

		for _, f := range accountText {
			if v, _ := c.get(rec, f.field); v != "" {
				*f.dst(a) = v
				imp.Set[f.field] = true
			}
		}
		if v, _ := c.get(rec, "type"); v != "" {
			if o, ok := optionParsers["type"](v); ok {
				a.Type, imp.Set["type"] = kam.AccountType(o), true
			} else {
				bad("type", "error.field.invalid_option", "unknown option", v)
			}
		}
		if v, _ := c.get(rec, "status"); v != "" {
			if o, ok := optionParsers["status"](v); ok {
				a.Status, imp.Set["status"] = kam.AccountStatus(o), true
			} else {
				bad("status", "error.field.invalid_option", "unknown option", v)
			}
		}
		if v, _ := c.get(rec, "leadSource"); v != "" {
			o, _ := optionParsers["leadSource"](v)
			a.LeadSource, imp.Set["leadSource"] = kam.LeadSource(o), true
		}
		if v, _ := c.get(rec, "country"); v != "" {
			if code, ok := parseCountry(v); ok {
				a.Country, imp.Set["country"] = code, true
			} else {
				bad("country", "error.account.country_invalid", "unknown country", v)
			}
		}
		if v, _ := c.get(rec, "keyAccount"); v != "" {
			if b, ok := parseBool(v); ok {
				a.KeyAccount, imp.Set["keyAccount"] = b, true
			} else {
				bad("keyAccount", "error.field.boolean_invalid", "invalid yes/no value", v)
			}
		}

		// Potential: the currency first, since it decides how many decimals the amount may have.
		currency := "USD"
		if v, _ := c.get(rec, colCurrency); v != "" {
			if cur, ok := parseCurrency(v); ok {
				currency = cur
			} else {
				bad("potential", "error.money.currency_invalid", "invalid currency", v)
			}
		}
		if v, _ := c.get(rec, "potential"); v != "" {
			if n, ok := parseMoney(v, decimalComma, currency); ok {
				a.Potential, imp.Set["potential"] = kam.Money{Amount: n, Currency: currency}, true
			} else {
				bad("potential", "error.money.invalid", "invalid amount", v)
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
