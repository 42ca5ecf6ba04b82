package lagesbild

import (
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"net"
	"sync"

	"github.com/lagesbild/lagesbild/priority"
	"gorm.io/gorm"
)

// fairPool hands a pool's connections to the statements and transactions
// that ask for them, earliest request first. database/sql gives a freed
// connection to a random waiter (connRequestSet.TakeRandom): under 50
// clients, with 25 register writes queued for SQLite's one writer
// connection, a write waited 200 ms at the median and 1.3–1.6 s at the
// 99th percentile, because a waiter could lose the draw round after round.
// A queue of turns in front of the pool leaves database/sql at most as many
// callers as it has connections, so its draw never has more than one
// candidate. A transaction keeps its turn until it commits or rolls back (or
// its context ends); a statement outside one gives it back when it returns
// (its rows still hold the connection while they are read, so for that
// short while database/sql may see more callers than connections again).
// db.DB() and Readers give the pools without the queue.
//
// The queue is ordered by when the request a statement serves came in
// (priority.ArrivedAt; work for no request arrives when it asks), ties in
// the order they asked. In the order of asking alone, the triage page's
// five statements each queued behind every request that came in while it
// read: under 50 clients on PostgreSQL its median was 181 ms against 38 ms
// for a search's one token check (bench/RESULTS.md). A request that came in
// earlier still never waits behind a later one, so nothing starves.
type fairPool struct {
	db    *sql.DB
	turns *priority.Turns
	// readOnly pools (the readers) try a statement once more when its
	// connection failed it with a deadline the statement did not set
	// (strayDeadline): nothing a reader runs can have changed anything.
	readOnly bool
}

func newFairPool(db *sql.DB, conns int) *fairPool {
	return &fairPool{db: db, turns: priority.NewTurns(conns)}
}

func newReadOnlyFairPool(db *sql.DB, conns int) *fairPool {
	p := newFairPool(db, conns)
	p.readOnly = true
	return p
}

// strayDeadline tells whether err is a network timeout that ctx did not
// cause: the statement's context is still live, so the deadline that ended
// its read was not its own. Under the load benchmark on PostgreSQL, a token
// check failed so about once a run (a 503 "look up token: timeout: read tcp
// …: i/o timeout" after 2–10 ms, right after many readers' requests had
// been cancelled); it was not reproduced outside the server, so where in
// the driver such a deadline comes from is not known. The driver closes the
// connection it failed on, so the next try gets another.
func strayDeadline(ctx context.Context, err error) bool {
	var netErr net.Error
	return err != nil && ctx.Err() == nil && errors.As(err, &netErr) && netErr.Timeout() &&
		!errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled)
}

// again tells whether a reader's statement that failed with err is tried
// once more, and says so in the log.
func (p *fairPool) again(ctx context.Context, err error) bool {
	if !p.readOnly || !strayDeadline(ctx, err) {
		return false
	}
	slog.Default().WarnContext(ctx, "database: a reader's connection failed a statement with a deadline it did not set; trying once more on another", "err", err)
	return true
}

// wait takes a turn, or gives up when ctx ends first.
func (p *fairPool) wait(ctx context.Context) error {
	return p.turns.Take(ctx)
}

func (p *fairPool) done() { p.turns.Give() }

func (p *fairPool) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	if err := p.wait(ctx); err != nil {
		return nil, err
	}
	defer p.done()
	return p.db.PrepareContext(ctx, query)
}

func (p *fairPool) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if err := p.wait(ctx); err != nil {
		return nil, err
	}
	defer p.done()
	return p.db.ExecContext(ctx, query, args...)
}

func (p *fairPool) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if err := p.wait(ctx); err != nil {
		return nil, err
	}
	defer p.done()
	rows, err := p.db.QueryContext(ctx, query, args...)
	if p.again(ctx, err) {
		rows, err = p.db.QueryContext(ctx, query, args...)
	}
	return rows, err
}

// QueryRowContext cannot report a turn it did not get but through the row:
// a ctx that ends first is the row's error, as database/sql gives it.
func (p *fairPool) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if p.wait(ctx) != nil {
		return p.db.QueryRowContext(ctx, query, args...) // ends at once with ctx's error
	}
	defer p.done()
	row := p.db.QueryRowContext(ctx, query, args...)
	if p.again(ctx, row.Err()) {
		row = p.db.QueryRowContext(ctx, query, args...)
	}
	return row
}

// BeginTx takes a turn that the transaction keeps to its end (GORM's
// ConnPoolBeginner).
func (p *fairPool) BeginTx(ctx context.Context, opts *sql.TxOptions) (gorm.ConnPool, error) {
	if err := p.wait(ctx); err != nil {
		return nil, err
	}
	tx, err := p.db.BeginTx(ctx, opts)
	if err != nil {
		p.done()
		return nil, err
	}
	// The turn goes back at Commit or Rollback, or when ctx ends: then
	// database/sql rolls the transaction back itself, and a caller that
	// never ends it (a Begin left behind) must not keep the turn for good.
	release := sync.OnceFunc(p.done)
	stop := context.AfterFunc(ctx, release)
	return &fairTx{Tx: tx, end: func() { stop(); release() }}, nil
}

// GetDBConn gives GORM's DB() the pool itself.
func (p *fairPool) GetDBConn() (*sql.DB, error) { return p.db, nil }

// fairTx is a transaction that gives its pool's turn back when it ends.
type fairTx struct {
	*sql.Tx
	end func()
}

func (t *fairTx) Commit() error {
	defer t.end()
	return t.Tx.Commit()
}

func (t *fairTx) Rollback() error {
	defer t.end()
	return t.Tx.Rollback()
}
