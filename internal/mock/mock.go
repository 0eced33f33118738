// Package mock has function-field fakes of the kam services, for facade tests: set the
// functions a test needs; calling an unset one panics, so a test cannot pass by accident.
package mock

import (
	"context"

	"clave/internal/kam"
)

// AccountService fakes kam.AccountService.
type AccountService struct {
	FindAccountByIDFn   func(ctx context.Context, id string) (*kam.Account, error)
	FindAccountsFn      func(ctx context.Context, f kam.AccountFilter) ([]*kam.Account, int, error)
	CreateAccountFn     func(ctx context.Context, a *kam.Account) error
	UpdateAccountFn     func(ctx context.Context, id string, upd kam.AccountUpdate) (*kam.Account, error)
	DeleteAccountFn     func(ctx context.Context, id string) error
	UndeleteAccountFn   func(ctx context.Context, id string) (*kam.Account, error)
	RecordAccountSaleFn func(ctx context.Context, id, day string) (*kam.Account, error)
	AccountFacetsFn     func(ctx context.Context) (kam.AccountFacets, error)
}

var _ kam.AccountService = (*AccountService)(nil)

func (s *AccountService) FindAccountByID(ctx context.Context, id string) (*kam.Account, error) {
	return s.FindAccountByIDFn(ctx, id)
}
func (s *AccountService) FindAccounts(ctx context.Context, f kam.AccountFilter) ([]*kam.Account, int, error) {
	return s.FindAccountsFn(ctx, f)
}
func (s *AccountService) CreateAccount(ctx context.Context, a *kam.Account) error {
	return s.CreateAccountFn(ctx, a)
}
func (s *AccountService) UpdateAccount(ctx context.Context, id string, upd kam.AccountUpdate) (*kam.Account, error) {
	return s.UpdateAccountFn(ctx, id, upd)
}
func (s *AccountService) DeleteAccount(ctx context.Context, id string) error {
	return s.DeleteAccountFn(ctx, id)
}
func (s *AccountService) UndeleteAccount(ctx context.Context, id string) (*kam.Account, error) {
	return s.UndeleteAccountFn(ctx, id)
}
func (s *AccountService) RecordAccountSale(ctx context.Context, id, day string) (*kam.Account, error) {
	return s.RecordAccountSaleFn(ctx, id, day)
}
func (s *AccountService) AccountFacets(ctx context.Context) (kam.AccountFacets, error) {
	return s.AccountFacetsFn(ctx)
}

// ContactService fakes kam.ContactService.
type ContactService struct {
	FindContactByIDFn func(ctx context.Context, id string) (*kam.Contact, error)
	FindContactsFn    func(ctx context.Context, f kam.ContactFilter) ([]*kam.Contact, int, error)
	CreateContactFn   func(ctx context.Context, c *kam.Contact) error
	UpdateContactFn   func(ctx context.Context, id string, upd kam.ContactUpdate) (*kam.Contact, error)
	DeleteContactFn   func(ctx context.Context, id string) error
	UndeleteContactFn func(ctx context.Context, id string) (*kam.Contact, error)
}

var _ kam.ContactService = (*ContactService)(nil)

func (s *ContactService) FindContactByID(ctx context.Context, id string) (*kam.Contact, error) {
	return s.FindContactByIDFn(ctx, id)
}
func (s *ContactService) FindContacts(ctx context.Context, f kam.ContactFilter) ([]*kam.Contact, int, error) {
	return s.FindContactsFn(ctx, f)
}
func (s *ContactService) CreateContact(ctx context.Context, c *kam.Contact) error {
	return s.CreateContactFn(ctx, c)
}
func (s *ContactService) UpdateContact(ctx context.Context, id string, upd kam.ContactUpdate) (*kam.Contact, error) {
	return s.UpdateContactFn(ctx, id, upd)
}
func (s *ContactService) DeleteContact(ctx context.Context, id string) error {
	return s.DeleteContactFn(ctx, id)
}
func (s *ContactService) UndeleteContact(ctx context.Context, id string) (*kam.Contact, error) {
	return s.UndeleteContactFn(ctx, id)
}

// SettingsService fakes kam.SettingsService and kam.SyncStatusService.
type SettingsService struct {
	SettingFn    func(ctx context.Context, key string) (string, error)
	SetSettingFn func(ctx context.Context, key, value string) error
	SyncStatusFn func(ctx context.Context) (kam.SyncStatus, error)
}

var (
	_ kam.SettingsService   = (*SettingsService)(nil)
	_ kam.SyncStatusService = (*SettingsService)(nil)
)

func (s *SettingsService) Setting(ctx context.Context, key string) (string, error) {
	return s.SettingFn(ctx, key)
}
func (s *SettingsService) SetSetting(ctx context.Context, key, value string) error {
	return s.SetSettingFn(ctx, key, value)
}
func (s *SettingsService) SyncStatus(ctx context.Context) (kam.SyncStatus, error) {
	return s.SyncStatusFn(ctx)
}
