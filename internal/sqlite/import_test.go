package sqlite_test

import (
	"context"
	"testing"

	"clave/internal/kam"
	"clave/internal/sqlite"
)

func accountRow(row int, a kam.Account, set ...string) kam.AccountImport {
	if a.Owner == "" {
		a.Owner = "Laura Méndez"
	}
	m := map[string]bool{}
	for _, s := range set {
		m[s] = true
	}
	return kam.AccountImport{Row: row, Account: a, Set: m}
}

func TestImportService_ImportAccounts(t *testing.T) {
	ctx := context.Background()

	// Ensure bad rows are rejected with row and field while good rows import, a duplicate tax
	// ID within the file is refused, and re-importing the same rows changes nothing.
	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		svc := sqlite.NewImportService(db)
		rows := []kam.AccountImport{
			accountRow(2, kam.Account{Name: "Alimentos del Ávila", TaxID: "J-30123456-7", Segment: "A", Status: kam.StatusActive}, "name", "taxId", "segment", "status"),
			accountRow(3, kam.Account{Name: "Mala", Email: "no-es-correo"}, "name", "email"),
			accountRow(4, kam.Account{Name: "Repetida", TaxID: "j30123456-7"}, "name", "taxId"),
			accountRow(5, kam.Account{Name: "Sin RIF", Industry: "Salud"}, "name", "industry"),
		}
		res, err := svc.ImportAccounts(ctx, rows, false)
		if err != nil {
			t.Fatal(err)
		}
		if res.Imported != 2 || res.Updated != 0 || len(res.Rejected) != 2 {
			t.Fatalf("result %+v", res)
		}
		if r := res.Rejected[0]; r.Row != 3 || r.Field != "email" || r.Key != "error.field.email_invalid" {
			t.Fatalf("rejection %+v", r)
		}
		if r := res.Rejected[1]; r.Row != 4 || r.Field != "taxId" || r.Key != "error.import.duplicate_in_file" {
			t.Fatalf("rejection %+v", r)
		}
		// Imported accounts keep the status of the system they come from.
		list, _, _ := sqlite.NewAccountService(db).FindAccounts(ctx, kam.AccountFilter{TaxIDKey: "J301234567"})
		if len(list) != 1 || list[0].Status != kam.StatusActive {
			t.Fatalf("imported account %+v", list)
		}
		outboxBefore := len(outbox(t, db))
		res, err = svc.ImportAccounts(ctx, rows, false)
		if err != nil {
			t.Fatal(err)
		}
		if res.Imported != 0 || res.Updated != 0 || res.Unchanged != 2 {
			t.Fatalf("re-import %+v, want 2 unchanged", res)
		}
		if n := len(outbox(t, db)); n != outboxBefore {
			t.Fatalf("re-import queued %d changes", n-outboxBefore)
		}
	})

	// Ensure a matching row updates only the columns the file carries, matching by tax ID and,
	// lacking one, by accent-insensitive name.
	t.Run("UpdateCarriedColumns", func(t *testing.T) {
		db := MustOpenDB(t)
		accounts := sqlite.NewAccountService(db)
		a := MustCreateAccount(t, db, &kam.Account{Name: "Textiles Guadalupe", TaxID: "AB-123", Phone: "555", Industry: "Manufactura"})
		b := MustCreateAccount(t, db, &kam.Account{Name: "Clínica Santa Lucía", Phone: "111"})
		res, err := sqlite.NewImportService(db).ImportAccounts(ctx, []kam.AccountImport{
			accountRow(2, kam.Account{Name: "TEXTILES GUADALUPE S.A.", TaxID: "ab123", Industry: "Textil"}, "taxId", "industry"),
			accountRow(3, kam.Account{Name: "clinica santa lucia", Region: "Zulia"}, "name", "region"),
		}, false)
		if err != nil || res.Updated != 2 {
			t.Fatalf("result %+v, %v", res, err)
		}
		got, _ := accounts.FindAccountByID(ctx, a.ID)
		if got.Industry != "Textil" || got.Phone != "555" || got.Name != "Textiles Guadalupe" {
			t.Fatalf("updated %+v", got)
		}
		got, _ = accounts.FindAccountByID(ctx, b.ID)
		if got.Region != "Zulia" || got.Phone != "111" {
			t.Fatalf("updated by name %+v", got)
		}
	})

	// Ensure a dry run reports the same but writes nothing.
	t.Run("DryRun", func(t *testing.T) {
		db := MustOpenDB(t)
		res, err := sqlite.NewImportService(db).ImportAccounts(ctx, []kam.AccountImport{
			accountRow(2, kam.Account{Name: "Uno"}, "name"),
			accountRow(3, kam.Account{Name: ""}, "name"),
		}, true)
		if err != nil || res.Imported != 1 || len(res.Rejected) != 1 {
			t.Fatalf("dry run %+v, %v", res, err)
		}
		if n := count(t, db, `SELECT COUNT(*) FROM accounts`) + count(t, db, `SELECT COUNT(*) FROM outbox`); n != 0 {
			t.Fatalf("dry run wrote %d rows", n)
		}
	})

	// Ensure a cancelled import stops between rows: what was committed is whole, nothing half-written.
	t.Run("Cancelled", func(t *testing.T) {
		db := MustOpenDB(t)
		ctx, cancel := context.WithCancel(ctx)
		cancel()
		rows := []kam.AccountImport{accountRow(2, kam.Account{Name: "Uno"}, "name")}
		if _, err := sqlite.NewImportService(db).ImportAccounts(ctx, rows, false); err == nil {
			t.Fatal("cancelled import reported success")
		}
		if n := count(t, db, `SELECT COUNT(*) FROM accounts`); n != 0 {
			t.Fatalf("%d accounts after cancel", n)
		}
	})
}

