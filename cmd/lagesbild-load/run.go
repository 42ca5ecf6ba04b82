package main

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/search/synth"
)

// report is what a run found.
type report struct {
	Database  string
	Started   time.Time
	Loads     []string // "phase: load average"
	Base      *ingestResult
	Ingest    *ingestResult
	Compacted time.Duration // after the base was indexed, until its closed months were compacted
	Cases     int
	CasesTook time.Duration
	Before    map[string]summary // search, triage: before the ingest
	During    map[string]summary // the same while it runs
	// The searches of Before and During by the mix's question (synth.Mix):
	// which questions make the tail.
	BeforeByQuestion, DuringByQuestion map[string]summary
	// The readers' requests of Before and During by the server's
	// Server-Timing: what their tail was made of.
	BeforeTiming, DuringTiming map[string]timingSummary
	Mixed                      map[string]summary       // new_case, move, search, triage
	MixedTiming                map[string]timingSummary // the same requests by the server's Server-Timing
	MixedN                     int
	MixedFor                   time.Duration
	GapFree                    string // the register check's verdict
	Notes                      []string
}

type ingestResult struct {
	Feeds, Articles int
	Refused         int           // refreshes answered 5xx (asked again)
	DBAll           time.Duration // every refresh answered: the database has them
	Indexed         time.Duration // the index has every article
	CPU             time.Duration // the server's CPU time (user and system) until then
}

// cpuPerArticle is the server's CPU time per article, in milliseconds.
func (r ingestResult) cpuPerArticle() float64 {
	return float64(r.CPU) / float64(time.Millisecond) / float64(r.Articles)
}

func (r ingestResult) rate() float64 { return float64(r.Articles) / r.Indexed.Seconds() }

func (r *report) load(phase string) {
	r.Loads = append(r.Loads, phase+": "+loadAverage())
}

func (r *report) write(w io.Writer) {
	fmt.Fprintf(w, "## lagesbild-load, %s, %s UTC\n\n", r.Database, r.Started.UTC().Format("2006-01-02 15:04"))
	fmt.Fprintf(w, "%d cores (`nproc`), %s. Load average (1, 5, 15 min): %s.\n\n", runtime.NumCPU(), runtime.Version(),
		strings.Join(r.Loads, "; "))
	if r.Base != nil {
		fmt.Fprintf(w, "- Base: %d articles in %d feeds, in the index after %.1f s (%.0f articles/s, no other clients; "+
			"the server's CPU %.2f ms per article)\n",
			r.Base.Articles, r.Base.Feeds, r.Base.Indexed.Seconds(), r.Base.rate(), r.Base.cpuPerArticle())
	}
	if r.Base != nil {
		fmt.Fprintf(w, "- The base's closed months compacted (built again with word pairs) %.1f s after it was indexed; "+
			"the readers start then\n", r.Compacted.Seconds())
	}
	if r.Cases > 0 {
		fmt.Fprintf(w, "- Register: %d cases registered through the API in %.1f s (about 95 %% given an outcome)\n",
			r.Cases, r.CasesTook.Seconds())
	}
	if r.Ingest != nil {
		fmt.Fprintf(w, "- **Ingest end to end**: %d articles in %d feeds; the database had them after %.1f s, "+
			"the index after %.1f s: **%.0f articles/s** (the server's CPU %.2f ms per article, the readers' requests included)\n",
			r.Ingest.Articles, r.Ingest.Feeds, r.Ingest.DBAll.Seconds(), r.Ingest.Indexed.Seconds(), r.Ingest.rate(),
			r.Ingest.cpuPerArticle())
	}
	for _, r := range []*ingestResult{r.Base, r.Ingest} {
		if r != nil && r.Refused > 0 {
			fmt.Fprintf(w, "- %d refresh requests of %d feeds answered 5xx and were asked again\n", r.Refused, r.Feeds)
		}
	}
	if len(r.Before) > 0 {
		fmt.Fprintf(w, "\nReaders before and during that ingest:\n\n%s\n", tableHead)
		for _, k := range []string{"search", "triage"} {
			if s, ok := r.Before[k]; ok {
				fmt.Fprintln(w, s.row(k+", before ingest"))
			}
			if s, ok := r.During[k]; ok {
				fmt.Fprintln(w, s.row(k+", during ingest"))
			}
		}
	}
	if len(r.BeforeTiming) > 0 {
		byPhase := map[string]timingSummary{}
		var rows []string
		for _, k := range []string{"search", "triage"} {
			for phase, t := range map[string]map[string]timingSummary{"before": r.BeforeTiming, "during": r.DuringTiming} {
				byPhase[k+", "+phase+" ingest"] = t[k]
			}
			rows = append(rows, k+", before ingest", k+", during ingest")
		}
		writeTimings(w, byPhase, rows)
	}
	if len(r.BeforeByQuestion) > 0 {
		fmt.Fprintf(w, "\nThose searches by the mix's question (`search/synth` Mix):\n\n"+
			"| question | n before | p50 ms | p99 ms | n during | p50 ms | p99 ms |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
		for _, mq := range synth.Mix {
			b, d := r.BeforeByQuestion[mq.Name], r.DuringByQuestion[mq.Name]
			fmt.Fprintf(w, "| %s | %d | %s | %s | %d | %s | %s |\n", mq.Name, b.N, ms(b.P50), ms(b.P99), d.N, ms(d.P50), ms(d.P99))
		}
	}
	if len(r.Mixed) > 0 {
		fmt.Fprintf(w, "\nMixed load, %d clients for %s (25 %% new cases, 25 %% moves, 30 %% searches, 20 %% triage page):\n\n%s\n",
			r.MixedN, r.MixedFor, tableHead)
		for _, k := range []string{"all", "new_case", "move", "search", "triage"} {
			if s, ok := r.Mixed[k]; ok {
				fmt.Fprintln(w, s.row(k))
			}
		}
		writeTimings(w, r.MixedTiming, []string{"all", "new_case", "move", "search", "triage"})
		fmt.Fprintf(w, "\nRegister numbers: %s\n", r.GapFree)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "\n%s\n", n)
	}
}

