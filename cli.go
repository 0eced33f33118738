package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"clave/internal/csvio"
	"clave/internal/demo"
	"clave/internal/i18n"
	"clave/internal/kam"
	"clave/internal/sqlite"
)

// config is what the command line says.
type config struct {
	dataDir string
	command string
	args    []string
	json    bool
	dryRun  bool
	format  string
	output  string
	lang    string
	vcard   string
}

// parseArgs reads global and command flags in any position. In window mode unknown flags are
// left alone: Wails' dev build reads its own (-assetdir, -devserver).
func parseArgs(argv []string) (config, error) {
	cfg := config{dataDir: defaultDataDir(), lang: i18n.FromEnv(), vcard: "4.0"}
	var rest []string
	for i := 0; i < len(argv); i++ {
		a := argv[i]
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") {
			rest = append(rest, a)
			continue
		}
		takes := func() (string, error) {
			if hasVal {
				return val, nil
			}
			if i+1 >= len(argv) {
				return "", fmt.Errorf("%s needs a value", a)
			}
			i++
			return argv[i], nil
		}
		var err error
		switch name {
		case "data-dir":
			cfg.dataDir, err = takes()
		case "format":
			cfg.format, err = takes()
		case "o", "output":
			cfg.output, err = takes()
		case "lang":
			cfg.lang, err = takes()
		case "vcard":
			cfg.vcard, err = takes()
		case "json":
			cfg.json = true
		case "dry-run":
			cfg.dryRun = true
		case "assetdir", "devserver", "frontenddevserverurl", "loglevel":
			_, err = takes() // Wails' dev build reads these itself
		case "h", "help":
			rest = append([]string{"help"}, rest...)
		default:
			if len(rest) > 0 {
				return cfg, fmt.Errorf("unknown flag %s", a)
			}
		}
		if err != nil {
			return cfg, err
		}
	}
	if len(rest) > 0 {
		cfg.command, cfg.args = rest[0], rest[1:]
	}
	return cfg, nil
}

const usage = `Usage:
  clave [--data-dir DIR]                       open the window
  clave [--data-dir DIR] import accounts|contacts FILE [--dry-run] [--json]
  clave [--data-dir DIR] export accounts|contacts [--format csv|json|vcf] [--vcard 3.0|4.0] [-o FILE] [--json]
  clave [--data-dir DIR] list accounts|contacts [--json]
  clave [--data-dir DIR] demo [--json]
  clave [--data-dir DIR] backup FILE | restore FILE [--json]
  clave version [--json]
CLAVE_DATA_DIR overrides the data folder; --lang es|en the language of messages.
`

// runCLI runs one headless command and returns the process exit code.
func runCLI(cfg config, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx := context.Background()
	cli := &cli{cfg: cfg, out: stdout, tr: i18n.New(cfg.lang)}
	err := cli.run(ctx)
	if err == nil {
		return 0
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "clave: %s\n\n%s", ue.msg, usage)
		return 2
	}
	msg := err.Error()
	if e := kam.AsError(err); e != nil && e.Code != kam.EINTERNAL {
		msg = cli.tr.Error(e)
	}
	if cfg.json {
		json.NewEncoder(stdout).Encode(map[string]any{"error": msg, "code": kam.ErrorCode(err)})
	} else {
		fmt.Fprintln(stderr, "clave:", msg)
	}
	return 1
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

type cli struct {
	cfg config
	out io.Writer
	tr  *i18n.Translator
	s   *services
}

