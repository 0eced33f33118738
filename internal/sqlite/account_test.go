package sqlite_test

import (
	"context"
	"testing"
	"time"

	"clave/internal/kam"
	"clave/internal/sqlite"
)

func TestAccountService_CreateAccount(t *testing.T) {
	ctx := context.Background()

	// Ensure a new account is a prospect, gets a UUIDv7 and queues every field for sync.
	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		a := MustCreateAccount(t, db, &kam.Account{Name: "Alimentos del Ávila", TaxID: "j-30.123.456-7", Status: kam.StatusActive, Segment: "a"})
		if a.Status != kam.StatusProspect {
			t.Fatalf("Status = %q, want prospecto", a.Status)
		}
		if len(a.ID) != 36 || a.ID[14] != '7' {
			t.Fatalf("ID %q is not a UUIDv7", a.ID)
		}
		got, err := sqlite.NewAccountService(db).FindAccountByID(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		} else if got.Name != "Alimentos del Ávila" || got.Segment != "A" || got.TaxID != "j-30.123.456-7" {
			t.Fatalf("stored %+v", got)
		}
		ob := outbox(t, db)
		if len(ob) != 1 {
			t.Fatalf("outbox has %d rows, want 1", len(ob))
		}
		r := ob[0]
		if r.Entity != "accounts" || r.EntityID != a.ID || r.Scope != a.ID || r.Op != "upsert" {
			t.Fatalf("outbox row %+v", r)
		}
		if r.Fields["name"].V != "Alimentos del Ávila" || r.Fields["name"].HLC != r.HLC || r.HLC == "" {
			t.Fatalf("outbox fields %+v", r.Fields["name"])
		}
		if _, err := kam.ParseHLC(r.HLC); err != nil {
			t.Fatalf("outbox hlc %q: %v", r.HLC, err)
		}
		if n := count(t, db, `SELECT COUNT(*) FROM field_clock WHERE entity = 'accounts' AND id = ?`, a.ID); n != len(r.Fields) {
			t.Fatalf("field_clock has %d rows, want %d", n, len(r.Fields))
		}
	})

	// Ensure the tax ID is unique once normalised and the error names the existing account.
	t.Run("ErrTaxIDTaken", func(t *testing.T) {
		db := MustOpenDB(t)
		first := MustCreateAccount(t, db, &kam.Account{Name: "Alimentos del Ávila", TaxID: "J-30123456-7"})
		err := sqlite.NewAccountService(db).CreateAccount(ctx, &kam.Account{Name: "Otra", TaxID: "j 30.123.456 7", Owner: "x"})
		e := kam.AsError(err)
		if e == nil || e.Code != kam.ECONFLICT || e.Fields["taxId"] == "" {
			t.Fatalf("err = %v, want ECONFLICT on taxId", err)
		}
		if e.Params["name"] != "Alimentos del Ávila" || e.Params["id"] != first.ID {
			t.Fatalf("params %v do not name the existing account", e.Params)
		}
		if n := count(t, db, `SELECT COUNT(*) FROM accounts`); n != 1 {
			t.Fatalf("%d accounts stored, want 1", n)
		}
	})

	// Ensure invalid input writes nothing, not even an outbox row.
	t.Run("ErrInvalid", func(t *testing.T) {
		db := MustOpenDB(t)
		err := sqlite.NewAccountService(db).CreateAccount(ctx, &kam.Account{Name: "X", Owner: "y", Email: "no-es-correo"})
		if e := kam.AsError(err); e == nil || e.Fields["email"] != "error.field.email_invalid" {
			t.Fatalf("err = %v", err)
		}
		if n := count(t, db, `SELECT COUNT(*) FROM outbox`) + count(t, db, `SELECT COUNT(*) FROM accounts`); n != 0 {
			t.Fatalf("%d rows written", n)
		}
	})
}

// Ensure the outbox row is written in the same transaction as the change: when the outbox
// insert fails, the change itself is rolled back.
func TestOutboxSameTransaction(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	svc := sqlite.NewAccountService(db)
	a := MustCreateAccount(t, db, &kam.Account{Name: "Antes"})
	raw := rawDB(t, db)
	if _, err := raw.Exec(`CREATE TRIGGER outbox_fail BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END`); err != nil {
		t.Fatal(err)
	}

	if err := svc.CreateAccount(ctx, &kam.Account{Name: "Nueva", Owner: "x"}); err == nil {
		t.Fatal("create succeeded without its outbox row")
	}
	name := "Después"
	if _, err := svc.UpdateAccount(ctx, a.ID, kam.AccountUpdate{Name: &name}); err == nil {
		t.Fatal("update succeeded without its outbox row")
	}
	if err := svc.DeleteAccount(ctx, a.ID); err == nil {
		t.Fatal("delete succeeded without its outbox row")
	}
	if n := count(t, db, `SELECT COUNT(*) FROM accounts`); n != 1 {
		t.Fatalf("%d accounts, want only the first", n)
	}
	got, err := svc.FindAccountByID(ctx, a.ID)
	if err != nil || got.Name != "Antes" {
		t.Fatalf("account after failed writes: %+v, %v", got, err)
	}
	if n := count(t, db, `SELECT COUNT(*) FROM outbox`); n != 1 {
		t.Fatalf("outbox has %d rows, want 1", n)
	}
}

