// Command clave is the Clave desktop app. With no subcommand it opens the window; with one
// (import, export, list, demo, backup, restore, version) it works headless on the same data.
// This file only wires: configuration, the store, the services, and either the CLI or wails.Run.
package main

import (
	"context"
	"embed"
	"fmt"
	"log/slog"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"time"

	"clave/app"
	"clave/internal/demo"
	"clave/internal/sqlite"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

//go:embed all:frontend/dist
var assets embed.FS

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	cfg, err := parseArgs(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "clave:", err)
		os.Exit(2)
	}
	if cfg.command != "" {
		os.Exit(runCLI(cfg, os.Stdin, os.Stdout, os.Stderr))
	}
	if err := runWindow(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "clave:", err)
		os.Exit(1)
	}
}

// defaultDataDir is CLAVE_DATA_DIR, else os.UserConfigDir()/Clave.
func defaultDataDir() string {
	if d := os.Getenv("CLAVE_DATA_DIR"); d != "" {
		return d
	}
	d, err := os.UserConfigDir()
	if err != nil {
		d = "."
	}
	return filepath.Join(d, "Clave")
}

func dbPath(dataDir string) string { return filepath.Join(dataDir, "clave.db") }

// services are the store and everything built on it.
type services struct {
	db       *sqlite.DB
	accounts *sqlite.AccountService
	contacts *sqlite.ContactService
	search   *sqlite.SearchService
	settings *sqlite.SettingsService
	imports  *sqlite.ImportService
}

func openServices(dataDir string) (*services, error) {
	db, err := sqlite.Open(dbPath(dataDir))
	if err != nil {
		return nil, err
	}
	return &services{
		db:       db,
		accounts: sqlite.NewAccountService(db),
		contacts: sqlite.NewContactService(db),
		search:   sqlite.NewSearchService(db),
		settings: sqlite.NewSettingsService(db),
		imports:  sqlite.NewImportService(db),
	}, nil
}

func (s *services) loadDemo(ctx context.Context) (app.DemoDTO, error) {
	r, err := demo.Load(ctx, s.accounts, s.contacts)
	return app.DemoDTO{Accounts: r.Accounts, Contacts: r.Contacts}, err
}

func runWindow(cfg config) error {
	logger := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	var ctx context.Context
	emit := func(event string, data any) {
		if ctx != nil {
			runtime.EventsEmit(ctx, event, data)
		}
	}
	s := &services{}
	if !bindingsOnly { // generating bindings needs the facades' types, not a database
		var err error
		if s, err = openServices(cfg.dataDir); err != nil {
			return err
		}
		defer s.db.Close()
	}
	userName := ""
	if u, err := user.Current(); err == nil {
		userName = u.Name
		if userName == "" {
			userName = u.Username
		}
	}
	accounts := app.NewAccounts(s.accounts, emit)
	contacts := app.NewContacts(s.contacts, emit)
	search := app.NewSearch(s.search)
	settings := app.NewSettings(s.settings, app.InfoDTO{Version: version, DataDir: cfg.dataDir, UserName: userName}, s.loadDemo, emit)
	syncf := app.NewSync(s.settings)

	return wails.Run(&options.App{
		Title:            "Clave",
		Width:            1280,
		Height:           800,
		MinWidth:         960,
		MinHeight:        600,
		BackgroundColour: &options.RGBA{R: 248, G: 249, B: 251, A: 1},
		AssetServer:      &assetserver.Options{Assets: assets},
		OnStartup: func(c context.Context) {
			ctx = c
			app.Start(c, accounts, contacts, search, settings, syncf)
		},
		// For make bench: with CLAVE_STARTUP_MARK set, write the Unix time in ms the page finished loading.
		OnDomReady: func(context.Context) {
			if p := os.Getenv("CLAVE_STARTUP_MARK"); p != "" {
				_ = os.WriteFile(p, []byte(strconv.FormatInt(time.Now().UnixMilli(), 10)), 0o600)
			}
		},
		Bind:           []any{accounts, contacts, search, settings, syncf},
		ErrorFormatter: app.FormatError(logger),
	})
}