func (c *cli) run(ctx context.Context) error {
	args := c.cfg.args
	arg := func(i int) string {
		if i < len(args) {
			return args[i]
		}
		return ""
	}
	switch c.cfg.command {
	case "help":
		fmt.Fprint(c.out, usage)
		return nil
	case "version":
		return c.print(map[string]string{"version": version}, "clave "+version)
	}
	needs := map[string]int{"import": 2, "export": 1, "list": 1, "demo": 0, "backup": 1, "restore": 1}
	n, ok := needs[c.cfg.command]
	if !ok {
		return usageError{"unknown command " + c.cfg.command}
	} else if len(args) < n {
		return usageError{c.cfg.command + ": missing argument"}
	}
	if c.cfg.command == "restore" { // restore works on the file, not through an open store
		return c.restore(ctx, arg(0))
	}
	s, err := openServices(c.cfg.dataDir)
	if err != nil {
		return err
	}
	defer s.db.Close()
	c.s = s
	switch c.cfg.command {
	case "import":
		return c.importFile(ctx, arg(0), arg(1))
	case "export":
		return c.export(ctx, arg(0))
	case "list":
		return c.list(ctx, arg(0))
	case "demo":
		r, err := demo.Load(ctx, s.accounts, s.contacts)
		if err != nil {
			return err
		}
		return c.print(r, c.tr.T("cli.demo_loaded", r.Accounts, r.Contacts))
	case "backup":
		if err := s.db.Backup(ctx, arg(0)); err != nil {
			return err
		}
		return c.print(map[string]string{"backup": arg(0)}, c.tr.T("cli.backup_done", arg(0)))
	}
	return nil
}

// print writes v as one JSON object with --json, else the human line.
func (c *cli) print(v any, human string) error {
	if c.cfg.json {
		return json.NewEncoder(c.out).Encode(v)
	}
	_, err := fmt.Fprintln(c.out, human)
	return err
}

func (c *cli) importFile(ctx context.Context, entity, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var res kam.ImportResult
	var parseErrs []kam.RowError
	switch entity {
	case "accounts":
		rows, perrs, _, unknown, err := csvio.ReadAccounts(bufio.NewReader(f))
		if err != nil {
			return err
		}
		if res, err = c.s.imports.ImportAccounts(ctx, rows, c.cfg.dryRun); err != nil {
			return err
		}
		parseErrs, res.Unknown = perrs, unknown
	case "contacts":
		rows, perrs, _, unknown, err := csvio.ReadContacts(bufio.NewReader(f))
		if err != nil {
			return err
		}
		if res, err = c.s.imports.ImportContacts(ctx, rows, c.cfg.dryRun); err != nil {
			return err
		}
		parseErrs, res.Unknown = perrs, unknown
	default:
		return usageError{"import: unknown entity " + entity}
	}
	res.Rejected = mergeRowErrors(parseErrs, res.Rejected)
	for i := range res.Rejected {
		if res.Rejected[i].Reason == "" {
			res.Rejected[i].Reason = c.tr.T(res.Rejected[i].Key)
		}
	}
	if res.Unknown == nil {
		res.Unknown = []string{}
	}
	if c.cfg.json {
		return json.NewEncoder(c.out).Encode(res)
	}
	fmt.Fprintln(c.out, c.tr.T("cli.import_summary", res.Imported, res.Updated, res.Unchanged, len(res.Rejected)))
	for _, r := range res.Rejected {
		fmt.Fprintln(c.out, c.tr.T("cli.import_rejected", r.Row, r.Field, r.Reason))
	}
	if len(res.Unknown) > 0 {
		fmt.Fprintln(c.out, c.tr.T("cli.import_unknown", strings.Join(res.Unknown, ", ")))
	}
	return nil
}

