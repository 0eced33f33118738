package kam_test

import (
	"testing"

	"clave/internal/kam"
)

func validAccount() kam.Account {
	return kam.Account{Name: "Alimentos del Ávila", Owner: "Laura Méndez", Potential: kam.Money{Currency: "USD"}}
}

func TestAccount_Validate(t *testing.T) {
	for _, tt := range []struct {
		name  string
		edit  func(a *kam.Account)
		field string // "" = valid
		key   string
	}{
		{"OK", func(a *kam.Account) {}, "", ""},
		{"NameRequired", func(a *kam.Account) { a.Name = "  " }, "name", "error.field.required"},
		{"BadEmail", func(a *kam.Account) { a.Email = "no-es-correo" }, "email", "error.field.email_invalid"},
		{"EmailWithName", func(a *kam.Account) { a.Email = "Ana <ana@x.com>" }, "email", "error.field.email_invalid"},
		{"GoodEmail", func(a *kam.Account) { a.Email = "Compras@Empresa.COM.ve" }, "", ""},
		{"WebsiteWithoutScheme", func(a *kam.Account) { a.Website = "www.empresa.com" }, "", ""},
		{"BadWebsite", func(a *kam.Account) { a.Website = "ftp://empresa.com" }, "website", "error.field.url_invalid"},
		{"BadWebsiteHost", func(a *kam.Account) { a.Website = "http://localhost" }, "website", "error.field.url_invalid"},
		{"SegmentLower", func(a *kam.Account) { a.Segment = "b" }, "", ""},
		{"SegmentD", func(a *kam.Account) { a.Segment = "D" }, "segment", "error.account.segment_invalid"},
		{"Currency", func(a *kam.Account) { a.Potential.Currency = "dólares" }, "potential", "error.money.currency_invalid"},
		{"NegativePotential", func(a *kam.Account) { a.Potential.Amount = -1 }, "potential", "error.money.negative"},
		{"OwnerRequired", func(a *kam.Account) { a.Owner = "" }, "owner", "error.field.required"},
		{"TaxIDJunk", func(a *kam.Account) { a.TaxID = "J-30#12" }, "taxId", "error.account.tax_id_invalid"},
		{"TaxIDDotsDashes", func(a *kam.Account) { a.TaxID = "j-30.123.456-7" }, "", ""},
		{"LeadSource", func(a *kam.Account) { a.LeadSource = "feria" }, "leadSource", "error.field.invalid_option"},
		{"Country", func(a *kam.Account) { a.Country = "Venezuela" }, "country", "error.account.country_invalid"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := validAccount()
			tt.edit(&a)
			a.Normalize()
			err := a.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			e := kam.AsError(err)
			if e == nil || e.Code != kam.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
			if got := e.Fields[tt.field]; got != tt.key {
				t.Fatalf("Fields[%s] = %q, want %q (all: %v)", tt.field, got, tt.key, e.Fields)
			}
		})
	}
}

func TestAccount_Normalize(t *testing.T) {
	a := kam.Account{Name: " Núñez ", Segment: "a", Email: "VENTAS@X.COM", Website: "x.com"}
	a.Normalize()
	if a.Name != "Núñez" || a.Segment != "A" || a.Email != "ventas@x.com" || a.Website != "https://x.com" {
		t.Fatalf("normalised to %+v", a)
	}
	if a.Status != kam.StatusProspect || a.Type != kam.AccountCompany || a.Potential.Currency != "USD" {
		t.Fatalf("defaults: status %q type %q currency %q", a.Status, a.Type, a.Potential.Currency)
	}
}

func TestNormalizeTaxID(t *testing.T) {
	for in, want := range map[string]string{
		"j-30.123.456-7": "J301234567",
		"J 30123456 7":   "J301234567",
		"900.123.456-1":  "9001234561",
		"":               "",
	} {
		if got := kam.NormalizeTaxID(in); got != want {
			t.Errorf("NormalizeTaxID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAccount_RecordSale(t *testing.T) {
	a := validAccount()
	a.Normalize()
	if !a.RecordSale("2026-03-01") || a.Status != kam.StatusActive || a.FirstSaleOn != "2026-03-01" {
		t.Fatalf("after first sale: %q %q", a.Status, a.FirstSaleOn)
	}
	if a.RecordSale("2026-05-01") {
		t.Fatal("a later sale must not change an active account")
	}
	if !a.RecordSale("2025-12-01") || a.FirstSaleOn != "2025-12-01" {
		t.Fatalf("an earlier sale must become the first sale, got %q", a.FirstSaleOn)
	}
}

func TestNameKey(t *testing.T) {
	if got, want := kam.NameKey("Distribuidora  Núñez, C.A."), "distribuidora nunez ca"; got != want {
		t.Fatalf("NameKey = %q, want %q", got, want)
	}
}

func TestContact_Validate(t *testing.T) {
	c := kam.Contact{AccountID: "a", Name: "Ana", Email: "ana@", BuyingRole: "jefe", LastInteraction: "2026-02-30"}
	c.Normalize()
	e := kam.AsError(c.Validate())
	if e == nil {
		t.Fatal("want errors")
	}
	for f, k := range map[string]string{"email": "error.field.email_invalid", "buyingRole": "error.field.invalid_option", "lastInteraction": "error.field.date_invalid"} {
		if e.Fields[f] != k {
			t.Errorf("Fields[%s] = %q, want %q", f, e.Fields[f], k)
		}
	}
}
