// Package dbtest holds the helpers the test suites share: a fresh, migrated
// database per test on SQLite and on PostgreSQL, and the benchmarks' timing
// and query-plan helpers. Only tests import it, so the binary never links
// package testing.
package dbtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"github.com/lagesbild/lagesbild"
	"net/url"
	"os"
	"strings"
	"testing"

	"gorm.io/gorm"
)

// TestDatabaseEnv names the PostgreSQL database the test suites use.
const TestDatabaseEnv = "LAGESBILD_TEST_DATABASE_URL"

// EachDB runs fn once on a fresh embedded SQLite and once on a fresh schema of
// the PostgreSQL database in LAGESBILD_TEST_DATABASE_URL (skipped, with a
// message, when that is unset). The steps are applied first.
func EachDB(t *testing.T, steps []lagesbild.Migration, fn func(t *testing.T, db *gorm.DB)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, OpenTestSQLite(t, steps)) })
	t.Run("postgres", func(t *testing.T) { fn(t, OpenTestPostgres(t, steps)) })
}

// OpenTestSQLite opens a migrated SQLite file in a temporary directory.
func OpenTestSQLite(t testing.TB, steps []lagesbild.Migration) *gorm.DB {
	t.Helper()
	db, err := lagesbild.Open(context.Background(), "", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lagesbild.Close(db) })
	migrateForTest(t, db, steps)
	return db
}

// OpenTestPostgres opens a migrated, freshly created schema in the test
// PostgreSQL database and drops it when the test ends.
func OpenTestPostgres(t testing.TB, steps []lagesbild.Migration) *gorm.DB {
	t.Helper()
	dsn := TestPostgresURL(t)
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	schema := "t_" + hex.EncodeToString(b[:])
	admin, err := lagesbild.Open(context.Background(), dsn, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := admin.Exec("CREATE SCHEMA " + schema).Error; err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	db, err := lagesbild.Open(context.Background(), u.String(), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		lagesbild.Close(db)
		if err := admin.Exec("DROP SCHEMA " + schema + " CASCADE").Error; err != nil {
			t.Errorf("drop test schema: %v", err)
		}
		lagesbild.Close(admin)
	})
	migrateForTest(t, db, steps)
	return db
}

// TestPostgresURL returns LAGESBILD_TEST_DATABASE_URL or skips the test.
func TestPostgresURL(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(TestDatabaseEnv)
	if dsn == "" {
		t.Skip("set " + TestDatabaseEnv + " to run the PostgreSQL suite")
	}
	return dsn
}

func migrateForTest(t testing.TB, db *gorm.DB, steps []lagesbild.Migration) {
	t.Helper()
	if _, err := lagesbild.Migrate(context.Background(), db, steps); err != nil {
		t.Fatal(err)
	}
}

// Explain returns the query plan of sql: EXPLAIN QUERY PLAN on SQLite,
// EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL. Benchmarks log it beside their
// figures.
func Explain(t testing.TB, db *gorm.DB, sql string) []string {
	t.Helper()
	var lines []string
	if !lagesbild.IsPostgres(db) {
		var rows []struct {
			ID, Parent, Notused int
			Detail              string
		}
		if err := db.Raw("EXPLAIN QUERY PLAN " + sql).Scan(&rows).Error; err != nil {
			t.Fatalf("explain %s: %v", sql, err)
		}
		depth := map[int]int{}
		for _, r := range rows {
			depth[r.ID] = depth[r.Parent] + 1
			lines = append(lines, strings.Repeat("  ", depth[r.ID]-1)+r.Detail)
		}
		return lines
	}
	err := db.Transaction(func(tx *gorm.DB) error {
		// gorm writes times into the logged SQL without a zone: read them as UTC.
		if err := tx.Exec("SET LOCAL TimeZone = 'UTC'").Error; err != nil {
			return err
		}
		return tx.Raw("EXPLAIN (ANALYZE, BUFFERS) " + sql).Scan(&lines).Error
	})
	if err != nil {
		t.Fatalf("explain %s: %v", sql, err)
	}
	return lines
}
