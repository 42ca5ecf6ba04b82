// Package lagesbild holds what every package of Lägesbild shares: opening the
// database, the migration runner and the two-dialect test helper. It imports
// nothing of ours.
package lagesbild

import (
	"context"
	"errors"
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
	if err := CheckDataDir(dataDir); err != nil {
		return nil, err
	}
	return openSQLite(ctx, filepath.Join(dataDir, SQLiteFile))
}

// CheckDataDir creates the data dir when missing and makes sure that it, and
// the SQLite file in it when there is one, can be written: SQLite itself
// would only say "out of memory (14)".
func CheckDataDir(dir string) error {
	hint := "the user running lagesbild needs write access to it (LAGESBILD_DATA_DIR)"
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("data dir %s cannot be created: %w; %s", dir, err, hint)
	}
	f, err := os.CreateTemp(dir, ".write-check-*")
	if err != nil {
		return fmt.Errorf("data dir %s cannot be written: %w; %s", dir, err, hint)
	}
	name := f.Name()
	err = errors.Join(f.Close(), os.Remove(name))
	if err != nil {
		return fmt.Errorf("data dir %s cannot be written: %w; %s", dir, err, hint)
	}
	db := filepath.Join(dir, SQLiteFile)
	if f, err := os.OpenFile(db, os.O_RDWR, 0); err == nil {
		return f.Close()
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("database file %s cannot be written: %w; %s", db, err, hint)
	}
	return nil
}

// IsPostgresURL tells whether dsn selects PostgreSQL.
func IsPostgresURL(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
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