const (
	pressUser     = "lastpress"
	pressPassword = "lasttest-losenord-1234"
)

// run does one whole run. The report is returned as far as it got.
func run(ctx context.Context, cfg config, progress io.Writer) (rep *report, err error) {
	logf := logger(progress)
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	rep = &report{Database: "SQLite", Started: time.Now()}
	rep.load("start")

	if cfg.DataDir == "" {
		dir, err := os.MkdirTemp("", "lagesbild-load-")
		if err != nil {
			return rep, err
		}
		defer os.RemoveAll(dir)
		cfg.DataDir = dir
	}
	work, err := os.MkdirTemp("", "lagesbild-load-bin-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(work)
	if cfg.Bin == "" {
		root, err := moduleRoot()
		if err != nil {
			return rep, err
		}
		logf("building ./cmd/lagesbild")
		if cfg.Bin, err = buildBinary(ctx, root, work); err != nil {
			return rep, err
		}
	}
	dsn := ""
	if cfg.DatabaseURL != "" {
		rep.Database = "PostgreSQL"
		var drop func()
		if dsn, drop, err = freshSchema(ctx, cfg.DatabaseURL); err != nil {
			return rep, err
		}
		if cfg.Keep {
			logf("the schema stays afterwards: %s", dsn)
		} else {
			defer drop()
		}
		analysing, err := analyseWithoutAutovacuum(ctx, dsn)
		if err != nil {
			return rep, err
		}
		if analysing {
			logf("autovacuum is off on this cluster: the schema is vacuumed and analysed every %s, as autovacuum would", analyseEvery)
		}
	}

	base := 0
	baseFeeds := 0
	if cfg.BaseArticle > 0 {
		baseFeeds = max(1, (cfg.BaseArticle+cfg.PerFeed-1)/cfg.PerFeed)
		base = baseFeeds * cfg.PerFeed
	}
	total := base + cfg.Feeds*cfg.PerFeed
	gen := synth.New(cfg.Seed, total)
	feeds, err := newFeedServer(gen)
	if err != nil {
		return rep, err
	}
	defer feeds.close()
	feeds.addSet("base", feedSet{first: 0, feeds: baseFeeds, perFeed: cfg.PerFeed})
	feeds.addSet("ingest", feedSet{first: base, feeds: cfg.Feeds, perFeed: cfg.PerFeed})

	token := randomToken()
	logf("starting %s serve on %s", cfg.Bin, rep.Database)
	srv, err := startServer(ctx, cfg.Bin, cfg.DataDir, dsn, token, cfg.MetricsAddr)
	if err != nil {
		return rep, err
	}
	defer func() {
		srv.stop()
		if lines := serverErrors(srv.logs.String(), 10); rep.answered5xx() > 0 && len(lines) > 0 {
			rep.Notes = append(rep.Notes, "The server's log of its errors (the first 10 lines at level WARN or ERROR):\n\n```\n"+
				strings.Join(lines, "\n")+"\n```")
		}
		if err != nil {
			fmt.Fprintf(progress, "--- the server's log (last 64 KiB):\n%s\n", srv.logs.String())
		}
	}()
	if _, err := srv.call(ctx, http.MethodPost, "/api/v1/users", map[string]any{"username": pressUser,
		"name": "Lasttest Presstjänst", "title": "Presssekreterare", "role": "press_officer", "password": pressPassword}, nil); err != nil {
		return rep, fmt.Errorf("create the press officer: %w", err)
	}
	session, err := srv.login(ctx, pressUser, pressPassword)
	if err != nil {
		return rep, err
	}

	if baseFeeds > 0 {
		logf("base: %d articles in %d feeds", base, baseFeeds)
		rep.load("before base ingest")
		r, err := ingest(ctx, srv, feeds, "base", baseFeeds, cfg.PerFeed, cfg.Fetchers, logf)
		if err != nil {
			return rep, fmt.Errorf("base ingest: %w", err)
		}
		rep.Base = &r
		logf("base: indexed after %.1f s (%.0f articles/s; CPU %.2f ms per article)", r.Indexed.Seconds(), r.rate(), r.cpuPerArticle())
		// The readers search the index as it stands once the backfill's
		// months are compacted (built again with the text's word pairs),
		// which the server begins as soon as it has them.
		if rep.Compacted, err = waitCompacted(ctx, srv); err != nil {
			return rep, fmt.Errorf("base ingest: %w", err)
		}
		logf("base: closed months compacted %.1f s after", rep.Compacted.Seconds())
	}
	pool := &casePool{}
	if cfg.Cases > 0 {
		logf("registering %d cases", cfg.Cases)
		start := time.Now()
		if err := seedCases(ctx, srv, cfg.Cases, pool); err != nil {
			return rep, fmt.Errorf("register cases: %w", err)
		}
		rep.Cases, rep.CasesTook = cfg.Cases, time.Since(start)
		logf("registered %d cases in %.1f s", cfg.Cases, rep.CasesTook.Seconds())
	}

	if cfg.Feeds > 0 && cfg.PerFeed > 0 {
		rep.load("before the readers")
		rd := &readers{srv: srv, session: session, now: newLatencySet()}
		rctx, stopReaders := context.WithCancel(ctx)
		var wg sync.WaitGroup
		rd.start(rctx, &wg, cfg.Searchers, cfg.Triagers)
		logf("readers: %d searchers, %d triage clients, %s before the ingest", cfg.Searchers, cfg.Triagers, cfg.Quiet)
		select {
		case <-ctx.Done():
		case <-time.After(cfg.Quiet):
		}
		rep.Before, rep.BeforeByQuestion, rep.BeforeTiming = rd.swap(newLatencySet())
		rep.load("before ingest")
		logf("ingest: %d feeds × %d articles", cfg.Feeds, cfg.PerFeed)
		r, ierr := ingest(ctx, srv, feeds, "ingest", cfg.Feeds, cfg.PerFeed, cfg.Fetchers, logf)
		rep.During, rep.DuringByQuestion, rep.DuringTiming = rd.swap(newLatencySet())
		stopReaders()
		wg.Wait()
		rep.load("after ingest")
		if ierr != nil {
			return rep, fmt.Errorf("ingest: %w", ierr)
		}
		rep.Ingest = &r
		logf("ingest: database after %.1f s, index after %.1f s: %.0f articles/s", r.DBAll.Seconds(), r.Indexed.Seconds(), r.rate())
	}

	if cfg.Mixed > 0 && cfg.MixedFor > 0 {
		logf("mixed load: %d clients for %s", cfg.Mixed, cfg.MixedFor)
		rep.load("before mixed")
		rep.Mixed, rep.MixedTiming = mixed(ctx, srv, session, pool, cfg.Mixed, cfg.MixedFor)
		rep.MixedN, rep.MixedFor = cfg.Mixed, cfg.MixedFor
		rep.load("after mixed")
		logf("checking the register's numbers")
		verdict, gerr := checkNumbers(ctx, srv)
		rep.GapFree = verdict
		if gerr != nil {
			return rep, gerr
		}
	}
	if ctx.Err() != nil {
		return rep, fmt.Errorf("the run did not finish within %s: %w", cfg.Timeout, ctx.Err())
	}
	return rep, nil
}

// answered5xx counts the 5xx answers of every phase.
func (r *report) answered5xx() int {
	n := 0
	for _, phase := range []map[string]summary{r.Before, r.During} {
		for _, s := range phase {
			n += s.S5xx
		}
	}
	n += r.Mixed["all"].S5xx
	for _, in := range []*ingestResult{r.Base, r.Ingest} {
		if in != nil {
			n += in.Refused
		}
	}
	return n
}

// serverErrors are the first max lines of the server's log at level WARN or
// ERROR: what it said of the 5xx it answered (a 503 "Databasen svarar inte"
// seen once in a PostgreSQL run could not be traced afterwards).
func serverErrors(log string, max int) []string {
	var out []string
	for _, line := range strings.Split(log, "\n") {
		if len(out) == max {
			break
		}
		if strings.Contains(line, "level=ERROR") || strings.Contains(line, "level=WARN") ||
			strings.Contains(line, `"level":"ERROR"`) || strings.Contains(line, `"level":"WARN"`) {
			out = append(out, line)
		}
	}
	return out
}

func randomToken() string {
	var b [24]byte
	if _, err := crand.Read(b[:]); err != nil {
		panic(err)
	}
	return "load-" + hex.EncodeToString(b[:])
}

// waitCompacted waits until the server's index has no closed month left to
// compact (lagesbild_index_uncompacted_months), at most compactWait.
func waitCompacted(ctx context.Context, srv *server) (time.Duration, error) {
	start := time.Now()
	for {
		n, err := srv.gauge(ctx, "lagesbild_index_uncompacted_months")
		if errors.Is(err, errNoMetric) {
			return 0, nil // an older binary, compacting within the hour: searched as it stands
		}
		if err != nil {
			return 0, err
		}
		if n == 0 {
			return time.Since(start), nil
		}
		if time.Since(start) > compactWait {
			return 0, fmt.Errorf("%d closed months still not compacted after %v", n, compactWait)
		}
		if err := sleep(ctx, 500*time.Millisecond); err != nil {
			return 0, err
		}
	}
}

// compactWait bounds waitCompacted: 100,000 articles over three years take
// about a minute and a half on two cores.
const compactWait = 20 * time.Minute

// freshSchema makes a new schema in the database at dsn and returns a URL
// whose search_path is it, and a function that drops it.
func freshSchema(ctx context.Context, dsn string) (string, func(), error) {
	db, err := lagesbild.Open(ctx, dsn, "")
	if err != nil {
		return "", nil, err
	}
	schema := "load_" + randomToken()[5:17]
	if err := db.Exec("CREATE SCHEMA " + schema).Error; err != nil {
		lagesbild.Close(db)
		return "", nil, fmt.Errorf("create schema: %w", err)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		lagesbild.Close(db)
		return "", nil, err
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), func() {
		if err := db.Exec("DROP SCHEMA " + schema + " CASCADE").Error; err != nil {
			fmt.Fprintln(os.Stderr, "lagesbild-load: drop schema:", err)
		}
		lagesbild.Close(db)
	}, nil
}

// analyseEvery is how often the schema is vacuumed and analysed on a
// cluster without autovacuum.
const analyseEvery = 30 * time.Second

// analyseWithoutAutovacuum does autovacuum's work on the schema of dsn,
// VACUUM (ANALYZE) of each of its tables every analyseEvery until ctx ends,
// when the cluster runs without autovacuum (a test cluster may); a real
// installation has it on. A table that grows from empty and is never
// analysed keeps the planner's guess of an empty table: PostgreSQL then
// read a case's links by walking every case in id order (100 ms a case at
// 42,000 cases). A table never vacuumed keeps every dead version of a
// moved case in its indexes: registering 100,000 cases (each created, then
// moved) left 95,000, and the triage counts read 97,000 index entries for
// 5,700 open cases (19 ms, 1.4 ms after a VACUUM). Either way the
// benchmark measured the missing housekeeping, not the product.
func analyseWithoutAutovacuum(ctx context.Context, dsn string) (bool, error) {
	db, err := lagesbild.Open(ctx, dsn, "")
	if err != nil {
		return false, err
	}
	var on string
	if err := db.Raw("SHOW autovacuum").Scan(&on).Error; err != nil || on != "off" {
		lagesbild.Close(db)
		return false, err
	}
	housekeep := func() error {
		var tables []string
		if err := db.WithContext(ctx).Raw("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").
			Scan(&tables).Error; err != nil {
			return err
		}
		for _, t := range tables {
			if err := db.WithContext(ctx).Exec(`VACUUM (ANALYZE) "` + t + `"`).Error; err != nil {
				if pgErr := (*pgconn.PgError)(nil); errors.As(err, &pgErr) && pgErr.Code == "42P01" {
					continue // dropped since it was listed: the run's schema goes at its end
				}
				return fmt.Errorf("%s: %w", t, err)
			}
		}
		return nil
	}
	go func() {
		defer lagesbild.Close(db)
		t := time.NewTicker(analyseEvery)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := housekeep(); err != nil && ctx.Err() == nil {
					fmt.Fprintln(os.Stderr, "lagesbild-load: vacuum and analyse:", err)
				}
			}
		}
	}()
	return true, nil
}

