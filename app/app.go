// Package app holds the facades bound to the Wails window: one struct per area, DTOs in and out,
// and error shaping. Facades are thin: convert the DTO, call one kam service, convert back, emit.
// They see kam interfaces only, so tests drive them with fakes.
package app

import (
	"context"
	"encoding/json"
	"log/slog"
	"time"

	"clave/internal/kam"
)

// Emitter sends an event to the frontend (runtime.EventsEmit in main.go, a recorder in tests).
type Emitter func(event string, data any)

// base is embedded by every facade: the Wails context (Wails passes none per call) and the emitter.
type base struct {
	ctx  context.Context
	emit Emitter
}

func newBase(emit Emitter) base {
	if emit == nil {
		emit = func(string, any) {}
	}
	return base{ctx: context.Background(), emit: emit}
}

// Startup is called by main.go's OnStartup with the Wails context. Unexported fields only: the
// method set of a bound struct is what JavaScript sees, so this lives on a separate type.
func (b *base) startup(ctx context.Context) { b.ctx = ctx }

// Starter is what main.go calls on every facade at startup.
type Starter interface{ startup(context.Context) }

// Start hands ctx to each facade.
func Start(ctx context.Context, facades ...Starter) {
	for _, f := range facades {
		f.startup(ctx)
	}
}

// maxPageSize bounds what one list call returns to the window.
const maxPageSize = 200

// ErrorDTO is what a rejected promise carries in the frontend.
type ErrorDTO struct {
	Code   string            `json:"code"`
	Key    string            `json:"key"`
	Fields map[string]string `json:"fields,omitempty"`
	Params map[string]string `json:"params,omitempty"`
}

// FormatError is Wails' ErrorFormatter: *kam.Error keeps its code, key, fields and params;
// anything else is logged and shown as a generic internal error. The DTO goes out as JSON text
// because Wails v2.16's runtime rejects with `new Error(error)`, which would reduce an object
// to "[object Object]"; frontend/src/api/errors.ts parses it back.
func FormatError(logger *slog.Logger) func(error) any {
	return func(err error) any {
		dto := ErrorDTO{Code: kam.EINTERNAL, Key: "error.internal"}
		if e := kam.AsError(err); e != nil && e.Code != kam.EINTERNAL {
			dto = ErrorDTO{Code: e.Code, Key: e.Key, Fields: e.Fields, Params: e.Params}
		} else {
			logger.Error("internal error", "err", err)
		}
		buf, _ := json.Marshal(dto)
		return string(buf)
	}
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
