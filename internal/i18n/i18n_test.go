package i18n_test

import (
	"strings"
	"testing"

	"clave/internal/i18n"
	"clave/internal/kam"
)

// Ensure Spanish and English have the same keys, so no user meets a raw key.
func TestCatalogParity(t *testing.T) {
	es, en := i18n.Keys("es"), i18n.Keys("en")
	in := func(keys []string) map[string]bool {
		m := map[string]bool{}
		for _, k := range keys {
			m[k] = true
		}
		return m
	}
	esm, enm := in(es), in(en)
	for _, k := range es {
		if !enm[k] {
			t.Errorf("key %q missing in en", k)
		}
	}
	for _, k := range en {
		if !esm[k] {
			t.Errorf("key %q missing in es", k)
		}
	}
}

func TestTranslator_Error(t *testing.T) {
	e := &kam.Error{Code: kam.ECONFLICT, Key: "error.account.tax_id_taken", Fields: map[string]string{"taxId": "error.account.tax_id_taken"}, Params: map[string]string{"name": "Alimentos del Ávila"}}
	if got := i18n.New("es").Error(e); !strings.Contains(got, "«Alimentos del Ávila»") {
		t.Fatalf("es message %q does not name the account", got)
	}
	if got := i18n.New("en").T("error.field.required"); got != "This field is required." {
		t.Fatalf("en T = %q", got)
	}
	if got := i18n.New("fr").T("error.field.required"); got != "Este campo es obligatorio." {
		t.Fatalf("unknown language should fall back to Spanish, got %q", got)
	}
}
