// Command clave-bench prints Clave's store benchmark figures; it measures, it never asserts.
//
//	clave-bench gen    --data-dir DIR --accounts N --contacts M   build a realistic data set through the store
//	clave-bench run    --data-dir DIR                              search-as-you-type, list pages, contacts of an account
//	clave-bench import --rows N                                    import a Spanish-Excel CSV into a fresh store
//	clave-bench sql    --data-dir DIR 'QUERY' [ARG…]               run a read-only query (diagnostics)
//
// Data is written through sqlite.ImportService, exactly as a person's import would: validated,
// with outbox rows, field clocks and full-text index entries.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch cmd, args := os.Args[1], os.Args[2:]; cmd {
	case "gen":
		fs := flag.NewFlagSet("gen", flag.ExitOnError)
		dir := fs.String("data-dir", "", "data folder (clave.db is created in it)")
		accounts := fs.Int("accounts", 12_000, "number of accounts")
		contacts := fs.Int("contacts", 50_000, "number of contacts")
		seed := fs.Uint64("seed", 1, "random seed")
		budget := fs.Duration("budget", 0, "give up (exit 3) when generation takes longer, e.g. 15m; 0 = no limit")
		fs.Parse(args)
		if *dir == "" {
			usage()
		}
		err = gen(*dir, *accounts, *contacts, *seed, *budget)
	case "run":
		fs := flag.NewFlagSet("run", flag.ExitOnError)
		dir := fs.String("data-dir", "", "data folder holding clave.db")
		target := fs.Float64("target-ms", 0, "p95 target printed beside the figures (default: 16 ms up to 20k accounts, else 50 ms)")
		explain := fs.Bool("explain", false, "print the query plans of the list queries")
		fs.Parse(args)
		if *dir == "" {
			usage()
		}
		err = run(*dir, *target, *explain)
	case "import":
		fs := flag.NewFlagSet("import", flag.ExitOnError)
		rows := fs.Int("rows", 50_000, "rows in the CSV file")
		keep := fs.String("keep", "", "also copy the CSV file here")
		budget := fs.Duration("budget", 0, "stop the store part after this long and report the rate so far; 0 = no limit")
		fs.Parse(args)
		err = importBench(*rows, *keep, *budget)
	case "sql":
		fs := flag.NewFlagSet("sql", flag.ExitOnError)
		dir := fs.String("data-dir", "", "data folder holding clave.db")
		fs.Parse(args)
		if *dir == "" || fs.NArg() == 0 {
			usage()
		}
		err = query(*dir, fs.Arg(0), fs.Args()[1:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "clave-bench:", err)
		if errors.Is(err, errBudget) {
			os.Exit(3)
		}
		os.Exit(1)
	}
}

// errBudget is returned when a --budget ran out; the exit status is then 3.
var errBudget = errors.New("time budget exceeded")

func usage() {
	fmt.Fprintln(os.Stderr, `usage:
  clave-bench gen --data-dir DIR [--accounts N] [--contacts M] [--seed S] [--budget 15m]
  clave-bench run --data-dir DIR [--target-ms MS] [--explain]
  clave-bench import [--rows N] [--keep FILE.csv] [--budget 5m]
  clave-bench sql --data-dir DIR 'SELECT …' [ARG…]    (diagnostics: prints rows, e.g. of EXPLAIN QUERY PLAN)`)
	os.Exit(2)
}
