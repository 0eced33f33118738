package csvio

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"clave/internal/kam"
)

// nastyAccounts exercise every field with text a CSV must protect.
func nastyAccounts() []*kam.Account {
	return []*kam.Account{
		{
			ID: "a1", Name: "Distribuidora Núñez", LegalName: "Distribuidora Núñez, C.A.", TaxID: "J-30123456-7",
			Type: kam.AccountCompany, Industry: "Alimentos; bebidas", Segment: "A", Status: kam.StatusActive,
			Address: "Av. \"Principal\"\nEdif. La Torre, piso 3", City: "Caracas", Region: "Miranda", Country: "VE",
			Phone: "+58 212 555 0101", Email: "compras@nunez.com.ve", Website: "https://nunez.com.ve",
			LeadSource: kam.SourceTender, Owner: "@maria", Potential: kam.Money{Amount: 123456789, Currency: "USD"},
			KeyAccount: true, Notes: "=HYPERLINK(\"http://evil\",\"clic\")\n-2+3",
		},
		{
			ID: "a2", Name: "'=ya protegido", TaxID: "V-12345678", Type: kam.AccountPerson, Status: kam.StatusProspect,
			Country: "ES", LeadSource: kam.SourceOther, Owner: "José", Potential: kam.Money{Amount: 1500000, Currency: "CLP"},
			Notes: "-3 días",
		},
		{
			ID: "a3", Name: "Cero", Type: kam.AccountCompany, Status: kam.StatusInactive, Owner: "Ana",
			Potential: kam.Money{Amount: 5, Currency: "EUR"}, Segment: "C", Industry: "12,5",
		},
		{
			// Validation forbids a negative potential; the writer still keeps amounts plain.
			ID: "a4", Name: "Negativo", Type: kam.AccountCompany, Status: kam.StatusProspect, Owner: "Ana",
			Potential: kam.Money{Amount: -500, Currency: "USD"}, Website: "https://a.com/?q=<b>&x",
		},
	}
}

// importable returns the fields of an account an import carries (drops ID, timestamps, first sale).
func importable(a kam.Account) kam.Account {
	a.ID, a.FirstSaleOn, a.CreatedAt, a.UpdatedAt, a.DeletedAt = "", "", time.Time{}, time.Time{}, nil
	return a
}

