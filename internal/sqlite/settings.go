package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"clave/internal/kam"
)

// SettingsService implements kam.SettingsService and kam.SyncStatusService.
type SettingsService struct{ db *DB }

var (
	_ kam.SettingsService   = (*SettingsService)(nil)
	_ kam.SyncStatusService = (*SettingsService)(nil)
)

// NewSettingsService returns the settings service of db.
func NewSettingsService(db *DB) *SettingsService { return &SettingsService{db: db} }

// Setting returns the value of key, or "".
func (s *SettingsService) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.read.QueryRowContext(ctx, `SELECT v FROM settings WHERE k = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// SetSetting stores value under key.
func (s *SettingsService) SetSetting(ctx context.Context, key, value string) error {
	_, err := s.db.write.ExecContext(ctx, `INSERT INTO settings (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v`, key, value)
	return err
}

// SyncStatus counts the outbox and reads the device's sync state.
func (s *SettingsService) SyncStatus(ctx context.Context) (kam.SyncStatus, error) {
	st := kam.SyncStatus{DeviceID: s.db.deviceID}
	err := s.db.read.QueryRowContext(ctx, `
		SELECT
			COALESCE((SELECT v FROM sync_state WHERE k = 'device_code'), ''),
			COALESCE((SELECT v FROM sync_state WHERE k = 'device_code_provisional'), '') = '1',
			COALESCE((SELECT v FROM sync_state WHERE k = 'refresh_token'), '') <> '',
			COALESCE((SELECT v FROM sync_state WHERE k = 'last_sync'), ''),
			(SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'inflight')),
			(SELECT COUNT(*) FROM outbox WHERE state = 'rejected')
	`).Scan(&st.DeviceCode, &st.Provisional, &st.Enrolled, &st.LastSync, &st.Pending, &st.Rejected)
	return st, err
}
