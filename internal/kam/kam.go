// Package kam is Clave's domain: key account management types, validation, rules and the
// service interfaces the adapters implement. It imports no other package of this module.
package kam

// Events emitted by the app after a change is committed (noun:verb). Account and contact events
// carry the ID of the account whose views need refreshing.
const (
	EventAccountChanged = "account:changed"
	EventContactChanged = "contact:changed"
	EventDataReset      = "data:reset"
)
