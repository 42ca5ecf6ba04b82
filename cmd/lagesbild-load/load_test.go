package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/search/synth"
)

// TestSmallLoad runs the load benchmark in small (a few hundred articles, a
// few seconds of each load) against the real binary, on SQLite and, when
// LAGESBILD_TEST_DATABASE_URL is set, on PostgreSQL, so that the benchmark
// cannot rot: every article must reach the index, no request may answer
// 5xx or go unanswered, and the register's numbers must stay gap-free.
func TestSmallLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary; not with -short")
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	bin, err := buildBinary(context.Background(), root, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	small := config{Bin: bin, Seed: 7, BaseArticle: 200, Feeds: 4, PerFeed: 100, Fetchers: 4, Cases: 150,
		Searchers: 3, Triagers: 1, Quiet: time.Second, Mixed: 10, MixedFor: 2 * time.Second, Timeout: 5 * time.Minute}
	for _, db := range []string{"sqlite", "postgres"} {
		t.Run(db, func(t *testing.T) {
			cfg := small
			cfg.DataDir = t.TempDir()
			if db == "postgres" {
				cfg.DatabaseURL = dbtest.TestPostgresURL(t) // skips without it
			}
			var progress bytes.Buffer
			rep, err := run(context.Background(), cfg, &progress)
			var out bytes.Buffer
			if rep != nil {
				rep.write(&out)
			}
			t.Logf("%s\n%s", progress.String(), out.String())
			if err != nil {
				t.Fatal(err)
			}
			if rep.Base == nil || rep.Base.Articles != 200 || rep.Ingest == nil || rep.Ingest.Articles != 400 {
				t.Fatalf("base %+v, ingest %+v: want 200 and 400 articles indexed", rep.Base, rep.Ingest)
			}
			if rep.Base.Refused > 0 || rep.Ingest.Refused > 0 {
				t.Errorf("refreshes answered 5xx: %d of the base, %d of the ingest", rep.Base.Refused, rep.Ingest.Refused)
			}
			phases := map[string]map[string]summary{"before": rep.Before, "during": rep.During, "mixed": rep.Mixed}
			for phase, kinds := range phases {
				for kind, s := range kinds {
					if s.S5xx > 0 || s.Failures > 0 {
						t.Errorf("%s, %s: %d answers 5xx, %d unanswered (first: %s)", phase, kind, s.S5xx, s.Failures, s.FirstError)
					}
				}
			}
			for _, kind := range []string{"new_case", "move", "search", "triage"} {
				if s := rep.Mixed[kind]; s.N == 0 || s.S4xx > 0 {
					t.Errorf("mixed %s: %d requests, %d answered 4xx (first: %s)", kind, s.N, s.S4xx, s.FirstError)
				}
				// Every answer said where its time went.
				if timed, all := rep.MixedTiming[kind], rep.Mixed[kind]; timed.N != all.N {
					t.Errorf("mixed %s: %d of %d answers had a Server-Timing", kind, timed.N, all.N)
				}
			}
			for phase, byQuestion := range map[string]map[string]summary{"before": rep.BeforeByQuestion, "during": rep.DuringByQuestion} {
				n := 0
				for _, s := range byQuestion {
					n += s.N
				}
				if all := phases[phase]["search"].N; n != all || len(byQuestion) != len(synth.Mix) {
					t.Errorf("%s: %d searches by %d questions, %d in all", phase, n, len(byQuestion), all)
				}
			}
			for _, kind := range []string{"search", "triage"} {
				if rep.Before[kind].N == 0 || rep.During[kind].N == 0 {
					t.Errorf("%s: %d requests before the ingest and %d during it", kind, rep.Before[kind].N, rep.During[kind].N)
				}
			}
		})
	}
}

// The report quotes what the server logged of its errors when it answered a
// 5xx: its warnings and errors, in order, at most max of them, in either of
// its log formats.
func TestServerErrorsAreTheLogsWarningsAndErrors(t *testing.T) {
	log := `time=2026-12-06T01:00:00Z level=INFO msg=request status=200
time=2026-12-06T01:00:01Z level=ERROR msg="request failed" status=503 error="pool: too many connections"
{"time":"2026-12-06T01:00:02Z","level":"WARN","msg":"slow statement"}
{"time":"2026-12-06T01:00:03Z","level":"INFO","msg":"request"}
time=2026-12-06T01:00:04Z level=WARN msg=third`
	got := serverErrors(log, 2)
	if len(got) != 2 || !strings.Contains(got[0], "too many connections") || !strings.Contains(got[1], "slow statement") {
		t.Errorf("serverErrors = %q", got)
	}
	if got := serverErrors("level=INFO msg=ok", 10); len(got) != 0 {
		t.Errorf("an info line taken for an error: %q", got)
	}
}

// The Server-Timing header is read by name, in any order, with other
// metrics and parameters around; an answer without both parts is not timed.
func TestServerTimingIsReadByName(t *testing.T) {
	var st serverTiming
	st.parse(`cache;desc="hit", app;dur=3.5, queue;desc="dörren";dur=12`)
	if !st.ok || st.queue != 12*time.Millisecond || st.app != 3500*time.Microsecond {
		t.Errorf("parsed %+v", st)
	}
	for _, h := range []string{"", "queue;dur=1", "queue;dur=x, app;dur=2"} {
		var st serverTiming
		if st.parse(h); st.ok {
			t.Errorf("%q taken as timed: %+v", h, st)
		}
	}
}
