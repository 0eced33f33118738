package sqlite_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"clave/internal/kam"
	"clave/internal/sqlite"

	_ "modernc.org/sqlite"
)

var dump = flag.Bool("dump", false, "keep test databases and print their paths")

// MustOpenDB opens a fresh store in a temporary directory.
func MustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	dir := tb.TempDir()
	if *dump {
		d, err := os.MkdirTemp("", "clave-test-")
		if err != nil {
			tb.Fatal(err)
		}
		dir = d
		tb.Logf("database: %s", dir)
	}
	db, err := sqlite.Open(filepath.Join(dir, "clave.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// rawDB opens a second, plain connection to the same file to inspect what the store wrote.
func rawDB(tb testing.TB, db *sqlite.DB) *sql.DB {
	tb.Helper()
	raw, err := sql.Open("sqlite", "file:"+db.Path()+"?_pragma=busy_timeout(5000)")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { raw.Close() })
	return raw
}

func MustCreateAccount(tb testing.TB, db *sqlite.DB, a *kam.Account) *kam.Account {
	tb.Helper()
	if a.Owner == "" {
		a.Owner = "Laura Méndez"
	}
	if err := sqlite.NewAccountService(db).CreateAccount(context.Background(), a); err != nil {
		tb.Fatal(err)
	}
	return a
}

func MustCreateContact(tb testing.TB, db *sqlite.DB, c *kam.Contact) *kam.Contact {
	tb.Helper()
	if err := sqlite.NewContactService(db).CreateContact(context.Background(), c); err != nil {
		tb.Fatal(err)
	}
	return c
}

// outboxRow is one queued mutation as stored.
type outboxRow struct {
	Entity, EntityID, Scope, Op, HLC string
	Fields                           map[string]struct {
		V       any    `json:"v"`
		Base    any    `json:"base"`
		HLC     string `json:"hlc"`
		BaseSeq int64  `json:"base_seq"`
	}
}

func outbox(tb testing.TB, db *sqlite.DB) []outboxRow {
	tb.Helper()
	rows, err := rawDB(tb, db).Query(`SELECT entity, entity_id, scope_key, op, hlc, fields FROM outbox ORDER BY local_seq`)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []outboxRow
	for rows.Next() {
		var r outboxRow
		var fields string
		if err := rows.Scan(&r.Entity, &r.EntityID, &r.Scope, &r.Op, &r.HLC, &fields); err != nil {
			tb.Fatal(err)
		}
		if err := json.Unmarshal([]byte(fields), &r.Fields); err != nil {
			tb.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func count(tb testing.TB, db *sqlite.DB, q string, args ...any) int {
	tb.Helper()
	var n int
	if err := rawDB(tb, db).QueryRow(q, args...).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

func TestOpen(t *testing.T) {
	// Ensure the file is owner-only and every pooled connection has the durability pragmas.
	db := MustOpenDB(t)
	st, err := os.Stat(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	if mode := st.Mode().Perm(); mode != 0o600 {
		t.Fatalf("mode = %o, want 600", mode)
	}
	if db.DeviceID() == "" {
		t.Fatal("no device id")
	}
	ctx := context.Background()
	// Several concurrent reads force the pool to open more than one connection.
	svc := sqlite.NewSettingsService(db)
	for i := 0; i < 4; i++ {
		if _, err := svc.Setting(ctx, "x"); err != nil {
			t.Fatal(err)
		}
	}
	got, err := sqlite.Pragmas(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"journal_mode": "wal", "foreign_keys": "1", "synchronous": "2", "busy_timeout": "10000"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("PRAGMA %s = %q, want %q", k, got[k], v)
		}
	}
	// Reopening keeps the device identity and runs no migration twice.
	path := db.Path()
	id := db.DeviceID()
	db.Close()
	db2, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if db2.DeviceID() != id {
		t.Fatalf("device id changed on reopen: %s → %s", id, db2.DeviceID())
	}
}

func rawOpen(path string) (*sql.DB, error) { return sql.Open("sqlite", "file:"+path) }
