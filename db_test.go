package lagesbild

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/stdlib"
	"gorm.io/gorm"
)

func TestOpenSaysTheDataDirCannotBeWritten(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes to any directory; cmd/lagesbild's fault suite tests this on a read-only mount")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	_, err := Open(context.Background(), "", dir)
	if err == nil || !strings.Contains(err.Error(), "cannot be written") || !strings.Contains(err.Error(), "LAGESBILD_DATA_DIR") {
		t.Errorf("err = %v, want one that says the data dir cannot be written", err)
	}
}

func TestOpenSaysTheDataDirIsAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "data")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), "", file)
	if err == nil || !strings.Contains(err.Error(), "data dir") || strings.Contains(err.Error(), "out of memory") {
		t.Errorf("err = %v, want one that names the data dir", err)
	}
}

// On SQLite a statement that only reads does not wait for the writer: while
// a write transaction holds the one writer connection, reads answer from
// the reader pool and see what was committed before them; the transaction
// reads its own writes; and what it committed is read at once afterwards.
// On both databases a read outside a transaction goes to the readers'
// pool: it neither waits for a writer connection held by a transaction nor
// sees that transaction's uncommitted write. On PostgreSQL the pools are
// one connection each, so the held transaction holds every writer.
func TestReadersDoNotWaitForTheWriter(t *testing.T) {
	ctx := context.Background()
	t.Run("sqlite", func(t *testing.T) {
		db, err := Open(ctx, "", t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { Close(db) })
		readersDoNotWaitForTheWriter(t, db, "INTEGER PRIMARY KEY")
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := os.Getenv("LAGESBILD_TEST_DATABASE_URL")
		if dsn == "" {
			t.Skip("LAGESBILD_TEST_DATABASE_URL is not set: no PostgreSQL")
		}
		db, err := OpenWith(ctx, dsn, "", Options{MaxConns: 2})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			db.Exec("DROP TABLE IF EXISTS notes")
			Close(db)
		})
		if err := db.Exec("DROP TABLE IF EXISTS notes").Error; err != nil {
			t.Fatal(err)
		}
		readersDoNotWaitForTheWriter(t, db, "BIGSERIAL PRIMARY KEY")
		// The readers' sessions refuse a write routed to them by mistake.
		if _, err := Readers(db).ExecContext(ctx, "INSERT INTO notes (body) VALUES ('fel')"); err == nil ||
			!strings.Contains(err.Error(), "read-only") {
			t.Errorf("a write on a reader connection: %v, want a read-only transaction's error", err)
		}
	})
}

