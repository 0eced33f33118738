package kam

import (
	"context"
	"net/mail"
	"net/url"
	"strings"
	"time"
)

// AccountType tells a company from a natural person.
type AccountType string

const (
	AccountCompany AccountType = "empresa"
	AccountPerson  AccountType = "persona"
)

// AccountStatus is the lifecycle of a client: prospecto until a first sale, then activo;
// inactivo is set by hand.
type AccountStatus string

const (
	StatusProspect AccountStatus = "prospecto"
	StatusActive   AccountStatus = "activo"
	StatusInactive AccountStatus = "inactivo"
)

// LeadSource is where an account came from.
type LeadSource string

const (
	SourceReferral LeadSource = "referido"
	SourceWeb      LeadSource = "web"
	SourceEvent    LeadSource = "evento"
	SourceTender   LeadSource = "licitacion"
	SourceOther    LeadSource = "otro"
)

// Value lists for pickers, filters and validation.
var (
	AccountTypes    = []AccountType{AccountCompany, AccountPerson}
	AccountStatuses = []AccountStatus{StatusProspect, StatusActive, StatusInactive}
	LeadSources     = []LeadSource{SourceReferral, SourceWeb, SourceEvent, SourceTender, SourceOther}
	Segments        = []string{"A", "B", "C"}
)

// Account is a client or prospect. TaxID is kept as typed; TaxIDKey is its normalised form,
// unique among live accounts. Potential is the estimated business per year.
type Account struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	LegalName   string        `json:"legalName"`
	TaxID       string        `json:"taxId"`
	Type        AccountType   `json:"type"`
	Industry    string        `json:"industry"`
	Segment     string        `json:"segment"`
	Status      AccountStatus `json:"status"`
	Address     string        `json:"address"`
	City        string        `json:"city"`
	Region      string        `json:"region"`
	Country     string        `json:"country"` // ISO 3166-1 alpha-2; decides the tax ID label (RIF, NIT…)
	Phone       string        `json:"phone"`
	Email       string        `json:"email"`
	Website     string        `json:"website"`
	LeadSource  LeadSource    `json:"leadSource"`
	Owner       string        `json:"owner"`
	Potential   Money         `json:"potential"`
	KeyAccount  bool          `json:"keyAccount"`
	Notes       string        `json:"notes"`
	FirstSaleOn string        `json:"firstSaleOn"` // YYYY-MM-DD of the first recorded sale
	CreatedAt   time.Time     `json:"createdAt"`
	UpdatedAt   time.Time     `json:"updatedAt"`
	DeletedAt   *time.Time    `json:"deletedAt"`
}

// TaxIDKey returns the normalised tax ID used for uniqueness and matching.
func (a *Account) TaxIDKey() string { return NormalizeTaxID(a.TaxID) }

// NormalizeTaxID upper-cases a tax ID and removes spaces, dots and dashes, so
// "j-30.123.456-7" and "J301234567" are the same.
func NormalizeTaxID(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(strings.TrimSpace(s)) {
		switch r {
		case ' ', '.', '-', '\u00a0', '\t':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Normalize trims text fields, upper-cases codes, fills defaults for a new account and
// normalises the website to an absolute URL.
func (a *Account) Normalize() {
	for _, p := range []*string{&a.Name, &a.LegalName, &a.TaxID, &a.Industry, &a.Address, &a.City, &a.Region, &a.Phone, &a.Email, &a.Website, &a.Owner, &a.Notes} {
		*p = strings.TrimSpace(*p)
	}
	a.Segment = strings.ToUpper(strings.TrimSpace(a.Segment))
	a.Country = strings.ToUpper(strings.TrimSpace(a.Country))
	a.Potential.Currency = strings.ToUpper(strings.TrimSpace(a.Potential.Currency))
	a.Email = strings.ToLower(a.Email)
	if a.Type == "" {
		a.Type = AccountCompany
	}
	if a.Status == "" {
		a.Status = StatusProspect
	}
	if a.Potential.Currency == "" {
		a.Potential.Currency = "USD"
	}
	if a.Website != "" && !strings.Contains(a.Website, "://") {
		a.Website = "https://" + a.Website
	}
}

// Validate checks an account. Returns EINVALID with a key per offending field.
func (a *Account) Validate() error {
	fe := NewFieldErrors("error.account.invalid")
	if a.Name == "" {
		fe.Add("name", "error.field.required")
	} else if len([]rune(a.Name)) > 200 {
		fe.Add("name", "error.field.too_long")
	}
	if a.TaxID != "" && !validTaxID(NormalizeTaxID(a.TaxID)) {
		fe.Add("taxId", "error.account.tax_id_invalid")
	}
	if !oneOf(a.Type, AccountTypes) {
		fe.Add("type", "error.field.invalid_option")
	}
	if a.Segment != "" && !oneOf(a.Segment, Segments) {
		fe.Add("segment", "error.account.segment_invalid")
	}
	if !oneOf(a.Status, AccountStatuses) {
		fe.Add("status", "error.field.invalid_option")
	}
	if a.LeadSource != "" && !oneOf(a.LeadSource, LeadSources) {
		fe.Add("leadSource", "error.field.invalid_option")
	}
	if a.Email != "" && !ValidEmail(a.Email) {
		fe.Add("email", "error.field.email_invalid")
	}
	if a.Website != "" && !ValidURL(a.Website) {
		fe.Add("website", "error.field.url_invalid")
	}
	if a.Country != "" && (len(a.Country) != 2 || !isUpperASCII(a.Country)) {
		fe.Add("country", "error.account.country_invalid")
	}
	if a.Owner == "" {
		fe.Add("owner", "error.field.required")
	}
	if !ValidCurrency(a.Potential.Currency) {
		fe.Add("potential", "error.money.currency_invalid")
	} else if a.Potential.Amount < 0 {
		fe.Add("potential", "error.money.negative")
	}
	return fe.Err()
}

// RecordSale applies the status rule for a formalised sale on day (YYYY-MM-DD): a prospect
// (or an inactive client) becomes active, and the first sale date is kept.
// It reports whether anything changed.
func (a *Account) RecordSale(day string) bool {
	changed := false
	if a.Status != StatusActive {
		a.Status = StatusActive
		changed = true
	}
	if a.FirstSaleOn == "" || day < a.FirstSaleOn {
		a.FirstSaleOn = day
		changed = true
	}
	return changed
}

func validTaxID(key string) bool {
	if len(key) < 3 || len(key) > 20 {
		return false
	}
	for _, r := range key {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r == '/') {
			return false
		}
	}
	return true
}

// ValidEmail reports whether s is a bare address such as "ana@example.com".
func ValidEmail(s string) bool {
	addr, err := mail.ParseAddress(s)
	if err != nil || addr.Address != s || addr.Name != "" {
		return false
	}
	_, domain, _ := strings.Cut(s, "@")
	return strings.Contains(domain, ".") && !strings.HasSuffix(domain, ".")
}

// ValidURL reports whether s is an absolute http(s) URL with a dotted host.
func ValidURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return false
	}
	h := u.Hostname()
	return strings.Contains(h, ".") && !strings.ContainsAny(h, " _") && !strings.HasSuffix(h, ".")
}

