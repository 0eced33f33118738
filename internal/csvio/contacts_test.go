package csvio

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"clave/internal/kam"
)

func TestReadContacts_SalesforceExport(t *testing.T) {
	// Salesforce (US locale): First/Last Name, M/D/YYYY dates, unknown columns.
	const in = "Salutation,First Name,Last Name,Title,Account Name,Mailing City,Phone,Mobile,Email,Lead Source,Contact Owner,Reports To,Last Activity,Description\r\n" +
		"Mr.,John,Smith,CFO,Acme Corp,Austin,(512) 555-0100,(512) 555-0199,john@acme.com,Web,Jane Doe,,3/25/2024,\r\n" +
		"Ms.,Ana,Núñez,CEO,Acme Corp,Austin,,,ana@acme.com,,Jane Doe,John Smith,4/2/2024,\"Likes \"\"golf\"\"\r\nand tennis\"\r\n" +
		",Cher,,Singer,Acme Corp,,,,,,,,,\r\n"
	rows, rejected, _, unknown, err := ReadContacts(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(rejected) != 0 {
		t.Fatalf("rejected=%+v", rejected)
	}
	if want := []string{"Salutation", "Mailing City", "Lead Source"}; !reflect.DeepEqual(unknown, want) {
		t.Errorf("unknown=%q, want %q", unknown, want)
	}
	want := []kam.ContactImport{
		{Row: 2, Contact: kam.Contact{Name: "John Smith", Title: "CFO", Phone: "(512) 555-0100", Mobile: "(512) 555-0199",
			Email: "john@acme.com", RelationshipOwner: "Jane Doe", LastInteraction: "2024-03-25"},
			Set:         setOf("name", "title", "phone", "mobile", "email", "relationshipOwner", "lastInteraction"),
			AccountName: "Acme Corp"},
		{Row: 3, Contact: kam.Contact{Name: "Ana Núñez", Title: "CEO", Email: "ana@acme.com", RelationshipOwner: "Jane Doe",
			LastInteraction: "2024-04-02", Notes: "Likes \"golf\"\nand tennis"},
			Set:         setOf("name", "title", "email", "relationshipOwner", "lastInteraction", "notes", "reportsTo"),
			AccountName: "Acme Corp", ReportsToName: "John Smith"},
		{Row: 4, Contact: kam.Contact{Name: "Cher", Title: "Singer"}, Set: setOf("name", "title"), AccountName: "Acme Corp"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("got\n %+v\nwant\n %+v", rows, want)
	}
}

func TestReadContacts_Spanish(t *testing.T) {
	const in = "\uFEFFRIF de la cuenta;Cuenta;Nombre;Apellido;Cargo;Correo;Celular;Principal;Rol de compra;Actitud;Influencia;Reporta a;Responsable de la relación;Última interacción;Notas\r\n" +
		"J-30123456-7;Distribuidora Núñez;María;Peña;Gerente de compras;maria@nunez.com.ve;'+58 414 555 0101;Sí;Decisor;Promotor;Alta;;Luis Gil;05/03/2024;\"Prefiere; WhatsApp\"\r\n" +
		"J-30123456-7;Distribuidora Núñez;Pedro;Díaz;Almacén;;;no;Usuario final;Neutral;Baja;María Peña;;2024-03-05 14:30;\r\n" +
		"J-30123456-7;;Rosa;Gil;;;;talvez;Jefe;Feliz;Alta;;;31/02/2024;\r\n" +
		";Otra;Luis;;;;;;Guardián;Detractor;Media;;;5/3/2024;\r\n"
	rows, rejected, tab, unknown, err := ReadContacts(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if tab.Separator != ';' || len(unknown) != 0 {
		t.Errorf("Separator=%q unknown=%q", tab.Separator, unknown)
	}
	wantRejected := []kam.RowError{
		{Row: 4, Field: "buyingRole", Key: "error.field.invalid_option", Reason: `unknown option "Jefe"`},
		{Row: 4, Field: "attitude", Key: "error.field.invalid_option", Reason: `unknown option "Feliz"`},
		{Row: 4, Field: "primary", Key: "error.field.boolean_invalid", Reason: `invalid yes/no value "talvez"`},
		{Row: 4, Field: "lastInteraction", Key: "error.field.date_invalid", Reason: `invalid date "31/02/2024"`},
	}
	if !reflect.DeepEqual(rejected, wantRejected) {
		t.Errorf("rejected=%+v\nwant     %+v", rejected, wantRejected)
	}
	want := []kam.ContactImport{
		{Row: 2, Contact: kam.Contact{Name: "María Peña", Title: "Gerente de compras", Email: "maria@nunez.com.ve",
			Mobile: "+58 414 555 0101", Primary: true, BuyingRole: kam.RoleDecider, Attitude: kam.AttitudePromoter,
			Influence: kam.InfluenceHigh, RelationshipOwner: "Luis Gil", LastInteraction: "2024-03-05", Notes: "Prefiere; WhatsApp"},
			Set: setOf("name", "title", "email", "mobile", "primary", "buyingRole", "attitude", "influence",
				"relationshipOwner", "lastInteraction", "notes"),
			AccountTaxID: "J-30123456-7", AccountName: "Distribuidora Núñez"},
		{Row: 3, Contact: kam.Contact{Name: "Pedro Díaz", Title: "Almacén", BuyingRole: kam.RoleUser,
			Attitude: kam.AttitudeNeutral, Influence: kam.InfluenceLow, LastInteraction: "2024-03-05"},
			Set:          setOf("name", "title", "primary", "buyingRole", "attitude", "influence", "lastInteraction", "reportsTo"),
			AccountTaxID: "J-30123456-7", AccountName: "Distribuidora Núñez", ReportsToName: "María Peña"},
		{Row: 5, Contact: kam.Contact{Name: "Luis", BuyingRole: kam.RoleGatekeeper, Attitude: kam.AttitudeDetractor,
			Influence: kam.InfluenceMedium, LastInteraction: "2024-03-05"},
			Set:         setOf("name", "buyingRole", "attitude", "influence", "lastInteraction"),
			AccountName: "Otra"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("got\n %+v\nwant\n %+v", rows, want)
	}
}

func TestReadContacts_FileErrors(t *testing.T) {
	tests := []struct {
		name, in, key string
	}{
		{"no account column", "Nombre;Cargo\nAna;CEO\n", "error.import.no_account_column"},
		{"no name column", "Cuenta;Cargo\nAcme;CEO\n", "error.import.no_name_column"},
		{"empty", "\r\n", "error.import.empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, _, _, err := ReadContacts(strings.NewReader(tt.in))
			var e *kam.Error
			if !errors.As(err, &e) || e.Code != kam.EINVALID || e.Key != tt.key {
				t.Fatalf("err=%v, want EINVALID %s", err, tt.key)
			}
		})
	}
}

func TestReadContacts_Headers(t *testing.T) {
	tests := []struct {
		name, in string
		want     kam.ContactImport
	}{
		{
			name: "Pipedrive person export",
			in:   "Person - Name,Person - Organization,Person - Email - Work,Person - Phone - Mobile,Person - Owner\nAna Gil,Acme,ana@acme.com,+1 555,Bob\n",
			want: kam.ContactImport{Row: 2, Contact: kam.Contact{Name: "Ana Gil", Email: "ana@acme.com", Mobile: "+1 555", RelationshipOwner: "Bob"},
				Set: setOf("name", "email", "mobile", "relationshipOwner"), AccountName: "Acme"},
		},
		{
			name: "HubSpot contacts export, full name wins over first and last",
			in:   "First Name,Last Name,Full name,Associated Company,Job Title,Last Contacted\nA,B,Ana Beltrán,Acme,CTO,2024-03-05T10:22:00Z\n",
			want: kam.ContactImport{Row: 2, Contact: kam.Contact{Name: "Ana Beltrán", Title: "CTO", LastInteraction: "2024-03-05"},
				Set: setOf("name", "title", "lastInteraction"), AccountName: "Acme"},
		},
		{
			name: "tax ID only, Nombres + Apellidos",
			in:   "NIT\tNombres\tApellidos\tPuesto\n900.123.456-7\tAna María\tGil Díaz\tCFO\n",
			want: kam.ContactImport{Row: 2, Contact: kam.Contact{Name: "Ana María Gil Díaz", Title: "CFO"},
				Set: setOf("name", "title"), AccountTaxID: "900.123.456-7"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, rejected, _, _, err := ReadContacts(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(rejected) != 0 || len(rows) != 1 {
				t.Fatalf("rows=%+v rejected=%+v", rows, rejected)
			}
			if !reflect.DeepEqual(rows[0], tt.want) {
				t.Errorf("got  %+v\nwant %+v", rows[0], tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in         string
		monthFirst bool
		want       string
		ok         bool
	}{
		{"2024-03-05", false, "2024-03-05", true},
		{"05/03/2024", false, "2024-03-05", true},
		{"5/3/2024", false, "2024-03-05", true},
		{"5-3-2024", false, "2024-03-05", true},
		{"05.03.2024", false, "2024-03-05", true},
		{"3/25/2024", true, "2024-03-25", true},
		{"2024-03-05 14:30", false, "2024-03-05", true},
		{"2024-03-05 14:30:59", false, "2024-03-05", true},
		{"2024-03-05T14:30:59Z", false, "2024-03-05", true},
		{"2024-03-05T14:30:59.123-04:00", false, "2024-03-05", true},
		{"05/03/2024 2:15 PM", false, "2024-03-05", true},
		{"29/02/2024", false, "2024-02-29", true},
		{"29/02/2023", false, "", false},
		{"3/25/2024", false, "", false},
		{"2024-13-01", false, "", false},
		{"05/03/24", false, "", false},
		{"2024-03-05 25:00", false, "", false},
		{"2024-03-05 later", false, "", false},
		{"mañana", false, "", false},
		{"2024/03/05", false, "", false},
	}
	for _, tt := range tests {
		if got, ok := parseDate(tt.in, tt.monthFirst); got != tt.want || ok != tt.ok {
			t.Errorf("parseDate(%q, %v)=%q,%v, want %q,%v", tt.in, tt.monthFirst, got, ok, tt.want, tt.ok)
		}
	}
}