func TestAccountService_UpdateAccount(t *testing.T) {
	ctx := context.Background()

	// Ensure only changed fields are queued, each with the value it replaced.
	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		svc := sqlite.NewAccountService(db)
		a := MustCreateAccount(t, db, &kam.Account{Name: "Textiles", Industry: "Manufactura", Phone: "123"})
		industry, phone := "Textil", "123"
		got, err := svc.UpdateAccount(ctx, a.ID, kam.AccountUpdate{Industry: &industry, Phone: &phone})
		if err != nil {
			t.Fatal(err)
		}
		if got.Industry != "Textil" {
			t.Fatalf("Industry = %q", got.Industry)
		}
		ob := outbox(t, db)
		if len(ob) != 2 {
			t.Fatalf("outbox has %d rows, want 2", len(ob))
		}
		upd := ob[1]
		if len(upd.Fields) != 1 || upd.Fields["industry"].V != "Textil" || upd.Fields["industry"].Base != "Manufactura" {
			t.Fatalf("update fields = %+v, want only industry with its base", upd.Fields)
		}
		if upd.HLC <= ob[0].HLC {
			t.Fatalf("update HLC %s not after create HLC %s", upd.HLC, ob[0].HLC)
		}
	})

	// Ensure an update that changes nothing writes nothing.
	t.Run("Unchanged", func(t *testing.T) {
		db := MustOpenDB(t)
		a := MustCreateAccount(t, db, &kam.Account{Name: "Textiles"})
		name := "Textiles"
		if _, err := sqlite.NewAccountService(db).UpdateAccount(ctx, a.ID, kam.AccountUpdate{Name: &name}); err != nil {
			t.Fatal(err)
		}
		if n := len(outbox(t, db)); n != 1 {
			t.Fatalf("outbox has %d rows, want 1", n)
		}
	})

	// Ensure taking another account's tax ID is refused and changes nothing.
	t.Run("ErrTaxIDTaken", func(t *testing.T) {
		db := MustOpenDB(t)
		MustCreateAccount(t, db, &kam.Account{Name: "Uno", TaxID: "J-1111111-1"})
		b := MustCreateAccount(t, db, &kam.Account{Name: "Dos", TaxID: "J-2222222-2"})
		tax := "J11111111"
		_, err := sqlite.NewAccountService(db).UpdateAccount(ctx, b.ID, kam.AccountUpdate{TaxID: &tax})
		if e := kam.AsError(err); e == nil || e.Code != kam.ECONFLICT || e.Params["name"] != "Uno" {
			t.Fatalf("err = %v", err)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		db := MustOpenDB(t)
		name := "x"
		if _, err := sqlite.NewAccountService(db).UpdateAccount(ctx, "nope", kam.AccountUpdate{Name: &name}); kam.ErrorCode(err) != kam.ENOTFOUND {
			t.Fatalf("err = %v, want ENOTFOUND", err)
		}
	})
}

