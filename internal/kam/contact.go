package kam

import (
	"context"
	"strings"
	"time"
)

// BuyingRole is the part a contact plays in the client's purchase.
type BuyingRole string

const (
	RoleDecider    BuyingRole = "decisor"
	RoleInfluencer BuyingRole = "influenciador"
	RoleUser       BuyingRole = "usuario"
	RoleGatekeeper BuyingRole = "guardian"
)

// Attitude is how a contact feels about us.
type Attitude string

const (
	AttitudePromoter  Attitude = "promotor"
	AttitudeFavorable Attitude = "favorable"
	AttitudeNeutral   Attitude = "neutral"
	AttitudeDetractor Attitude = "detractor"
)

// Influence is how much weight a contact carries in decisions.
type Influence string

const (
	InfluenceHigh   Influence = "alto"
	InfluenceMedium Influence = "medio"
	InfluenceLow    Influence = "bajo"
)

// Value lists for pickers and validation.
var (
	BuyingRoles = []BuyingRole{RoleDecider, RoleInfluencer, RoleUser, RoleGatekeeper}
	Attitudes   = []Attitude{AttitudePromoter, AttitudeFavorable, AttitudeNeutral, AttitudeDetractor}
	Influences  = []Influence{InfluenceHigh, InfluenceMedium, InfluenceLow}
)

// Contact is a person at an account, with what a key account plan needs of the relationship.
// ReportsTo is another contact of the same account (for the org chart); RelationshipOwner is
// who on our side looks after the relationship.
type Contact struct {
	ID                string     `json:"id"`
	AccountID         string     `json:"accountId"`
	AccountName       string     `json:"accountName"` // read-only, filled by finders
	Name              string     `json:"name"`
	Title             string     `json:"title"`
	Email             string     `json:"email"`
	Phone             string     `json:"phone"`
	Mobile            string     `json:"mobile"`
	Primary           bool       `json:"primary"`
	BuyingRole        BuyingRole `json:"buyingRole"`
	Attitude          Attitude   `json:"attitude"`
	Influence         Influence  `json:"influence"`
	ReportsTo         string     `json:"reportsTo"`
	RelationshipOwner string     `json:"relationshipOwner"`
	LastInteraction   string     `json:"lastInteraction"` // YYYY-MM-DD
	Notes             string     `json:"notes"`
	CreatedAt         time.Time  `json:"createdAt"`
	UpdatedAt         time.Time  `json:"updatedAt"`
	DeletedAt         *time.Time `json:"deletedAt"`
}

// Normalize trims text fields and lower-cases the email.
func (c *Contact) Normalize() {
	for _, p := range []*string{&c.Name, &c.Title, &c.Email, &c.Phone, &c.Mobile, &c.ReportsTo, &c.RelationshipOwner, &c.LastInteraction, &c.Notes} {
		*p = strings.TrimSpace(*p)
	}
	c.Email = strings.ToLower(c.Email)
}

// Validate checks a contact on its own; the store checks that ReportsTo belongs to the same
// account. Returns EINVALID.
func (c *Contact) Validate() error {
	fe := NewFieldErrors("error.contact.invalid")
	if c.AccountID == "" {
		fe.Add("accountId", "error.field.required")
	}
	if c.Name == "" {
		fe.Add("name", "error.field.required")
	} else if len([]rune(c.Name)) > 200 {
		fe.Add("name", "error.field.too_long")
	}
	if c.Email != "" && !ValidEmail(c.Email) {
		fe.Add("email", "error.field.email_invalid")
	}
	if c.BuyingRole != "" && !oneOf(c.BuyingRole, BuyingRoles) {
		fe.Add("buyingRole", "error.field.invalid_option")
	}
	if c.Attitude != "" && !oneOf(c.Attitude, Attitudes) {
		fe.Add("attitude", "error.field.invalid_option")
	}
	if c.Influence != "" && !oneOf(c.Influence, Influences) {
		fe.Add("influence", "error.field.invalid_option")
	}
	if c.ReportsTo != "" && c.ReportsTo == c.ID {
		fe.Add("reportsTo", "error.contact.reports_to_self")
	}
	if c.LastInteraction != "" && !ValidDate(c.LastInteraction) {
		fe.Add("lastInteraction", "error.field.date_invalid")
	}
	return fe.Err()
}

// ValidDate reports whether s is a calendar date written YYYY-MM-DD.
func ValidDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// ContactFilter selects live contacts of live accounts.
type ContactFilter struct {
	ID        string
	AccountID string
	Query     string
	Sort      string // "name" (default), "account", "updated"
	Desc      bool
	Offset    int
	Limit     int
}

// ContactUpdate is a partial update: nil fields are left as they are.
type ContactUpdate struct {
	Name              *string
	Title             *string
	Email             *string
	Phone             *string
	Mobile            *string
	Primary           *bool
	BuyingRole        *BuyingRole
	Attitude          *Attitude
	Influence         *Influence
	ReportsTo         *string
	RelationshipOwner *string
	LastInteraction   *string
	Notes             *string
}

// Apply copies the set fields of upd onto c.
func (upd ContactUpdate) Apply(c *Contact) {
	set(&c.Name, upd.Name)
	set(&c.Title, upd.Title)
	set(&c.Email, upd.Email)
	set(&c.Phone, upd.Phone)
	set(&c.Mobile, upd.Mobile)
	set(&c.Primary, upd.Primary)
	set(&c.BuyingRole, upd.BuyingRole)
	set(&c.Attitude, upd.Attitude)
	set(&c.Influence, upd.Influence)
	set(&c.ReportsTo, upd.ReportsTo)
	set(&c.RelationshipOwner, upd.RelationshipOwner)
	set(&c.LastInteraction, upd.LastInteraction)
	set(&c.Notes, upd.Notes)
}

// ContactService manages contacts.
type ContactService interface {
	// FindContactByID returns a live contact. Returns ENOTFOUND.
	FindContactByID(ctx context.Context, id string) (*Contact, error)
	// FindContacts returns a page of live contacts and the total matching the filter.
	FindContacts(ctx context.Context, filter ContactFilter) ([]*Contact, int, error)
	// CreateContact validates and stores a contact. Marking it primary clears the flag on the
	// account's other contacts. Returns EINVALID, ENOTFOUND (account).
	CreateContact(ctx context.Context, c *Contact) error
	// UpdateContact applies a partial update. Returns ENOTFOUND, EINVALID.
	UpdateContact(ctx context.Context, id string, upd ContactUpdate) (*Contact, error)
	// DeleteContact tombstones a contact. Returns ENOTFOUND.
	DeleteContact(ctx context.Context, id string) error
	// UndeleteContact brings a tombstoned contact back. Returns ENOTFOUND.
	UndeleteContact(ctx context.Context, id string) (*Contact, error)
}

// SearchHit is one result of the global search.
type SearchHit struct {
	Entity    string `json:"entity"` // "account" or "contact"
	ID        string `json:"id"`
	AccountID string `json:"accountId"`
	Title     string `json:"title"`
	Subtitle  string `json:"subtitle"`
}

// SearchService is the global, accent-insensitive search over accounts and contacts.
type SearchService interface {
	// Search returns up to limit hits for a query typed by a person (prefix match on each word).
	Search(ctx context.Context, query string, limit int) ([]SearchHit, error)
}
