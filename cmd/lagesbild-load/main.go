// Command lagesbild-load drives the real `lagesbild serve` binary the way a
// press office in a crisis does, and measures it through HTTP on loopback:
//
//  1. ingest end to end: synthetic Swedish feeds served on loopback are added
//     through the API and refreshed, and the clock runs until the search
//     index has every article (the database's count and the index's lag in
//     /metrics);
//  2. in the same run, the search and triage-page latency of several
//     clients before that ingest and while it runs;
//  3. a mixed load of many clients (25 % new cases, 25 % moves, 30 %
//     searches, 20 % triage page) for a set time, with p50/p99 per kind,
//     the count of 5xx answers and a check that the register's numbers are
//     gap-free.
//
// It builds ./cmd/lagesbild (or takes -bin), starts it over a fresh data dir
// on SQLite, or on PostgreSQL with -database-url (in a fresh schema that it
// drops afterwards), and prints a report in Markdown. Everything it sends
// goes to 127.0.0.1, and every phase is bounded in time.
//
//	go run ./cmd/lagesbild-load -feeds 20 -per-feed 1000 -base-articles 100000 -cases 100000
//	go run ./cmd/lagesbild-load -database-url 'postgres://postgres@127.0.0.1:5432/lagesbild_test?sslmode=disable' …
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// config is one run.
type config struct {
	Bin         string        // the lagesbild binary; built from the module when empty
	DatabaseURL string        // postgres://…; empty: SQLite in the data dir
	DataDir     string        // empty: a temporary directory, removed afterwards
	Keep        bool          // keep the PostgreSQL schema afterwards, to look into it
	MetricsAddr string        // the server's metrics listener (and /debug/pprof/ on loopback); "" none
	Seed        uint64        // of the synthetic corpus
	BaseArticle int           // articles ingested (through feeds) before the measured ingest
	Feeds       int           // feeds of the measured ingest
	PerFeed     int           // articles per feed
	Fetchers    int           // refreshes at once (the scheduler's workers: 4)
	Cases       int           // cases registered through the API before the measurements
	Searchers   int           // search clients before and during the ingest
	Triagers    int           // triage-page clients before and during the ingest
	Quiet       time.Duration // how long the clients are measured before the ingest
	Mixed       int           // clients of the mixed load
	MixedFor    time.Duration // how long the mixed load runs
	Timeout     time.Duration // bound of the whole run
}

func defaults() config {
	return config{Seed: 20241205, Feeds: 20, PerFeed: 1000, Fetchers: 4, Cases: 10000, Searchers: 10, Triagers: 2,
		Quiet: 15 * time.Second, Mixed: 50, MixedFor: 60 * time.Second, Timeout: 60 * time.Minute}
}

func main() {
	cfg := defaults()
	fl := flag.NewFlagSet("lagesbild-load", flag.ExitOnError)
	fl.StringVar(&cfg.Bin, "bin", "", "the lagesbild binary (default: go build ./cmd/lagesbild of this module)")
	fl.StringVar(&cfg.DatabaseURL, "database-url", os.Getenv("LAGESBILD_LOAD_DATABASE_URL"),
		"PostgreSQL database to run on, in a fresh schema dropped afterwards (default: SQLite; env LAGESBILD_LOAD_DATABASE_URL)")
	fl.StringVar(&cfg.DataDir, "data-dir", "", "data dir to use; must be empty (default: a temporary one, removed afterwards)")
	fl.BoolVar(&cfg.Keep, "keep", false, "keep the PostgreSQL schema afterwards and print its URL (with -data-dir, everything stays to look into)")
	fl.StringVar(&cfg.MetricsAddr, "metrics-addr", "", "give the server a metrics listener on this loopback address, whose /debug/pprof/ profiles it during a phase")
	fl.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the synthetic corpus")
	fl.IntVar(&cfg.BaseArticle, "base-articles", cfg.BaseArticle, "articles ingested through feeds before the measurements")
	fl.IntVar(&cfg.Feeds, "feeds", cfg.Feeds, "feeds of the measured ingest")
	fl.IntVar(&cfg.PerFeed, "per-feed", cfg.PerFeed, "articles per feed")
	fl.IntVar(&cfg.Fetchers, "fetchers", cfg.Fetchers, "feed refreshes asked at once")
	fl.IntVar(&cfg.Cases, "cases", cfg.Cases, "cases registered through the API before the measurements")
	fl.IntVar(&cfg.Searchers, "searchers", cfg.Searchers, "search clients before and during the ingest")
	fl.IntVar(&cfg.Triagers, "triagers", cfg.Triagers, "triage-page clients before and during the ingest")
	fl.DurationVar(&cfg.Quiet, "quiet", cfg.Quiet, "how long the clients are measured before the ingest")
	fl.IntVar(&cfg.Mixed, "mixed", cfg.Mixed, "clients of the mixed load (0 leaves it out)")
	fl.DurationVar(&cfg.MixedFor, "mixed-for", cfg.MixedFor, "how long the mixed load runs")
	fl.DurationVar(&cfg.Timeout, "timeout", cfg.Timeout, "bound of the whole run")
	fl.Parse(os.Args[1:]) //nolint:errcheck // ExitOnError

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rep, err := run(ctx, cfg, os.Stderr)
	if rep != nil {
		rep.write(os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "lagesbild-load:", err)
		os.Exit(1)
	}
}

// logf prints progress to w with the time since start.
func logger(w io.Writer) func(format string, args ...any) {
	start := time.Now()
	return func(format string, args ...any) {
		fmt.Fprintf(w, "[%6.1fs] %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, args...))
	}
}
