package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"clave/internal/kam"
)

// field is one synced column of a row and its value.
type field struct {
	col string
	v   any
}

// fieldChange is the outbox payload of one field (sync.md §3.3): the new value, the value the
// edit started from, the edit's HLC and the server version it was based on.
type fieldChange struct {
	V       any    `json:"v"`
	Base    any    `json:"base"`
	HLC     string `json:"hlc"`
	BaseSeq int64  `json:"base_seq"`
}

// stamp returns the transaction's HLC, issuing it on first use. The clock is first merged with
// the HLC persisted by any other process writing this file, so stamps never go backwards.
func (tx *Tx) stamp(ctx context.Context) (string, error) {
	if !tx.hlc.IsZero() {
		return tx.hlc.String(), nil
	}
	if s, err := tx.db.syncState(ctx, tx, "hlc"); err != nil {
		return "", err
	} else if s != "" {
		if h, err := kam.ParseHLC(s); err == nil {
			tx.db.clock.Update(h)
		}
	}
	tx.hlc = tx.db.clock.Now()
	hs := tx.hlc.String()
	if _, err := tx.ExecContext(ctx, `INSERT INTO sync_state (k, v) VALUES ('hlc', ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v`, hs); err != nil {
		return "", err
	}
	return hs, nil
}

// insertRow inserts a new synced row (local columns in extra) and queues every synced field.
func (tx *Tx) insertRow(ctx context.Context, table, id, scope string, fields, extra []field) error {
	cols := []string{"id"}
	args := []any{id}
	for _, f := range append(append([]field{}, fields...), extra...) {
		cols = append(cols, f.col)
		args = append(args, f.v)
	}
	q := fmt.Sprintf(`INSERT INTO %s (%s) VALUES (?%s)`, table, strings.Join(cols, ", "), strings.Repeat(", ?", len(cols)-1))
	if _, err := tx.ExecContext(ctx, q, args...); err != nil {
		return FormatError(err)
	}
	changes := map[string]fieldChange{}
	for _, f := range fields {
		changes[f.col] = fieldChange{V: f.v}
	}
	return tx.recordChange(ctx, table, id, scope, "upsert", changes)
}

// updateRow writes the synced fields that differ between old and new (plus extra local columns)
// and queues them with their base values. It reports whether anything changed; an unchanged row
// is not written at all.
func (tx *Tx) updateRow(ctx context.Context, table, id, scope string, old, new, extra []field) (bool, error) {
	changes := map[string]fieldChange{}
	var sets []string
	var args []any
	for i, f := range new {
		if f.v == old[i].v {
			continue
		}
		changes[f.col] = fieldChange{V: f.v, Base: old[i].v}
		sets = append(sets, f.col+" = ?")
		args = append(args, f.v)
	}
	if len(changes) == 0 {
		return false, nil
	}
	for _, f := range extra {
		sets = append(sets, f.col+" = ?")
		args = append(args, f.v)
	}
	args = append(args, id)
	q := fmt.Sprintf(`UPDATE %s SET %s WHERE id = ?`, table, strings.Join(sets, ", "))
	if _, err := tx.ExecContext(ctx, q, args...); err != nil {
		return false, FormatError(err)
	}
	return true, tx.recordChange(ctx, table, id, scope, "upsert", changes)
}

// setDeleted tombstones (deleted=true) or restores a row and queues the delete or undelete.
// A tombstone keeps the transaction's HLC: rows deleted together share it, and no other
// transaction has it, so undo can restore exactly what one delete removed.
func (tx *Tx) setDeleted(ctx context.Context, table, id, scope string, deleted bool) error {
	var at, stamp any
	op := "undelete"
	if deleted {
		hlc, err := tx.stamp(ctx)
		if err != nil {
			return err
		}
		at, stamp, op = formatTime(tx.now), hlc, "delete"
	}
	q := fmt.Sprintf(`UPDATE %s SET deleted_at = ?, deleted_hlc = ?, updated_at = ? WHERE id = ?`, table)
	if _, err := tx.ExecContext(ctx, q, at, stamp, formatTime(tx.now), id); err != nil {
		return FormatError(err)
	}
	return tx.recordChange(ctx, table, id, scope, op, map[string]fieldChange{})
}

// recordChange appends the outbox row and bumps field_clock for each field, inside tx.
func (tx *Tx) recordChange(ctx context.Context, table, id, scope, op string, changes map[string]fieldChange) error {
	hlc, err := tx.stamp(ctx)
	if err != nil {
		return err
	}
	var baseSeq int64
	if err := tx.QueryRowContext(ctx, fmt.Sprintf(`SELECT server_seq FROM %s WHERE id = ?`, table), id).Scan(&baseSeq); err != nil {
		return fmt.Errorf("base seq: %w", err)
	}
	for col, c := range changes {
		c.HLC, c.BaseSeq = hlc, baseSeq
		changes[col] = c
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO field_clock (entity, id, field, hlc, base_seq) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (entity, id, field) DO UPDATE SET hlc = excluded.hlc, base_seq = excluded.base_seq
		`, table, id, col, hlc, baseSeq); err != nil {
			return err
		}
	}
	buf, err := json.Marshal(changes)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `
		INSERT INTO outbox (mutation_id, entity, entity_id, scope_key, op, fields, hlc, schema_version, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
	`, newID(), table, id, scope, op, string(buf), hlc, SchemaVersion, formatTime(tx.now))
	return err
}
