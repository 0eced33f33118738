package app

import (
	"context"

	"clave/internal/kam"
)

// Settings is bound to Wails: language, the user's name, value lists for the forms, app info
// and the demo data loader.
type Settings struct {
	base
	svc      kam.SettingsService
	info     InfoDTO
	loadDemo func(ctx context.Context) (DemoDTO, error)
}

// InfoDTO describes this installation.
type InfoDTO struct {
	Version  string `json:"version"`
	DataDir  string `json:"dataDir"`
	Language string `json:"language"`
	UserName string `json:"userName"`
}

// DemoDTO says what the demo loader added.
type DemoDTO struct {
	Accounts int `json:"accounts"`
	Contacts int `json:"contacts"`
}

// OptionsDTO lists the values of every closed field, in display order.
type OptionsDTO struct {
	AccountTypes []string `json:"accountTypes"`
	Statuses     []string `json:"statuses"`
	Segments     []string `json:"segments"`
	LeadSources  []string `json:"leadSources"`
	Currencies   []string `json:"currencies"`
	BuyingRoles  []string `json:"buyingRoles"`
	Attitudes    []string `json:"attitudes"`
	Influences   []string `json:"influences"`
}

// NewSettings returns the settings facade. info carries version and data folder; loadDemo
// writes the demo company.
func NewSettings(svc kam.SettingsService, info InfoDTO, loadDemo func(context.Context) (DemoDTO, error), emit Emitter) *Settings {
	return &Settings{base: newBase(emit), svc: svc, info: info, loadDemo: loadDemo}
}

// Info returns version, data folder and the stored preferences (Spanish by default).
func (f *Settings) Info() (InfoDTO, error) {
	info := f.info
	var err error
	if info.Language, err = f.svc.Setting(f.ctx, kam.SettingLanguage); err != nil {
		return info, err
	}
	if info.Language == "" {
		info.Language = "es"
	}
	if name, err := f.svc.Setting(f.ctx, kam.SettingUserName); err != nil {
		return info, err
	} else if name != "" {
		info.UserName = name
	}
	return info, nil
}

// SetLanguage stores "es" or "en". Errors: EINVALID.
func (f *Settings) SetLanguage(lang string) error {
	if lang != "es" && lang != "en" {
		return &kam.Error{Code: kam.EINVALID, Key: "error.field.invalid_option", Fields: map[string]string{"language": "error.field.invalid_option"}}
	}
	return f.svc.SetSetting(f.ctx, kam.SettingLanguage, lang)
}

// SetUserName stores the name new accounts get as owner. Errors: EINVALID when empty.
func (f *Settings) SetUserName(name string) error {
	if name == "" {
		return &kam.Error{Code: kam.EINVALID, Key: "error.field.required", Fields: map[string]string{"userName": "error.field.required"}}
	}
	return f.svc.SetSetting(f.ctx, kam.SettingUserName, name)
}

// Options returns the value lists of the forms and filters.
func (f *Settings) Options() OptionsDTO {
	return OptionsDTO{
		AccountTypes: strs(kam.AccountTypes), Statuses: strs(kam.AccountStatuses), Segments: kam.Segments,
		LeadSources: strs(kam.LeadSources), Currencies: kam.Currencies, BuyingRoles: strs(kam.BuyingRoles),
		Attitudes: strs(kam.Attitudes), Influences: strs(kam.Influences),
	}
}

// LoadDemo loads the demo company (accounts and contacts); loading twice adds nothing.
func (f *Settings) LoadDemo() (DemoDTO, error) {
	res, err := f.loadDemo(f.ctx)
	if err != nil {
		return res, err
	}
	f.emit(kam.EventDataReset, nil)
	return res, nil
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}
