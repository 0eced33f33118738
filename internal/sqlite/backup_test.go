package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"clave/internal/kam"
	"clave/internal/sqlite"
)

// Ensure a backup taken while another goroutine writes is a consistent Clave database, and
// restoring it brings the data back into a fresh folder.
func TestBackupRestore(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	for i := 0; i < 20; i++ {
		MustCreateAccount(t, db, &kam.Account{Name: "Cuenta " + string(rune('A'+i))})
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() { // keep writing during the backup
		defer wg.Done()
		svc := sqlite.NewAccountService(db)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			svc.CreateAccount(ctx, &kam.Account{Name: "Durante", Owner: "x"})
		}
	}()
	backup := filepath.Join(t.TempDir(), "copia.db")
	err := db.Backup(ctx, backup)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(backup); st.Mode().Perm() != 0o600 {
		t.Fatalf("backup mode %o", st.Mode().Perm())
	}

	dst := filepath.Join(t.TempDir(), "restored", "clave.db")
	if err := sqlite.Restore(ctx, backup, dst); err != nil {
		t.Fatal(err)
	}
	restored, err := sqlite.Open(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	_, n, err := sqlite.NewAccountService(restored).FindAccounts(ctx, kam.AccountFilter{})
	if err != nil || n < 20 {
		t.Fatalf("restored %d accounts, %v", n, err)
	}
	if hits, _ := sqlite.NewSearchService(restored).Search(ctx, "cuenta", 5); len(hits) == 0 {
		t.Fatal("search index not restored")
	}
}

// Ensure restore refuses files that are not Clave databases and leaves the data untouched.
func TestRestore_ErrNotClave(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	MustCreateAccount(t, db, &kam.Account{Name: "Intacta"})
	dir := t.TempDir()
	text := filepath.Join(dir, "notas.txt")
	os.WriteFile(text, []byte("esto no es una base de datos"), 0o600)
	other := filepath.Join(dir, "otra.db")
	o, _ := rawOpen(other)
	o.Exec(`CREATE TABLE clientes (id TEXT)`)
	o.Close()
	for _, src := range []string{text, other, filepath.Join(dir, "no-existe.db"), dir} {
		if err := sqlite.Restore(ctx, src, db.Path()); kam.ErrorCode(err) != kam.EINVALID {
			t.Errorf("Restore(%s) = %v, want EINVALID", filepath.Base(src), err)
		}
	}
	if _, n, _ := sqlite.NewAccountService(db).FindAccounts(ctx, kam.AccountFilter{}); n != 1 {
		t.Fatalf("%d accounts after refused restores", n)
	}
}
