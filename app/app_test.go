package app_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"

	"clave/app"
	"clave/internal/kam"
	"clave/internal/mock"
)

// recorder collects emitted events.
type recorder struct{ events []string }

func (r *recorder) emit(event string, _ any) { r.events = append(r.events, event) }

func TestFormatError(t *testing.T) {
	format := app.FormatError(slog.New(slog.NewTextHandler(io.Discard, nil)))
	// A domain error keeps code, key, fields and params for the form.
	decode := func(v any) app.ErrorDTO {
		t.Helper()
		s, ok := v.(string)
		var dto app.ErrorDTO
		if !ok || json.Unmarshal([]byte(s), &dto) != nil {
			t.Fatalf("FormatError gave %#v, want the DTO as JSON text", v)
		}
		return dto
	}
	dto := decode(format(&kam.Error{Code: kam.ECONFLICT, Key: "error.account.tax_id_taken", Fields: map[string]string{"taxId": "error.account.tax_id_taken"}, Params: map[string]string{"name": "Núñez"}}))
	if dto.Code != kam.ECONFLICT || dto.Fields["taxId"] == "" || dto.Params["name"] != "Núñez" {
		t.Fatalf("got %#v", dto)
	}
	// Anything else is hidden behind a generic internal error.
	got := format(errors.New("disk I/O error at /home/ana/.config/Clave/clave.db"))
	if dto := decode(got); dto.Code != kam.EINTERNAL || dto.Key != "error.internal" || dto.Fields != nil {
		t.Fatalf("got %#v", dto)
	}
	if strings.Contains(got.(string), "disk") {
		t.Fatalf("internal details leaked: %s", got)
	}
}

func TestAccounts_Create(t *testing.T) {
	// Ensure the form's decimal potential reaches the store in minor units and the change is
	// announced after it is stored.
	t.Run("OK", func(t *testing.T) {
		rec := &recorder{}
		var stored *kam.Account
		svc := &mock.AccountService{CreateAccountFn: func(_ context.Context, a *kam.Account) error {
			a.ID = "acc-1"
			stored = a
			return nil
		}}
		dto, err := app.NewAccounts(svc, rec.emit).Create(app.AccountInput{Name: "Núñez", Potential: "1234.50", PotentialCurrency: "EUR", KeyAccount: true})
		if err != nil {
			t.Fatal(err)
		}
		if stored.Potential != (kam.Money{Amount: 123450, Currency: "EUR"}) || !stored.KeyAccount {
			t.Fatalf("stored %+v", stored)
		}
		if dto.ID != "acc-1" || dto.Potential != "1234.50" || dto.PotentialMinor != 123450 {
			t.Fatalf("dto %+v", dto)
		}
		if len(rec.events) != 1 || rec.events[0] != kam.EventAccountChanged {
			t.Fatalf("events %v", rec.events)
		}
	})

	// Ensure a bad amount is reported on its field and nothing is stored or announced.
	t.Run("ErrAmount", func(t *testing.T) {
		rec := &recorder{}
		svc := &mock.AccountService{} // CreateAccountFn unset: calling it would panic
		_, err := app.NewAccounts(svc, rec.emit).Create(app.AccountInput{Name: "X", Potential: "mil"})
		if e := kam.AsError(err); e == nil || e.Fields["potential"] != "error.money.invalid" {
			t.Fatalf("err = %v", err)
		}
		if len(rec.events) != 0 {
			t.Fatalf("events %v", rec.events)
		}
	})

	// Ensure a store refusal passes through untouched and emits nothing.
	t.Run("ErrConflict", func(t *testing.T) {
		rec := &recorder{}
		svc := &mock.AccountService{CreateAccountFn: func(context.Context, *kam.Account) error {
			return &kam.Error{Code: kam.ECONFLICT, Key: "error.account.tax_id_taken"}
		}}
		_, err := app.NewAccounts(svc, rec.emit).Create(app.AccountInput{Name: "X"})
		if kam.ErrorCode(err) != kam.ECONFLICT || len(rec.events) != 0 {
			t.Fatalf("err = %v, events %v", err, rec.events)
		}
	})
}

