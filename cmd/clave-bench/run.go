package main

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"clave/internal/kam"
	"clave/internal/sqlite"
)

// run measures the read paths the UI hits on every keystroke and page, through the services.
func run(dir string, target float64, explain bool) error {
	ctx := context.Background()
	path := filepath.Join(dir, "clave.db")
	db, err := sqlite.Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	accounts, contacts := sqlite.NewAccountService(db), sqlite.NewContactService(db)
	search := sqlite.NewSearchService(db)

	// A separate read-only connection picks the samples; the figures go through the services.
	raw, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer raw.Close()
	var nAcc, nCon int
	if err := raw.QueryRow(`SELECT (SELECT COUNT(*) FROM accounts WHERE deleted_at IS NULL), (SELECT COUNT(*) FROM contacts WHERE deleted_at IS NULL)`).Scan(&nAcc, &nCon); err != nil {
		return err
	}
	if nAcc == 0 {
		return fmt.Errorf("%s holds no accounts: run gen first", path)
	}
	if target == 0 {
		target = 50
		if nAcc <= 20_000 {
			target = 16
		}
	}
	tier := fmt.Sprintf("%s accounts, %s contacts", count(nAcc), count(nCon))
	rnd := rand.New(rand.NewPCG(7, 7))

	accNames, err := sampleStrings(raw, `SELECT name FROM accounts WHERE deleted_at IS NULL ORDER BY random() LIMIT 100`)
	if err != nil {
		return err
	}
	conNames, err := sampleStrings(raw, `SELECT name FROM contacts WHERE deleted_at IS NULL ORDER BY random() LIMIT 100`)
	if err != nil {
		return err
	}
	accIDs, err := sampleStrings(raw, `SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY random() LIMIT 300`)
	if err != nil {
		return err
	}

	fmt.Printf("store: %s (%s)\n", tier, path)

	// Search-as-you-type: every keystroke of the first 8 characters of 200 real names. Short
	// prefixes recur ("C" starts many names): a query typed more than 3 times reuses its first
	// 3 timings in turn, which keeps the stress tier's run to minutes.
	first := time.Now()
	if _, err := search.Search(ctx, "a", 8); err != nil {
		return err
	}
	fmt.Printf("  first search after open (\"a\"): %s\n", ms(time.Since(first)))
	var all timings
	byLen := make([]timings, 9)
	type slow struct {
		q string
		d time.Duration
	}
	var slowest []slow
	seen := map[string]timings{}
	typed := map[string]int{}
	for _, name := range append(accNames, conNames...) {
		r := []rune(name)
		for l := 1; l <= 8 && l <= len(r); l++ {
			q := string(r[:l])
			var d time.Duration
			if prev := seen[q]; len(prev) >= 3 {
				d = prev[typed[q]%3]
			} else {
				t := time.Now()
				if _, err := search.Search(ctx, q, 8); err != nil {
					return fmt.Errorf("search %q: %w", q, err)
				}
				d = time.Since(t)
				seen[q] = append(prev, d)
				slowest = append(slowest, slow{q, d})
			}
			typed[q]++
			all = append(all, d)
			byLen[l] = append(byLen[l], d)
		}
	}
	fmt.Printf("search-as-you-type (%s): %s  [target p95 ≤ %s]  (%d keystrokes of 200 names, %d searches run)\n", tier, all.summary(), msf(target), len(all), len(slowest))
	var parts []string
	for l := 1; l <= 8; l++ {
		parts = append(parts, fmt.Sprintf("%d:%s", l, ms(byLen[l].pct(95))))
	}
	fmt.Printf("  p95 by characters typed  %s\n", strings.Join(parts, "  "))
	slices.SortFunc(slowest, func(a, b slow) int { return int(b.d - a.d) })
	parts = parts[:0]
	for _, s := range slowest[:min(5, len(slowest))] {
		parts = append(parts, fmt.Sprintf("%q %s", s.q, ms(s.d)))
	}
	fmt.Printf("  slowest  %s\n", strings.Join(parts, ", "))

	// Account list pages: the list's first page and deep pages, its sorts, filters and text box.
	facets, err := accounts.AccountFacets(ctx)
	if err != nil {
		return err
	}
	words := queryWords(accNames)
	yes := true
	scenarios := []struct {
		name string
		f    func() kam.AccountFilter
	}{
		{"first page, by name", func() kam.AccountFilter { return kam.AccountFilter{} }},
		{"page 50, by name", func() kam.AccountFilter { return kam.AccountFilter{Offset: 49 * 50} }},
		{"by potential, desc", func() kam.AccountFilter { return kam.AccountFilter{Sort: kam.SortPotential, Desc: true} }},
		{"by updated, desc", func() kam.AccountFilter { return kam.AccountFilter{Sort: kam.SortUpdated, Desc: true} }},
		{"segment", func() kam.AccountFilter { return kam.AccountFilter{Segment: kam.Segments[rnd.IntN(3)]} }},
		{"owner", func() kam.AccountFilter { return kam.AccountFilter{Owner: facets.Owners[rnd.IntN(len(facets.Owners))]} }},
		{"region", func() kam.AccountFilter {
			return kam.AccountFilter{Region: facets.Regions[rnd.IntN(len(facets.Regions))]}
		}},
		{"key accounts", func() kam.AccountFilter { return kam.AccountFilter{KeyAccount: &yes} }},
		{"text query", func() kam.AccountFilter { return kam.AccountFilter{Query: words[rnd.IntN(len(words))]} }},
		{"segment+owner, by potential", func() kam.AccountFilter {
			return kam.AccountFilter{Segment: "A", Owner: facets.Owners[rnd.IntN(len(facets.Owners))], Sort: kam.SortPotential, Desc: true}
		}},
	}
	per := make([]timings, len(scenarios))
	all = all[:0]
	for round := -1; round < 30; round++ { // round -1 warms each query up
		for i, s := range scenarios {
			f := s.f()
			f.Limit = 50
			t := time.Now()
			if _, _, err := accounts.FindAccounts(ctx, f); err != nil {
				return fmt.Errorf("list %s: %w", s.name, err)
			}
			if d := time.Since(t); round >= 0 {
				per[i], all = append(per[i], d), append(all, d)
			}
		}
	}
	fmt.Printf("account list page, 50 rows (%s): %s  [target p95 ≤ %s]  (%d calls)\n", tier, all.summary(), msf(target), len(all))
	for i, s := range scenarios {
		fmt.Printf("  %-30s %s\n", s.name, per[i].summary())
	}

	// Contacts of an account (the account page), and the contacts list.
	all = all[:0]
	for _, id := range accIDs {
		t := time.Now()
		if _, _, err := contacts.FindContacts(ctx, kam.ContactFilter{AccountID: id, Limit: 50}); err != nil {
			return err
		}
		all = append(all, time.Since(t))
	}
	fmt.Printf("contacts of an account (%s): %s  [target p95 ≤ %s]  (%d accounts)\n", tier, all.summary(), msf(target), len(all))
	cwords := queryWords(conNames)
	cscen := []struct {
		name string
		f    func() kam.ContactFilter
	}{
		{"first page, by name", func() kam.ContactFilter { return kam.ContactFilter{Sort: "name"} }},
		{"page 50, by name", func() kam.ContactFilter { return kam.ContactFilter{Sort: "name", Offset: 49 * 50} }},
		{"by account", func() kam.ContactFilter { return kam.ContactFilter{Sort: "account"} }},
		{"text query", func() kam.ContactFilter { return kam.ContactFilter{Query: cwords[rnd.IntN(len(cwords))]} }},
	}
	per = make([]timings, len(cscen))
	all = all[:0]
	for range 3 { // few rounds: without a warm-up, as these are slow on large stores
		for i, s := range cscen {
			f := s.f()
			f.Limit = 50
			t := time.Now()
			if _, _, err := contacts.FindContacts(ctx, f); err != nil {
				return fmt.Errorf("contacts %s: %w", s.name, err)
			}
			d := time.Since(t)
			per[i], all = append(per[i], d), append(all, d)
		}
	}
	fmt.Printf("contact list page, 50 rows (%s): %s  (%d calls)\n", tier, all.summary(), len(all))
	for i, s := range cscen {
		fmt.Printf("  %-30s %s\n", s.name, per[i].summary())
	}

	all = all[:0]
	for range 20 {
		t := time.Now()
		if _, err := accounts.AccountFacets(ctx); err != nil {
			return err
		}
		all = append(all, time.Since(t))
	}
	fmt.Printf("account list filters (facets) (%s): %s  (%d calls)\n", tier, all.summary(), len(all))

	if explain {
		return explainPlans(raw, words[0])
	}
	return nil
}

