// Package sqlite implements Clave's kam services on an embedded SQLite file (modernc.org/sqlite,
// pure Go).
//
// Durability and concurrency: pragmas go in the DSN so every pooled connection gets them (WAL,
// foreign keys, a busy timeout, synchronous=FULL so a committed change survives a power cut).
// Writes go through one connection whose transactions BEGIN IMMEDIATE; reads use a separate pool.
//
// Sync readiness: every synced table has a UUIDv7 id, a deleted_at tombstone and server_seq, and
// every create, update and delete records its outbox row, stamped by the device's hybrid logical
// clock, in the same transaction (see change.go).
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"clave/internal/kam"

	"github.com/google/uuid"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migration/*.sql
var migrationFS embed.FS

// SchemaVersion is the number of migrations this build knows; outbox rows carry it.
var SchemaVersion = func() int {
	names, _ := fs.Glob(migrationFS, "migration/*.sql")
	return len(names)
}()

const pragmas = "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)"

// DB is an open Clave store.
type DB struct {
	write *sql.DB // one connection: SQLite has one writer anyway, and it keeps BEGIN IMMEDIATE cheap
	read  *sql.DB
	path  string

	clock    *kam.Clock
	deviceID string

	// Now returns the current time; tests replace it.
	Now func() time.Time
}

// Open opens (creating if needed, with owner-only permissions) the database at path and runs
// pending migrations.
func Open(path string) (*DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	// Create the file ourselves so it is never world-readable; SQLite gives -wal and -shm the same mode.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	f.Close()
	if err := os.Chmod(path, 0o600); err != nil {
		return nil, err
	}
	db := &DB{path: path, Now: time.Now}
	dsn := "file:" + path + "?" + pragmas
	// The writer gets a 64 MiB page cache (allocated only as pages are touched): every insert
	// updates a dozen indexes, and with SQLite's default 2 MiB imports slowed to half speed past
	// 50k accounts.
	if db.write, err = sql.Open("sqlite", dsn+"&_txlock=immediate&_pragma=cache_size(-65536)"); err != nil {
		return nil, err
	}
	db.write.SetMaxOpenConns(1)
	db.write.SetConnMaxIdleTime(0)
	if db.read, err = sql.Open("sqlite", dsn); err != nil {
		return nil, err
	}
	db.read.SetMaxOpenConns(4)
	if err := db.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate %s: %w", path, err)
	}
	if err := db.loadDevice(); err != nil {
		db.Close()
		return nil, err
	}
	db.optimize(0x10002)
	return db, nil
}

// optimize refreshes the query planner's statistics where they are stale (PRAGMA optimize, with
// a bounded analysis so it takes milliseconds even at 100k rows). Without statistics SQLite picks
// poor indexes for combined filters; mask 0x10002 is SQLite's advice for a newly opened database.
// It is best effort: a failure only leaves older statistics.
func (db *DB) optimize(mask int) {
	db.write.Exec(`PRAGMA analysis_limit = 400`)
	db.write.Exec(fmt.Sprintf(`PRAGMA optimize = %#x`, mask))
}

// Path returns the database file's path.
func (db *DB) Path() string { return db.path }

// DeviceID returns this installation's device id.
func (db *DB) DeviceID() string { return db.deviceID }

// Close closes both pools.
func (db *DB) Close() error {
	var errs []error
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	return errors.Join(errs...)
}

// migrate applies the embedded migrations not yet recorded, each in its own transaction.
func (db *DB) migrate() error {
	if _, err := db.write.Exec(`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrationFS, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateFile(name); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	_, err = db.write.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, len(names)))
	return err
}

func (db *DB) migrateFile(name string) error {
	tx, err := db.write.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRow(`SELECT COUNT(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	} else if n != 0 {
		return nil
	}
	buf, err := migrationFS.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(string(buf)); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO migrations (name) VALUES (?)`, name); err != nil {
		return err
	}
	return tx.Commit()
}

// loadDevice reads (or creates on first open) the device id, a provisional device code and the
// last HLC, and starts the clock from it so timestamps never go backwards across restarts.
func (db *DB) loadDevice() error {
	ctx := context.Background()
	id, err := db.syncState(ctx, db.read, "device_id")
	if err != nil {
		return err
	}
	if id == "" {
		id = newID()
		code := "L" + strings.ToUpper(strings.ReplaceAll(id, "-", "")[24:26]) // provisional until enrolment
		if _, err := db.write.Exec(`INSERT OR IGNORE INTO sync_state (k, v) VALUES ('device_id', ?), ('device_code', ?), ('device_code_provisional', '1')`, id, code); err != nil {
			return err
		}
		if id, err = db.syncState(ctx, db.write, "device_id"); err != nil {
			return err
		}
	}
	db.deviceID = id
	last, err := db.syncState(ctx, db.read, "hlc")
	if err != nil {
		return err
	}
	var h kam.HLC
	if last != "" {
		if h, err = kam.ParseHLC(last); err != nil {
			return err
		}
	}
	db.clock = kam.NewClock(id, h, func() time.Time { return db.Now() })
	return nil
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (db *DB) syncState(ctx context.Context, q queryer, k string) (string, error) {
	var v string
	err := q.QueryRowContext(ctx, `SELECT v FROM sync_state WHERE k = ?`, k).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// Tx is a write transaction with its start time and, once something changed, its HLC stamp.
type Tx struct {
	*sql.Tx
	db  *DB
	now time.Time
	hlc kam.HLC
}

// begin starts a write transaction (BEGIN IMMEDIATE through the single writer connection).
func (db *DB) begin(ctx context.Context) (*Tx, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &Tx{Tx: tx, db: db, now: db.Now().UTC().Truncate(time.Millisecond)}, nil
}

func newID() string { return uuid.Must(uuid.NewV7()).String() }

// timeFormat stores instants as fixed-width RFC 3339 UTC with milliseconds, so they sort as text.
const timeFormat = "2006-01-02T15:04:05.000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeFormat) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

func parseNullTime(s sql.NullString) *time.Time {
	if !s.Valid {
		return nil
	}
	t := parseTime(s.String)
	return &t
}

// FormatError maps SQLite constraint failures to kam codes; other errors pass through.
func FormatError(err error) error {
	if err == nil {
		return nil
	}
	if strings.Contains(err.Error(), "UNIQUE constraint failed") {
		return &kam.Error{Code: kam.ECONFLICT, Key: "error.conflict", Err: err}
	}
	return err
}

// Pragmas reports the durability settings a read connection sees, for tests and diagnostics.
func Pragmas(ctx context.Context, db *DB) (map[string]string, error) {
	out := map[string]string{}
	for _, p := range []string{"journal_mode", "foreign_keys", "synchronous", "busy_timeout"} {
		var v string
		if err := db.read.QueryRowContext(ctx, "PRAGMA "+p).Scan(&v); err != nil {
			return nil, err
		}
		out[p] = v
	}
	return out, nil
}
