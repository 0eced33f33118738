package sqlite_test

import (
	"context"
	"testing"

	"clave/internal/kam"
	"clave/internal/sqlite"
)

func TestContactService(t *testing.T) {
	ctx := context.Background()

	// Ensure every field is kept and the write is queued under the account's scope.
	t.Run("CreateOK", func(t *testing.T) {
		db := MustOpenDB(t)
		a := MustCreateAccount(t, db, &kam.Account{Name: "Farmacéutica Andina"})
		boss := MustCreateContact(t, db, &kam.Contact{AccountID: a.ID, Name: "María Núñez", Title: "Gerente General", BuyingRole: kam.RoleDecider, Attitude: kam.AttitudePromoter, Influence: kam.InfluenceHigh})
		c := MustCreateContact(t, db, &kam.Contact{AccountID: a.ID, Name: "José Peña", Email: "JOSE@ANDINA.COM", ReportsTo: boss.ID, LastInteraction: "2026-11-20", RelationshipOwner: "Laura"})
		got, err := sqlite.NewContactService(db).FindContactByID(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Email != "jose@andina.com" || got.ReportsTo != boss.ID || got.AccountName != "Farmacéutica Andina" || got.LastInteraction != "2026-11-20" {
			t.Fatalf("stored %+v", got)
		}
		ob := outbox(t, db)
		if last := ob[len(ob)-1]; last.Entity != "contacts" || last.Scope != a.ID {
			t.Fatalf("outbox row %+v", last)
		}
	})

	// Ensure one primary contact per account: marking a second clears the first.
	t.Run("OnePrimary", func(t *testing.T) {
		db := MustOpenDB(t)
		svc := sqlite.NewContactService(db)
		a := MustCreateAccount(t, db, &kam.Account{Name: "X"})
		c1 := MustCreateContact(t, db, &kam.Contact{AccountID: a.ID, Name: "Uno", Primary: true})
		c2 := MustCreateContact(t, db, &kam.Contact{AccountID: a.ID, Name: "Dos"})
		yes := true
		if _, err := svc.UpdateContact(ctx, c2.ID, kam.ContactUpdate{Primary: &yes}); err != nil {
			t.Fatal(err)
		}
		if got, _ := svc.FindContactByID(ctx, c1.ID); got.Primary {
			t.Fatal("first contact is still primary")
		}
		if n := count(t, db, `SELECT COUNT(*) FROM contacts WHERE is_primary = 1`); n != 1 {
			t.Fatalf("%d primaries", n)
		}
	})

	// Ensure reporting lines stay inside the account and never loop.
	t.Run("ErrReportsTo", func(t *testing.T) {
		db := MustOpenDB(t)
		svc := sqlite.NewContactService(db)
		a := MustCreateAccount(t, db, &kam.Account{Name: "A"})
		b := MustCreateAccount(t, db, &kam.Account{Name: "B"})
		top := MustCreateContact(t, db, &kam.Contact{AccountID: a.ID, Name: "Top"})
		mid := MustCreateContact(t, db, &kam.Contact{AccountID: a.ID, Name: "Mid", ReportsTo: top.ID})
		err := svc.CreateContact(ctx, &kam.Contact{AccountID: b.ID, Name: "Otro", ReportsTo: top.ID})
		if e := kam.AsError(err); e == nil || e.Fields["reportsTo"] != "error.contact.reports_to_other_account" {
			t.Fatalf("other account: %v", err)
		}
		_, err = svc.UpdateContact(ctx, top.ID, kam.ContactUpdate{ReportsTo: &mid.ID})
		if e := kam.AsError(err); e == nil || e.Fields["reportsTo"] != "error.contact.reports_to_cycle" {
			t.Fatalf("cycle: %v", err)
		}
	})

	t.Run("ErrAccountNotFound", func(t *testing.T) {
		db := MustOpenDB(t)
		err := sqlite.NewContactService(db).CreateContact(ctx, &kam.Contact{AccountID: "missing", Name: "X"})
		if kam.ErrorCode(err) != kam.ENOTFOUND {
			t.Fatalf("err = %v", err)
		}
	})

	// Ensure delete is a tombstone that undo reverses.
	t.Run("DeleteUndelete", func(t *testing.T) {
		db := MustOpenDB(t)
		svc := sqlite.NewContactService(db)
		a := MustCreateAccount(t, db, &kam.Account{Name: "A"})
		c := MustCreateContact(t, db, &kam.Contact{AccountID: a.ID, Name: "Ana"})
		if err := svc.DeleteContact(ctx, c.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.FindContactByID(ctx, c.ID); kam.ErrorCode(err) != kam.ENOTFOUND {
			t.Fatalf("deleted contact found: %v", err)
		}
		if _, err := svc.UndeleteContact(ctx, c.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.FindContactByID(ctx, c.ID); err != nil {
			t.Fatalf("restored contact: %v", err)
		}
	})
}

func TestSearchService_Search(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	svc := sqlite.NewSearchService(db)
	a := MustCreateAccount(t, db, &kam.Account{Name: "Distribuidora Núñez", TaxID: "J-30123456-7", Notes: "Cliente desde la feria de Valencia"})
	MustCreateAccount(t, db, &kam.Account{Name: "Ferretería Ibáñez", Email: "compras@ibanez.example"})
	MustCreateContact(t, db, &kam.Contact{AccountID: a.ID, Name: "Begoña Muñoz", Title: "Jefa de Compras"})

	for _, tt := range []struct {
		query string
		want  []string // titles in order
	}{
		{"nunez", []string{"Distribuidora Núñez"}},
		{"NÚÑEZ", []string{"Distribuidora Núñez"}},
		{"nun", []string{"Distribuidora Núñez"}},
		{"di", []string{"Distribuidora Núñez"}}, // short text: the start of names
		{"nu", nil},
		{"dist nun", []string{"Distribuidora Núñez"}},
		{"ferreteria", []string{"Ferretería Ibáñez"}},
		{"ibanez.example", []string{"Ferretería Ibáñez"}},
		{"J-30.123.456-7", []string{"Distribuidora Núñez"}},
		{"J3012", []string{"Distribuidora Núñez"}},
		{"valencia", []string{"Distribuidora Núñez"}},
		{"begona", []string{"Begoña Muñoz"}},
		{"munoz compras", []string{"Begoña Muñoz"}},
		{"ex", nil}, // two letters search names only, not every "example" email
		{"exam", []string{"Ferretería Ibáñez"}},
		{`"*(`, nil},
		{"zzz", nil},
	} {
		hits, err := svc.Search(ctx, tt.query, 10)
		if err != nil {
			t.Fatalf("%q: %v", tt.query, err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Title)
		}
		if len(got) != len(tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
			}
		}
	}
	// A contact hit points at its account, so the UI can open the contacts tab.
	hits, _ := svc.Search(ctx, "begona", 10)
	if len(hits) == 1 && (hits[0].Entity != "contact" || hits[0].AccountID != a.ID) {
		t.Fatalf("contact hit %+v", hits[0])
	}
	// Editing a name re-indexes it.
	name := "Distribuidora Peña"
	if _, err := sqlite.NewAccountService(db).UpdateAccount(ctx, a.ID, kam.AccountUpdate{Name: &name}); err != nil {
		t.Fatal(err)
	}
	if hits, _ := svc.Search(ctx, "nunez", 10); len(hits) != 0 {
		t.Fatalf("old name still found: %+v", hits)
	}
	if hits, _ := svc.Search(ctx, "pena", 10); len(hits) != 1 {
		t.Fatalf("new name not found: %+v", hits)
	}
}