func sampleStrings(db *sql.DB, q string) ([]string, error) {
	rows, err := db.Query(q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// queryWords turns sample names into what people type in a list's search box: the first 3 to
// 6 letters of one of the name's words ("nú", "distrib", "peña").
func queryWords(names []string) []string {
	rnd := rand.New(rand.NewPCG(3, 3))
	var out []string
	for _, n := range names {
		ws := strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(ws) == 0 {
			continue
		}
		w := []rune(ws[rnd.IntN(len(ws))])
		out = append(out, string(w[:min(len(w), 3+rnd.IntN(4))]))
	}
	return out
}

// explainPlans prints SQLite's plan for the list queries the account service builds (copied
// from internal/sqlite/account.go and contact.go; keep in step when those change).
func explainPlans(db *sql.DB, word string) error {
	match := `"` + word + `"*`
	qs := []struct {
		name string
		q    string
		args []any
	}{
		{"accounts by name", `SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY name_key ASC, rid LIMIT 50 OFFSET 2450`, nil},
		{"accounts by potential", `SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY potential_minor DESC, name_key LIMIT 50`, nil},
		{"accounts by updated", `SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY updated_at DESC, rid DESC LIMIT 50`, nil},
		{"accounts count, segment", `SELECT COUNT(*) FROM accounts WHERE deleted_at IS NULL AND segment = ?`, []any{"B"}},
		{"accounts text query", `SELECT id FROM accounts WHERE deleted_at IS NULL AND rid IN (SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ?) ORDER BY name_key ASC, rid LIMIT 50`, []any{match}},
		{"search accounts", `SELECT a.id FROM accounts_fts f JOIN accounts a ON a.rid = f.rowid WHERE accounts_fts MATCH ? ORDER BY f.rank LIMIT 8`, []any{match}},
		{"search contacts", `SELECT c.id FROM contacts_fts f JOIN contacts c ON c.rid = f.rowid JOIN accounts a ON a.id = c.account_id WHERE contacts_fts MATCH ? AND a.deleted_at IS NULL ORDER BY f.rank LIMIT 8`, []any{match}},
		{"contacts count", `SELECT COUNT(*) FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL`, nil},
		{"contacts by name", `SELECT c.id FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY c.name_key ASC, c.rid LIMIT 50`, nil},
		{"contacts by account", `SELECT c.id FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY a.name_key ASC, c.name_key LIMIT 50`, nil},
		{"contacts of an account", `SELECT c.id FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL AND c.account_id = ? ORDER BY c.is_primary DESC, c.name_key ASC, c.rid LIMIT 50`, []any{"x"}},
	}
	for _, q := range qs {
		rows, err := db.Query(`EXPLAIN QUERY PLAN `+q.q, q.args...)
		if err != nil {
			return fmt.Errorf("explain %s: %w", q.name, err)
		}
		fmt.Printf("  plan: %s\n", q.name)
		for rows.Next() {
			var id, parent, notused int
			var detail string
			if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
				rows.Close()
				return err
			}
			fmt.Printf("    %s\n", detail)
		}
		rows.Close()
	}
	return nil
}

// timings are the durations of one kind of call.
type timings []time.Duration

// pct returns the p-th percentile (nearest rank).
func (t timings) pct(p float64) time.Duration {
	if len(t) == 0 {
		return 0
	}
	s := slices.Clone(t)
	slices.Sort(s)
	i := int(float64(len(s))*p/100+0.999999) - 1
	return s[max(0, min(i, len(s)-1))]
}

func (t timings) summary() string {
	return fmt.Sprintf("p50 %s  p95 %s  max %s", ms(t.pct(50)), ms(t.pct(95)), ms(t.pct(100)))
}

func ms(d time.Duration) string { return msf(float64(d) / float64(time.Millisecond)) }

func msf(v float64) string {
	switch {
	case v < 10:
		return fmt.Sprintf("%.2f ms", v)
	case v < 100:
		return fmt.Sprintf("%.1f ms", v)
	}
	return fmt.Sprintf("%.0f ms", v)
}

// query runs a read-only statement on dir/clave.db and prints its rows, tab-separated, with its time.
func query(dir, q string, args []string) error {
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "clave.db")+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	anys := make([]any, len(args))
	for i, a := range args {
		anys[i] = a
	}
	t := time.Now()
	rows, err := db.Query(q, anys...)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		cells := make([]string, len(vals))
		for i, v := range vals {
			cells[i] = fmt.Sprint(v)
			if b, ok := v.([]byte); ok {
				cells[i] = string(b)
			}
		}
		fmt.Println(strings.Join(cells, "\t"))
	}
	fmt.Printf("(%s)\n", ms(time.Since(t)))
	return rows.Err()
}