func readersDoNotWaitForTheWriter(t *testing.T, db *gorm.DB, idType string) {
	ctx := context.Background()
	if err := db.Exec("CREATE TABLE notes (id " + idType + ", body TEXT NOT NULL)").Error; err != nil {
		t.Fatal(err)
	}
	if err := db.Exec("INSERT INTO notes (body) VALUES ('först')").Error; err != nil {
		t.Fatal(err)
	}
	count := func(q *gorm.DB) int64 {
		t.Helper()
		var n int64
		if err := q.Table("notes").Count(&n).Error; err != nil {
			t.Fatal(err)
		}
		return n
	}
	inTx, release := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- db.Transaction(func(tx *gorm.DB) error {
			if err := tx.Exec("INSERT INTO notes (body) VALUES ('andra')").Error; err != nil {
				return err
			}
			if n := count(tx); n != 2 {
				return fmt.Errorf("the transaction counts %d notes, want its own 2", n)
			}
			close(inTx)
			<-release
			return nil
		})
	}()
	<-inTx
	// The writer connection is held: each of these would wait for it if it
	// went there (the statement timeout is 30 s; a second is plenty).
	readCtx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	if n := count(db.WithContext(readCtx)); n != 1 {
		t.Errorf("a reader counts %d notes during the write, want the 1 committed", n)
	}
	var body string
	if err := db.WithContext(readCtx).Raw("SELECT body FROM notes WHERE id = ?", 1).Scan(&body).Error; err != nil || body != "först" {
		t.Errorf("raw select during the write: %q, %v", body, err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := count(db); n != 2 {
		t.Errorf("after the commit a reader counts %d notes, want 2", n)
	}
	// A raw statement that is not a SELECT goes to the writer, also when
	// it is read with Scan (readers are query_only and would refuse it).
	var id int64
	if err := db.Raw("INSERT INTO notes (body) VALUES ('tredje') RETURNING id").Scan(&id).Error; err != nil || id != 3 {
		t.Errorf("insert … returning read with Scan: id %d, %v", id, err)
	}
	// A query chain that read is left on the writer: used again for a
	// write, it writes there.
	q := db.Table("notes").Where("id = ?", 3)
	if n := count(q); n != 1 {
		t.Errorf("count %d", n)
	}
	if writer := db.ConnPool; q.Statement.ConnPool != writer {
		t.Errorf("after a read the chain's pool is %T %p, want the writer's queue %p", q.Statement.ConnPool, q.Statement.ConnPool, writer)
	}
}

func TestReadOnlySQL(t *testing.T) {
	for sql, want := range map[string]bool{
		"SELECT 1": true, "  select id\nFROM t": true, "SELECT id FROM t FOR UPDATE": false,
		"INSERT INTO t VALUES (1) RETURNING id": false, "WITH x AS (DELETE FROM t RETURNING id) SELECT * FROM x": false,
		"UPDATE t SET a = 1": false, "": false,
	} {
		if got := readOnlySQL(sql); got != want {
			t.Errorf("readOnlySQL(%q) = %v, want %v", sql, got, want)
		}
	}
}

// SQLite's readers and writer keep temporary storage (the statement journal
// of a write that fires triggers among it) in memory, and read the database
// file without a memory map, which WAL mode would tear down at every write
// (see sqliteDSN).
func TestSQLiteConnectionSettings(t *testing.T) {
	db, err := Open(context.Background(), "", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Close(db) })
	for pragma, want := range map[string]int64{"temp_store": 2, "mmap_size": 0} { // 2: MEMORY
		var reader, writer int64
		if err := db.Raw("PRAGMA " + pragma).Scan(&reader).Error; err != nil {
			t.Fatal(err)
		}
		if err := db.Transaction(func(tx *gorm.DB) error { return tx.Raw("PRAGMA " + pragma).Scan(&writer).Error }); err != nil {
			t.Fatal(err)
		}
		if reader != want || writer != want {
			t.Errorf("%s: reader %d, writer %d; want %d on both", pragma, reader, writer, want)
		}
	}
}

// The PostgreSQL pool is as large as asked, and by default four
// connections a core (at least 8): more server processes than cores only
// queue in the machine's scheduler.
func TestPostgresPoolSize(t *testing.T) {
	if got := DefaultMaxConns(); got < 8 || got > 32 || (runtime.GOMAXPROCS(0) <= 8 && got != max(8, 4*runtime.GOMAXPROCS(0))) {
		t.Errorf("DefaultMaxConns() = %d with %d cores", got, runtime.GOMAXPROCS(0))
	}
	dsn := os.Getenv("LAGESBILD_TEST_DATABASE_URL")
	if dsn == "" {
		t.Skip("LAGESBILD_TEST_DATABASE_URL is not set: no PostgreSQL to open a pool on")
	}
	for _, tt := range []struct{ asked, writers, readers int }{
		{0, DefaultMaxConns() - DefaultMaxConns()/2, DefaultMaxConns() / 2}, {3, 2, 1}, {2, 1, 1},
	} {
		db, err := OpenWith(context.Background(), dsn, "", Options{MaxConns: tt.asked})
		if err != nil {
			t.Fatal(err)
		}
		sqlDB, err := db.DB()
		if err != nil {
			t.Fatal(err)
		}
		if got := sqlDB.Stats().MaxOpenConnections; got != tt.writers {
			t.Errorf("MaxConns %d: writers' pool of %d, want %d", tt.asked, got, tt.writers)
		}
		if got := Readers(db).Stats().MaxOpenConnections; got != tt.readers {
			t.Errorf("MaxConns %d: readers' pool of %d, want %d", tt.asked, got, tt.readers)
		}
		Close(db)
	}
}

