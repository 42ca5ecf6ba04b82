package dbtest

import (
	"context"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// ReportPercentiles reports, besides ns/op, the median and the 99th
// percentile (nearest rank) of per-iteration latencies in milliseconds.
func ReportPercentiles(b *testing.B, lat []time.Duration) {
	b.Helper()
	if len(lat) == 0 {
		return
	}
	lat = slices.Clone(lat)
	slices.Sort(lat)
	ms := func(p float64) float64 {
		i := max(int(math.Ceil(p*float64(len(lat))))-1, 0)
		return float64(lat[i]) / float64(time.Millisecond)
	}
	b.ReportMetric(ms(0.50), "p50-ms")
	b.ReportMetric(ms(0.99), "p99-ms")
}

// SQLRecorder is a gorm logger that keeps every statement with its
// variables filled in, so a benchmark can list the queries a page runs.
type SQLRecorder struct {
	mu   sync.Mutex
	seen []RecordedSQL
}

// RecordedSQL is one statement a SQLRecorder saw.
type RecordedSQL struct {
	SQL  string
	Rows int64
	Took time.Duration
}

func (r *SQLRecorder) LogMode(logger.LogLevel) logger.Interface { return r }
func (r *SQLRecorder) Info(context.Context, string, ...any)     {}
func (r *SQLRecorder) Warn(context.Context, string, ...any)     {}
func (r *SQLRecorder) Error(context.Context, string, ...any)    {}

func (r *SQLRecorder) Trace(_ context.Context, begin time.Time, fc func() (string, int64), _ error) {
	sql, rows := fc()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.seen = append(r.seen, RecordedSQL{SQL: sql, Rows: rows, Took: time.Since(begin)})
}

// Reset forgets what was recorded.
func (r *SQLRecorder) Reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.seen = nil
}

// Queries are the statements recorded since the last Reset.
func (r *SQLRecorder) Queries() []RecordedSQL {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.seen)
}

// Plans renders the recorded statements with their plans (see Explain).
func (r *SQLRecorder) Plans(t testing.TB, db *gorm.DB) string {
	t.Helper()
	var out strings.Builder
	for i, q := range r.Queries() {
		fmt.Fprintf(&out, "\n-- %d. %s (%d rows, %s)\n", i+1, q.SQL, q.Rows, q.Took.Round(time.Microsecond))
		for _, line := range Explain(t, db, q.SQL) {
			fmt.Fprintf(&out, "   %s\n", line)
		}
	}
	return out.String()
}

// ResidentMemory is VmRSS from /proc/self/status (Linux), with its anonymous
// part (heap, stacks) and its file part (the search index's memory-mapped
// segments: page cache the kernel can take back), or "?".
func ResidentMemory() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	v := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if k, rest, ok := strings.Cut(line, ":"); ok {
			v[k] = strings.TrimSpace(rest)
		}
	}
	if v["VmRSS"] == "" {
		return "?"
	}
	return fmt.Sprintf("%s (anon %s, file %s; peak %s)", v["VmRSS"], v["RssAnon"], v["RssFile"], v["VmHWM"])
}

// TimeQueries runs ask once per benchmark iteration, with the iteration's
// number (so that each asks the next variant of its question), and reports
// the median and 99th percentile of its latency and the hits it found per
// question (hits/op).
func TimeQueries(b *testing.B, ask func(i int) (hits int64, err error)) {
	b.Helper()
	var lat []time.Duration
	var hits int64
	i := 0
	for b.Loop() {
		t0 := time.Now()
		n, err := ask(i)
		lat = append(lat, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		hits += n
		i++
	}
	ReportPercentiles(b, lat)
	b.ReportMetric(float64(hits)/float64(len(lat)), "hits/op")
}

// Analyze updates the planners' statistics after a benchmark's fill:
// ANALYZE on SQLite (sqlite_stat1), VACUUM (ANALYZE) on PostgreSQL, which
// also sets the visibility map as autovacuum would soon after such a load.
// It runs on one connection without the statement timeouts: at a million
// rows it takes longer than a request may.
func Analyze(b testing.TB, db *gorm.DB) {
	b.Helper()
	stmt := "ANALYZE"
	if lagesbild.IsPostgres(db) {
		stmt = "VACUUM (ANALYZE)"
	}
	err := db.WithContext(lagesbild.WithoutStatementTimeout(context.Background())).Connection(func(c *gorm.DB) error {
		if lagesbild.IsPostgres(c) {
			if err := c.Exec("SET statement_timeout = 0").Error; err != nil {
				return err
			}
			defer c.Exec("RESET statement_timeout")
		}
		return c.Exec(stmt).Error
	})
	if err != nil {
		b.Fatalf("%s: %v", stmt, err)
	}
}
