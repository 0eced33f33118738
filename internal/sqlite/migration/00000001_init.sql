-- Clave's local store. Every synced table carries its sync columns from the start (sync.md §3.3):
-- a UUIDv7 id, a deleted_at tombstone instead of DELETE (with deleted_hlc, the HLC of the
-- transaction that deleted it, which tells what was deleted together), and server_seq, the last
-- version the server confirmed (0 = never synced). Every write also records an outbox row in the same
-- transaction. rid is a local integer key for the full-text indexes; it is never synced.

CREATE TABLE accounts (
	rid                 INTEGER PRIMARY KEY,
	id                  TEXT NOT NULL UNIQUE,             -- UUIDv7
	name                TEXT NOT NULL,
	name_key            TEXT NOT NULL,                    -- folded name for sorting and matching (derived)
	legal_name          TEXT NOT NULL DEFAULT '',
	tax_id              TEXT NOT NULL DEFAULT '',         -- as typed
	tax_id_key          TEXT NOT NULL DEFAULT '',         -- normalised (derived)
	type                TEXT NOT NULL DEFAULT 'empresa',
	industry            TEXT NOT NULL DEFAULT '',
	segment             TEXT NOT NULL DEFAULT '',
	status              TEXT NOT NULL DEFAULT 'prospecto',
	address             TEXT NOT NULL DEFAULT '',
	city                TEXT NOT NULL DEFAULT '',
	region              TEXT NOT NULL DEFAULT '',
	country             TEXT NOT NULL DEFAULT '',
	phone               TEXT NOT NULL DEFAULT '',
	email               TEXT NOT NULL DEFAULT '',
	website             TEXT NOT NULL DEFAULT '',
	lead_source         TEXT NOT NULL DEFAULT '',
	owner               TEXT NOT NULL DEFAULT '',
	potential_minor     INTEGER NOT NULL DEFAULT 0,       -- business potential per year, minor units
	potential_currency  TEXT NOT NULL DEFAULT 'USD',
	key_account         INTEGER NOT NULL DEFAULT 0,
	notes               TEXT NOT NULL DEFAULT '',
	first_sale_on       TEXT NOT NULL DEFAULT '',         -- YYYY-MM-DD
	created_at          TEXT NOT NULL,
	updated_at          TEXT NOT NULL,
	deleted_at          TEXT,                             -- tombstone
	deleted_hlc         TEXT,
	server_seq          INTEGER NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX accounts_tax_id_key_idx ON accounts (tax_id_key) WHERE deleted_at IS NULL AND tax_id_key <> '';
CREATE INDEX accounts_name_key_idx ON accounts (name_key) WHERE deleted_at IS NULL;
CREATE INDEX accounts_updated_at_idx ON accounts (updated_at) WHERE deleted_at IS NULL;
CREATE INDEX accounts_owner_idx ON accounts (owner, name_key) WHERE deleted_at IS NULL;
CREATE INDEX accounts_segment_idx ON accounts (segment, name_key) WHERE deleted_at IS NULL;
CREATE INDEX accounts_status_idx ON accounts (status, name_key) WHERE deleted_at IS NULL;
CREATE INDEX accounts_industry_idx ON accounts (industry, name_key) WHERE deleted_at IS NULL;
CREATE INDEX accounts_region_idx ON accounts (region, name_key) WHERE deleted_at IS NULL;
CREATE INDEX accounts_key_account_idx ON accounts (key_account, name_key) WHERE deleted_at IS NULL;
CREATE INDEX accounts_potential_idx ON accounts (potential_minor) WHERE deleted_at IS NULL;

CREATE TABLE contacts (
	rid                 INTEGER PRIMARY KEY,
	id                  TEXT NOT NULL UNIQUE,             -- UUIDv7
	account_id          TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
	name                TEXT NOT NULL,
	name_key            TEXT NOT NULL,                    -- derived
	title               TEXT NOT NULL DEFAULT '',
	email               TEXT NOT NULL DEFAULT '',
	phone               TEXT NOT NULL DEFAULT '',
	mobile              TEXT NOT NULL DEFAULT '',
	is_primary          INTEGER NOT NULL DEFAULT 0,
	buying_role         TEXT NOT NULL DEFAULT '',
	attitude            TEXT NOT NULL DEFAULT '',
	influence           TEXT NOT NULL DEFAULT '',
	reports_to          TEXT NOT NULL DEFAULT '',         -- contact id of the same account
	relationship_owner  TEXT NOT NULL DEFAULT '',
	last_interaction    TEXT NOT NULL DEFAULT '',         -- YYYY-MM-DD
	notes               TEXT NOT NULL DEFAULT '',
	created_at          TEXT NOT NULL,
	updated_at          TEXT NOT NULL,
	deleted_at          TEXT,
	deleted_hlc         TEXT,
	server_seq          INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX contacts_account_id_idx ON contacts (account_id, name_key) WHERE deleted_at IS NULL;
CREATE INDEX contacts_name_key_idx ON contacts (name_key) WHERE deleted_at IS NULL;

-- Full-text search, accent-insensitive: unicode61 with remove_diacritics folds "Núñez" to "nunez".
-- A prefix index for 3 characters serves the costliest prefix queries (a 3-letter prefix matches
-- many words); shorter text searches the name_key index instead (see search.go). Each prefix
-- length indexed adds to every write, so only one is kept.
-- Tombstoned rows leave the index.
CREATE VIRTUAL TABLE accounts_fts USING fts5 (
	name, legal_name, tax_id_key, email, notes,
	content = 'accounts', content_rowid = 'rid', tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
);

CREATE TRIGGER accounts_fts_ai AFTER INSERT ON accounts WHEN new.deleted_at IS NULL BEGIN
	INSERT INTO accounts_fts (rowid, name, legal_name, tax_id_key, email, notes)
	VALUES (new.rid, new.name, new.legal_name, new.tax_id_key, new.email, new.notes);
END;

CREATE TRIGGER accounts_fts_au AFTER UPDATE OF name, legal_name, tax_id_key, email, notes, deleted_at ON accounts BEGIN
	INSERT INTO accounts_fts (accounts_fts, rowid, name, legal_name, tax_id_key, email, notes)
	SELECT 'delete', old.rid, old.name, old.legal_name, old.tax_id_key, old.email, old.notes WHERE old.deleted_at IS NULL;
	INSERT INTO accounts_fts (rowid, name, legal_name, tax_id_key, email, notes)
	SELECT new.rid, new.name, new.legal_name, new.tax_id_key, new.email, new.notes WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER accounts_fts_ad AFTER DELETE ON accounts WHEN old.deleted_at IS NULL BEGIN
	INSERT INTO accounts_fts (accounts_fts, rowid, name, legal_name, tax_id_key, email, notes)
	VALUES ('delete', old.rid, old.name, old.legal_name, old.tax_id_key, old.email, old.notes);
END;

CREATE VIRTUAL TABLE contacts_fts USING fts5 (
	name, title, email, notes,
	content = 'contacts', content_rowid = 'rid', tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
);

CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts WHEN new.deleted_at IS NULL BEGIN
	INSERT INTO contacts_fts (rowid, name, title, email, notes)
	VALUES (new.rid, new.name, new.title, new.email, new.notes);
END;

CREATE TRIGGER contacts_fts_au AFTER UPDATE OF name, title, email, notes, deleted_at ON contacts BEGIN
	INSERT INTO contacts_fts (contacts_fts, rowid, name, title, email, notes)
	SELECT 'delete', old.rid, old.name, old.title, old.email, old.notes WHERE old.deleted_at IS NULL;
	INSERT INTO contacts_fts (rowid, name, title, email, notes)
	SELECT new.rid, new.name, new.title, new.email, new.notes WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts WHEN old.deleted_at IS NULL BEGIN
	INSERT INTO contacts_fts (contacts_fts, rowid, name, title, email, notes)
	VALUES ('delete', old.rid, old.name, old.title, old.email, old.notes);
END;

-- The outbox: one row per local mutation, written in the same transaction as the change.
-- local_seq is AUTOINCREMENT so it strictly increases and is never reused after acked rows go.
-- fields is JSON {column: {"v": new, "base": old, "hlc": "...", "base_seq": n}}.
CREATE TABLE outbox (
	local_seq       INTEGER PRIMARY KEY AUTOINCREMENT,
	mutation_id     TEXT NOT NULL UNIQUE,                 -- UUIDv7
	entity          TEXT NOT NULL,
	entity_id       TEXT NOT NULL,
	scope_key       TEXT NOT NULL,                        -- the account the row belongs to
	op              TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'undelete', 'resolve')),
	fields          TEXT NOT NULL,
	hlc             TEXT NOT NULL,
	schema_version  INTEGER NOT NULL,
	batch_seq       INTEGER,                              -- frozen when first sent
	state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'inflight', 'acked', 'rejected')),
	result          TEXT,
	created_at      TEXT NOT NULL
);

