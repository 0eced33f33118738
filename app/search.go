package app

import "clave/internal/kam"

// Search is bound to Wails: the global Ctrl+K search over accounts and contacts.
type Search struct {
	base
	svc kam.SearchService
}

// NewSearch returns the search facade.
func NewSearch(svc kam.SearchService) *Search { return &Search{base: newBase(nil), svc: svc} }

// Query returns up to 8 accounts and 8 contacts matching what was typed, accent-insensitive.
func (f *Search) Query(q string) ([]kam.SearchHit, error) {
	return f.svc.Search(f.ctx, q, 8)
}
