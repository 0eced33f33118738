// Package i18n holds the Spanish and English text Go itself writes: CLI summaries, import
// rejection reasons and error messages (later: PDF labels). The frontend has its own catalogs.
package i18n

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"clave/internal/kam"
)

// catalogs maps language → key → format string. Spanish is the default; a parity test keeps
// both complete.
var catalogs = map[string]map[string]string{
	"es": {
		"cli.demo_loaded":                        "Datos de ejemplo cargados: %d cuentas, %d contactos.",
		"cli.backup_done":                        "Copia de seguridad guardada en %s.",
		"cli.restore_done":                       "Datos restaurados desde %s.",
		"cli.import_summary":                     "Importadas: %d · actualizadas: %d · sin cambios: %d · rechazadas: %d",
		"cli.import_rejected":                    "  fila %d, campo %q: %s",
		"cli.import_unknown":                     "Columnas no reconocidas (ignoradas): %s",
		"error.internal":                         "Error interno.",
		"error.conflict":                         "El registro ya existe.",
		"error.field.required":                   "Este campo es obligatorio.",
		"error.field.too_long":                   "El texto es demasiado largo.",
		"error.field.invalid_option":             "Valor no válido.",
		"error.field.email_invalid":              "El correo electrónico no es válido.",
		"error.field.url_invalid":                "La dirección web no es válida.",
		"error.field.date_invalid":               "La fecha no es válida (AAAA-MM-DD).",
		"error.field.boolean_invalid":            "Use sí o no.",
		"error.money.invalid":                    "El monto no es válido.",
		"error.money.negative":                   "El monto no puede ser negativo.",
		"error.money.currency_invalid":           "La moneda debe ser un código ISO de tres letras.",
		"error.account.invalid":                  "Revise los datos de la cuenta.",
		"error.account.not_found":                "La cuenta no existe.",
		"error.account.tax_id_invalid":           "La identificación fiscal no es válida.",
		"error.account.tax_id_taken":             "Esta identificación fiscal ya pertenece a la cuenta «%[1]s».",
		"error.account.segment_invalid":          "El segmento debe ser A, B o C.",
		"error.account.country_invalid":          "País no reconocido.",
		"error.contact.invalid":                  "Revise los datos del contacto.",
		"error.contact.not_found":                "El contacto no existe.",
		"error.contact.reports_to_self":          "Un contacto no puede reportarse a sí mismo.",
		"error.contact.reports_to_other_account": "El jefe debe ser un contacto de la misma cuenta.",
		"error.contact.reports_to_cycle":         "Esa relación de reporte forma un ciclo.",
		"error.import.no_name_column":            "El archivo no tiene una columna de nombre reconocible.",
		"error.import.no_account_column":         "El archivo no tiene una columna que identifique la cuenta.",
		"error.import.duplicate_in_file":         "Identificación fiscal repetida en el archivo (fila %[1]s).",
		"error.import.account_not_found":         "No existe una cuenta con esa identificación fiscal o nombre.",
		"error.import.csv_invalid":               "El archivo CSV no se puede leer.",
		"error.import.empty":                     "El archivo está vacío.",
		"error.vcard.version_invalid":            "Versión de vCard no admitida (use 3.0 o 4.0).",
		"error.restore.not_clave":                "El archivo no es una base de datos de Clave.",
		"error.hlc.invalid":                      "Marca de tiempo no válida.",
	},
	"en": {
		"cli.demo_loaded":                        "Demo data loaded: %d accounts, %d contacts.",
		"cli.backup_done":                        "Backup saved to %s.",
		"cli.restore_done":                       "Data restored from %s.",
		"cli.import_summary":                     "Imported: %d · updated: %d · unchanged: %d · rejected: %d",
		"cli.import_rejected":                    "  row %d, field %q: %s",
		"cli.import_unknown":                     "Unrecognised columns (ignored): %s",
		"error.internal":                         "Internal error.",
		"error.conflict":                         "The record already exists.",
		"error.field.required":                   "This field is required.",
		"error.field.too_long":                   "The text is too long.",
		"error.field.invalid_option":             "Invalid value.",
		"error.field.email_invalid":              "The email address is not valid.",
		"error.field.url_invalid":                "The web address is not valid.",
		"error.field.date_invalid":               "The date is not valid (YYYY-MM-DD).",
		"error.field.boolean_invalid":            "Use yes or no.",
		"error.money.invalid":                    "The amount is not valid.",
		"error.money.negative":                   "The amount cannot be negative.",
		"error.money.currency_invalid":           "The currency must be a three-letter ISO code.",
		"error.account.invalid":                  "Check the account's details.",
		"error.account.not_found":                "The account does not exist.",
		"error.account.tax_id_invalid":           "The tax ID is not valid.",
		"error.account.tax_id_taken":             "This tax ID already belongs to the account “%[1]s”.",
		"error.account.segment_invalid":          "The segment must be A, B or C.",
		"error.account.country_invalid":          "Unrecognised country.",
		"error.contact.invalid":                  "Check the contact's details.",
		"error.contact.not_found":                "The contact does not exist.",
		"error.contact.reports_to_self":          "A contact cannot report to themselves.",
		"error.contact.reports_to_other_account": "The manager must be a contact of the same account.",
		"error.contact.reports_to_cycle":         "That reporting line makes a cycle.",
		"error.import.no_name_column":            "The file has no recognisable name column.",
		"error.import.no_account_column":         "The file has no column that identifies the account.",
		"error.import.duplicate_in_file":         "Tax ID repeated in the file (row %[1]s).",
		"error.import.account_not_found":         "No account has that tax ID or name.",
		"error.import.csv_invalid":               "The CSV file cannot be read.",
		"error.import.empty":                     "The file is empty.",
		"error.vcard.version_invalid":            "Unsupported vCard version (use 3.0 or 4.0).",
		"error.restore.not_clave":                "The file is not a Clave database.",
		"error.hlc.invalid":                      "Invalid timestamp.",
	},
}

// Translator renders keys in one language, falling back to Spanish, then to the key itself.
type Translator struct{ lang string }

// New returns a translator for lang ("es" or "en"; anything else is Spanish).
func New(lang string) *Translator {
	if _, ok := catalogs[lang]; !ok {
		lang = "es"
	}
	return &Translator{lang: lang}
}

// FromEnv picks English when LC_ALL, LC_MESSAGES or LANG starts with "en", Spanish otherwise.
func FromEnv() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := os.Getenv(v); s != "" {
			if strings.HasPrefix(s, "en") {
				return "en"
			}
			return "es"
		}
	}
	return "es"
}

// T formats key with args.
func (t *Translator) T(key string, args ...any) string {
	f, ok := catalogs[t.lang][key]
	if !ok {
		if f, ok = catalogs["es"][key]; !ok {
			return key
		}
	}
	if !strings.Contains(f, "%") {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// Error renders a kam error: its message (with the "name" param when it has one) and each
// field's problem.
func (t *Translator) Error(e *kam.Error) string {
	msg := t.T(e.Key, e.Params["name"])
	fields := make([]string, 0, len(e.Fields))
	for f := range e.Fields {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	for _, f := range fields {
		if k := e.Fields[f]; k != e.Key {
			msg += fmt.Sprintf(" %s: %s", f, t.T(k, e.Params["name"]))
		}
	}
	return msg
}

// Keys returns every key of lang's catalog, for parity tests.
func Keys(lang string) []string {
	var keys []string
	for k := range catalogs[lang] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