// ingest adds the feeds of set through the API, asks for their refresh with
// fetchers requests at once, and waits until the index has every article.
// The clock starts before the first feed is added.
func ingest(ctx context.Context, srv *server, fs *feedServer, set string, n, perFeed, fetchers int,
	logf func(string, ...any)) (ingestResult, error) {
	res := ingestResult{Feeds: n, Articles: n * perFeed}
	start, cpu := time.Now(), cpuTime(srv.pid)
	ids := make([]int64, n)
	for k := range n {
		var f struct {
			ID int64 `json:"id"`
		}
		kind := "news"
		if k%5 == 4 {
			kind = "opinion"
		}
		body := map[string]any{"url": fs.feedURL(set, k), "title": fmt.Sprintf("%s %d", set, k),
			"outlet": synth.Outlets()[k%len(synth.Outlets())], "kind": kind}
		if _, err := srv.call(ctx, http.MethodPost, "/api/v1/feeds", body, &f); err != nil {
			return res, err
		}
		ids[k] = f.ID
	}
	var (
		next    atomic.Int64
		stored  atomic.Int64
		refused atomic.Int64
		errOnce sync.Once
		first   error
		wg      sync.WaitGroup
	)
	for range max(fetchers, 1) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n || ctx.Err() != nil {
					return
				}
				var out struct {
					Status string `json:"status"`
					New    int64  `json:"new"`
					Error  string `json:"error"`
				}
				// A refresh the server could not take (503: the database
				// did not answer in time) is counted and asked again.
				var err error
				for attempt := 0; attempt < 5; attempt++ {
					var st int
					st, err = srv.call(ctx, http.MethodPost, fmt.Sprintf("/api/v1/feeds/%d/refresh", ids[i]), nil, &out)
					if st < 500 || ctx.Err() != nil {
						break
					}
					refused.Add(1)
				}
				if err == nil && out.Status == "error" {
					err = fmt.Errorf("feed %d: %s", ids[i], out.Error)
				}
				if err != nil {
					errOnce.Do(func() { first = err })
					return
				}
				stored.Add(out.New)
			}
		})
	}
	wg.Wait()
	res.Refused = int(refused.Load())
	if first != nil {
		return res, first
	}
	// A feed the scheduler fetched first answers the refresh with nothing
	// new: then the feed list says when the database has them all.
	for stored.Load() < int64(res.Articles) {
		var list struct {
			Feeds []struct {
				ID           int64 `json:"id"`
				ArticleCount int64 `json:"article_count"`
			} `json:"feeds"`
		}
		if _, err := srv.call(ctx, http.MethodGet, "/api/v1/feeds", nil, &list); err != nil {
			return res, err
		}
		sum := int64(0)
		for _, f := range list.Feeds {
			if slices.Contains(ids, f.ID) {
				sum += f.ArticleCount
			}
		}
		stored.Store(sum)
		if sum >= int64(res.Articles) {
			break
		}
		if err := sleep(ctx, 100*time.Millisecond); err != nil {
			return res, fmt.Errorf("the database has %d of %d articles: %w", sum, res.Articles, err)
		}
	}
	res.DBAll = time.Since(start)
	for {
		lag, err := srv.indexLag(ctx)
		if err != nil {
			return res, err
		}
		if lag == 0 {
			break
		}
		if err := sleep(ctx, 50*time.Millisecond); err != nil {
			return res, fmt.Errorf("the index lags %d articles behind: %w", lag, err)
		}
	}
	res.Indexed, res.CPU = time.Since(start), cpuTime(srv.pid)-cpu
	return res, nil
}

func sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// openCase is a case the load may move on.
type openCase struct {
	id     int64
	kind   string
	status string
}

// casePool holds the open cases; a mover takes one out, so that two
// clients never move the same case at once.
type casePool struct {
	mu    sync.Mutex
	cases []openCase
}

func (p *casePool) put(c openCase) {
	p.mu.Lock()
	p.cases = append(p.cases, c)
	p.mu.Unlock()
}

func (p *casePool) take(r *rand.Rand) (openCase, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.cases) == 0 {
		return openCase{}, false
	}
	i := r.IntN(len(p.cases))
	c := p.cases[i]
	p.cases[i] = p.cases[len(p.cases)-1]
	p.cases = p.cases[:len(p.cases)-1]
	return c, true
}

var (
	subjects = []string{"Avvikelserapporter om journalsystemet", "Upphandlingsdokument för ambulansdirigeringen",
		"E-post till regiondirektören om vårdplatser", "Protokoll från ledningsgruppen om IT-avbrottet",
		"Avtal och fakturor gällande hyrläkare", "Riskanalyser för nya sjukhusbygget"}
	questions = []string{"Intervju om väntetiderna", "Frågor om driftstoppet", "Kommentar till granskning av akuten",
		"Siffror om sommarens bemanning", "Uppgifter om konsultkostnaderna"}
	outlets = []string{"Tidning Väst", "Posten Borås", "Kuriren Skaraborg", "Radio Trollhättan", "Tidning Uddevalla"}
)

