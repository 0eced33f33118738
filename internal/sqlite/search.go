package sqlite

import (
	"context"
	"strings"
	"unicode"

	"clave/internal/kam"
)

// SearchService implements kam.SearchService over the FTS5 indexes of accounts and contacts.
type SearchService struct{ db *DB }

var _ kam.SearchService = (*SearchService)(nil)

// NewSearchService returns the search service of db.
func NewSearchService(db *DB) *SearchService { return &SearchService{db: db} }

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

// Search returns accounts first, then contacts, best matches first within each.
func (s *SearchService) Search(ctx context.Context, query string, limit int) ([]kam.SearchHit, error) {
	m := matchQuery(query, true)
	if m == "" {
		return []kam.SearchHit{}, nil
	}
	if limit <= 0 {
		limit = 20
	}
	hits := []kam.SearchHit{}
	rows, err := s.db.read.QueryContext(ctx, `
		SELECT a.id, a.name, a.tax_id, a.industry
		FROM accounts_fts f JOIN accounts a ON a.rid = f.rowid
		WHERE accounts_fts MATCH ? ORDER BY f.rank LIMIT ?
	`, m, limit)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var h kam.SearchHit
		var taxID, industry string
		if err := rows.Scan(&h.ID, &h.Title, &taxID, &industry); err != nil {
			rows.Close()
			return nil, err
		}
		h.Entity, h.AccountID = "account", h.ID
		h.Subtitle = joinNonEmpty(" · ", taxID, industry)
		hits = append(hits, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.db.read.QueryContext(ctx, `
		SELECT c.id, c.account_id, c.name, c.title, a.name
		FROM contacts_fts f JOIN contacts c ON c.rid = f.rowid JOIN accounts a ON a.id = c.account_id
		WHERE contacts_fts MATCH ? AND a.deleted_at IS NULL ORDER BY f.rank LIMIT ?
	`, matchQuery(query, false), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var h kam.SearchHit
		var title, account string
		if err := rows.Scan(&h.ID, &h.AccountID, &h.Title, &title, &account); err != nil {
			return nil, err
		}
		h.Entity = "contact"
		h.Subtitle = joinNonEmpty(" · ", title, account)
		hits = append(hits, h)
	}
	return hits, rows.Err()
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