CREATE INDEX outbox_state_idx ON outbox (state, local_seq);

-- Per-field version: the HLC of the latest local write and the server_seq it was based on.
CREATE TABLE field_clock (
	entity    TEXT NOT NULL,
	id        TEXT NOT NULL,
	field     TEXT NOT NULL,
	hlc       TEXT NOT NULL,
	base_seq  INTEGER NOT NULL,
	PRIMARY KEY (entity, id, field)
) WITHOUT ROWID;

CREATE TABLE conflicts (
	id          TEXT PRIMARY KEY,
	entity      TEXT NOT NULL,
	entity_id   TEXT NOT NULL,
	field       TEXT NOT NULL,
	mine        TEXT,
	theirs      TEXT,
	base        TEXT,
	status      TEXT NOT NULL DEFAULT 'open',
	server_seq  INTEGER NOT NULL DEFAULT 0
);

-- device_id, device_code, hlc, cursor… (sync engine state); settings holds local preferences.
CREATE TABLE sync_state (
	k  TEXT PRIMARY KEY,
	v  TEXT NOT NULL
);

CREATE TABLE settings (
	k  TEXT PRIMARY KEY,
	v  TEXT NOT NULL
);

CREATE TABLE number_series (
	series  TEXT PRIMARY KEY,
	prefix  TEXT NOT NULL,
	next    INTEGER NOT NULL
);