// newCaseBody is a case to register: 60 % document requests (anonymous),
// 40 % press inquiries; received at receivedAt (zero: now).
func newCaseBody(r *rand.Rand, receivedAt time.Time) map[string]any {
	body := map[string]any{"kind": "document_request", "subject": subjects[r.IntN(len(subjects))], "channel": "email"}
	if r.IntN(5) < 2 {
		body = map[string]any{"kind": "press_inquiry", "subject": questions[r.IntN(len(questions))], "channel": "phone",
			"requester": map[string]any{"name": "Reporter " + strconv.Itoa(r.IntN(500)), "outlet": outlets[r.IntN(len(outlets))]}}
	}
	if !receivedAt.IsZero() {
		body["received_at"] = receivedAt.UTC().Format(time.RFC3339)
	}
	return body
}

type caseAnswer struct {
	ID     int64  `json:"id"`
	Number string `json:"number"`
	Kind   string `json:"kind"`
	Status string `json:"status"`
}

// seedCases registers n cases through the API, received over the last
// 120 days, and gives about 95 % of them an outcome (withdrawn, declined);
// the rest stay open, in the pool.
func seedCases(ctx context.Context, srv *server, n int, pool *casePool) error {
	var next atomic.Int64
	var first error
	var once sync.Once
	var wg sync.WaitGroup
	now := time.Now()
	for w := range 8 {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(w), 7))
			for {
				i := int(next.Add(1) - 1)
				if i >= n || ctx.Err() != nil {
					return
				}
				var c caseAnswer
				received := now.Add(-time.Duration(r.Int64N(int64(120 * 24 * time.Hour))))
				_, err := srv.call(ctx, http.MethodPost, "/api/v1/cases", newCaseBody(r, received), &c)
				if err == nil && r.IntN(20) != 0 {
					to := map[string]any{"to": "withdrawn", "note": "Sökanden återkallade begäran."}
					if c.Kind == "press_inquiry" {
						to = map[string]any{"to": "declined", "reason": "Ingen talesperson tillgänglig.", "note": "Avböjd."}
					}
					_, err = srv.call(ctx, http.MethodPost, fmt.Sprintf("/api/v1/cases/%d/transition", c.ID), to, nil)
				} else if err == nil {
					pool.put(openCase{id: c.ID, kind: c.Kind, status: c.Status})
				}
				if err != nil {
					once.Do(func() { first = err })
					return
				}
			}
		})
	}
	wg.Wait()
	if first == nil {
		first = ctx.Err()
	}
	return first
}

