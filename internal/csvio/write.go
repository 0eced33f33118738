package csvio

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"

	"clave/internal/kam"
)

// Headers the writers emit, Spanish first; ReadAccounts and ReadContacts map each back.
var (
	AccountCSVHeaders = []string{"Nombre", "Razón social", "Identificación fiscal", "Tipo", "Sector", "Segmento",
		"Estado", "Dirección", "Ciudad", "Región", "País", "Teléfono", "Correo electrónico", "Sitio web", "Origen",
		"Ejecutivo", "Potencial anual", "Moneda", "Cuenta clave", "Notas"}
	ContactCSVHeaders = []string{"Cuenta", "Identificación fiscal de la cuenta", "Nombre", "Cargo",
		"Correo electrónico", "Teléfono", "Móvil", "Contacto principal", "Rol de compra", "Actitud", "Influencia",
		"Reporta a", "Responsable de la relación", "Última interacción", "Notas"}
)

// formulaStart are the first characters that make Excel, LibreOffice or Google Sheets run a
// cell as a formula (OWASP "CSV injection").
const formulaStart = "=+-@\t\r"

// neutralize puts an apostrophe before a cell that a spreadsheet would run as a formula, so
// "=HYPERLINK(…)" or "+58 212 555 0101" opens as text. A cell that already starts with
// apostrophes before such a character gets one more, so unneutralize is its exact inverse.
func neutralize(s string) string {
	rest := strings.TrimLeft(s, "'")
	if rest != "" && strings.IndexByte(formulaStart, rest[0]) >= 0 {
		return "'" + s
	}
	return s
}

// unneutralize undoes neutralize: it drops one apostrophe before a formula character.
func unneutralize(s string) string {
	rest := strings.TrimLeft(s, "'")
	if len(rest) < len(s) && rest != "" && strings.IndexByte(formulaStart, rest[0]) >= 0 {
		return s[1:]
	}
	return s
}

// csvWriter writes UTF-8 with a byte order mark (so Excel reads the accents), commas and CRLF.
type csvWriter struct {
	w   *csv.Writer
	err error
}

func newCSVWriter(w io.Writer) *csvWriter {
	_, err := io.WriteString(w, "\uFEFF")
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &csvWriter{w: cw, err: err}
}

// row writes a row of text cells, neutralised; raw lists the cells (amounts) written as they are.
func (c *csvWriter) row(cells []string, raw ...int) {
	if c.err != nil {
		return
	}
	out := make([]string, len(cells))
	for i, s := range cells {
		out[i] = neutralize(s)
	}
	for _, i := range raw {
		out[i] = cells[i]
	}
	c.err = c.w.Write(out)
}

func (c *csvWriter) close() error {
	if c.err != nil {
		return c.err
	}
	c.w.Flush()
	return c.w.Error()
}

func yesNo(b bool) string {
	if b {
		return "sí"
	}
	return "no"
}

// WriteAccountsCSV writes accounts with AccountCSVHeaders: the fields an import carries, so
// that ReadAccounts gives them back unchanged. IDs, timestamps and the first sale date are not
// written (WriteJSON has everything). Text cells a spreadsheet would run as a formula get a
// leading apostrophe, which ReadAccounts removes; the potential is written as a plain decimal
// ("1234.56") in its own column with the currency beside it, and is never prefixed.
// Line breaks inside cells are written CRLF and read back as "\n"; a lone "\r" is lost.
func WriteAccountsCSV(w io.Writer, accounts []*kam.Account) error {
	cw := newCSVWriter(w)
	cw.row(AccountCSVHeaders)
	for _, a := range accounts {
		cw.row([]string{a.Name, a.LegalName, a.TaxID, string(a.Type), a.Industry, a.Segment, string(a.Status),
			a.Address, a.City, a.Region, a.Country, a.Phone, a.Email, a.Website, string(a.LeadSource), a.Owner,
			kam.FormatAmount(a.Potential.Amount, a.Potential.Currency), a.Potential.Currency, yesNo(a.KeyAccount),
			a.Notes}, 16)
	}
	return cw.close()
}

// WriteContactsCSV writes contacts with ContactCSVHeaders, so that ReadContacts gives back
// every field it imports. The account is written by name (Contact.AccountName) and by the tax
// ID accountTaxID returns for Contact.AccountID (accountTaxID may be nil). "Reporta a" is the
// name of the contact ReportsTo points at, looked up among contacts only: a manager not in the
// slice is written blank. Formula neutralisation and line breaks are as in WriteAccountsCSV.
func WriteContactsCSV(w io.Writer, contacts []*kam.Contact, accountTaxID func(accountID string) string) error {
	names := make(map[string]string, len(contacts))
	for _, c := range contacts {
		names[c.ID] = c.Name
	}
	cw := newCSVWriter(w)
	cw.row(ContactCSVHeaders)
	for _, c := range contacts {
		taxID := ""
		if accountTaxID != nil {
			taxID = accountTaxID(c.AccountID)
		}
		reportsTo := ""
		if c.ReportsTo != "" {
			reportsTo = names[c.ReportsTo]
		}
		cw.row([]string{c.AccountName, taxID, c.Name, c.Title, c.Email, c.Phone, c.Mobile, yesNo(c.Primary),
			string(c.BuyingRole), string(c.Attitude), string(c.Influence), reportsTo, c.RelationshipOwner,
			c.LastInteraction, c.Notes})
	}
	return cw.close()
}

// WriteJSON writes v as indented JSON (two spaces, HTML characters not escaped) and a newline.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
