// Package lagesbild holds what every package of Lägesbild shares: opening the
// database, the migration runner and the two-dialect test helper. It imports
// nothing of ours.
package lagesbild

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// SQLiteFile is the name of the embedded database inside the data dir.
const SQLiteFile = "lagesbild.db"

// Options say how patient the application is with its database. Zero values
// take the defaults.
type Options struct {
	// StatementTimeout bounds every statement, waiting for a connection
	// included: on the client (a context deadline, so that a database that
	// accepts connections but never answers cannot hang a caller) and on
	// PostgreSQL also on the server (statement_timeout). Migrations are
	// exempt. Default 30 s.
	StatementTimeout time.Duration
	// ConnectTimeout bounds opening a PostgreSQL connection (pgx's
	// connect_timeout). Default 5 s.
	ConnectTimeout time.Duration
	// MaxConns is the most PostgreSQL connections open at once: the
	// writers' pool and the readers' (see readPool) together, half each.
	// Default DefaultMaxConns().
	MaxConns int
}

// DefaultMaxConns is the PostgreSQL pool's size unless set: four
// connections a core, at least 8 and at most 32. Each connection is a
// server process on the same machine's cores (or the database's): a pool
// much larger than the cores lets more statements run than can, and a
// process that holds a lock (a register's number counter until its
// transaction commits) waits for a core among them while the others wait
// for its lock. On 2 cores with 50 clients, in two pairs of runs, a pool of
// 8 answered the mixed load's p99 in 363 and 362 ms against 499 and 418 ms
// with 20 (a new case's in 346 and 342 against 633 and 561); 12 did no
// better than 8 (bench/RESULTS.md).
func DefaultMaxConns() int { return min(max(4*runtime.GOMAXPROCS(0), 8), 32) }

func (o Options) withDefaults() Options {
	if o.StatementTimeout <= 0 {
		o.StatementTimeout = 30 * time.Second
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = 5 * time.Second
	}
	if o.MaxConns <= 0 {
		o.MaxConns = DefaultMaxConns()
	}
	return o
}

// Open connects to PostgreSQL when dsn is a postgres:// URL and otherwise
// opens (creating if needed) the embedded SQLite file in dataDir, with the
// default Options.
func Open(ctx context.Context, dsn, dataDir string) (*gorm.DB, error) {
	return OpenWith(ctx, dsn, dataDir, Options{})
}

// OpenWith is Open with Options.
func OpenWith(ctx context.Context, dsn, dataDir string, o Options) (*gorm.DB, error) {
	o = o.withDefaults()
	var db *gorm.DB
	var err error
	if dsn != "" {
		if !IsPostgresURL(dsn) {
			return nil, fmt.Errorf("DATABASE_URL must start with postgres:// or postgresql://")
		}
		if dsn, err = postgresDSN(dsn, o); err != nil {
			return nil, err
		}
		db, err = openPostgres(ctx, dsn, o.MaxConns)
	} else {
		if err := CheckDataDir(dataDir); err != nil {
			return nil, err
		}
		db, err = openSQLite(ctx, filepath.Join(dataDir, SQLiteFile))
	}
	if err != nil {
		return nil, err
	}
	if err := boundStatements(db, o.StatementTimeout); err != nil {
		return nil, errors.Join(err, Close(db))
	}
	return db, nil
}

// postgresDSN adds the timeouts to a postgres:// URL unless it sets them
// itself: connect_timeout for pgx, and statement_timeout and
// idle_in_transaction_session_timeout for the server's sessions.
func postgresDSN(dsn string, o Options) (string, error) {
	return withQuery(dsn, map[string]string{
		"connect_timeout":                     fmt.Sprint(int(o.ConnectTimeout.Round(time.Second) / time.Second)),
		"statement_timeout":                   fmt.Sprint(o.StatementTimeout.Milliseconds()),
		"idle_in_transaction_session_timeout": fmt.Sprint((2 * o.StatementTimeout).Milliseconds()),
	})
}

type unboundKey struct{}

// WithoutStatementTimeout marks a context whose statements may take as
// long as they need (migrations, backups).
func WithoutStatementTimeout(ctx context.Context) context.Context {
	return context.WithValue(ctx, unboundKey{}, true)
}