// nextMove is the next status on the way through the register: received →
// in progress → released (answered) → closed.
func nextMove(c openCase) map[string]any {
	switch c.status {
	case "received":
		return map[string]any{"to": "in_progress", "note": "Handläggning påbörjad."}
	case "in_progress":
		if c.kind == "press_inquiry" {
			return map[string]any{"to": "answered", "answer": "Svar lämnat per telefon.", "note": "Besvarad."}
		}
		return map[string]any{"to": "released", "note": "Handlingarna skickade."}
	}
	return map[string]any{"to": "closed", "note": "Avslutat."}
}

// latencySet is the readers' latencies of one phase; the searches also by
// the mix's question.
type latencySet struct {
	search, triage *latencies
	byQuestion     map[string]*latencies // every question of synth.Mix, made beforehand
	timed          map[string]*timings   // search, triage: by the server's Server-Timing
}

func newLatencySet() *latencySet {
	ls := &latencySet{search: &latencies{}, triage: &latencies{}, byQuestion: map[string]*latencies{},
		timed: map[string]*timings{"search": {}, "triage": {}}}
	for _, mq := range synth.Mix {
		ls.byQuestion[mq.Name] = &latencies{}
	}
	return ls
}

// readers are search and triage-page clients that ask without pause.
type readers struct {
	srv     *server
	session *http.Client
	mu      sync.Mutex
	now     *latencySet
}

