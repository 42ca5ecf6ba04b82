package main

import (
	"context"
	"fmt"
	"github.com/lagesbild/lagesbild/alert"
	"github.com/lagesbild/lagesbild/digest"
	"github.com/lagesbild/lagesbild/distribution"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

// allMigrations is every package's schema steps in the order they apply:
// ingest's first (once it has tables: the register refers to articles),
// then tracker's, then the report's, then mail's. It is the one list migrate, serve and demo use.
func allMigrations() []lagesbild.Migration {
	return slices.Concat(ingest.Migrations, tracker.Migrations, report.Migrations, mail.Migrations, alert.Migrations, digest.Migrations, distribution.Migrations)
}

// runMigrate applies the pending steps and reports them.
func runMigrate(ctx context.Context, args []string, s streams) error {
	fs := newFlagSet("migrate", s.err)
	var cfg Config
	b := cfg.bind(fs, serveDefaults, false)
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if err := b.finish(fs); err != nil {
		return err
	}
	logger, err := setUp(cfg, s, "migrate")
	if err != nil {
		return err
	}
	db, applied, err := openDB(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer closeDB(db, logger)
	for _, id := range applied {
		fmt.Fprintf(s.out, "applied %s\n", id)
	}
	fmt.Fprintf(s.out, "schema is current: %d step(s) applied now, %d in all\n", len(applied), len(allMigrations()))
	return nil
}

// setUp validates the configuration and sets up logging: the start of every command.
func setUp(cfg Config, s streams, command string) (*slog.Logger, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	logger, err := newLogger(s.err, cfg.LogLevel, cfg.LogFormat)
	if err != nil {
		return nil, err
	}
	logger.Debug("configuration", "command", command, "config", cfg)
	return logger, nil
}

// openDB opens the configured database, applies the pending migrations and
// checks that the schema is current, as every command needs it.
func openDB(ctx context.Context, cfg Config, logger *slog.Logger) (*gorm.DB, []string, error) {
	start := time.Now()
	db, err := lagesbild.OpenWith(ctx, cfg.DatabaseURL, cfg.DataDir, lagesbild.Options{StatementTimeout: cfg.DBTimeout, MaxConns: cfg.DBMaxConns})
	if err != nil {
		return nil, nil, fmt.Errorf("open database: %w", err)
	}
	applied, err := migrateDB(ctx, db)
	if err != nil {
		closeDB(db, logger)
		return nil, applied, err
	}
	attrs := []any{"database", db.Dialector.Name(), "applied", len(applied), "duration_ms", time.Since(start).Milliseconds()}
	if cfg.DatabaseURL == "" {
		attrs = append(attrs, "data_dir", cfg.DataDir)
	}
	if len(applied) > 0 {
		attrs = append(attrs, "steps", strings.Join(applied, ","))
	}
	logger.Info("database ready", attrs...)
	return db, applied, nil
}

// migrateDB applies the pending steps and then checks that none is left.
func migrateDB(ctx context.Context, db *gorm.DB) ([]string, error) {
	steps := allMigrations()
	applied, err := lagesbild.Migrate(ctx, db, steps)
	if err != nil {
		return applied, fmt.Errorf("apply migrations: %w", err)
	}
	pending, err := lagesbild.Pending(ctx, db, steps)
	if err != nil {
		return applied, fmt.Errorf("check schema: %w", err)
	}
	if len(pending) > 0 {
		return applied, fmt.Errorf("schema is not current, pending: %s", strings.Join(pending, ", "))
	}
	return applied, nil
}

func closeDB(db *gorm.DB, logger *slog.Logger) {
	if err := lagesbild.Close(db); err != nil {
		logger.Error("close database", "error", err)
	}
}

// storeOptions are the register's settings from the configuration.
func storeOptions(cfg Config, logger *slog.Logger) tracker.Options {
	rules, _ := tracker.ParseRetention(cfg.Retention) // both checked by Validate
	fees, _ := tracker.ParseFees(cfg.Fees)
	return tracker.Options{Authority: cfg.Authority, AppealCourt: cfg.AppealCourt, Units: cfg.Units, Logger: logger,
		Retention: rules, Fees: &fees}
}