// boundStatements gives every statement a deadline of d (unless its context
// has an earlier one or is marked WithoutStatementTimeout), and puts the
// statement's own context back afterwards, so a query chain used twice
// (a count, then the rows) is not left with a cancelled one.
func boundStatements(db *gorm.DB, d time.Duration) error {
	const cancelKey, origKey = "lagesbild:cancel", "lagesbild:ctx"
	before := func(tx *gorm.DB) {
		ctx := tx.Statement.Context
		if ctx == nil {
			ctx = context.Background()
		}
		if ctx.Value(unboundKey{}) != nil {
			return
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) <= d {
			return
		}
		bounded, cancel := context.WithTimeout(ctx, d)
		tx.Statement.Settings.Store(origKey, ctx)
		tx.Statement.Settings.Store(cancelKey, cancel)
		tx.Statement.Context = bounded
	}
	after := func(cancelNow bool) func(tx *gorm.DB) {
		return func(tx *gorm.DB) {
			orig, ok := tx.Statement.Settings.LoadAndDelete(origKey)
			if !ok {
				return
			}
			cancel, _ := tx.Statement.Settings.LoadAndDelete(cancelKey)
			// Rows (Row, Rows, Scan) are read after the callbacks have run:
			// their deadline is left to run out by itself.
			if cancelNow {
				cancel.(context.CancelFunc)()
			}
			tx.Statement.Context = orig.(context.Context)
		}
	}
	cb := db.Callback()
	return errors.Join(
		cb.Create().Before("*").Register("lagesbild:bound_create", before),
		cb.Create().After("*").Register("lagesbild:unbound_create", after(true)),
		cb.Query().Before("*").Register("lagesbild:bound_query", before),
		cb.Query().After("*").Register("lagesbild:unbound_query", after(true)),
		cb.Update().Before("*").Register("lagesbild:bound_update", before),
		cb.Update().After("*").Register("lagesbild:unbound_update", after(true)),
		cb.Delete().Before("*").Register("lagesbild:bound_delete", before),
		cb.Delete().After("*").Register("lagesbild:unbound_delete", after(true)),
		cb.Raw().Before("*").Register("lagesbild:bound_raw", before),
		cb.Raw().After("*").Register("lagesbild:unbound_raw", after(true)),
		cb.Row().Before("*").Register("lagesbild:bound_row", before),
		cb.Row().After("*").Register("lagesbild:unbound_row", after(false)),
	)
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

func openPostgres(ctx context.Context, dsn string, conns int) (*gorm.DB, error) {
	db, err := gorm.Open(postgres.Open(dsn), gormConfig())
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	// Two pools, as on SQLite (readPool): the statements that only read,
	// outside a transaction, have connections of their own, so that a page
	// or a token check never waits for a connection behind writes that
	// queue for a register's number counter (its row lock is held until
	// the holder commits). With one pool of 8, the triage page's median
	// under the mixed load was 141–183 ms, nearly all of it that wait
	// (bench/RESULTS.md). conns is both pools together, half each; all of
	// them stay open while idle, so that a burst of requests above the idle
	// count does not open (and close) a connection each, at the cost of a
	// server process start every time.
	readerConns := conns / 2
	writerConns := conns - readerConns
	pool := func(p *sql.DB, n int) {
		p.SetMaxOpenConns(n)
		p.SetMaxIdleConns(n)
		p.SetConnMaxIdleTime(5 * time.Minute)
	}
	pool(sqlDB, writerConns)
	if err := sqlDB.PingContext(ctx); err != nil {
		return nil, errors.Join(fmt.Errorf("reach postgres: %w", err), sqlDB.Close())
	}
	writerQueue := newFairPool(sqlDB, writerConns)
	db.ConnPool, db.Statement.ConnPool = writerQueue, writerQueue
	if readerConns == 0 {
		return db, nil
	}
	// The readers' sessions are read-only: a write routed to them by
	// mistake fails at once (as SQLite's query_only readers do).
	readDSN, err := withQuery(dsn, map[string]string{"default_transaction_read_only": "on"})
	if err != nil {
		return nil, errors.Join(err, sqlDB.Close())
	}
	var readers *sql.DB
	rdb, err := gorm.Open(postgres.Open(readDSN), gormConfig())
	if err == nil {
		readers, err = rdb.DB()
	}
	if err == nil {
		pool(readers, readerConns)
		if err = readers.PingContext(ctx); err == nil {
			p := &readPool{writer: sqlDB, readers: readers, writerQueue: writerQueue,
				readerQueue: newReadOnlyFairPool(readers, readerConns), stopCheckpoints: func() error { return nil }}
			if err = db.Use(p); err == nil {
				return db, nil
			}
		}
		err = errors.Join(err, readers.Close())
	}
	return nil, errors.Join(fmt.Errorf("open postgres readers: %w", err), sqlDB.Close())
}

// withQuery sets the URL's query parameters to params, each unless the
// URL sets it itself.
func withQuery(dsn string, params map[string]string) (string, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return "", fmt.Errorf("DATABASE_URL is not a valid postgres:// URL") // never repeat it: it may hold a password
	}
	q := u.Query()
	for k, v := range params {
		if q.Get(k) == "" {
			q.Set(k, v)
		}
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// SQLite's connections: one writer, and readers for the statements that
// only read (see readPool). WAL lets the readers go on while the writer
// writes; a reader sees every write committed before its statement began.
const sqliteReaders = 8

func sqliteDSN(path string) string {
	// The busy timeout makes a writer of another process wait instead of
	// failing; foreign keys are off by default.
	//
	// The database file is read with read(2), not through a memory map. A
	// map saved the readers a system call a page while nothing was written
	// (the fifth session: 40 % of the triage page's CPU at 100,000 cases),
	// but in WAL mode a reader whose database changed since its last
	// transaction drops its page cache and unmaps the whole file
	// (unixUnmapfile), and every page it reads next is a page fault: under
	// the mixed load 15 % of the server's CPU went to munmap and faults, and
	// with the map gone 50 clients had 24,905 answers in a minute instead of
	// 15,045, p99 339 ms instead of 525 (bench/RESULTS.md). A press office
	// in a crisis writes all the time: feeds, cases, notes of use.
	//
	// Temporary storage is in memory: a write that fires triggers (the
	// triage tallies on cases) or checks foreign keys keeps a statement
	// journal of the pages it changes, which SQLite otherwise holds in 64 KiB
	// chunks (the Go allocator under modernc's libc maps and unmaps each) and
	// spills to a temporary file past the first chunk: a case's registration
	// spent a millisecond of the writer's time there under the mixed load.
	// In memory it is kept in 1 KiB chunks and never spills.
	return "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)" +
		"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_pragma=mmap_size(0)"
}

func openSQLite(ctx context.Context, path string) (*gorm.DB, error) {
	// The writer: one connection, so that our own goroutines never meet
	// "database is locked", and transactions that take the write lock at
	// BEGIN (immediate), so that a transaction that reads first cannot
	// fail to upgrade its lock.
	//
	// Nor does it checkpoint: SQLite's automatic checkpoint runs in the
	// connection that commits, so every thousand pages of WAL a register
	// write copied them into the database file while every other writer
	// queued behind it. A checkpointer of its own does that beside the writer.
	db, err := gorm.Open(sqlite.Open(sqliteDSN(path)+"&_txlock=immediate&_pragma=wal_autocheckpoint(0)"), gormConfig())
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	sqlDB.SetMaxOpenConns(1)
	if err := sqlDB.PingContext(ctx); err != nil {
		return nil, errors.Join(fmt.Errorf("open sqlite %s: %w", path, err), sqlDB.Close())
	}
	// The readers may not write (query_only): a write routed to them by
	// mistake fails at once instead of racing the writer.
	rdb, err := gorm.Open(sqlite.Open(sqliteDSN(path)+"&_pragma=query_only(1)"), gormConfig())
	if err == nil {
		var readers *sql.DB
		if readers, err = rdb.DB(); err == nil {
			readers.SetMaxOpenConns(sqliteReaders)
			readers.SetMaxIdleConns(sqliteReaders)
			if err = readers.PingContext(ctx); err == nil {
				var stop func() error
				if stop, err = startCheckpointer(ctx, path); err == nil {
					p := &readPool{writer: sqlDB, readers: readers, writerQueue: newFairPool(sqlDB, 1),
						readerQueue: newReadOnlyFairPool(readers, sqliteReaders), stopCheckpoints: stop}
					db.ConnPool, db.Statement.ConnPool = p.writerQueue, p.writerQueue
					if err = db.Use(p); err != nil {
						err = errors.Join(err, stop())
					}
				}
			}
			if err != nil {
				err = errors.Join(err, readers.Close())
			}
		}
	}
	if err != nil {
		return nil, errors.Join(fmt.Errorf("open sqlite readers %s: %w", path, err), sqlDB.Close())
	}
	return db, nil
}

// readPool sends the statements that only read, outside a transaction, to
// a pool of reader connections, so that a page, a search or a token check
// never waits for a writer connection while a feed is stored or the
// register is written. Which statements those are:
//   - what GORM builds for Find, First, Take, Count, Pluck, Scan, Row and
//     Rows (its query and row callbacks), and Raw SQL read with Scan, Row
//     or Rows when it begins with SELECT and locks nothing (FOR UPDATE);
//   - never anything inside a transaction (it keeps its connection, so it
//     reads its own writes), never Exec, Create, Update or Delete.
//
// A request that writes and then reads sees its write: the write was
// committed before the read began, and a WAL reader (or a PostgreSQL
// statement at read committed) sees every commit made before it started.
// On both databases (see openSQLite, openPostgres).
type readPool struct {
	writer, readers *sql.DB
	// The queues in front of them (see fairPool): GORM's ConnPool is the
	// writer's, and a statement routed to the readers gets theirs.
	writerQueue, readerQueue *fairPool
	stopCheckpoints          func() error
}

// checkpointEvery is how often the checkpointer copies the WAL into the
// database file.
const checkpointEvery = 200 * time.Millisecond

// startCheckpointer copies the WAL of the database at path into the
// database file every checkpointEvery, on a connection of its own, in
// SQLite's passive mode: it copies what no reader still needs and never
// waits for, or blocks, the writer or a reader. The writer's commits are
// then appends to the WAL only. stop ends it and closes its connection.
func startCheckpointer(ctx context.Context, path string) (stop func() error, err error) {
	conn, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, err
	}
	conn.SetMaxOpenConns(1)
	if err := conn.PingContext(ctx); err != nil {
		return nil, errors.Join(err, conn.Close())
	}
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(checkpointEvery)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				// A busy database is no failure: the next tick copies what
				// this one could not. Nothing else can go wrong here that a
				// write would not meet and report first.
				_, _ = conn.Exec("PRAGMA wal_checkpoint(PASSIVE)")
			}
		}
	}()
	return sync.OnceValue(func() error { // Close may be called twice
		close(done)
		<-finished
		return conn.Close()
	}), nil
}

