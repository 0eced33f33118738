package kam

import "context"

// Keys of local settings (per device, not synced).
const (
	SettingLanguage = "language" // "es" or "en"
	SettingUserName = "user_name"
)

// SettingsService keeps this device's preferences.
type SettingsService interface {
	// Setting returns the value of key, or "" if unset.
	Setting(ctx context.Context, key string) (string, error)
	// SetSetting stores value under key.
	SetSetting(ctx context.Context, key, value string) error
}

// SyncStatus is what the status bar shows before and after enrolment.
type SyncStatus struct {
	DeviceID    string `json:"deviceId"`
	DeviceCode  string `json:"deviceCode"`
	Provisional bool   `json:"provisional"` // device code not yet assigned by a server
	Enrolled    bool   `json:"enrolled"`
	Pending     int    `json:"pending"`  // local changes not yet acknowledged by the server
	Rejected    int    `json:"rejected"` // changes the server refused, kept for the user
	LastSync    string `json:"lastSync"` // RFC 3339, "" if never
}

// SyncStatusService reports the local side of sync.
type SyncStatusService interface {
	// SyncStatus counts the outbox and reads the device's sync state.
	SyncStatus(ctx context.Context) (SyncStatus, error)
}
