package app

import (
	"clave/internal/kam"
)

// Accounts is bound to Wails: the accounts list, detail and form.
type Accounts struct {
	base
	svc kam.AccountService
}

// NewAccounts returns the accounts facade.
func NewAccounts(svc kam.AccountService, emit Emitter) *Accounts {
	return &Accounts{base: newBase(emit), svc: svc}
}

// AccountDTO is an account as the frontend shows it. Money comes both as minor units and as a
// decimal string computed in Go, so the frontend never does money arithmetic.
type AccountDTO struct {
	ID                string `json:"id"`
	Name              string `json:"name"`
	LegalName         string `json:"legalName"`
	TaxID             string `json:"taxId"`
	Type              string `json:"type"`
	Industry          string `json:"industry"`
	Segment           string `json:"segment"`
	Status            string `json:"status"`
	Address           string `json:"address"`
	City              string `json:"city"`
	Region            string `json:"region"`
	Country           string `json:"country"`
	Phone             string `json:"phone"`
	Email             string `json:"email"`
	Website           string `json:"website"`
	LeadSource        string `json:"leadSource"`
	Owner             string `json:"owner"`
	PotentialMinor    int64  `json:"potentialMinor"`
	Potential         string `json:"potential"` // decimal, e.g. "125000.00"
	PotentialCurrency string `json:"potentialCurrency"`
	KeyAccount        bool   `json:"keyAccount"`
	Notes             string `json:"notes"`
	FirstSaleOn       string `json:"firstSaleOn"`
	CreatedAt         string `json:"createdAt"`
	UpdatedAt         string `json:"updatedAt"`
}

func newAccountDTO(a *kam.Account) AccountDTO {
	return AccountDTO{
		ID: a.ID, Name: a.Name, LegalName: a.LegalName, TaxID: a.TaxID, Type: string(a.Type),
		Industry: a.Industry, Segment: a.Segment, Status: string(a.Status), Address: a.Address,
		City: a.City, Region: a.Region, Country: a.Country, Phone: a.Phone, Email: a.Email,
		Website: a.Website, LeadSource: string(a.LeadSource), Owner: a.Owner,
		PotentialMinor: a.Potential.Amount, Potential: kam.FormatAmount(a.Potential.Amount, a.Potential.Currency),
		PotentialCurrency: a.Potential.Currency, KeyAccount: a.KeyAccount, Notes: a.Notes,
		FirstSaleOn: a.FirstSaleOn, CreatedAt: fmtTime(a.CreatedAt), UpdatedAt: fmtTime(a.UpdatedAt),
	}
}

// AccountInput is the account form. Potential is a decimal string as typed, with a decimal point
// or a decimal comma ("125000.50", "125.000,50"); ID
// is empty on create. Status is ignored on create (a new account is always a prospect).
type AccountInput struct {
	ID                string `json:"id"`
	Name              string `json:"name"`
	LegalName         string `json:"legalName"`
	TaxID             string `json:"taxId"`
	Type              string `json:"type"`
	Industry          string `json:"industry"`
	Segment           string `json:"segment"`
	Status            string `json:"status"`
	Address           string `json:"address"`
	City              string `json:"city"`
	Region            string `json:"region"`
	Country           string `json:"country"`
	Phone             string `json:"phone"`
	Email             string `json:"email"`
	Website           string `json:"website"`
	LeadSource        string `json:"leadSource"`
	Owner             string `json:"owner"`
	Potential         string `json:"potential"`
	PotentialCurrency string `json:"potentialCurrency"`
	KeyAccount        bool   `json:"keyAccount"`
	Notes             string `json:"notes"`
}

// money parses the potential; a bad amount is reported on the potential field.
func (in AccountInput) money() (kam.Money, error) {
	cur := in.PotentialCurrency
	if cur == "" {
		cur = "USD"
	}
	n, err := kam.ParseTypedAmount(in.Potential, cur)
	if err != nil {
		return kam.Money{}, &kam.Error{Code: kam.EINVALID, Key: "error.account.invalid", Fields: map[string]string{"potential": "error.money.invalid"}}
	}
	return kam.Money{Amount: n, Currency: cur}, nil
}