const readPoolKey = "lagesbild:read_pool"

func (*readPool) Name() string { return readPoolKey }

func (p *readPool) Initialize(db *gorm.DB) error {
	const saved = "lagesbild:writer_pool"
	route := func(tx *gorm.DB) {
		if tx.Statement.ConnPool != p.writerQueue { // a transaction, or a session of its own
			return
		}
		if raw := tx.Statement.SQL.String(); raw != "" && !readOnlySQL(raw) {
			return
		}
		tx.Statement.Settings.Store(saved, tx.Statement.ConnPool)
		tx.Statement.ConnPool = p.readerQueue
	}
	// Put the writer back: a query chain may be used again for a write.
	restore := func(tx *gorm.DB) {
		if pool, ok := tx.Statement.Settings.LoadAndDelete(saved); ok {
			tx.Statement.ConnPool = pool.(gorm.ConnPool)
		}
	}
	cb := db.Callback()
	return errors.Join(
		cb.Query().Before("gorm:query").Register("lagesbild:read_query", route),
		cb.Query().After("gorm:after_query").Register("lagesbild:unread_query", restore),
		cb.Row().Before("gorm:row").Register("lagesbild:read_row", route),
		cb.Row().After("gorm:row").Register("lagesbild:unread_row", restore),
	)
}

// readOnlySQL tells whether a raw statement only reads: a SELECT that locks
// no rows. Anything else (WITH … INSERT, UPDATE … RETURNING) goes to the
// writer.
func readOnlySQL(s string) bool {
	words := strings.Fields(strings.ToUpper(s))
	return len(words) > 0 && words[0] == "SELECT" && !strings.Contains(strings.Join(words, " "), " FOR UPDATE")
}

// Readers is the pool of reader connections (see readPool), nil when the
// database has none (a PostgreSQL pool of one connection).
func Readers(db *gorm.DB) *sql.DB {
	if p, ok := db.Config.Plugins[readPoolKey].(*readPool); ok {
		return p.readers
	}
	return nil
}

// Close closes the pool under db, and its readers.
func Close(db *gorm.DB) error {
	sqlDB, err := db.DB()
	if err != nil {
		return err
	}
	if p, ok := db.Config.Plugins[readPoolKey].(*readPool); ok {
		err = p.stopCheckpoints() // before the writer: the last connection closed checkpoints what is left
		err = errors.Join(err, p.readers.Close())
	}
	return errors.Join(err, sqlDB.Close())
}
