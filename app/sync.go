package app

import "clave/internal/kam"

// Sync is bound to Wails. Until the sync engine exists it reports the local side only: the
// device code and the changes waiting in the outbox, which the status bar shows.
type Sync struct {
	base
	svc kam.SyncStatusService
}

// NewSync returns the sync facade.
func NewSync(svc kam.SyncStatusService) *Sync { return &Sync{base: newBase(nil), svc: svc} }

// Status returns the device's sync state and outbox counts.
func (f *Sync) Status() (kam.SyncStatus, error) { return f.svc.SyncStatus(f.ctx) }