// mergeRowErrors interleaves parse and store rejections in row order.
func mergeRowErrors(a, b []kam.RowError) []kam.RowError {
	out := make([]kam.RowError, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || (i < len(a) && a[i].Row <= b[j].Row) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

func (c *cli) export(ctx context.Context, entity string) error {
	format := c.cfg.format
	if format == "" {
		format = "csv"
	}
	var write func(io.Writer) error
	var n int
	switch entity {
	case "accounts":
		list, err := allAccounts(ctx, c.s.accounts)
		if err != nil {
			return err
		}
		n = len(list)
		switch format {
		case "csv":
			write = func(w io.Writer) error { return csvio.WriteAccountsCSV(w, list) }
		case "json":
			write = func(w io.Writer) error { return csvio.WriteJSON(w, list) }
		}
	case "contacts":
		list, err := allContacts(ctx, c.s.contacts)
		if err != nil {
			return err
		}
		n = len(list)
		switch format {
		case "csv":
			taxIDs, err := taxIDsOf(ctx, c.s.accounts)
			if err != nil {
				return err
			}
			write = func(w io.Writer) error {
				return csvio.WriteContactsCSV(w, list, func(id string) string { return taxIDs[id] })
			}
		case "json":
			write = func(w io.Writer) error { return csvio.WriteJSON(w, list) }
		case "vcf":
			write = func(w io.Writer) error { return csvio.WriteVCard(w, list, c.cfg.vcard) }
		}
	default:
		return usageError{"export: unknown entity " + entity}
	}
	if write == nil {
		return usageError{"export " + entity + ": unsupported format " + format}
	}
	if c.cfg.output == "" || c.cfg.output == "-" {
		return write(c.out) // the data itself is the output
	}
	// Write next to the target and rename, so a failed export never leaves half a file.
	tmp := c.cfg.output + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, c.cfg.output); err != nil {
		return err
	}
	return c.print(map[string]any{"exported": n, "file": c.cfg.output, "format": format}, c.tr.T("cli.export_done", n, c.cfg.output))
}

func (c *cli) list(ctx context.Context, entity string) error {
	switch entity {
	case "accounts":
		list, err := allAccounts(ctx, c.s.accounts)
		if err != nil {
			return err
		}
		if c.cfg.json {
			return json.NewEncoder(c.out).Encode(map[string]any{"accounts": list, "total": len(list)})
		}
		for _, a := range list {
			fmt.Fprintf(c.out, "%s\t%s\t%s\t%s\t%s\n", a.ID, a.Name, a.TaxID, a.Segment, a.Status)
		}
		return nil
	case "contacts":
		list, err := allContacts(ctx, c.s.contacts)
		if err != nil {
			return err
		}
		if c.cfg.json {
			return json.NewEncoder(c.out).Encode(map[string]any{"contacts": list, "total": len(list)})
		}
		for _, ct := range list {
			fmt.Fprintf(c.out, "%s\t%s\t%s\t%s\n", ct.ID, ct.Name, ct.Email, ct.AccountName)
		}
		return nil
	}
	return usageError{"list: unknown entity " + entity}
}

func (c *cli) restore(ctx context.Context, path string) error {
	if err := sqlite.Restore(ctx, path, dbPath(c.cfg.dataDir)); err != nil {
		return err
	}
	return c.print(map[string]string{"restored": path}, c.tr.T("cli.restore_done", path))
}

// exportPage is how many rows list and export read per query.
const exportPage = 10000

func allAccounts(ctx context.Context, svc kam.AccountService) ([]*kam.Account, error) {
	var out []*kam.Account
	for off := 0; ; off += exportPage {
		page, total, err := svc.FindAccounts(ctx, kam.AccountFilter{Offset: off, Limit: exportPage})
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if len(out) >= total || len(page) == 0 {
			return out, nil
		}
	}
}

func allContacts(ctx context.Context, svc kam.ContactService) ([]*kam.Contact, error) {
	var out []*kam.Contact
	for off := 0; ; off += exportPage {
		page, total, err := svc.FindContacts(ctx, kam.ContactFilter{Sort: "account", Offset: off, Limit: exportPage})
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if len(out) >= total || len(page) == 0 {
			return out, nil
		}
	}
}

func taxIDsOf(ctx context.Context, svc kam.AccountService) (map[string]string, error) {
	list, err := allAccounts(ctx, svc)
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(list))
	for _, a := range list {
		m[a.ID] = a.TaxID
	}
	return m, nil
}