func TestAccounts_List(t *testing.T) {
	var got kam.AccountFilter
	svc := &mock.AccountService{FindAccountsFn: func(_ context.Context, f kam.AccountFilter) ([]*kam.Account, int, error) {
		got = f
		return []*kam.Account{{ID: "a", Name: "A", Potential: kam.Money{Amount: 5, Currency: "USD"}}}, 120, nil
	}}
	page, err := app.NewAccounts(svc, nil).List(app.AccountQuery{Page: 3, PageSize: 25, KeyAccount: "no", Segment: "B", Sort: "potential", Desc: true})
	if err != nil {
		t.Fatal(err)
	}
	if got.Offset != 50 || got.Limit != 25 || got.KeyAccount == nil || *got.KeyAccount || got.Segment != "B" || got.Sort != kam.SortPotential || !got.Desc {
		t.Fatalf("filter %+v", got)
	}
	if page.Total != 120 || len(page.Items) != 1 || page.Items[0].Potential != "0.05" {
		t.Fatalf("page %+v", page)
	}
}

func TestAccounts_DeleteUndelete(t *testing.T) {
	rec := &recorder{}
	var calls []string
	svc := &mock.AccountService{
		DeleteAccountFn: func(_ context.Context, id string) error { calls = append(calls, "delete "+id); return nil },
		UndeleteAccountFn: func(_ context.Context, id string) (*kam.Account, error) {
			calls = append(calls, "undelete "+id)
			return &kam.Account{ID: id, Name: "Vuelve"}, nil
		},
	}
	f := app.NewAccounts(svc, rec.emit)
	if err := f.Delete("a1"); err != nil {
		t.Fatal(err)
	}
	if dto, err := f.Undelete("a1"); err != nil || dto.Name != "Vuelve" {
		t.Fatalf("undelete %+v %v", dto, err)
	}
	if len(calls) != 2 || len(rec.events) != 2 {
		t.Fatalf("calls %v events %v", calls, rec.events)
	}
}

func TestContacts_Update(t *testing.T) {
	rec := &recorder{}
	var upd kam.ContactUpdate
	svc := &mock.ContactService{UpdateContactFn: func(_ context.Context, id string, u kam.ContactUpdate) (*kam.Contact, error) {
		upd = u
		c := &kam.Contact{ID: id, AccountID: "acc"}
		u.Apply(c)
		return c, nil
	}}
	dto, err := app.NewContacts(svc, rec.emit).Update(app.ContactInput{ID: "c1", Name: "Ana", BuyingRole: "decisor", Primary: true})
	if err != nil {
		t.Fatal(err)
	}
	// The whole form is sent: every field set, so clearing a field clears it.
	if upd.Title == nil || *upd.Title != "" || upd.BuyingRole == nil || *upd.BuyingRole != kam.RoleDecider {
		t.Fatalf("update %+v", upd)
	}
	if dto.Name != "Ana" || !dto.Primary || rec.events[0] != kam.EventContactChanged {
		t.Fatalf("dto %+v events %v", dto, rec.events)
	}
}

func TestSettings(t *testing.T) {
	stored := map[string]string{}
	svc := &mock.SettingsService{
		SettingFn:    func(_ context.Context, k string) (string, error) { return stored[k], nil },
		SetSettingFn: func(_ context.Context, k, v string) error { stored[k] = v; return nil },
	}
	f := app.NewSettings(svc, app.InfoDTO{Version: "1.0", UserName: "ana"}, nil, nil)
	info, err := f.Info()
	if err != nil || info.Language != "es" || info.UserName != "ana" {
		t.Fatalf("default info %+v %v", info, err)
	}
	if err := f.SetLanguage("fr"); kam.ErrorCode(err) != kam.EINVALID {
		t.Fatalf("SetLanguage(fr) = %v", err)
	}
	if err := f.SetLanguage("en"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetUserName("Laura Méndez"); err != nil {
		t.Fatal(err)
	}
	if info, _ := f.Info(); info.Language != "en" || info.UserName != "Laura Méndez" {
		t.Fatalf("info %+v", info)
	}
	if o := f.Options(); len(o.Segments) != 3 || o.Statuses[0] != "prospecto" || len(o.BuyingRoles) != 4 {
		t.Fatalf("options %+v", o)
	}
}
