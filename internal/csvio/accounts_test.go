package csvio

import (
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"

	"clave/internal/kam"
)

func setOf(fields ...string) map[string]bool {
	m := map[string]bool{}
	for _, f := range fields {
		m[f] = true
	}
	return m
}

func TestReadAccounts_SpanishExcel(t *testing.T) {
	for _, tt := range []struct {
		name string
		data string
	}{
		{"UTF-8 with BOM", spanishAccounts},
		{"Windows-1252", string(to1252(strings.TrimPrefix(spanishAccounts, "\uFEFF")))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rows, rejected, tab, unknown, err := ReadAccounts(strings.NewReader(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if tab == nil || !tab.DecimalComma {
				t.Fatalf("table=%+v, want decimal comma", tab)
			}
			if want := []string{"Código interno"}; !reflect.DeepEqual(unknown, want) {
				t.Errorf("unknown=%q, want %q", unknown, want)
			}

			// The bad row (row 5, after the multi-line record and the empty row) is rejected
			// with every bad cell; the good rows around it come back.
			wantRejected := []kam.RowError{
				{Row: 5, Field: "country", Key: "error.account.country_invalid", Reason: `unknown country "Narnia"`},
				{Row: 5, Field: "keyAccount", Key: "error.field.boolean_invalid", Reason: `invalid yes/no value "quizás"`},
				{Row: 5, Field: "potential", Key: "error.money.invalid", Reason: `invalid amount "12,3,4"`},
			}
			if !reflect.DeepEqual(rejected, wantRejected) {
				t.Errorf("rejected=%+v\nwant     %+v", rejected, wantRejected)
			}
			if len(rows) != 3 {
				t.Fatalf("got %d rows, want 3", len(rows))
			}

			want := kam.AccountImport{Row: 2, Account: kam.Account{
				Name: "Distribuidora Núñez", LegalName: "Distribuidora Núñez, C.A.", TaxID: "J-30123456-7",
				Type: kam.AccountCompany, Industry: "Alimentos", Segment: "A", Status: kam.StatusActive,
				Address: "Av. Principal; Edif. \"La Torre\"\nPiso 3", City: "Caracas", Region: "Miranda", Country: "VE",
				Phone: "+58 212 555 0101", Email: "compras@nunez.com.ve", Website: "nunez.com.ve",
				LeadSource: kam.SourceReferral, Owner: "María Peña", Potential: kam.Money{Amount: 123456789, Currency: "USD"},
				KeyAccount: true, Notes: "Cliente desde 2019 — paga en €",
			}, Set: setOf("name", "legalName", "taxId", "type", "industry", "segment", "status", "address", "city",
				"region", "country", "phone", "email", "website", "leadSource", "owner", "potential", "keyAccount", "notes")}
			if !reflect.DeepEqual(rows[0], want) {
				t.Errorf("row 2:\n got %+v\nwant %+v", rows[0], want)
			}

			// Empty cells are not set; "Feria" is an event; 12,5 EUR.
			want = kam.AccountImport{Row: 3, Account: kam.Account{
				Name: "Ana Muñoz", TaxID: "V-12345678", Type: kam.AccountPerson, Industry: "Salud", Segment: "B",
				Status: kam.StatusProspect, City: "Valencia", Region: "Carabobo", Country: "VE", LeadSource: kam.SourceEvent,
				Owner: "José Ibáñez", Potential: kam.Money{Amount: 1250, Currency: "EUR"},
			}, Set: setOf("name", "taxId", "type", "industry", "segment", "status", "city", "region", "country",
				"leadSource", "owner", "potential", "keyAccount")}
			if !reflect.DeepEqual(rows[1], want) {
				t.Errorf("row 3:\n got %+v\nwant %+v", rows[1], want)
			}

			if got := rows[2]; got.Row != 6 || got.Account.Country != "MX" || got.Account.LeadSource != kam.SourceTender ||
				!got.Account.KeyAccount || got.Account.Potential.Amount != 50 || got.Set["status"] || got.Set["type"] {
				t.Errorf("row 6: %+v", got)
			}
		})
	}
}

func TestReadAccounts_CommaUTF8(t *testing.T) {
	const in = "Account Name,Tax ID,Industry,Billing City,Billing Country,Annual Revenue,Currency,Key account,Description\n" +
		"\"Acme, Inc.\",12-3456789,Software,Austin,United States,\"1,234.56\",usd,yes,\"Says \"\"hi\"\"\"\n" +
		"Globex,,Manufacturing,Bogotá,CO,\"1,000,000\",COP,no,\n" +
		"Initech,,,,Estados Unidos,250.5,,N,\n"
	rows, rejected, tab, unknown, err := ReadAccounts(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if tab.DecimalComma || tab.Separator != ',' || len(rejected) != 0 || len(unknown) != 0 {
		t.Fatalf("DecimalComma=%v Separator=%q rejected=%v unknown=%v", tab.DecimalComma, tab.Separator, rejected, unknown)
	}
	tests := []struct {
		name      string
		potential kam.Money
		country   string
		key       bool
		notes     string
	}{
		{"Acme, Inc.", kam.Money{Amount: 123456, Currency: "USD"}, "US", true, `Says "hi"`},
		{"Globex", kam.Money{Amount: 100000000, Currency: "COP"}, "CO", false, ""},
		{"Initech", kam.Money{Amount: 25050, Currency: "USD"}, "US", false, ""},
	}
	for i, tt := range tests {
		a := rows[i].Account
		if a.Name != tt.name || a.Potential != tt.potential || a.Country != tt.country || a.KeyAccount != tt.key || a.Notes != tt.notes {
			t.Errorf("row %d: %+v, want %+v", rows[i].Row, a, tt)
		}
		if !rows[i].Set["keyAccount"] {
			t.Errorf("row %d: keyAccount not set", rows[i].Row)
		}
	}
}

func TestReadAccounts_HubSpotCompanies(t *testing.T) {
	const in = "Record ID,Company name,Company owner,Create Date,Phone Number,Last Activity Date,City,Country/Region,Industry,Company Domain Name,Annual Revenue,Type,State/Region,Street Address,Postal Code,Number of Employees,Description,Original Source\r\n" +
		"1234567,Acme Corp,Jane Doe,2024-01-05 10:00,+1 512 555 0100,2024-03-01 09:00,Austin,United States,COMPUTER_SOFTWARE,acme.com,5000000,PROSPECT,Texas,1 Main St,78701,250,Makes widgets,Organic Search\r\n" +
		"1234568,Initech,Jane Doe,2024-01-06 10:00,,,,,,initech.com,,PARTNER,,,,,,Offline Sources\r\n"
	rows, rejected, _, unknown, err := ReadAccounts(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(rejected) != 0 {
		t.Fatalf("rejected=%v", rejected)
	}
	// HubSpot's "Type" (PROSPECT, PARTNER) is not company/person: not imported rather than
	// rejecting every row.
	if want := []string{"Record ID", "Create Date", "Last Activity Date", "Type", "Postal Code", "Number of Employees"}; !reflect.DeepEqual(unknown, want) {
		t.Errorf("unknown=%q, want %q", unknown, want)
	}
	want := kam.Account{Name: "Acme Corp", Owner: "Jane Doe", Phone: "+1 512 555 0100", City: "Austin", Country: "US",
		Industry: "COMPUTER_SOFTWARE", Website: "acme.com", Potential: kam.Money{Amount: 500000000, Currency: "USD"},
		Region: "Texas", Address: "1 Main St", Notes: "Makes widgets", LeadSource: kam.SourceWeb}
	if !reflect.DeepEqual(rows[0].Account, want) {
		t.Errorf("got  %+v\nwant %+v", rows[0].Account, want)
	}
	if got := rows[1].Account.LeadSource; got != kam.SourceOther {
		t.Errorf("LeadSource=%q, want otro", got)
	}
}

func TestReadAccounts_Columns(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    kam.Account
		set     []string
		unknown []string
	}{
		{
			name: "razón social alone is the name",
			in:   "Razón social;RIF\nDistribuidora Núñez, C.A.;J-1\n",
			want: kam.Account{Name: "Distribuidora Núñez, C.A.", TaxID: "J-1"}, set: []string{"name", "taxId"},
		},
		{
			name: "headers are case, accent and punctuation insensitive",
			in:   "NOMBRE DE LA CUENTA;razon social;Identificacion Fiscal;PAIS;e-mail;Pagina Web\nA;A S.A.;J-1;chile;a@b.cl;b.cl\n",
			want: kam.Account{Name: "A", LegalName: "A S.A.", TaxID: "J-1", Country: "CL", Email: "a@b.cl", Website: "b.cl"},
			set:  []string{"name", "legalName", "taxId", "country", "email", "website"},
		},
		{
			name: "estado holding states is the region",
			in:   "Cuenta;Estado;Ciudad\nA;Zulia;Maracaibo\nB;;\nC;Nuevo León;Monterrey\n",
			want: kam.Account{Name: "A", Region: "Zulia", City: "Maracaibo"}, set: []string{"name", "region", "city"},
		},
		{
			name: "estado holding states beside a region column is left out",
			in:   "Cuenta;Estado;Región\nA;Zulia;Occidente\n",
			want: kam.Account{Name: "A", Region: "Occidente"}, set: []string{"name", "region"}, unknown: []string{"Estado"},
		},
		{
			name: "second column for a field is reported, the first wins",
			in:   "Nombre,Phone,Teléfono,Owner\nA,1,2,Ana\n",
			want: kam.Account{Name: "A", Phone: "1", Owner: "Ana"}, set: []string{"name", "phone", "owner"},
			unknown: []string{"Teléfono"},
		},
		{
			name: "Salesforce and Pipedrive headers",
			in:   "Organization - Name,Organization - Owner,Organization - Address,Billing State/Province,Account Source,Account Type\nA,Ana,Calle 1,Antioquia,Trade Show,Individual\n",
			want: kam.Account{Name: "A", Owner: "Ana", Address: "Calle 1", Region: "Antioquia", LeadSource: kam.SourceEvent, Type: kam.AccountPerson},
			set:  []string{"name", "owner", "address", "region", "leadSource", "type"},
		},
		{
			name: "currency symbol and apostrophe-protected cells",
			in:   "Nombre;Moneda;Potencial;Teléfono;Notas\nA;€;1.000;'+58 1;'=1+1\n",
			want: kam.Account{Name: "A", Phone: "+58 1", Notes: "=1+1", Potential: kam.Money{Amount: 100000, Currency: "EUR"}},
			set:  []string{"name", "potential", "phone", "notes"},
		},
		{
			name: "zero-decimal currency",
			in:   "Nombre;Potencial;Moneda\nA;1.500.000;CLP\n",
			want: kam.Account{Name: "A", Potential: kam.Money{Amount: 1500000, Currency: "CLP"}}, set: []string{"name", "potential"},
		},
		{
			name: "the potential column decides over decimal commas elsewhere",
			in:   "Name,Score,Ratio,Potential\nA,\"12,5\",\"7,25\",1234.56\n",
			want: kam.Account{Name: "A", Potential: kam.Money{Amount: 123456, Currency: "USD"}},
			set:  []string{"name", "potential"}, unknown: []string{"Score", "Ratio"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, rejected, _, unknown, err := ReadAccounts(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(rejected) != 0 {
				t.Fatalf("rejected=%+v", rejected)
			}
			if !reflect.DeepEqual(rows[0].Account, tt.want) {
				t.Errorf("got  %+v\nwant %+v", rows[0].Account, tt.want)
			}
			if !reflect.DeepEqual(rows[0].Set, setOf(tt.set...)) {
				t.Errorf("Set=%v, want %v", keys(rows[0].Set), tt.set)
			}
			if !reflect.DeepEqual(unknown, tt.unknown) {
				t.Errorf("unknown=%q, want %q", unknown, tt.unknown)
			}
		})
	}
}

func keys(m map[string]bool) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func TestReadAccounts_BadCells(t *testing.T) {
	tests := []struct {
		header, cell string
		want         kam.RowError
		good         string // the good row's cell
	}{
		{"Potencial", "12,3,4", kam.RowError{Field: "potential", Key: "error.money.invalid", Reason: `invalid amount "12,3,4"`}, ""},
		{"Potencial", "1234.56", kam.RowError{Field: "potential", Key: "error.money.invalid", Reason: `invalid amount "1234.56"`}, "1,50"},
		{"Potencial", "12,345", kam.RowError{Field: "potential", Key: "error.money.invalid", Reason: `invalid amount "12,345"`}, ""},
		{"Potencial", "mucho", kam.RowError{Field: "potential", Key: "error.money.invalid", Reason: `invalid amount "mucho"`}, ""},
		{"Moneda", "pesos", kam.RowError{Field: "potential", Key: "error.money.currency_invalid", Reason: `invalid currency "pesos"`}, ""},
		{"Cuenta clave", "tal vez", kam.RowError{Field: "keyAccount", Key: "error.field.boolean_invalid", Reason: `invalid yes/no value "tal vez"`}, ""},
		{"Tipo de cuenta", "Socio", kam.RowError{Field: "type", Key: "error.field.invalid_option", Reason: `unknown option "Socio"`}, ""},
		{"Status", "Dormido", kam.RowError{Field: "status", Key: "error.field.invalid_option", Reason: `unknown option "Dormido"`}, ""},
		{"País", "Narnia", kam.RowError{Field: "country", Key: "error.account.country_invalid", Reason: `unknown country "Narnia"`}, ""},
		{"País", "XX", kam.RowError{Field: "country", Key: "error.account.country_invalid", Reason: `unknown country "XX"`}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.header+"="+tt.cell, func(t *testing.T) {
			in := "Nombre;" + tt.header + "\r\nBien;" + tt.good + "\r\nMal;" + tt.cell + "\r\n"
			rows, rejected, _, _, err := ReadAccounts(strings.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			tt.want.Row = 3
			if !reflect.DeepEqual(rejected, []kam.RowError{tt.want}) {
				t.Errorf("rejected=%+v, want %+v", rejected, tt.want)
			}
			if len(rows) != 1 || rows[0].Account.Name != "Bien" || rows[0].Row != 2 {
				t.Errorf("rows=%+v, want only Bien", rows)
			}
		})
	}
}

func TestReadAccounts_NoNameColumn(t *testing.T) {
	_, _, tab, unknown, err := ReadAccounts(strings.NewReader("RIF;Ciudad;Foo\nJ-1;Caracas;x\n"))
	var e *kam.Error
	if !errors.As(err, &e) || e.Code != kam.EINVALID || e.Key != "error.import.no_name_column" {
		t.Fatalf("err=%v, want EINVALID error.import.no_name_column", err)
	}
	if tab == nil || !reflect.DeepEqual(unknown, []string{"Foo"}) {
		t.Errorf("table=%v unknown=%q", tab, unknown)
	}
}

func TestParseCountry(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Venezuela", "VE", true}, {"venezuela", "VE", true}, {"México", "MX", true}, {"MEXICO", "MX", true},
		{"Perú", "PE", true}, {"España", "ES", true}, {"United States", "US", true}, {"EE.UU.", "US", true},
		{"ve", "VE", true}, {"FR", "FR", true}, {"COL", "CO", true}, {"República Dominicana", "DO", true},
		{"Francia", "", false}, {"XX", "", false}, {"Narnia", "", false}, {"V E", "", false},
	}
	for _, tt := range tests {
		if got, ok := parseCountry(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("parseCountry(%q)=%q,%v, want %q,%v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseOptions(t *testing.T) {
	tests := []struct {
		field, in, want string
		ok              bool
	}{
		{"type", "Compañía", "empresa", true}, {"type", "Persona Natural", "persona", true}, {"type", "Person", "persona", true},
		{"status", "Lead", "prospecto", true}, {"status", "CUSTOMER", "activo", true}, {"status", "Inactive", "inactivo", true},
		{"leadSource", "Referencia", "referido", true}, {"leadSource", "Página web", "web", true},
		{"leadSource", "RFP", "licitacion", true}, {"leadSource", "Llamada en frío", "otro", true},
		{"buyingRole", "Decision maker", "decisor", true}, {"buyingRole", "Guardián", "guardian", true},
		{"buyingRole", "Gatekeeper", "guardian", true}, {"buyingRole", "Jefe", "", false},
		{"attitude", "Champion", "promotor", true}, {"attitude", "Supporter", "favorable", true},
		{"attitude", "Opponent", "detractor", true}, {"influence", "Alta", "alto", true},
		{"influence", "medium", "medio", true}, {"influence", "Baja", "bajo", true}, {"influence", "Enorme", "", false},
	}
	for _, tt := range tests {
		if got, ok := optionParsers[tt.field](tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("%s(%q)=%q,%v, want %q,%v", tt.field, tt.in, got, ok, tt.want, tt.ok)
		}
	}
	for in, want := range map[string]bool{"Sí": true, "si": true, "S": true, "x": true, "YES": true, "y": true, "true": true, "1": true,
		"No": false, "n": false, "FALSE": false, "0": false} {
		if got, ok := parseBool(in); got != want || !ok {
			t.Errorf("parseBool(%q)=%v,%v, want %v,true", in, got, ok, want)
		}
	}
	if _, ok := parseBool("quizás"); ok {
		t.Error(`parseBool("quizás") ok`)
	}
}
