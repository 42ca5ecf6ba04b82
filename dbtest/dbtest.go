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
	"time"

	"gorm.io/gorm"
)

// unbounded is how the helpers open the connections that make, migrate and
// drop a test schema: without the statement timeouts a request has.
var unbounded = lagesbild.Options{StatementTimeout: 24 * time.Hour}

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
	db, err := lagesbild.OpenWith(context.Background(), "", t.TempDir(), lagesbild.Options{StatementTimeout: 30 * time.Second})
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
	return OpenTestPostgresVia(t, steps, "", lagesbild.Options{StatementTimeout: 30 * time.Second})
}

// OpenTestPostgresVia is OpenTestPostgres through another address (a fault
// proxy's, host:port; "" connects directly) and with o. The schema is made,
// migrated and dropped over a direct connection.
func OpenTestPostgresVia(t testing.TB, steps []lagesbild.Migration, addr string, o lagesbild.Options) *gorm.DB {
	t.Helper()
	dsn := TestPostgresSchemaURL(t)
	direct, err := lagesbild.OpenWith(context.Background(), dsn, "", unbounded)
	if err != nil {
		t.Fatal(err)
	}
	migrateForTest(t, direct, steps)
	lagesbild.Close(direct)
	db, err := lagesbild.OpenWith(context.Background(), ViaAddr(t, dsn, addr), "", o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lagesbild.Close(db) })
	return db
}

// TestPostgresSchemaURL makes a fresh schema in the test PostgreSQL database,
// drops it when the test ends, and returns a URL whose search_path is it.
func TestPostgresSchemaURL(t testing.TB) string {
	t.Helper()
	dsn := TestPostgresURL(t)
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	schema := "t_" + hex.EncodeToString(b[:])
	admin, err := lagesbild.OpenWith(context.Background(), dsn, "", unbounded)
	if err != nil {
		t.Fatal(err)
	}
	if err := admin.Exec("CREATE SCHEMA " + schema).Error; err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := admin.Exec("DROP SCHEMA " + schema + " CASCADE").Error; err != nil {
			t.Errorf("drop test schema: %v", err)
		}
		lagesbild.Close(admin)
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// ViaAddr is dsn with its host:port replaced by addr ("" leaves it).
func ViaAddr(t testing.TB, dsn, addr string) string {
	t.Helper()
	if addr == "" {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	u.Host = addr
	return u.String()
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

// TestPostgresAddr is host:port of LAGESBILD_TEST_DATABASE_URL, or skips.
func TestPostgresAddr(t testing.TB) string {
	t.Helper()
	u, err := url.Parse(TestPostgresURL(t))
	if err != nil {
		t.Fatal(err)
	}
	if u.Port() == "" {
		return u.Hostname() + ":5432"
	}
	return u.Host
}
