// Package lagesbild holds what every package of Lägesbild shares: opening the
// database, the migration runner and the two-dialect test helper. It imports
// nothing of ours.
package lagesbild

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// SQLiteFile is the name of the embedded database inside the data dir.
const SQLiteFile = "lagesbild.db"

// Open connects to PostgreSQL when dsn is a postgres:// URL and otherwise
// opens (creating if needed) the embedded SQLite file in dataDir.
func Open(ctx context.Context, dsn, dataDir string) (*gorm.DB, error) {
	if dsn != "" {
		if !IsPostgresURL(dsn) {
			return nil, fmt.Errorf("DATABASE_URL must start with postgres:// or postgresql://")
		}
		return openPostgres(ctx, dsn)
	}
	if err := os.MkdirAll(dataDir, 0o750); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	return openSQLite(ctx, filepath.Join(dataDir, SQLiteFile))
}

// IsPostgresURL tells whether dsn selects PostgreSQL.
func IsPostgresURL(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// FoldSQL lower-cases a column in SQL as strings.ToLower does a query.
// SQLite's LOWER folds only A–Z, so the capitals of Swedish words and names
// are folded by hand; on PostgreSQL LOWER has done it and REPLACE finds nothing.
func FoldSQL(column string) string {
	expr := "LOWER(" + column + ")"
	for _, r := range "ÅÄÖÉÜ" {
		expr = "REPLACE(" + expr + ", '" + string(r) + "', '" + strings.ToLower(string(r)) + "')"
	}
	return expr
}

// IsPostgres tells which dialect an open database speaks.
func IsPostgres(db *gorm.DB) bool { return db.Dialector.Name() == "postgres" }

func gormConfig() *gorm.Config {
	return &gorm.Config{
		Logger:  logger.Default.LogMode(logger.Silent), // errors are returned and logged where handled
		NowFunc: func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) },
		// Every write that needs a transaction opens one itself.
		SkipDefaultTransaction: true,
	}
}

func openPostgres(ctx context.Context, dsn string) (*gorm.DB, error) {
	db, err := gorm.Open(postgres.Open(dsn), gormConfig())
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	sqlDB.SetMaxOpenConns(20)
	sqlDB.SetMaxIdleConns(10)
	sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	if err := sqlDB.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("reach postgres: %w", err)
	}
	return db, nil
}

func openSQLite(ctx context.Context, path string) (*gorm.DB, error) {
	// WAL lets readers go on while one writer writes; the busy timeout makes a
	// second writer wait instead of failing; foreign keys are off by default.
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)" +
		"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := gorm.Open(sqlite.Open(dsn), gormConfig())
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	// One connection: SQLite has one writer anyway, and a single connection
	// rules out "database is locked" between our own goroutines.
	sqlDB.SetMaxOpenConns(1)
	if err := sqlDB.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	return db, nil
}

// Close closes the pool under db.
func Close(db *gorm.DB) error {
	sqlDB, err := db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}
