package app

import "clave/internal/kam"

// Contacts is bound to Wails: an account's contacts tab and the contact form.
type Contacts struct {
	base
	svc kam.ContactService
}

// NewContacts returns the contacts facade.
func NewContacts(svc kam.ContactService, emit Emitter) *Contacts {
	return &Contacts{base: newBase(emit), svc: svc}
}

// ContactDTO is a contact as the frontend shows it.
type ContactDTO struct {
	ID                string `json:"id"`
	AccountID         string `json:"accountId"`
	AccountName       string `json:"accountName"`
	Name              string `json:"name"`
	Title             string `json:"title"`
	Email             string `json:"email"`
	Phone             string `json:"phone"`
	Mobile            string `json:"mobile"`
	Primary           bool   `json:"primary"`
	BuyingRole        string `json:"buyingRole"`
	Attitude          string `json:"attitude"`
	Influence         string `json:"influence"`
	ReportsTo         string `json:"reportsTo"`
	RelationshipOwner string `json:"relationshipOwner"`
	LastInteraction   string `json:"lastInteraction"`
	Notes             string `json:"notes"`
	UpdatedAt         string `json:"updatedAt"`
}

func newContactDTO(c *kam.Contact) ContactDTO {
	return ContactDTO{
		ID: c.ID, AccountID: c.AccountID, AccountName: c.AccountName, Name: c.Name, Title: c.Title,
		Email: c.Email, Phone: c.Phone, Mobile: c.Mobile, Primary: c.Primary,
		BuyingRole: string(c.BuyingRole), Attitude: string(c.Attitude), Influence: string(c.Influence),
		ReportsTo: c.ReportsTo, RelationshipOwner: c.RelationshipOwner, LastInteraction: c.LastInteraction,
		Notes: c.Notes, UpdatedAt: fmtTime(c.UpdatedAt),
	}
}

// ContactInput is the contact form; ID is empty on create.
type ContactInput struct {
	ID                string `json:"id"`
	AccountID         string `json:"accountId"`
	Name              string `json:"name"`
	Title             string `json:"title"`
	Email             string `json:"email"`
	Phone             string `json:"phone"`
	Mobile            string `json:"mobile"`
	Primary           bool   `json:"primary"`
	BuyingRole        string `json:"buyingRole"`
	Attitude          string `json:"attitude"`
	Influence         string `json:"influence"`
	ReportsTo         string `json:"reportsTo"`
	RelationshipOwner string `json:"relationshipOwner"`
	LastInteraction   string `json:"lastInteraction"`
	Notes             string `json:"notes"`
}

func (in ContactInput) update() kam.ContactUpdate {
	role, att, inf := kam.BuyingRole(in.BuyingRole), kam.Attitude(in.Attitude), kam.Influence(in.Influence)
	return kam.ContactUpdate{
		Name: &in.Name, Title: &in.Title, Email: &in.Email, Phone: &in.Phone, Mobile: &in.Mobile,
		Primary: &in.Primary, BuyingRole: &role, Attitude: &att, Influence: &inf, ReportsTo: &in.ReportsTo,
		RelationshipOwner: &in.RelationshipOwner, LastInteraction: &in.LastInteraction, Notes: &in.Notes,
	}
}

// ContactQuery filters the contacts list; AccountID limits it to one account.
type ContactQuery struct {
	AccountID string `json:"accountId"`
	Query     string `json:"query"`
	Sort      string `json:"sort"`
	Desc      bool   `json:"desc"`
	Page      int    `json:"page"`
	PageSize  int    `json:"pageSize"`
}

// ContactPageDTO is one page of contacts.
type ContactPageDTO struct {
	Items []ContactDTO `json:"items"`
	Total int          `json:"total"`
}

// List returns a page of contacts.
func (f *Contacts) List(q ContactQuery) (ContactPageDTO, error) {
	size := q.PageSize
	if size <= 0 || size > maxPageSize {
		size = 50
	}
	list, total, err := f.svc.FindContacts(f.ctx, kam.ContactFilter{
		AccountID: q.AccountID, Query: q.Query, Sort: q.Sort, Desc: q.Desc,
		Offset: max(q.Page-1, 0) * size, Limit: size,
	})
	if err != nil {
		return ContactPageDTO{}, err
	}
	page := ContactPageDTO{Items: make([]ContactDTO, 0, len(list)), Total: total}
	for _, c := range list {
		page.Items = append(page.Items, newContactDTO(c))
	}
	return page, nil
}

// Get returns one contact. Errors: ENOTFOUND.
func (f *Contacts) Get(id string) (ContactDTO, error) {
	c, err := f.svc.FindContactByID(f.ctx, id)
	if err != nil {
		return ContactDTO{}, err
	}
	return newContactDTO(c), nil
}

// Create stores a new contact. Errors: EINVALID, ENOTFOUND (account).
func (f *Contacts) Create(in ContactInput) (ContactDTO, error) {
	c := kam.Contact{AccountID: in.AccountID}
	in.update().Apply(&c)
	if err := f.svc.CreateContact(f.ctx, &c); err != nil {
		return ContactDTO{}, err
	}
	f.emit(kam.EventContactChanged, c.AccountID)
	return newContactDTO(&c), nil
}

// Update saves the whole contact form. Errors: ENOTFOUND, EINVALID.
func (f *Contacts) Update(in ContactInput) (ContactDTO, error) {
	c, err := f.svc.UpdateContact(f.ctx, in.ID, in.update())
	if err != nil {
		return ContactDTO{}, err
	}
	f.emit(kam.EventContactChanged, c.AccountID)
	return newContactDTO(c), nil
}

// Delete tombstones a contact. Errors: ENOTFOUND.
func (f *Contacts) Delete(id string) error {
	c, err := f.svc.FindContactByID(f.ctx, id) // contact events carry the account to refresh
	if err != nil {
		return err
	}
	if err := f.svc.DeleteContact(f.ctx, id); err != nil {
		return err
	}
	f.emit(kam.EventContactChanged, c.AccountID)
	return nil
}

// Undelete restores a deleted contact (the undo of Delete). Errors: ENOTFOUND.
func (f *Contacts) Undelete(id string) (ContactDTO, error) {
	c, err := f.svc.UndeleteContact(f.ctx, id)
	if err != nil {
		return ContactDTO{}, err
	}
	f.emit(kam.EventContactChanged, c.AccountID)
	return newContactDTO(c), nil
}