// The writer never checkpoints (its commits only append to the WAL); the
// checkpointer copies the WAL into the database file beside it, within a
// few of its ticks, and stops with Close.
func TestSQLiteCheckpointsBesideTheWriter(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(context.Background(), "", dir)
	if err != nil {
		t.Fatal(err)
	}
	var auto int64
	if err := db.Transaction(func(tx *gorm.DB) error { return tx.Raw("PRAGMA wal_autocheckpoint").Scan(&auto).Error }); err != nil {
		t.Fatal(err)
	}
	if auto != 0 {
		t.Errorf("the writer's wal_autocheckpoint = %d pages, want 0: a commit must not checkpoint", auto)
	}
	file := filepath.Join(dir, SQLiteFile)
	size := func() int64 {
		fi, err := os.Stat(file)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	before := size()
	if err := db.Exec(`CREATE TABLE filler (b BLOB)`).Error; err != nil {
		t.Fatal(err)
	}
	for range 40 {
		if err := db.Exec(`INSERT INTO filler VALUES (randomblob(100000))`).Error; err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(20 * checkpointEvery)
	for size() < before+4_000_000 && time.Now().Before(deadline) {
		time.Sleep(checkpointEvery / 4)
	}
	if got := size(); got < before+4_000_000 {
		t.Errorf("the database file is %d bytes after 4 MB written and %s: the WAL was not checkpointed", got, 20*checkpointEvery)
	}
	if err := Close(db); err != nil {
		t.Errorf("Close: %v", err)
	}
}

// A reader's statement that its connection fails with a network timeout
// while the statement's own context is live (under load on PostgreSQL a
// token check met one about once a run) is tried once more on another
// connection, by rows and by a single row. The deadline is put on the
// pooled connection by hand here, to pass while the statement waits for
// its answer.
func TestAReaderSurvivesADeadlineItDidNotSet(t *testing.T) {
	dsn := os.Getenv("LAGESBILD_TEST_DATABASE_URL")
	if dsn == "" {
		t.Skip("LAGESBILD_TEST_DATABASE_URL is not set: no PostgreSQL to open a pool on")
	}
	ctx := context.Background()
	db, err := OpenWith(ctx, dsn, "", Options{MaxConns: 2}) // one reader
	if err != nil {
		t.Fatal(err)
	}
	defer Close(db)
	leaveDeadline := func() {
		t.Helper()
		conn, err := Readers(db).Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if err := conn.Raw(func(dc any) error {
			return dc.(*stdlib.Conn).Conn().PgConn().Conn().SetDeadline(time.Now().Add(100 * time.Millisecond))
		}); err != nil {
			t.Fatal(err)
		}
	}
	leaveDeadline()
	var row struct{ N int }
	if err := db.WithContext(ctx).Raw("SELECT 41 + 1 AS n FROM pg_sleep(0.3)").Take(&row).Error; err != nil || row.N != 42 {
		t.Errorf("rows after a stray deadline: %d, %v; want 42", row.N, err)
	}
	leaveDeadline()
	var n int
	if err := db.WithContext(ctx).Raw("SELECT 43 FROM pg_sleep(0.3)").Row().Scan(&n); err != nil || n != 43 {
		t.Errorf("a row after a stray deadline: %d, %v; want 43", n, err)
	}
}

// Only a timeout that the statement's own context did not cause is stray:
// a statement past its deadline, or cancelled, is not tried again.
func TestStrayDeadline(t *testing.T) {
	ioTimeout := &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}
	live := context.Background()
	ended, cancel := context.WithCancel(live)
	cancel()
	for _, tt := range []struct {
		name string
		ctx  context.Context
		err  error
		want bool
	}{
		{"i/o timeout, live context", live, fmt.Errorf("timeout: %w", ioTimeout), true},
		{"i/o timeout, ended context", ended, ioTimeout, false},
		{"the statement's deadline", live, fmt.Errorf("timeout: %w", context.DeadlineExceeded), false},
		{"refused", live, &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, false},
		{"no error", live, nil, false},
	} {
		if got := strayDeadline(tt.ctx, tt.err); got != tt.want {
			t.Errorf("%s: strayDeadline = %v, want %v", tt.name, got, tt.want)
		}
	}
}