func (rd *readers) current() *latencySet {
	rd.mu.Lock()
	defer rd.mu.Unlock()
	return rd.now
}

// swap starts a new set and returns the summaries of the old one: by kind,
// the searches by question, and by kind as the server timed them.
func (rd *readers) swap(next *latencySet) (byKind, byQuestion map[string]summary, timed map[string]timingSummary) {
	rd.mu.Lock()
	old := rd.now
	rd.now = next
	rd.mu.Unlock()
	byQuestion = map[string]summary{}
	for name, l := range old.byQuestion {
		byQuestion[name] = l.summary()
	}
	timed = map[string]timingSummary{"search": old.timed["search"].summary(), "triage": old.timed["triage"].summary()}
	return map[string]summary{"search": old.search.summary(), "triage": old.triage.summary()}, byQuestion, timed
}

func (rd *readers) start(ctx context.Context, wg *sync.WaitGroup, searchers, triagers int) {
	for c := range searchers {
		wg.Go(func() {
			for i := c * 7919; ctx.Err() == nil; i++ {
				rctx, timing := withTiming(ctx)
				name, st, d, err := search(rctx, rd.srv, i)
				if ctx.Err() == nil {
					now := rd.current()
					now.search.add(d, st, err)
					now.byQuestion[name].add(d, st, err)
					if err == nil {
						now.timed["search"].add(d, timing)
					}
				}
			}
		})
	}
	for c := range triagers {
		wg.Go(func() {
			for i := c; ctx.Err() == nil; i++ {
				rctx, timing := withTiming(ctx)
				st, d, err := triage(rctx, rd.srv, rd.session, i)
				if ctx.Err() == nil {
					now := rd.current()
					now.triage.add(d, st, err)
					if err == nil {
						now.timed["triage"].add(d, timing)
					}
				}
			}
		})
	}
}

// search asks the i-th question of the analysts' mix (synth.Mix) through
// GET /api/v1/articles/search with the admin token; name is the question's.
func search(ctx context.Context, srv *server, i int) (name string, status int, took time.Duration, err error) {
	mq := synth.Mix[i%len(synth.Mix)]
	q := mq.At(i / len(synth.Mix))
	v := q.Values()
	v.Set("size", "20")
	start := time.Now()
	status, err = srv.call(ctx, http.MethodGet, "/api/v1/articles/search?"+v.Encode(), nil, nil)
	return mq.Name, status, time.Since(start), statusOnly(err)
}

// triage loads the triage page as the press officer: the open view and the
// overdue view in turn.
func triage(ctx context.Context, srv *server, session *http.Client, i int) (int, time.Duration, error) {
	path := "/"
	if i%2 == 1 {
		path = "/?view=overdue"
	}
	start := time.Now()
	st, err := srv.page(ctx, session, path)
	return st, time.Since(start), err
}

// statusOnly drops an error that only says the status was not 2xx: the
// status is counted on its own.
func statusOnly(err error) error {
	var he *httpError
	if errors.As(err, &he) {
		return nil
	}
	return err
}

