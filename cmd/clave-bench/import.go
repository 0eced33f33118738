package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"clave/internal/csvio"
	"clave/internal/kam"
	"clave/internal/sqlite"
)

// countryNames are how a Spanish spreadsheet writes the countries of the data set.
var countryNames = map[string]string{"VE": "Venezuela", "CO": "Colombia", "MX": "México", "PE": "Perú", "CL": "Chile",
	"AR": "Argentina", "EC": "Ecuador", "ES": "España", "PA": "Panamá", "CR": "Costa Rica", "DO": "República Dominicana"}

// importBench writes an n-row accounts CSV as Excel saves it in a Spanish locale and imports it
// into a fresh store the way the app does: csvio.ReadAccounts, then ImportService.ImportAccounts.
// With a budget the store part is cancelled when it runs out, and the rate so far is reported.
func importBench(n int, keep string, budget time.Duration) error {
	tmp, err := os.MkdirTemp("", "clave-bench-import-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	file := filepath.Join(tmp, "cuentas.csv")
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if err := writeSpanishCSV(bw, newDataset(99), n); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	st, err := os.Stat(file)
	if err != nil {
		return err
	}
	if keep != "" {
		if buf, err := os.ReadFile(file); err != nil || os.WriteFile(keep, buf, 0o644) != nil {
			return fmt.Errorf("keep %s: %v", keep, err)
		}
	}
	fmt.Printf("import: %d-row CSV (';' separator, decimal comma, BOM), %.1f MiB\n", n, float64(st.Size())/(1<<20))

	ctx := context.Background()
	db, err := sqlite.Open(filepath.Join(tmp, "data", "clave.db"))
	if err != nil {
		return err
	}
	defer db.Close()

	start := time.Now()
	r, err := os.Open(file)
	if err != nil {
		return err
	}
	rows, rowErrs, _, unknown, err := csvio.ReadAccounts(r)
	r.Close()
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	parse := time.Since(start)
	if len(rowErrs) > 0 || len(unknown) > 0 {
		fmt.Printf("  note: %d rows refused while reading, unknown columns %v\n", len(rowErrs), unknown)
		for i, e := range rowErrs[:min(5, len(rowErrs))] {
			fmt.Printf("    %d: row %d %s %s\n", i, e.Row, e.Field, e.Key)
		}
	}

	t := time.Now()
	sctx, cancel := ctx, context.CancelFunc(func() {})
	if budget > 0 {
		sctx, cancel = context.WithTimeout(ctx, budget)
	}
	defer cancel()
	res, err := sqlite.NewImportService(db).ImportAccounts(sctx, rows, false)
	if sctx.Err() != nil {
		// Batches committed before the deadline stay; count them.
		_, stored, cerr := sqlite.NewAccountService(db).FindAccounts(ctx, kam.AccountFilter{Limit: 1})
		if cerr != nil {
			return cerr
		}
		el := time.Since(t).Seconds()
		fmt.Printf("import of a %s-row CSV: stopped after %.0f s (budget): %d of %d rows stored, %.0f rows/s so far (parse %.2f s)\n",
			count(n), el, stored, n, float64(stored)/el, parse.Seconds())
		return errBudget
	} else if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	store := time.Since(t)
	total := time.Since(start)
	if err := checkResult("import", res, n); err != nil {
		fmt.Printf("  note: %v\n", err)
	}
	fmt.Printf("import of a %s-row CSV: %.0f rows/s, %.1f s total (parse %.2f s, store %.1f s; %d imported, %d rejected)\n",
		count(n), float64(res.Imported)/total.Seconds(), total.Seconds(), parse.Seconds(), store.Seconds(), res.Imported, len(res.Rejected)+len(rowErrs))
	return nil
}

// writeSpanishCSV writes n accounts as Excel's "CSV UTF-8" in a Spanish locale: a byte order
// mark, ';' between cells, CRLF, decimal comma, Spanish labels for options and countries.
func writeSpanishCSV(w io.Writer, d *dataset, n int) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma, cw.UseCRLF = ';', true
	cw.Write([]string{"Nombre", "Razón social", "RIF/NIT", "Tipo", "Sector", "Segmento", "Estado", "Dirección",
		"Ciudad", "Región", "País", "Teléfono", "Correo electrónico", "Sitio web", "Origen", "Ejecutivo",
		"Potencial anual", "Moneda", "Cuenta clave", "Observaciones"})
	typ := map[kam.AccountType]string{kam.AccountCompany: "Empresa", kam.AccountPerson: "Persona natural"}
	status := map[kam.AccountStatus]string{kam.StatusActive: "Activo", kam.StatusProspect: "Prospecto", kam.StatusInactive: "Inactivo"}
	source := map[kam.LeadSource]string{kam.SourceReferral: "Referido", kam.SourceWeb: "Página web", kam.SourceEvent: "Feria",
		kam.SourceTender: "Licitación", kam.SourceOther: "Otro"}
	for i := range n {
		a, _ := d.account(i)
		key := "No"
		if a.KeyAccount {
			key = "Sí"
		}
		amount := strings.Replace(kam.FormatAmount(a.Potential.Amount, a.Potential.Currency), ".", ",", 1)
		if err := cw.Write([]string{a.Name, a.LegalName, a.TaxID, typ[a.Type], a.Industry, a.Segment, status[a.Status],
			a.Address, a.City, a.Region, countryNames[a.Country], a.Phone, a.Email, a.Website, source[a.LeadSource],
			a.Owner, amount, a.Potential.Currency, key, a.Notes}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
