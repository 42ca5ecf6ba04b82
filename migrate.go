package lagesbild

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Migration is one append-only schema step. Its ID names the owning package
// and the step ("tracker/0002_number_unique"); a shipped step is never edited.
type Migration struct {
	ID string
	Up func(tx *gorm.DB) error
}

type schemaMigration struct {
	ID        string `gorm:"primaryKey;size:200"`
	AppliedAt time.Time
}

func (schemaMigration) TableName() string { return "schema_migrations" }

// Migrate applies the steps that are not yet recorded, in order, each in its
// own transaction. On PostgreSQL an advisory lock makes instances starting
// together apply each step once.
func Migrate(ctx context.Context, db *gorm.DB, steps []Migration) (applied []string, err error) {
	db = db.WithContext(WithoutStatementTimeout(ctx)) // a step may take long on a large database
	if err := db.Migrator().AutoMigrate(&schemaMigration{}); err != nil {
		return nil, fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, step := range steps {
		ran := false
		err := db.Transaction(func(tx *gorm.DB) error {
			if IsPostgres(tx) {
				if err := tx.Exec("SELECT pg_advisory_xact_lock(7304182)").Error; err != nil {
					return err
				}
				if err := tx.Exec("SET LOCAL statement_timeout = 0").Error; err != nil {
					return err
				}
			}
			var n int64
			if err := tx.Model(&schemaMigration{}).Where("id = ?", step.ID).Count(&n).Error; err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if err := step.Up(tx); err != nil {
				return err
			}
			ran = true
			return tx.Create(&schemaMigration{ID: step.ID, AppliedAt: time.Now().UTC()}).Error
		})
		if err != nil {
			return applied, fmt.Errorf("migration %s: %w", step.ID, err)
		}
		if ran {
			applied = append(applied, step.ID)
		}
	}
	return applied, nil
}

// Pending lists the steps not yet applied; an empty list means the schema is current.
func Pending(ctx context.Context, db *gorm.DB, steps []Migration) ([]string, error) {
	db = db.WithContext(ctx)
	var done []string
	if db.Migrator().HasTable(&schemaMigration{}) {
		if err := db.Model(&schemaMigration{}).Pluck("id", &done).Error; err != nil {
			return nil, fmt.Errorf("read schema_migrations: %w", err)
		}
	}
	seen := make(map[string]bool, len(done))
	for _, id := range done {
		seen[id] = true
	}
	var pending []string
	for _, s := range steps {
		if !seen[s.ID] {
			pending = append(pending, s.ID)
		}
	}
	return pending, nil
}
