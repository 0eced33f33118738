package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// clave runs the CLI in-process against dataDir and returns stdout, stderr and the exit code.
func clave(t *testing.T, dataDir string, args ...string) (string, string, int) {
	t.Helper()
	cfg, err := parseArgs(append([]string{"--data-dir", dataDir, "--lang", "es"}, args...))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := runCLI(cfg, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func decode(t *testing.T, s string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, s)
	}
}

type importResult struct {
	Imported, Updated, Unchanged int
	Rejected                     []struct {
		Row    int
		Field  string
		Reason string
	}
	UnknownColumns []string
}

// A Spanish Excel export: BOM, ';', CRLF, decimal comma, a quoted field with the separator and a
// line break, an unknown column, a bad email on row 4 and a repeated tax ID on row 6.
const excelAccounts = "\ufeffRazón social;RIF;Segmento;Potencial anual;Moneda;Correo;Ejecutivo;Color favorito\r\n" +
	"Alimentos del Ávila, C.A.;J-30123456-7;A;1.234.567,89;USD;compras@avila.example;Laura Méndez;azul\r\n" +
	"\"Constructora Núñez; Asociados\";J-40000000-1;B;\"250.000,00\";USD;;Pedro Salinas;\r\n" +
	"Mala;J-50000000-2;C;10,00;USD;no-es-correo;Laura Méndez;\r\n" +
	"\"Farmacia\r\nCentral\";J-60000000-3;A;5,5;USD;;Laura Méndez;\r\n" +
	"Duplicada;J.30123456.7;A;1,00;USD;;Laura Méndez;\r\n"

