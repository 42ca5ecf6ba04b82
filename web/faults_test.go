package web_test

import (
	"context"
	"database/sql"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/internal/faulttest"
	"github.com/lagesbild/lagesbild/web"
)

// health asks /healthz and says how long it took.
func (a *app) health(t *testing.T) (*httptest.ResponseRecorder, map[string]any, time.Duration) {
	t.Helper()
	start := time.Now()
	rec := httptest.NewRecorder()
	a.router.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	return rec, decode[map[string]any](t, rec), time.Since(start)
}

func TestDatabaseDownOrHangingIs503AndComesBack(t *testing.T) {
	p := faulttest.NewProxy(t, dbtest.TestPostgresAddr(t))
	db := dbtest.OpenTestPostgresVia(t, allMigrations, p.Addr(), lagesbild.Options{ConnectTimeout: time.Second, StatementTimeout: time.Second})
	a := newApp(t, db)
	const create = `{"kind":"press_inquiry","subject":"Fråga","channel":"phone","requester":{"outlet":"GP"}}`
	for _, m := range faulttest.Faults {
		t.Run(m.Name, func(t *testing.T) {
			p.Set(m.Mode)
			rec, body, d := a.health(t)
			if rec.Code != http.StatusServiceUnavailable || body["database"] != "down" || d > 2*time.Second {
				t.Errorf("healthz: %d %v after %s; want 503 database down within 2 s", rec.Code, body, d)
			}
			for _, req := range []struct{ method, path, body string }{{"GET", "/api/v1/cases", ""}, {"POST", "/api/v1/cases", create}} {
				start := time.Now()
				rec := a.api(press, req.method, req.path, req.body)
				wantAPIError(t, rec, http.StatusServiceUnavailable, "unavailable", "")
				if rec.Header().Get("Retry-After") == "" || time.Since(start) > 3*time.Second {
					t.Errorf("%s %s: Retry-After %q after %s", req.method, req.path, rec.Header().Get("Retry-After"), time.Since(start))
				}
			}
			p.Set(faulttest.Pass)
			var rec2 *httptest.ResponseRecorder
			for range 5 {
				if rec2 = a.api(press, "POST", "/api/v1/cases", create); rec2.Code == http.StatusCreated {
					break
				}
			}
			if rec2.Code != http.StatusCreated {
				t.Errorf("after the database came back: %d %s", rec2.Code, rec2.Body)
			}
			if rec, _, _ := a.health(t); rec.Code != http.StatusOK {
				t.Errorf("healthz after: %d %s", rec.Code, rec.Body)
			}
		})
	}
}

// On SQLite a read does not wait for the one writer connection (the readers
// of lagesbild.Open); with the writer and every reader held, a read answers
// 503 after the statement timeout instead of hanging.
func TestBusySQLiteIs503(t *testing.T) {
	db, err := lagesbild.OpenWith(t.Context(), "", t.TempDir(), lagesbild.Options{StatementTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lagesbild.Close(db) })
	if _, err := lagesbild.Migrate(t.Context(), db, allMigrations); err != nil {
		t.Fatal(err)
	}
	a := newApp(t, db)
	hold := func(pool *sql.DB, n int) []*sql.Conn {
		var held []*sql.Conn
		for range n {
			conn, err := pool.Conn(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			held = append(held, conn)
		}
		return held
	}
	writer, _ := db.DB()
	held := hold(writer, 1)
	start := time.Now()
	if rec := a.api(press, "GET", "/api/v1/cases", ""); rec.Code != http.StatusOK {
		t.Errorf("a read while the writer is held: %d %s", rec.Code, rec.Body)
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("a read waited %s for the writer", d)
	}
	readers := lagesbild.Readers(db)
	held = append(held, hold(readers, readers.Stats().MaxOpenConnections)...)
	start = time.Now()
	rec := a.api(press, "GET", "/api/v1/cases", "")
	wantAPIError(t, rec, http.StatusServiceUnavailable, "unavailable", "")
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("answered after %s", d)
	}
	for _, c := range held {
		c.Close()
	}
	if rec := a.api(press, "GET", "/api/v1/cases", ""); rec.Code != http.StatusOK {
		t.Errorf("after: %d %s", rec.Code, rec.Body)
	}
}

func TestHealthReportsLowDisk(t *testing.T) {
	a := newSQLiteApp(t)
	for name, tt := range map[string]struct {
		floor  uint64
		status int
		disk   string
	}{
		"room":     {0, http.StatusOK, "ok"},
		"too full": {1 << 62, http.StatusServiceUnavailable, "low"},
	} {
		t.Run(name, func(t *testing.T) {
			a.router = web.New(web.Deps{Store: a.store, Logger: slog.New(slog.DiscardHandler), Feeds: a.feeds,
				Ingester: a.ingester, Disk: &lagesbild.Disk{Dir: t.TempDir(), Floor: tt.floor}})
			rec, body, _ := a.health(t)
			if rec.Code != tt.status || body["disk"] != tt.disk || body["disk_free_bytes"] == nil {
				t.Errorf("healthz: %d %v, want %d disk %s", rec.Code, body, tt.status, tt.disk)
			}
		})
	}
}
