package sqlite_test

import (
	"testing"

	"clave/internal/kam"
)

// Ensure every column the store queues for sync has a merge kind declared in
// kam.SyncedEntities, and every declared column is really queued: the sync server merges by
// that table, so a column missing from it would sync without a rule.
func TestSyncedEntitiesMatchOutbox(t *testing.T) {
	db := MustOpenDB(t)
	a := MustCreateAccount(t, db, &kam.Account{Name: "Cuenta", Notes: "n"})
	MustCreateContact(t, db, &kam.Contact{AccountID: a.ID, Name: "Contacto"})
	queued := map[string]map[string]bool{}
	for _, r := range outbox(t, db) {
		if queued[r.Entity] == nil {
			queued[r.Entity] = map[string]bool{}
		}
		for f := range r.Fields {
			queued[r.Entity][f] = true
		}
	}
	for entity, fields := range queued {
		spec, ok := kam.SyncedEntities[entity]
		if !ok {
			t.Errorf("entity %q is queued but has no kam.EntitySpec", entity)
			continue
		}
		for f := range fields {
			if _, ok := spec.Fields[f]; !ok {
				t.Errorf("%s.%s is queued but has no merge kind", entity, f)
			}
		}
		for f := range spec.Fields {
			if !fields[f] {
				t.Errorf("%s.%s is declared but never queued by a create", entity, f)
			}
		}
	}
	if len(queued) != len(kam.SyncedEntities) {
		t.Errorf("queued entities %v, declared %d", queued, len(kam.SyncedEntities))
	}
}