// mixed runs clients for d: each request is a new case (25 %), a move of an
// open case (25 %), a search (30 %) or the triage page (20 %).
func mixed(ctx context.Context, srv *server, session *http.Client, pool *casePool, clients int, d time.Duration) (map[string]summary, map[string]timingSummary) {
	kinds := map[string]*latencies{"all": {}, "new_case": {}, "move": {}, "search": {}, "triage": {}}
	timed := map[string]*timings{"all": {}, "new_case": {}, "move": {}, "search": {}, "triage": {}}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(c), 11))
			for i := c * 104729; ctx.Err() == nil; i++ {
				var kind string
				var st int
				var err error
				rctx, timing := withTiming(ctx)
				start := time.Now()
				switch p := r.IntN(100); {
				case p < 25:
					kind = "new_case"
					var cs caseAnswer
					st, err = srv.call(rctx, http.MethodPost, "/api/v1/cases", newCaseBody(r, time.Time{}), &cs)
					if err == nil {
						pool.put(openCase{id: cs.ID, kind: cs.Kind, status: cs.Status})
					}
				case p < 50:
					kind = "move"
					oc, ok := pool.take(r)
					if !ok {
						continue
					}
					var cs caseAnswer
					st, err = srv.call(rctx, http.MethodPost, fmt.Sprintf("/api/v1/cases/%d/transition", oc.id), nextMove(oc), &cs)
					if err == nil && cs.Status != "closed" {
						pool.put(openCase{id: oc.id, kind: oc.kind, status: cs.Status})
					}
				case p < 80:
					kind = "search"
					_, st, _, err = search(rctx, srv, i)
				default:
					kind = "triage"
					st, _, err = triage(rctx, srv, session, i)
				}
				took := time.Since(start)
				if ctx.Err() != nil {
					return // a request cut by the end of the phase is not counted
				}
				err = statusOnly(err)
				kinds[kind].add(took, st, err)
				kinds["all"].add(took, st, err)
				if err == nil {
					timed[kind].add(took, timing)
					timed["all"].add(took, timing)
				}
			}
		})
	}
	wg.Wait()
	out, outTimed := map[string]summary{}, map[string]timingSummary{}
	for k, l := range kinds {
		out[k], outTimed[k] = l.summary(), timed[k].summary()
	}
	return out, outTimed
}

// checkNumbers reads the whole register through the API and checks that
// each series of numbers (kind and year) runs 1..n once each. Pages are
// read newest first; a case a late request stored while they were read
// would shift them, so the register is read again until its total stayed
// the same from the first page to the last.
func checkNumbers(ctx context.Context, srv *server) (string, error) {
	var cases map[int64]caseAnswer
	for attempt := 0; ; attempt++ {
		var stable bool
		var err error
		if cases, stable, err = readRegister(ctx, srv); err != nil {
			return "not checked: " + err.Error(), err
		}
		if stable {
			break
		}
		if attempt == 4 {
			return "not checked: the register kept changing while it was read", errors.New("the register kept changing")
		}
		if err := sleep(ctx, time.Second); err != nil {
			return "not checked", err
		}
	}
	seqs := map[string][]int{}
	for _, c := range cases {
		i := strings.LastIndexByte(c.Number, '-')
		seq, err := strconv.Atoi(c.Number[i+1:])
		if i < 0 || err != nil {
			return "", fmt.Errorf("register number %q has no sequence", c.Number)
		}
		seqs[c.Number[:i]] = append(seqs[c.Number[:i]], seq)
	}
	var series []string
	for prefix, s := range seqs {
		slices.Sort(s)
		for i, seq := range s {
			if seq != i+1 {
				v := fmt.Sprintf("%s: a gap or a repeat at %d (numbers %v)", prefix, i+1, s[max(0, i-2):min(len(s), i+3)])
				return v, errors.New(v)
			}
		}
		series = append(series, fmt.Sprintf("%s 1–%d", prefix, len(s)))
	}
	slices.Sort(series)
	return fmt.Sprintf("%d cases, gap-free (%s)", len(cases), strings.Join(series, ", ")), nil
}

// readRegister reads every case by id; stable says that the total did not
// change while the pages were read and every case was read once.
func readRegister(ctx context.Context, srv *server) (map[int64]caseAnswer, bool, error) {
	cases := map[int64]caseAnswer{}
	first, last := -1, -1
	for page := 1; ; page++ {
		var out struct {
			Total int          `json:"total"`
			Cases []caseAnswer `json:"cases"`
		}
		if _, err := srv.call(ctx, http.MethodGet, fmt.Sprintf("/api/v1/cases?size=500&page=%d&sort=received", page), nil, &out); err != nil {
			return nil, false, err
		}
		if first < 0 {
			first = out.Total
		}
		last = out.Total
		for _, c := range out.Cases {
			cases[c.ID] = c
		}
		if len(out.Cases) < 500 {
			break
		}
	}
	return cases, first == last && len(cases) == last, nil
}
