package kam

import "context"

// RowError is one rejected row of an import: the spreadsheet row number (the header is row 1),
// the field at fault ("" for the whole row), a translation key and its English/Spanish message.
type RowError struct {
	Row    int    `json:"row"`
	Field  string `json:"field"`
	Key    string `json:"key"`
	Reason string `json:"reason"`
}

// ImportResult summarises an import. Unchanged rows matched an existing record and carried
// nothing new, so re-importing a file counts them here and changes nothing.
type ImportResult struct {
	Imported  int        `json:"imported"`
	Updated   int        `json:"updated"`
	Unchanged int        `json:"unchanged"`
	Rejected  []RowError `json:"rejected"`
	Unknown   []string   `json:"unknownColumns"`
}

// AccountImport is one parsed row of an accounts file. Set names the Account fields (by their
// JSON names) the file carries: an update touches only those.
type AccountImport struct {
	Row     int
	Account Account
	Set     map[string]bool
}

// ContactImport is one parsed row of a contacts file. The account is found by AccountTaxID,
// else by AccountName (normalised); ReportsToName names a contact of the same account.
type ContactImport struct {
	Row           int
	Contact       Contact
	Set           map[string]bool
	AccountTaxID  string
	AccountName   string
	ReportsToName string
}

// ImportService writes parsed rows in batches of transactions, each row all or nothing.
type ImportService interface {
	// ImportAccounts creates or updates accounts, matching by normalised tax ID, else by
	// normalised name. A second row of the same file with the same tax ID is rejected.
	// With dryRun nothing is written but the result is the same.
	ImportAccounts(ctx context.Context, rows []AccountImport, dryRun bool) (ImportResult, error)
	// ImportContacts creates or updates contacts, matching within the account by email, else by name.
	ImportContacts(ctx context.Context, rows []ContactImport, dryRun bool) (ImportResult, error)
}