func TestWriteAccountsCSV_RoundTrip(t *testing.T) {
	accounts := nastyAccounts()
	var buf bytes.Buffer
	if err := WriteAccountsCSV(&buf, accounts); err != nil {
		t.Fatal(err)
	}
	rows, rejected, tab, unknown, err := ReadAccounts(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(rejected) != 0 || len(unknown) != 0 {
		t.Fatalf("rejected=%+v unknown=%q", rejected, unknown)
	}
	if tab.Encoding != EncodingUTF8BOM || tab.Separator != ',' {
		t.Errorf("Encoding=%q Separator=%q", tab.Encoding, tab.Separator)
	}
	if len(rows) != len(accounts) {
		t.Fatalf("got %d rows, want %d", len(rows), len(accounts))
	}
	for i, a := range accounts {
		if got, want := rows[i].Account, importable(*a); !reflect.DeepEqual(got, want) {
			t.Errorf("account %d:\n got %+v\nwant %+v", i, got, want)
		}
	}
	// Every column is recognised, so a full export sets every field it has a value for.
	if got := len(rows[0].Set); got != len(AccountCSVHeaders)-1 { // Moneda goes with Potencial
		t.Errorf("row 1 sets %d fields (%v), want %d", got, keys(rows[0].Set), len(AccountCSVHeaders)-1)
	}
}

func TestWriteContactsCSV_RoundTrip(t *testing.T) {
	contacts := []*kam.Contact{
		{ID: "c1", AccountID: "a1", AccountName: "Distribuidora Núñez", Name: "María Peña", Title: "Gerente, compras",
			Email: "maria@nunez.com.ve", Phone: "+58 212 555 0101", Mobile: "-0414 555", Primary: true,
			BuyingRole: kam.RoleDecider, Attitude: kam.AttitudePromoter, Influence: kam.InfluenceHigh,
			RelationshipOwner: "Luis Gil", LastInteraction: "2024-03-05", Notes: "Línea 1\nLínea \"2\"; fin"},
		{ID: "c2", AccountID: "a1", AccountName: "Distribuidora Núñez", Name: "Pedro Díaz", BuyingRole: kam.RoleGatekeeper,
			Attitude: kam.AttitudeDetractor, Influence: kam.InfluenceLow, ReportsTo: "c1", RelationshipOwner: "=cmd"},
		{ID: "c3", AccountID: "a2", AccountName: "Acme", Name: "Zoe", BuyingRole: kam.RoleInfluencer,
			Attitude: kam.AttitudeFavorable, Influence: kam.InfluenceMedium, ReportsTo: "not-exported"},
		{ID: "c4", AccountID: "a2", AccountName: "Acme", Name: "Ugo", BuyingRole: kam.RoleUser, Attitude: kam.AttitudeNeutral},
	}
	taxIDs := map[string]string{"a1": "J-30123456-7"}
	var buf bytes.Buffer
	if err := WriteContactsCSV(&buf, contacts, func(id string) string { return taxIDs[id] }); err != nil {
		t.Fatal(err)
	}
	rows, rejected, _, unknown, err := ReadContacts(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(rejected) != 0 || len(unknown) != 0 || len(rows) != len(contacts) {
		t.Fatalf("rows=%d rejected=%+v unknown=%q", len(rows), rejected, unknown)
	}
	wantReports := []string{"", "María Peña", "", ""}
	for i, c := range contacts {
		got := rows[i]
		want := *c
		want.ID, want.AccountID, want.AccountName, want.ReportsTo = "", "", "", ""
		if !reflect.DeepEqual(got.Contact, want) {
			t.Errorf("contact %d:\n got %+v\nwant %+v", i, got.Contact, want)
		}
		if got.AccountName != c.AccountName || got.AccountTaxID != taxIDs[c.AccountID] || got.ReportsToName != wantReports[i] {
			t.Errorf("contact %d: account %q/%q reportsTo %q", i, got.AccountName, got.AccountTaxID, got.ReportsToName)
		}
	}
}

func TestWriteCSV_Format(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteAccountsCSV(&buf, nastyAccounts()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\uFEFFNombre,Razón social,Identificación fiscal,") {
		t.Errorf("output starts %q", out[:40])
	}
	if !strings.HasSuffix(out, "\r\n") || strings.Count(out, "\r\n") < 4 {
		t.Errorf("lines do not end in CRLF: %q", out)
	}

	// Read the raw cells back with encoding/csv: dangerous text cells carry an apostrophe,
	// amounts do not, and safe cells are untouched.
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	tests := []struct {
		row    int
		header string
		want   string
	}{
		{1, "Notas", "'=HYPERLINK(\"http://evil\",\"clic\")\n-2+3"},
		{1, "Teléfono", "'+58 212 555 0101"},
		{1, "Ejecutivo", "'@maria"},
		{1, "Nombre", "Distribuidora Núñez"},
		{1, "Potencial anual", "1234567.89"},
		{1, "Moneda", "USD"},
		{1, "Cuenta clave", "sí"},
		{1, "Estado", "activo"},
		{2, "Nombre", "''=ya protegido"},
		{2, "Notas", "'-3 días"},
		{2, "Potencial anual", "1500000"},
		{2, "Cuenta clave", "no"},
		{3, "Potencial anual", "0.05"},
		{4, "Potencial anual", "-5.00"},
	}
	for _, tt := range tests {
		if got := recs[tt.row][col[tt.header]]; got != tt.want {
			t.Errorf("row %d %s=%q, want %q", tt.row, tt.header, got, tt.want)
		}
	}
}

func TestNeutralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+1", "'=1+1"}, {"+58", "'+58"}, {"-5", "'-5"}, {"@SUM(A1)", "'@SUM(A1)"}, {"\tx", "'\tx"}, {"\rx", "'\rx"},
		{"'=x", "''=x"}, {"'hola", "'hola"}, {"", ""}, {"a=b", "a=b"}, {"'", "'"}, {" =x", " =x"},
	}
	for _, tt := range tests {
		if got := neutralize(tt.in); got != tt.want {
			t.Errorf("neutralize(%q)=%q, want %q", tt.in, got, tt.want)
		}
		if got := unneutralize(neutralize(tt.in)); got != tt.in {
			t.Errorf("unneutralize(neutralize(%q))=%q", tt.in, got)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	var buf bytes.Buffer
	a := nastyAccounts()[0]
	a.Notes += " <b>A&B</b>"
	if err := WriteJSON(&buf, []*kam.Account{a}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "\n  {\n    \"id\": \"a1\",") || !strings.Contains(out, `"taxId": "J-30123456-7"`) {
		t.Errorf("not indented JSON: %s", out)
	}
	if !strings.Contains(out, `"notes": "=HYPERLINK(\"http://evil\",\"clic\")\n-2+3 <b>A&B</b>"`) {
		t.Errorf("notes not written plainly: %s", out)
	}
	var back []*kam.Account
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil || !reflect.DeepEqual(back[0], a) {
		t.Errorf("JSON round trip: %v\n got %+v\nwant %+v", err, back[0], a)
	}
}
