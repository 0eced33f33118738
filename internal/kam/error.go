package kam

import (
	"errors"
	"fmt"
)

// Error codes. Programs switch on these; people read the translation Key.
const (
	EINVALID  = "invalid"
	ENOTFOUND = "not_found"
	ECONFLICT = "conflict"
	EINTERNAL = "internal"
)

// Error is an application error: Code for programs, Key for people (a translation key such as
// "error.account.invalid"), Fields for forms (field name → translation key) and Params for the
// values a message interpolates (e.g. the name of the account that already has a tax ID).
// Op and Err are for logs only.
type Error struct {
	Code   string
	Key    string
	Fields map[string]string
	Params map[string]string
	Op     string
	Err    error
}

func (e *Error) Error() string {
	s := e.Code + ": " + e.Key
	for f, k := range e.Fields {
		s += fmt.Sprintf(" [%s: %s]", f, k)
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and translation key.
func Errorf(code, key string) *Error { return &Error{Code: code, Key: key} }

// ErrorCode returns the code of err if it is (or wraps) an *Error, EINTERNAL otherwise,
// and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// AsError returns the *Error inside err, or nil.
func AsError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return nil
}

// FieldErrors collects per-field validation problems; Err returns nil when there are none.
type FieldErrors struct {
	key    string
	fields map[string]string
}

// NewFieldErrors starts a collection whose overall error carries key.
func NewFieldErrors(key string) *FieldErrors { return &FieldErrors{key: key} }

// Add records the translation key of the first problem found on field.
func (f *FieldErrors) Add(field, key string) {
	if f.fields == nil {
		f.fields = map[string]string{}
	}
	if _, ok := f.fields[field]; !ok {
		f.fields[field] = key
	}
}

// Err returns an EINVALID *Error holding every field problem, or nil.
func (f *FieldErrors) Err() error {
	if len(f.fields) == 0 {
		return nil
	}
	return &Error{Code: EINVALID, Key: f.key, Fields: f.fields}
}