func TestAccountService_DeleteUndelete(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	svc := sqlite.NewAccountService(db)
	contacts := sqlite.NewContactService(db)
	search := sqlite.NewSearchService(db)
	a := MustCreateAccount(t, db, &kam.Account{Name: "Constructora Núñez", TaxID: "J-40000000-1"})
	c1 := MustCreateContact(t, db, &kam.Contact{AccountID: a.ID, Name: "Ana Peña"})
	c2 := MustCreateContact(t, db, &kam.Contact{AccountID: a.ID, Name: "Luis Ibáñez"})
	// c2 was deleted on its own before the account: undoing the account's delete must not bring it back.
	if err := contacts.DeleteContact(ctx, c2.ID); err != nil {
		t.Fatal(err)
	}

	if err := svc.DeleteAccount(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	// A tombstone, not a delete: the row stays, hidden from finders and search.
	if n := count(t, db, `SELECT COUNT(*) FROM accounts WHERE id = ? AND deleted_at IS NOT NULL`, a.ID); n != 1 {
		t.Fatal("account row is not tombstoned")
	}
	if _, err := svc.FindAccountByID(ctx, a.ID); kam.ErrorCode(err) != kam.ENOTFOUND {
		t.Fatalf("deleted account still found: %v", err)
	}
	if hits, _ := search.Search(ctx, "nunez", 10); len(hits) != 0 {
		t.Fatalf("deleted account still searchable: %+v", hits)
	}
	if _, n, _ := contacts.FindContacts(ctx, kam.ContactFilter{AccountID: a.ID}); n != 0 {
		t.Fatalf("%d contacts of a deleted account listed", n)
	}
	// The tax ID is free while the account is deleted…
	other := MustCreateAccount(t, db, &kam.Account{Name: "Otra", TaxID: "J400000001"})

	// …so undo must refuse rather than duplicate it.
	if _, err := svc.UndeleteAccount(ctx, a.ID); kam.ErrorCode(err) != kam.ECONFLICT {
		t.Fatalf("undelete with taken tax ID: %v, want ECONFLICT", err)
	}
	if err := svc.DeleteAccount(ctx, other.ID); err != nil {
		t.Fatal(err)
	}
	got, err := svc.UndeleteAccount(ctx, a.ID)
	if err != nil || got.DeletedAt != nil {
		t.Fatalf("undelete: %+v, %v", got, err)
	}
	list, n, err := contacts.FindContacts(ctx, kam.ContactFilter{AccountID: a.ID})
	if err != nil || n != 1 || list[0].ID != c1.ID {
		t.Fatalf("contacts after undo: %d, %v", n, err)
	}
	if hits, _ := search.Search(ctx, "nunez", 10); len(hits) != 1 {
		t.Fatalf("undeleted account not searchable: %+v", hits)
	}
	ops := map[string]int{}
	for _, r := range outbox(t, db) {
		ops[r.Entity+":"+r.Op]++
	}
	if ops["accounts:delete"] != 2 || ops["accounts:undelete"] != 1 || ops["contacts:delete"] != 2 || ops["contacts:undelete"] != 1 {
		t.Fatalf("outbox ops %v", ops)
	}
}

func TestAccountService_FindAccounts(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	svc := sqlite.NewAccountService(db)
	yes := true
	MustCreateAccount(t, db, &kam.Account{Name: "Zeta", Segment: "A", Owner: "Ana", Industry: "Salud", Region: "Zulia", KeyAccount: true, Potential: kam.Money{Amount: 500, Currency: "USD"}})
	MustCreateAccount(t, db, &kam.Account{Name: "Álamo", Segment: "B", Owner: "Ana", Industry: "Salud", Region: "Lara", Potential: kam.Money{Amount: 900, Currency: "USD"}})
	MustCreateAccount(t, db, &kam.Account{Name: "beta", Segment: "A", Owner: "Pedro", Industry: "Banca", Region: "Zulia", Potential: kam.Money{Amount: 100, Currency: "USD"}})
	names := func(f kam.AccountFilter) []string {
		t.Helper()
		list, _, err := svc.FindAccounts(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, a := range list {
			out = append(out, a.Name)
		}
		return out
	}
	eq := func(got []string, want ...string) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("got %v, want %v", got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("got %v, want %v", got, want)
			}
		}
	}
	eq(names(kam.AccountFilter{}), "Álamo", "beta", "Zeta") // accent- and case-insensitive order
	eq(names(kam.AccountFilter{Sort: kam.SortPotential, Desc: true}), "Álamo", "Zeta", "beta")
	eq(names(kam.AccountFilter{Segment: "A"}), "beta", "Zeta")
	eq(names(kam.AccountFilter{Owner: "Ana", Region: "Zulia"}), "Zeta")
	eq(names(kam.AccountFilter{Industry: "Salud", KeyAccount: &yes}), "Zeta")
	eq(names(kam.AccountFilter{Query: "alamo"}), "Álamo")
	list, total, err := svc.FindAccounts(ctx, kam.AccountFilter{Limit: 2, Offset: 2})
	if err != nil || total != 3 || len(list) != 1 || list[0].Name != "Zeta" {
		t.Fatalf("page 2: %d items, total %d, %v", len(list), total, err)
	}
	f, err := svc.AccountFacets(ctx)
	if err != nil || len(f.Owners) != 2 || len(f.Industries) != 2 || len(f.Regions) != 2 {
		t.Fatalf("facets %+v, %v", f, err)
	}
}

func TestAccountService_RecordAccountSale(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	svc := sqlite.NewAccountService(db)
	a := MustCreateAccount(t, db, &kam.Account{Name: "Cliente"})
	got, err := svc.RecordAccountSale(ctx, a.ID, "2026-10-01")
	if err != nil || got.Status != kam.StatusActive || got.FirstSaleOn != "2026-10-01" {
		t.Fatalf("after sale: %+v, %v", got, err)
	}
	ob := outbox(t, db)
	if last := ob[len(ob)-1]; last.Fields["status"].V != "activo" || last.Fields["status"].Base != "prospecto" {
		t.Fatalf("status change not queued: %+v", last.Fields)
	}
	if _, err := svc.RecordAccountSale(ctx, a.ID, "ayer"); kam.ErrorCode(err) != kam.EINVALID {
		t.Fatalf("bad date: %v", err)
	}
}

// Ensure stamps keep increasing across a restart, even with the wall clock set back.
func TestHLCPersistsAcrossRestart(t *testing.T) {
	db := MustOpenDB(t)
	MustCreateAccount(t, db, &kam.Account{Name: "Uno"})
	first := outbox(t, db)[0].HLC
	path := db.Path()
	db.Close()
	db2, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	h, _ := kam.ParseHLC(first)
	db2.Now = func() time.Time { return time.UnixMilli(h.Wall).Add(-24 * time.Hour) }
	MustCreateAccount(t, db2, &kam.Account{Name: "Dos"})
	ob := outbox(t, db2)
	if second := ob[1].HLC; second <= first {
		t.Fatalf("HLC after restart %s not after %s", second, first)
	}
}
