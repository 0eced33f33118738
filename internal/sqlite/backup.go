package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	"clave/internal/kam"

	moderncsqlite "modernc.org/sqlite"
)

// backupConn is the part of modernc's driver connection that runs SQLite's online backup API.
type backupConn interface {
	NewBackup(dstURI string) (*moderncsqlite.Backup, error)
	NewRestore(srcURI string) (*moderncsqlite.Backup, error)
}

// Backup copies the live database to path with SQLite's online backup API, so it is safe while
// the app (or another process) keeps writing. The copy is owner-only.
func (db *DB) Backup(ctx context.Context, path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	os.Remove(path)
	if err := runBackup(ctx, db.read, path, false); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return os.Chmod(path, 0o600)
}

// Restore replaces the database at dst with the Clave database at src, page by page through
// the backup API (so a process holding dst sees a consistent switch). It refuses a file that is
// not a Clave database (EINVALID, error.restore.not_clave) and leaves dst untouched then.
func Restore(ctx context.Context, src, dst string) error {
	if err := checkClaveFile(ctx, src); err != nil {
		return err
	}
	target, err := Open(dst) // creates and migrates dst if it does not exist yet
	if err != nil {
		return err
	}
	defer target.Close()
	if err := runBackup(ctx, target.write, src, true); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	// Bring an older backup up to this build's schema.
	return target.migrate()
}

// checkClaveFile opens src read-only and looks for Clave's tables and device identity.
func checkClaveFile(ctx context.Context, src string) error {
	notClave := &kam.Error{Code: kam.EINVALID, Key: "error.restore.not_clave", Op: "restore " + src}
	if st, err := os.Stat(src); err != nil || st.IsDir() {
		if err != nil {
			notClave.Err = err
		}
		return notClave
	}
	conn, err := sql.Open("sqlite", "file:"+src+"?mode=ro")
	if err != nil {
		return notClave
	}
	defer conn.Close()
	var n int
	err = conn.QueryRowContext(ctx, `
		SELECT COUNT(*) FROM sqlite_master
		WHERE type = 'table' AND name IN ('migrations', 'accounts', 'contacts', 'outbox', 'sync_state')
	`).Scan(&n)
	if err != nil || n != 5 {
		notClave.Err = err
		return notClave
	}
	var quick string
	if err := conn.QueryRowContext(ctx, `PRAGMA quick_check`).Scan(&quick); err != nil || quick != "ok" {
		notClave.Err = fmt.Errorf("quick_check: %v %s", err, quick)
		return notClave
	}
	return nil
}

// runBackup copies pool's main database to other (restore=false) or other into it (restore=true).
// It copies every page in one step: under WAL that is one read snapshot, so writers carry on,
// whereas stepping a few pages at a time restarts the copy whenever another connection writes
// and never finishes under steady writes.
func runBackup(ctx context.Context, pool *sql.DB, other string, restore bool) error {
	conn, err := pool.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		c, ok := dc.(backupConn)
		if !ok {
			return fmt.Errorf("driver %T has no backup API", dc)
		}
		var b *moderncsqlite.Backup
		if restore {
			b, err = c.NewRestore(other)
		} else {
			b, err = c.NewBackup(other)
		}
		if err != nil {
			return err
		}
		if _, err := b.Step(-1); err != nil {
			b.Finish()
			return err
		}
		return b.Finish()
	})
}
