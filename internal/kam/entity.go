package kam

// EntitySpec declares how one synced table takes part in sync: the merge kind of each synced
// column (sync.md §3.5) and the column that names its scope, the account a row belongs to
// (sync.md §3.7). A new entity joins sync by adding its spec here; the store's tests check that
// every column it queues for sync is declared.
type EntitySpec struct {
	Name        string
	ScopeColumn string // "id" when the row is itself the account
	Fields      map[string]MergeKind
}

// SyncedEntities lists every synced table by name.
var SyncedEntities = map[string]EntitySpec{
	"accounts": {
		Name: "accounts", ScopeColumn: "id",
		Fields: map[string]MergeKind{
			"name": MergeRegister, "legal_name": MergeRegister, "tax_id": MergeRegister, "type": MergeRegister,
			"industry": MergeRegister, "segment": MergeRegister, "status": MergeState, "address": MergeRegister,
			"city": MergeRegister, "region": MergeRegister, "country": MergeRegister, "phone": MergeRegister,
			"email": MergeRegister, "website": MergeRegister, "lead_source": MergeRegister, "owner": MergeRegister,
			"potential_minor": MergeMoney, "potential_currency": MergeMoney, "key_account": MergeRegister,
			"notes": MergeText, "first_sale_on": MergeRegister,
		},
	},
	"contacts": {
		Name: "contacts", ScopeColumn: "account_id",
		Fields: map[string]MergeKind{
			"account_id": MergeRegister, "name": MergeRegister, "title": MergeRegister, "email": MergeRegister,
			"phone": MergeRegister, "mobile": MergeRegister, "is_primary": MergeRegister,
			"buying_role": MergeRegister, "attitude": MergeRegister, "influence": MergeRegister,
			"reports_to": MergeRegister, "relationship_owner": MergeRegister, "last_interaction": MergeRegister,
			"notes": MergeText,
		},
	},
}
