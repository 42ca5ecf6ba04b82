package lagesbild

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"gorm.io/gorm"
)

// ErrBackupPostgres: PostgreSQL is backed up with its own tools (pg_dump).
var ErrBackupPostgres = errors.New("the database is PostgreSQL: back it up with pg_dump (see the README)")

// Backup writes a consistent copy of the embedded SQLite database to the
// file to, while others go on reading and writing (VACUUM INTO reads one
// snapshot). The copy is written beside to and renamed into place, so that
// to is either complete or absent; an existing to is not overwritten.
func Backup(ctx context.Context, db *gorm.DB, to string) error {
	if IsPostgres(db) {
		return ErrBackupPostgres
	}
	if _, err := os.Stat(to); err == nil {
		return fmt.Errorf("backup: %s exists already", to)
	}
	tmp, err := os.CreateTemp(filepath.Dir(to), ".lagesbild-backup-*")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	name := tmp.Name()
	if err := errors.Join(tmp.Close(), os.Remove(name)); err != nil { // VACUUM INTO wants no file there
		return fmt.Errorf("backup: %w", err)
	}
	if err := db.WithContext(WithoutStatementTimeout(ctx)).Exec("VACUUM INTO ?", name).Error; err != nil {
		os.Remove(name)
		return fmt.Errorf("backup: %w", err)
	}
	if err := os.Link(name, to); err != nil { // unlike rename, never replaces a file made meanwhile
		os.Remove(name)
		return fmt.Errorf("backup: %w", err)
	}
	return os.Remove(name)
}