func (in AccountInput) update() (kam.AccountUpdate, error) {
	m, err := in.money()
	if err != nil {
		return kam.AccountUpdate{}, err
	}
	typ, status, src := kam.AccountType(in.Type), kam.AccountStatus(in.Status), kam.LeadSource(in.LeadSource)
	return kam.AccountUpdate{
		Name: &in.Name, LegalName: &in.LegalName, TaxID: &in.TaxID, Type: &typ, Industry: &in.Industry,
		Segment: &in.Segment, Status: &status, Address: &in.Address, City: &in.City, Region: &in.Region,
		Country: &in.Country, Phone: &in.Phone, Email: &in.Email, Website: &in.Website, LeadSource: &src,
		Owner: &in.Owner, Potential: &m, KeyAccount: &in.KeyAccount, Notes: &in.Notes,
	}, nil
}

// AccountQuery is the accounts list's filter, sort and page.
type AccountQuery struct {
	Query      string `json:"query"`
	Segment    string `json:"segment"`
	Status     string `json:"status"`
	Owner      string `json:"owner"`
	Industry   string `json:"industry"`
	Region     string `json:"region"`
	KeyAccount string `json:"keyAccount"` // "", "yes" or "no"
	Sort       string `json:"sort"`
	Desc       bool   `json:"desc"`
	Page       int    `json:"page"` // 1-based
	PageSize   int    `json:"pageSize"`
}

// AccountPageDTO is one page of the list.
type AccountPageDTO struct {
	Items []AccountDTO `json:"items"`
	Total int          `json:"total"`
}

// List returns a page of accounts.
func (f *Accounts) List(q AccountQuery) (AccountPageDTO, error) {
	size := q.PageSize
	if size <= 0 || size > maxPageSize {
		size = 50
	}
	filter := kam.AccountFilter{
		Query: q.Query, Segment: q.Segment, Status: kam.AccountStatus(q.Status), Owner: q.Owner,
		Industry: q.Industry, Region: q.Region, Sort: kam.AccountSort(q.Sort), Desc: q.Desc,
		Offset: max(q.Page-1, 0) * size, Limit: size,
	}
	if q.KeyAccount != "" {
		v := q.KeyAccount == "yes"
		filter.KeyAccount = &v
	}
	list, total, err := f.svc.FindAccounts(f.ctx, filter)
	if err != nil {
		return AccountPageDTO{}, err
	}
	page := AccountPageDTO{Items: make([]AccountDTO, 0, len(list)), Total: total}
	for _, a := range list {
		page.Items = append(page.Items, newAccountDTO(a))
	}
	return page, nil
}

// Get returns one account. Errors: ENOTFOUND.
func (f *Accounts) Get(id string) (AccountDTO, error) {
	a, err := f.svc.FindAccountByID(f.ctx, id)
	if err != nil {
		return AccountDTO{}, err
	}
	return newAccountDTO(a), nil
}

// Create stores a new account. Errors: EINVALID (fields), ECONFLICT (tax ID taken; params.name).
func (f *Accounts) Create(in AccountInput) (AccountDTO, error) {
	upd, err := in.update()
	if err != nil {
		return AccountDTO{}, err
	}
	var a kam.Account
	upd.Apply(&a)
	if err := f.svc.CreateAccount(f.ctx, &a); err != nil {
		return AccountDTO{}, err
	}
	f.emit(kam.EventAccountChanged, a.ID)
	return newAccountDTO(&a), nil
}

// Update saves the whole form of an existing account. Errors: ENOTFOUND, EINVALID, ECONFLICT.
func (f *Accounts) Update(in AccountInput) (AccountDTO, error) {
	upd, err := in.update()
	if err != nil {
		return AccountDTO{}, err
	}
	a, err := f.svc.UpdateAccount(f.ctx, in.ID, upd)
	if err != nil {
		return AccountDTO{}, err
	}
	f.emit(kam.EventAccountChanged, a.ID)
	return newAccountDTO(a), nil
}

// Delete tombstones an account and its contacts; Undelete reverses it. Errors: ENOTFOUND.
func (f *Accounts) Delete(id string) error {
	if err := f.svc.DeleteAccount(f.ctx, id); err != nil {
		return err
	}
	f.emit(kam.EventAccountChanged, id)
	return nil
}

// Undelete restores a deleted account (the undo of Delete). Errors: ENOTFOUND, ECONFLICT.
func (f *Accounts) Undelete(id string) (AccountDTO, error) {
	a, err := f.svc.UndeleteAccount(f.ctx, id)
	if err != nil {
		return AccountDTO{}, err
	}
	f.emit(kam.EventAccountChanged, id)
	return newAccountDTO(a), nil
}

// Facets returns the values the list's owner, industry and region filters offer.
func (f *Accounts) Facets() (kam.AccountFacets, error) {
	return f.svc.AccountFacets(f.ctx)
}