func oneOf[T comparable](v T, set []T) bool {
	for _, s := range set {
		if s == v {
			return true
		}
	}
	return false
}

func isUpperASCII(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// AccountSort names the orders the accounts list offers.
type AccountSort string

const (
	SortName      AccountSort = "name"
	SortUpdated   AccountSort = "updated"
	SortPotential AccountSort = "potential"
	SortSegment   AccountSort = "segment"
	SortStatus    AccountSort = "status"
	SortCreated   AccountSort = "created"
)

// AccountFilter selects live accounts. Empty fields do not filter. Limit 0 means a default page.
type AccountFilter struct {
	ID         string
	TaxIDKey   string
	NameKey    string
	Query      string // full-text, accent-insensitive
	Segment    string
	Status     AccountStatus
	Owner      string
	Industry   string
	Region     string
	KeyAccount *bool
	Sort       AccountSort
	Desc       bool
	Offset     int
	Limit      int
}

// AccountUpdate is a partial update: nil fields are left as they are.
type AccountUpdate struct {
	Name       *string
	LegalName  *string
	TaxID      *string
	Type       *AccountType
	Industry   *string
	Segment    *string
	Status     *AccountStatus
	Address    *string
	City       *string
	Region     *string
	Country    *string
	Phone      *string
	Email      *string
	Website    *string
	LeadSource *LeadSource
	Owner      *string
	Potential  *Money
	KeyAccount *bool
	Notes      *string
}

// Apply copies the set fields of upd onto a.
func (upd AccountUpdate) Apply(a *Account) {
	set(&a.Name, upd.Name)
	set(&a.LegalName, upd.LegalName)
	set(&a.TaxID, upd.TaxID)
	set(&a.Type, upd.Type)
	set(&a.Industry, upd.Industry)
	set(&a.Segment, upd.Segment)
	set(&a.Status, upd.Status)
	set(&a.Address, upd.Address)
	set(&a.City, upd.City)
	set(&a.Region, upd.Region)
	set(&a.Country, upd.Country)
	set(&a.Phone, upd.Phone)
	set(&a.Email, upd.Email)
	set(&a.Website, upd.Website)
	set(&a.LeadSource, upd.LeadSource)
	set(&a.Owner, upd.Owner)
	set(&a.Potential, upd.Potential)
	set(&a.KeyAccount, upd.KeyAccount)
	set(&a.Notes, upd.Notes)
}

func set[T any](dst *T, src *T) {
	if src != nil {
		*dst = *src
	}
}

// AccountFacets are the distinct values the list filters offer.
type AccountFacets struct {
	Owners     []string `json:"owners"`
	Industries []string `json:"industries"`
	Regions    []string `json:"regions"`
}

// AccountService manages accounts.
type AccountService interface {
	// FindAccountByID returns a live account. Returns ENOTFOUND.
	FindAccountByID(ctx context.Context, id string) (*Account, error)
	// FindAccounts returns a page of live accounts and the total matching the filter.
	FindAccounts(ctx context.Context, filter AccountFilter) ([]*Account, int, error)
	// CreateAccount validates and stores a new account as a prospect.
	// Returns EINVALID, or ECONFLICT (key error.account.tax_id_taken, param "name") for a taken tax ID.
	CreateAccount(ctx context.Context, a *Account) error
	// UpdateAccount applies a partial update. Returns ENOTFOUND, EINVALID, ECONFLICT.
	UpdateAccount(ctx context.Context, id string, upd AccountUpdate) (*Account, error)
	// DeleteAccount tombstones an account and its contacts. Returns ENOTFOUND.
	DeleteAccount(ctx context.Context, id string) error
	// UndeleteAccount brings back a tombstoned account and the contacts deleted with it.
	// Returns ENOTFOUND, or ECONFLICT if its tax ID has been taken meanwhile.
	UndeleteAccount(ctx context.Context, id string) (*Account, error)
	// RecordAccountSale applies the first-sale status rule (see Account.RecordSale). Returns ENOTFOUND.
	RecordAccountSale(ctx context.Context, id, day string) (*Account, error)
	// AccountFacets returns the distinct owners, industries and regions of live accounts.
	AccountFacets(ctx context.Context) (AccountFacets, error)
}
