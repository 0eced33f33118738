package i18n_test

import (
	"os"
	"path/filepath"
	"regexp"
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

// Ensure every error key the Go code can return has a message in both languages. The keys are
// read from the source, so a new key without a translation fails here.
func TestEveryGoErrorKeyTranslated(t *testing.T) {
	re := regexp.MustCompile(`"(error\.[a-z_]+\.[a-z_]+|error\.[a-z_]+)"`)
	seen := map[string]bool{}
	for _, dir := range []string{"../kam", "../sqlite", "../csvio", "../../app"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			buf, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range re.FindAllStringSubmatch(string(buf), -1) {
				seen[m[1]] = true
			}
		}
	}
	if len(seen) < 20 {
		t.Fatalf("found only %d keys: is the source path right?", len(seen))
	}
	for _, lang := range []string{"es", "en"} {
		keys := map[string]bool{}
		for _, k := range i18n.Keys(lang) {
			keys[k] = true
		}
		for k := range seen {
			if !keys[k] {
				t.Errorf("%s: no message for %q", lang, k)
			}
		}
	}
}
