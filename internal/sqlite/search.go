package sqlite

import (
	"context"
	"strings"
	"unicode"

	"clave/internal/kam"
)

// SearchService implements kam.SearchService over the accounts' and contacts' name_key indexes
// and their FTS5 indexes.
//
// Speed at 100k+ rows decides the shape: names that start with what was typed come first, from
// an index range (milliseconds whatever the size); then full-text matches, newest first, read
// from FTS5. FTS5 ranking is not used: ORDER BY rank must score every match, and a short prefix
// such as "c" matches nearly every row (every ".com" email), which took seconds on the stress
// data set. Text shorter than minFTSPrefix matches the start of names only.
type SearchService struct{ db *DB }

var _ kam.SearchService = (*SearchService)(nil)

// NewSearchService returns the search service of db.
func NewSearchService(db *DB) *SearchService { return &SearchService{db: db} }

// minFTSPrefix is the shortest typed text that also searches other words, tax IDs, emails and notes.
const minFTSPrefix = 3

// matchQuery turns what a person typed into an FTS5 query: every word must match as a prefix
// ("nun gar" finds "Núñez García"); FTS syntax characters are dropped. When the text looks like
// a tax ID and withTaxID is set, it also matches the tax_id_key column as typed with dashes or dots.
func matchQuery(q string, withTaxID bool) string {
	var terms []string
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r)) }) {
		terms = append(terms, `"`+w+`"*`)
	}
	if len(terms) == 0 {
		return ""
	}
	m := strings.Join(terms, " AND ")
	if key := kam.NormalizeTaxID(q); withTaxID && len(terms) > 1 && strings.ContainsAny(key, "0123456789") && !strings.ContainsAny(key, `"*():`) {
		m = "(" + m + `) OR tax_id_key : "` + strings.ToLower(key) + `"*`
	}
	return m
}

// textFilter returns the condition a list's free-text box applies: the start of the name for
// short text, full text otherwise. Empty text filters nothing.
func textFilter(alias, ftsTable, q string, withTaxID bool) (string, []any) {
	key := kam.NameKey(q)
	if key == "" {
		return "", nil
	}
	if !longEnough(key) {
		return alias + ".name_key GLOB ?", []any{key + "*"}
	}
	return alias + ".rid IN (SELECT rowid FROM " + ftsTable + " WHERE " + ftsTable + " MATCH ?)", []any{matchQuery(q, withTaxID)}
}

func longEnough(key string) bool { return len([]rune(key)) >= minFTSPrefix }

// Search returns accounts first, then contacts; within each, names starting with the text,
// then other matches.
func (s *SearchService) Search(ctx context.Context, query string, limit int) ([]kam.SearchHit, error) {
	key := kam.NameKey(query)
	if key == "" {
		return []kam.SearchHit{}, nil
	}
	if limit <= 0 {
		limit = 20
	}
	hits := []kam.SearchHit{}
	collect := func(q string, entity string, args ...any) error {
		rows, err := s.db.read.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		seen := map[string]bool{}
		for _, h := range hits {
			seen[h.ID] = true
		}
		for rows.Next() {
			h := kam.SearchHit{Entity: entity}
			var a, b string
			if err := rows.Scan(&h.ID, &h.AccountID, &h.Title, &a, &b); err != nil {
				return err
			}
			if !seen[h.ID] {
				h.Subtitle = joinNonEmpty(" · ", a, b)
				hits = append(hits, h)
			}
		}
		return rows.Err()
	}
	// Accounts: names starting with the text, then full-text matches.
	if err := collect(`
		SELECT id, id, name, tax_id, industry FROM accounts
		WHERE name_key GLOB ? AND deleted_at IS NULL ORDER BY name_key LIMIT ?
	`, "account", key+"*", limit); err != nil {
		return nil, err
	}
	if longEnough(key) && len(hits) < limit {
		if err := collect(`
			SELECT a.id, a.id, a.name, a.tax_id, a.industry
			FROM accounts_fts f JOIN accounts a ON a.rid = f.rowid
			WHERE accounts_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?
		`, "account", matchQuery(query, true), limit); err != nil {
			return nil, err
		}
		hits = hits[:min(len(hits), limit)]
	}
	accounts := len(hits)
	// Contacts, the same way; deleting an account tombstones its contacts, so live contacts
	// belong to live accounts.
	if err := collect(`
		SELECT c.id, c.account_id, c.name, c.title, a.name
		FROM contacts c JOIN accounts a ON a.id = c.account_id
		WHERE c.name_key GLOB ? AND c.deleted_at IS NULL ORDER BY c.name_key LIMIT ?
	`, "contact", key+"*", limit); err != nil {
		return nil, err
	}
	if longEnough(key) && len(hits)-accounts < limit {
		if err := collect(`
			SELECT c.id, c.account_id, c.name, c.title, a.name
			FROM contacts_fts f JOIN contacts c ON c.rid = f.rowid JOIN accounts a ON a.id = c.account_id
			WHERE contacts_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?
		`, "contact", matchQuery(query, false), limit); err != nil {
			return nil, err
		}
		hits = hits[:min(len(hits), accounts+limit)]
	}
	return hits, nil
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