func TestCLI_ImportAccounts(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(t.TempDir(), "cuentas.csv")
	os.WriteFile(file, []byte(excelAccounts), 0o600)

	out, errs, code := clave(t, dir, "import", "accounts", file, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res importResult
	decode(t, out, &res)
	if res.Imported != 3 || len(res.Rejected) != 2 {
		t.Fatalf("result %+v", res)
	}
	if r := res.Rejected[0]; r.Row != 4 || r.Field != "email" || r.Reason == "" {
		t.Fatalf("first rejection %+v", r)
	}
	if r := res.Rejected[1]; r.Row != 6 || r.Field != "taxId" {
		t.Fatalf("second rejection %+v (row numbers must count the quoted line break as one row)", r)
	}
	if len(res.UnknownColumns) != 1 || res.UnknownColumns[0] != "Color favorito" {
		t.Fatalf("unknown columns %v", res.UnknownColumns)
	}

	// Re-importing the same file changes nothing.
	out, _, _ = clave(t, dir, "import", "accounts", file, "--json")
	decode(t, out, &res)
	if res.Imported != 0 || res.Updated != 0 || res.Unchanged != 3 {
		t.Fatalf("re-import %+v", res)
	}

	// The amounts and accents arrived intact.
	out, _, _ = clave(t, dir, "list", "accounts", "--json")
	var list struct {
		Accounts []struct {
			Name      string
			Potential struct{ Amount int64 }
		}
		Total int
	}
	decode(t, out, &list)
	if list.Total != 3 || list.Accounts[0].Name != "Alimentos del Ávila, C.A." || list.Accounts[0].Potential.Amount != 123456789 {
		t.Fatalf("list %+v", list)
	}

	// Human output names rows and reasons in Spanish.
	out, _, _ = clave(t, t.TempDir(), "import", "accounts", file)
	if !strings.Contains(out, "fila 4") || !strings.Contains(out, "correo electrónico no es válido") {
		t.Fatalf("human output:\n%s", out)
	}
}

func TestCLI_ExportNeutralisesFormulas(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(t.TempDir(), "in.csv")
	os.WriteFile(file, []byte("Nombre,Notas,Ejecutivo\n\"=HYPERLINK(\"\"http://x\"\")\",@SUM(A1),Ana\n"), 0o600)
	if _, errs, code := clave(t, dir, "import", "accounts", file); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	out, _, code := clave(t, dir, "export", "accounts", "--format", "csv")
	if code != 0 {
		t.Fatal("export failed")
	}
	if !strings.Contains(out, "'=HYPERLINK") || !strings.Contains(out, "'@SUM(A1)") {
		t.Fatalf("formulas not neutralised:\n%s", out)
	}
	// And the exported file imports back to the same names.
	back := filepath.Join(t.TempDir(), "out.csv")
	clave(t, dir, "export", "accounts", "-o", back)
	other := t.TempDir()
	clave(t, other, "import", "accounts", back)
	out, _, _ = clave(t, other, "list", "accounts")
	if !strings.Contains(out, "=HYPERLINK(\"http://x\")") {
		t.Fatalf("round trip lost the name:\n%s", out)
	}
}

func TestCLI_DemoExportContacts(t *testing.T) {
	dir := t.TempDir()
	out, errs, code := clave(t, dir, "demo", "--json")
	if code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	var res struct{ Accounts, Contacts int }
	decode(t, out, &res)
	if res.Accounts < 35 || res.Contacts < 100 {
		t.Fatalf("demo loaded %+v", res)
	}
	// Loading twice adds nothing.
	out, _, _ = clave(t, dir, "demo", "--json")
	decode(t, out, &res)
	if res.Accounts != 0 {
		t.Fatalf("second demo added %d accounts", res.Accounts)
	}
	vcf, _, code := clave(t, dir, "export", "contacts", "--format", "vcf")
	if code != 0 || strings.Count(vcf, "BEGIN:VCARD") < 100 || !strings.Contains(vcf, "VERSION:4.0\r\n") {
		t.Fatalf("vcf export (%d cards)", strings.Count(vcf, "BEGIN:VCARD"))
	}
	file := filepath.Join(t.TempDir(), "contactos.vcf")
	out, _, code = clave(t, dir, "export", "contacts", "--format", "vcf", "--vcard", "3.0", "-o", file, "--json")
	var summary struct {
		Exported int
		File     string
	}
	decode(t, out, &summary)
	if buf, _ := os.ReadFile(file); code != 0 || summary.Exported < 100 || !strings.Contains(string(buf), "VERSION:3.0\r\n") {
		t.Fatalf("vcf 3.0 to file: exit %d, %+v", code, summary)
	}
	csv, _, _ := clave(t, dir, "export", "contacts")
	if !strings.HasPrefix(csv, "\ufeffCuenta") {
		t.Fatalf("contacts csv starts %q", csv[:20])
	}
	if _, _, code := clave(t, dir, "export", "contacts", "--format", "pdf"); code != 2 {
		t.Fatalf("unsupported format exit %d, want 2", code)
	}
}

func TestCLI_BackupRestore(t *testing.T) {
	dir := t.TempDir()
	clave(t, dir, "demo")
	backup := filepath.Join(t.TempDir(), "copia.db")
	if _, errs, code := clave(t, dir, "backup", backup); code != 0 {
		t.Fatalf("backup: %s", errs)
	}
	fresh := t.TempDir()
	if _, errs, code := clave(t, fresh, "restore", backup, "--json"); code != 0 {
		t.Fatalf("restore: %s", errs)
	}
	out, _, _ := clave(t, fresh, "list", "accounts", "--json")
	var list struct{ Total int }
	decode(t, out, &list)
	if list.Total < 35 {
		t.Fatalf("restored %d accounts", list.Total)
	}
	junk := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(junk, []byte("not sqlite"), 0o600)
	out, _, code := clave(t, fresh, "restore", junk, "--json")
	var e struct{ Error, Code string }
	decode(t, out, &e)
	if code != 1 || e.Code != "invalid" || !strings.Contains(e.Error, "no es una base de datos de Clave") {
		t.Fatalf("restore junk: exit %d, %+v", code, e)
	}
}

func TestCLI_Usage(t *testing.T) {
	if out, _, code := clave(t, t.TempDir(), "version", "--json"); code != 0 || !strings.Contains(out, `"version"`) {
		t.Fatalf("version: %d %s", code, out)
	}
	if _, errs, code := clave(t, t.TempDir(), "frobnicate"); code != 2 || !strings.Contains(errs, "Usage") {
		t.Fatalf("unknown command: %d %s", code, errs)
	}
	if _, _, code := clave(t, t.TempDir(), "import", "accounts"); code != 2 {
		t.Fatalf("missing file: exit %d", code)
	}
	if _, errs, code := clave(t, t.TempDir(), "import", "accounts", "/no/such/file.csv"); code != 1 || errs == "" {
		t.Fatalf("missing file: exit %d %q", code, errs)
	}
}

// Ensure Wails' own dev flags and their values are not mistaken for a subcommand.
func TestParseArgs_WindowModeKeepsWailsFlags(t *testing.T) {
	cfg, err := parseArgs([]string{"-assetdir", "frontend/dist", "--data-dir=/tmp/x", "-devserver", "127.0.0.1:34115"})
	if err != nil || cfg.command != "" || cfg.dataDir != "/tmp/x" {
		t.Fatalf("cfg %+v, err %v", cfg, err)
	}
	cfg, err = parseArgs([]string{"list", "accounts", "--json", "--data-dir", "/d"})
	if err != nil || cfg.command != "list" || cfg.args[0] != "accounts" || !cfg.json || cfg.dataDir != "/d" {
		t.Fatalf("cfg %+v, err %v", cfg, err)
	}
	if _, err := parseArgs([]string{"list", "--bogus"}); err == nil {
		t.Fatal("unknown flag after a command accepted")
	}
}
