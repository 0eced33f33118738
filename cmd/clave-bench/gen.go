package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"clave/internal/kam"
	"clave/internal/sqlite"
)

// Rows per ImportAccounts / ImportContacts call: a large file imported in parts.
const (
	accountChunk = 10_000
	contactChunk = 25_000
)

// gen writes n accounts and m contacts into dir/clave.db through the import service.
// With a budget, it stops when the budget runs out and says how far it got.
func gen(dir string, n, m int, seed uint64, budget time.Duration) error {
	ctx, cancel := context.Background(), context.CancelFunc(func() {})
	if budget > 0 {
		ctx, cancel = context.WithTimeout(ctx, budget)
	}
	defer cancel()
	db, err := sqlite.Open(filepath.Join(dir, "clave.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	imp := sqlite.NewImportService(db)
	begin := time.Now()
	overBudget := func(what string, total int, since time.Time) error {
		el := time.Since(since).Seconds()
		// Batches committed before the deadline stay; count them.
		var done int
		if what == "accounts" {
			_, done, _ = sqlite.NewAccountService(db).FindAccounts(context.Background(), kam.AccountFilter{Limit: 1})
		} else {
			_, done, _ = sqlite.NewContactService(db).FindContacts(context.Background(), kam.ContactFilter{Limit: 1})
		}
		return fmt.Errorf("%w: gave up after %.0f s: %s %d/%d stored, %.0f rows/s", errBudget, time.Since(begin).Seconds(), what, done, total, float64(done)/el)
	}
	if _, total, err := sqlite.NewAccountService(db).FindAccounts(ctx, kam.AccountFilter{Limit: 1}); err != nil {
		return err
	} else if total > 0 {
		return fmt.Errorf("%s already holds %d accounts", dir, total)
	}

	d := newDataset(seed)
	accounts := make([]kam.Account, n)
	domains := make([]string, n)
	for i := range accounts {
		accounts[i], domains[i] = d.account(i)
	}
	fmt.Printf("gen: %d accounts, %d contacts into %s\n", n, m, dir)
	start := time.Now()
	for lo := 0; lo < n; lo += accountChunk {
		hi := min(lo+accountChunk, n)
		chunkStart := time.Now()
		rows := make([]kam.AccountImport, 0, hi-lo)
		for i := lo; i < hi; i++ {
			a := accounts[i]
			rows = append(rows, kam.AccountImport{Row: i + 2, Account: a, Set: accountSet(&a)})
		}
		res, err := imp.ImportAccounts(ctx, rows, false)
		if err != nil && ctx.Err() != nil {
			return overBudget("accounts", n, start)
		} else if err != nil {
			return err
		}
		if err := checkResult("accounts", res, hi-lo); err != nil {
			return err
		}
		el := time.Since(start).Seconds()
		fmt.Printf("gen:   accounts %d/%d  %.0f rows/s  %.1f s\n", hi, n, float64(hi)/el, el)
		// Give up early when the last chunk's rate cannot finish within the budget.
		rate := float64(hi-lo) / time.Since(chunkStart).Seconds()
		if left := time.Duration(float64(n-hi+m) / rate * float64(time.Second)); budget > 0 && time.Since(begin)+left > budget {
			return fmt.Errorf("%w: gave up after %.0f s: accounts %d/%d stored, now %.0f rows/s; %d rows more would take ~%.0f min",
				errBudget, time.Since(begin).Seconds(), hi, n, rate, n-hi+m, left.Minutes())
		}
	}
	accSecs := time.Since(start).Seconds()

	counts := d.contactCounts(accounts, m)
	start = time.Now()
	var rows []kam.ContactImport
	done := 0
	flush := func() error {
		res, err := imp.ImportContacts(ctx, rows, false)
		if err != nil && ctx.Err() != nil {
			return overBudget("contacts", m, start)
		} else if err != nil {
			return err
		}
		if err := checkResult("contacts", res, len(rows)); err != nil {
			return err
		}
		done += len(rows)
		rows = rows[:0]
		el := time.Since(start).Seconds()
		fmt.Printf("gen:   contacts %d/%d  %.0f rows/s  %.1f s\n", done, m, float64(done)/el, el)
		return nil
	}
	for i := range accounts {
		for _, c := range d.contacts(&accounts[i], domains[i], counts[i]) {
			rows = append(rows, kam.ContactImport{Row: done + len(rows) + 2, Contact: c, Set: contactSet(&c), AccountTaxID: accounts[i].TaxID})
		}
		if len(rows) >= contactChunk {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if len(rows) > 0 {
		if err := flush(); err != nil {
			return err
		}
	}
	conSecs := time.Since(start).Seconds()
	if err := db.Close(); err != nil {
		return err
	}
	size := int64(0)
	for _, f := range []string{"clave.db", "clave.db-wal"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err == nil {
			size += st.Size()
		}
	}
	fmt.Printf("generated %s accounts + %s contacts through ImportService: accounts %.0f rows/s (%.1f s), contacts %.0f rows/s (%.1f s), total %.1f s, database %.0f MiB\n",
		count(n), count(m), float64(n)/accSecs, accSecs, float64(m)/conSecs, conSecs, accSecs+conSecs, float64(size)/(1<<20))
	return nil
}

// checkResult fails when the store did not create every row: the data set would not be what it says.
func checkResult(what string, res kam.ImportResult, want int) error {
	if res.Imported == want {
		return nil
	}
	msg := fmt.Sprintf("%s: %d imported, %d updated, %d unchanged, %d rejected of %d", what, res.Imported, res.Updated, res.Unchanged, len(res.Rejected), want)
	for i, r := range res.Rejected {
		if i == 5 {
			break
		}
		msg += fmt.Sprintf("\n  row %d %s: %s %s", r.Row, r.Field, r.Key, r.Reason)
	}
	return fmt.Errorf("%s", msg)
}

// count writes 120000 as "120k" and 1500 as "1500".
func count(n int) string {
	if n >= 10_000 && n%1000 == 0 {
		return fmt.Sprintf("%dk", n/1000)
	}
	if n >= 10_000 {
		return fmt.Sprintf("%.1fk", float64(n)/1000)
	}
	return fmt.Sprint(n)
}
