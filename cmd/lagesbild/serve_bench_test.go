package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/search/synth"
)

// BenchmarkServedSearch asks the analysts' query mix (synth.Mix) of a whole
// server: the services of `lagesbild serve` (database, index, indexer,
// scheduler, compactor) behind its HTTP server on a loopback port, through
// GET /api/v1/articles/search with an API token, as a client would. It
// reports the median and 99th percentile per question and the resident
// memory of the process (the server; the client's share is a few MB).
//
// By hand only, over a data dir holding the synthetic corpus in both the
// database and the index, as the search benchmarks build them:
//
//	LAGESBILD_BENCH_DIR=/tmp/lb LAGESBILD_BENCH_ARTICLES=1000000 LAGESBILD_BENCH_DB_FROM=all \
//	  go test ./search/ -run '^$' -bench SearchSQLFacets -benchtime 1x -timeout 60m
//	ln -s ../index-1000000-20241119-v2 /tmp/lb/listdb-1000000-20241119-v2-all/index
//	LAGESBILD_BENCH_DATA_DIR=/tmp/lb/listdb-1000000-20241119-v2-all \
//	  go test ./cmd/lagesbild/ -run '^$' -bench ServedSearch -benchtime 100x -timeout 30m
//
// The questions without facets in the mix are asked with facets=false.
func BenchmarkServedSearch(b *testing.B) {
	dir := os.Getenv("LAGESBILD_BENCH_DATA_DIR")
	if dir == "" {
		b.Skip("set LAGESBILD_BENCH_DATA_DIR to a data dir with the synthetic corpus in lagesbild.db and index/")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const token = "bench-token-0123456789abcdef0123456789"
	cfg := Config{Addr: "127.0.0.1:0", DataDir: dir, AdminToken: token, LogLevel: "warn", LogFormat: "text",
		Authority: "Benchmyndigheten"}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	db, _, err := openDB(ctx, cfg, logger)
	if err != nil {
		b.Fatal(err)
	}
	defer closeDB(db, logger)
	sv, err := newServices(cfg, db, logger)
	if err != nil {
		b.Fatal(err)
	}
	defer sv.close()
	if err := ensureAdminToken(ctx, sv.store, cfg.AdminToken, logger); err != nil {
		b.Fatal(err)
	}
	srv, err := listen(cfg, logger)
	if err != nil {
		b.Fatal(err)
	}
	srv.http.Handler = sv.handler()
	done := make(chan error, 1)
	go func() { done <- sv.run(ctx, srv) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			b.Error(err)
		}
	}()
	if st, err := sv.index.Stats(); err == nil {
		b.Logf("server at %s: %d articles in the index; resident %s", srv.URL(), st.Docs, dbtest.ResidentMemory())
	}

	client := &http.Client{Timeout: time.Minute}
	ask := func(q synth.Query) (int64, error) {
		v := q.Values()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL()+"/api/v1/articles/search?"+v.Encode(), nil)
		if err != nil {
			return 0, err
		}
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := client.Do(req)
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			return 0, err
		}
		if resp.StatusCode != http.StatusOK {
			return 0, fmt.Errorf("%s: %d %s", v.Encode(), resp.StatusCode, body)
		}
		var out struct {
			Total int64 `json:"total"`
		}
		return out.Total, json.Unmarshal(body, &out)
	}
	for _, mq := range synth.Mix {
		b.Run(mq.Name, func(b *testing.B) {
			dbtest.TimeQueries(b, func(i int) (int64, error) { return ask(mq.At(i)) })
		})
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.Logf("after the mix: heap in use %d MiB, resident %s", ms.HeapInuse>>20, dbtest.ResidentMemory())
}