func TestImportService_ImportContacts(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	svc := sqlite.NewImportService(db)
	a := MustCreateAccount(t, db, &kam.Account{Name: "Farmacéutica Andina", TaxID: "900.123.456-1"})
	row := func(n int, c kam.Contact, taxID, account, reportsTo string, set ...string) kam.ContactImport {
		m := map[string]bool{}
		for _, s := range set {
			m[s] = true
		}
		return kam.ContactImport{Row: n, Contact: c, Set: m, AccountTaxID: taxID, AccountName: account, ReportsToName: reportsTo}
	}
	rows := []kam.ContactImport{
		// The employee comes before her manager: the reporting line is set in a second pass.
		row(2, kam.Contact{Name: "José Peña", Email: "jose@andina.example"}, "9001234561", "", "María Núñez", "name", "email"),
		row(3, kam.Contact{Name: "María Núñez", Title: "Gerente"}, "", "farmaceutica andina", "", "name", "title"),
		row(4, kam.Contact{Name: "Sin cuenta"}, "", "No existe", "", "name"),
		row(5, kam.Contact{Name: "Mal correo", Email: "x@"}, "9001234561", "", "", "name", "email"),
	}
	res, err := svc.ImportContacts(ctx, rows, false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Imported != 2 || len(res.Rejected) != 2 || res.Rejected[0].Row != 4 || res.Rejected[1].Row != 5 {
		t.Fatalf("result %+v", res)
	}
	if res.Rejected[0].Key != "error.import.account_not_found" || res.Rejected[1].Field != "email" {
		t.Fatalf("rejections %+v", res.Rejected)
	}
	list, _, _ := sqlite.NewContactService(db).FindContacts(ctx, kam.ContactFilter{AccountID: a.ID, Sort: "name"})
	if len(list) != 2 || list[0].Name != "José Peña" || list[0].ReportsTo != list[1].ID {
		t.Fatalf("contacts %+v", list)
	}
	// Same file again: matched by email or name, nothing changes.
	res, err = svc.ImportContacts(ctx, rows, false)
	if err != nil || res.Imported != 0 || res.Updated != 0 || res.Unchanged != 2 {
		t.Fatalf("re-import %+v, %v", res, err)
	}
}
