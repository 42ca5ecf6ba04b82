package web_test

// Benchmarks at the size of a real register: the triage page, the API list and
// registering a case, over 100,000 cases on SQLite and on PostgreSQL (when
// LAGESBILD_TEST_DATABASE_URL is set):
//
//	go test ./web/ -run '^$' -bench . -benchtime 200x
//
// Each database is filled once per run, by the first benchmark that needs it,
// outside the timer. Besides ns/op every benchmark reports the median and the
// 99th percentile of its iterations (p50-ms, p99-ms). With -v -args -explain
// the triage benchmark also logs the SQL the page runs, with the query plans
// (bench/RESULTS.md).

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"github.com/lagesbild/lagesbild/web"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

const registerSize = 100_000

var explainTriage = flag.Bool("explain", false, "log the SQL the triage page runs, with query plans (BenchmarkTriagePage100k)")

func TestMain(m *testing.M) {
	code := m.Run()
	if !closeRegisters() && code == 0 {
		code = 1
	}
	os.Exit(code)
}

func BenchmarkTriagePage100k(b *testing.B) {
	eachRegister(b, func(b *testing.B, r *register) {
		if *explainTriage {
			logTriageQueries(b, r)
		}
		br := r.app(b).browser()
		br.login("press")
		for _, view := range []string{"open", "overdue"} {
			path := "/"
			if view != "open" {
				path = "/?view=" + view
			}
			b.Run(view, func(b *testing.B) {
				br.a.t = b
				if rec := br.do("GET", path, nil); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `href="/cases/`) {
					b.Fatalf("GET %s: status %d, or no cases listed", path, rec.Code)
				}
				timedLoop(b, func() {
					if rec := br.do("GET", path, nil); rec.Code != http.StatusOK {
						b.Fatalf("GET %s: status %d", path, rec.Code)
					}
				})
			})
		}
	})
}

func BenchmarkAPIListCases100k(b *testing.B) {
	eachRegister(b, func(b *testing.B, r *register) {
		for _, tt := range []struct{ name, path string }{
			{"overdue", "/api/v1/cases?overdue=true"},
			{"all", "/api/v1/cases"}, // page 1 of 50, newest first
		} {
			path := tt.path
			b.Run(tt.name, func(b *testing.B) {
				a := r.app(b)
				if got := decode[struct{ Total int }](b, a.api(press, "GET", path, "")); got.Total == 0 {
					b.Fatalf("GET %s lists no cases", path)
				}
				timedLoop(b, func() {
					if rec := a.api(press, "GET", path, ""); rec.Code != http.StatusOK {
						b.Fatalf("GET %s: status %d: %s", path, rec.Code, rec.Body)
					}
				})
			})
		}
	})
}

// BenchmarkRegisterCSV100k writes the public extract of the whole register
// (100,000 cases) as CSV through GET /api/v1/register. The answer goes to a
// writer that only counts, so B/op shows what the handler holds: far less
// than the CSV itself when the rows are written as they are read.
func BenchmarkRegisterCSV100k(b *testing.B) {
	eachRegister(b, func(b *testing.B, r *register) {
		a := r.app(b)
		today := a.store.Now().In(tracker.Stockholm)
		path := "/api/v1/register?format=csv&from=" + today.AddDate(-3, 0, 0).Format(time.DateOnly) + "&to=" + today.Format(time.DateOnly)
		req := httptest.NewRequest("GET", path, nil)
		req.Header.Set("Authorization", "Bearer "+a.tokens[analyst])
		var w countingWriter
		a.router.ServeHTTP(&w, req)
		if w.status != http.StatusOK || w.lines != registerSize+1 {
			b.Fatalf("GET %s: status %d, %d lines; want 200 and %d", path, w.status, w.lines, registerSize+1)
		}
		b.Logf("%s: the CSV is %.1f MB, %d lines", path, float64(w.bytes)/1e6, w.lines)
		timedLoop(b, func() {
			w = countingWriter{}
			a.router.ServeHTTP(&w, req)
			if w.status != http.StatusOK {
				b.Fatalf("GET %s: status %d", path, w.status)
			}
		})
	})
}

// countingWriter is an http.ResponseWriter that keeps nothing but counts.
type countingWriter struct {
	header       http.Header
	status       int
	bytes, lines int
}

func (w *countingWriter) Header() http.Header {
	if w.header == nil {
		w.header = http.Header{}
	}
	return w.header
}

func (w *countingWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	w.bytes += len(p)
	w.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

// BenchmarkCreateCase registers cases in the filled register: it runs last,
// so the 2×N open cases it adds reach the benchmarks above only with -count > 1.
func BenchmarkCreateCase(b *testing.B) {
	const body = `{"kind":"document_request","subject":"Avvikelserapporter om journalsystemet","channel":"email",
		"description":"Begär ut avvikelserapporter om journalsystemet från oktober 2024.",
		"requester":{"name":"Karin Exempel","email":"karin@example.org"},
		"topics":["IT-system","Vården"],"assignee":"press","unit":"Regionhälsan"}`
	eachRegister(b, func(b *testing.B, r *register) {
		b.Run("api", func(b *testing.B) {
			a := r.app(b)
			timedLoop(b, func() {
				if rec := a.api(press, "POST", "/api/v1/cases", body); rec.Code != http.StatusCreated {
					b.Fatalf("create case: status %d: %s", rec.Code, rec.Body)
				}
			})
		})
		b.Run("store", func(b *testing.B) {
			a := r.app(b)
			ctx := context.Background()
			u, err := a.store.User(ctx, "press")
			if err != nil {
				b.Fatal(err)
			}
			in := tracker.NewCase{Kind: tracker.DocumentRequest, Subject: "Avvikelserapporter om journalsystemet",
				Description: "Begär ut avvikelserapporter om journalsystemet från oktober 2024.", Channel: tracker.ChannelEmail,
				Requester: tracker.Requester{Name: "Karin Exempel", Email: "karin@example.org"},
				Topics:    []string{"IT-system", "Vården"}, Assignee: "press", Unit: "Regionhälsan"}
			timedLoop(b, func() {
				if _, err := a.store.CreateCase(ctx, in, u.Actor()); err != nil {
					b.Fatal(err)
				}
			})
		})
	})
}

// timedLoop runs op in b.Loop and reports, besides ns/op, the median and the
// 99th percentile of the iterations in milliseconds.
func timedLoop(b *testing.B, op func()) {
	b.Helper()
	b.ReportAllocs()
	took := make([]time.Duration, 0, 1024)
	for b.Loop() {
		start := time.Now()
		op()
		took = append(took, time.Since(start))
	}
	dbtest.ReportPercentiles(b, took)
}

// register is a filled database with the test users, shared by every
// benchmark of one go test run.
type register struct {
	once  sync.Once
	owner *runTB
	db    *gorm.DB
	base  *app
}

var registers = map[string]*register{"sqlite": {}, "postgres": {}}

// eachRegister runs fn on the filled SQLite register and, when
// LAGESBILD_TEST_DATABASE_URL is set, on the filled PostgreSQL one.
func eachRegister(b *testing.B, fn func(b *testing.B, r *register)) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		b.Run(dialect, func(b *testing.B) { fn(b, openRegister(b, dialect)) })
	}
}

func openRegister(b *testing.B, dialect string) *register {
	b.Helper()
	if dialect == "postgres" {
		dbtest.TestPostgresURL(b) // skips with a message when unset
	}
	r := registers[dialect]
	r.once.Do(func() {
		start := time.Now()
		r.owner = &runTB{TB: b}
		if dialect == "postgres" {
			r.db = dbtest.OpenTestPostgres(r.owner, slices.Concat(tracker.Migrations, report.Migrations))
		} else {
			r.db = dbtest.OpenTestSQLite(r.owner, slices.Concat(tracker.Migrations, report.Migrations))
		}
		a := newApp(r.owner, r.db)
		fillRegister(b, r.db, a.store, registerSize)
		tc, err := a.store.Triage(context.Background(), "press")
		if err != nil {
			b.Fatal(err)
		}
		r.base = a
		b.Logf("%s: %d cases filled in %s; open %d, overdue %d, due today %d, unassigned %d, press's %d",
			dialect, registerSize, time.Since(start).Round(time.Millisecond), tc.Open, tc.Overdue, tc.DueToday, tc.Unassigned, tc.Mine)
	})
	if r.base == nil {
		b.Fatalf("the %s register could not be filled: see the first benchmark that tried", dialect)
	}
	return r
}

// app is the register's app reporting to b.
func (r *register) app(b *testing.B) *app {
	a := *r.base
	a.t = b
	return &a
}

// runTB opens a register that outlives the benchmark which filled it: its
// temporary directory and cleanups (closing the database, dropping the
// PostgreSQL schema) are left to TestMain. Fatal and Skip go to the filling
// benchmark.
type runTB struct {
	testing.TB
	cleanups []func()
	failed   bool
}

func (r *runTB) Cleanup(f func()) { r.cleanups = append(r.cleanups, f) }

func (r *runTB) TempDir() string {
	dir, err := os.MkdirTemp("", "lagesbild-bench-")
	if err != nil {
		r.Fatal(err)
	}
	r.Cleanup(func() {
		if err := os.RemoveAll(dir); err != nil {
			r.Errorf("remove %s: %v", dir, err)
		}
	})
	return dir
}

// Errorf is only reached from cleanups, after the benchmark has ended.
func (r *runTB) Errorf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench cleanup: "+format+"\n", args...)
	r.failed = true
}

// closeRegisters runs the registers' cleanups and tells whether they all succeeded.
func closeRegisters() bool {
	ok := true
	for _, r := range registers {
		if r.owner == nil {
			continue
		}
		for i := len(r.owner.cleanups) - 1; i >= 0; i-- {
			r.owner.cleanups[i]()
		}
		ok = ok && !r.owner.failed
	}
	return ok
}

// benchCaseTopic and benchCaseCounter are rows of tables the tracker fills
// itself, written here in bulk.
type benchCaseTopic struct {
	CaseID int64
	Topic  string
}

func (benchCaseTopic) TableName() string { return "case_topics" }

type benchCaseCounter struct {
	Kind string
	Year int
	Last int
}

func (benchCaseCounter) TableName() string { return "case_counters" }

// fillBatch is how many rows one INSERT writes: 1,000 cases (33 columns) on
// PostgreSQL, whose limit is 65,535 bound parameters. The SQLite driver
// (glebarez/go-sqlite) binds each parameter by a linear search through all
// of them, so a statement's cost grows with the square of its parameters:
// 25 cases a statement fill SQLite fastest.
func fillBatch(db *gorm.DB) int {
	if lagesbild.IsPostgres(db) {
		return 1000
	}
	return 25
}

// fillRegister writes n cases into the tables in multi-row INSERTs, as the
// register of a busy press office looks after two years: both kinds, numbers
// consecutive per kind and year in order of receipt (and the counters where
// CreateCase goes on from), about 95 % with an outcome, the open rest
// overdue, due today or due later, about 40 % with topics. Then ANALYZE.
func fillRegister(b *testing.B, db *gorm.DB, store *tracker.Store, n int) {
	b.Helper()
	cases, topics := fakeCases(store, n)
	counters := map[[2]string]*benchCaseCounter{}
	var counterRows []benchCaseCounter
	for i := range cases {
		c := &cases[i]
		key := [2]string{string(c.Kind), fmt.Sprint(c.Year)}
		if counters[key] == nil {
			counters[key] = &benchCaseCounter{Kind: string(c.Kind), Year: c.Year}
		}
		counters[key].Last++
		c.Seq = counters[key].Last
		c.Number = fmt.Sprintf("%s-%d-%04d", c.Kind.Prefix(), c.Year, c.Seq)
	}
	for _, c := range counters {
		counterRows = append(counterRows, *c)
	}
	err := db.Transaction(func(tx *gorm.DB) error {
		if err := tx.CreateInBatches(cases, fillBatch(tx)).Error; err != nil {
			return fmt.Errorf("insert cases: %w", err)
		}
		if err := tx.CreateInBatches(topics, 10*fillBatch(tx)).Error; err != nil {
			return fmt.Errorf("insert topics: %w", err)
		}
		if err := tx.Create(&counterRows).Error; err != nil {
			return fmt.Errorf("insert counters: %w", err)
		}
		if lagesbild.IsPostgres(tx) { // ids were given: move the sequence past them
			return tx.Exec(`SELECT setval(pg_get_serial_sequence('cases', 'id'), (SELECT MAX(id) FROM cases))`).Error
		}
		return nil
	})
	if err != nil {
		b.Fatalf("fill register: %v", err)
	}
	dbtest.Analyze(b, db)
}

var (
	benchTopics = []string{"Vården", "Akuten", "Väntetider", "Upphandling", "Kollektivtrafik", "Ekonomi",
		"Personal", "IT-system", "Tandvård", "Psykiatri", "Ambulans", "Miljö", "Politiska beslut", "Säkerhet"}
	requestSubjects = []string{"Avvikelserapporter om %s", "Upphandlingsdokument för %s", "E-post till regiondirektören om %s",
		"Protokoll från ledningsgruppen om %s", "Avtal och fakturor gällande %s", "Lex Maria-anmälningar om %s",
		"Riskanalyser för %s", "Beslutsunderlag om %s"}
	inquirySubjects = []string{"Intervju om %s", "Frågor om %s", "Kommentar till granskning av %s",
		"Siffror om %s", "Uppgifter om kostnader för %s", "Faktakoll om %s"}
	subjectObjects = []string{"journalsystemet", "akutmottagningen i Lund", "färdtjänsten", "ambulansdirigeringen",
		"väntetiderna i ortopedin", "hyrläkare", "tandvården för barn", "psykiatrins vårdplatser", "nya sjukhusbygget",
		"IT-avbrottet i oktober", "sommarens bemanning", "kollektivtrafikens förseningar", "konsultkostnaderna"}
	outlets = []string{"Sveriges Radio Ekot", "SVT Nyheter", "Dagens Nyheter", "Sydsvenskan", "Aftonbladet",
		"Expressen", "TT", "Läkartidningen", "Dagens Medicin", "Lokaltidningen", "Kvällsposten", "Ny Teknik"}
	firstNames = []string{"Karin", "Anders", "Maria", "Johan", "Eva", "Mikael", "Sara", "Erik", "Lena", "Ahmed", "Fatima", "Nils"}
	lastNames  = []string{"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Ali", "Lindqvist"}
)

// fakeCases makes n cases received over the two years before the store's now
// and sorted by time of receipt (their ids), with the topics of some. Year
// is set; Seq and Number are left to the caller.
func fakeCases(store *tracker.Store, n int) ([]tracker.Case, []benchCaseTopic) {
	rng := rand.New(rand.NewPCG(20241119, 1))
	now, endOfToday, cal := store.Now(), store.EndOfToday(), store.Calendar()
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	between := func(from, to time.Time) time.Time {
		return from.Add(time.Duration(rng.Int64N(int64(to.Sub(from)) + 1))).Truncate(time.Microsecond)
	}
	y, m, d := now.In(tracker.Stockholm).Date()
	startOfToday := time.Date(y, m, d, 0, 0, 0, 0, tracker.Stockholm).UTC()
	day := 24 * time.Hour

	cases := make([]tracker.Case, n)
	caseTopics := make([][]string, n)
	for i := range cases {
		c := &cases[i]
		c.Kind = tracker.DocumentRequest
		if rng.Float64() < 0.4 {
			c.Kind = tracker.PressInquiry
		}
		open := rng.Float64() < 0.05
		// When it came in, and when it is due: the document request at the
		// end of the next working day, the press inquiry at the journalist's
		// deadline.
		var deadline time.Time
		switch p := rng.Float64(); {
		case !open:
			c.ReceivedAt = between(now.Add(-730*day), now)
			deadline = c.ReceivedAt.Add(time.Duration(2+rng.IntN(70)) * time.Hour)
		case p < 0.45: // overdue
			c.ReceivedAt = between(now.Add(-120*day), now.Add(-3*day))
			deadline = c.ReceivedAt.Add(time.Duration(2+rng.IntN(48)) * time.Hour)
		case p < 0.65: // due today: requests in yesterday, inquiries with a deadline tonight
			c.ReceivedAt = between(startOfToday.Add(-day), startOfToday.Add(-time.Second))
			if c.Kind == tracker.PressInquiry {
				c.ReceivedAt = between(now.Add(-20*time.Hour), now)
			}
			deadline = between(now, endOfToday)
		default: // due later: requests in today, inquiries with a deadline days ahead
			c.ReceivedAt = between(startOfToday, now)
			if c.Kind == tracker.PressInquiry {
				c.ReceivedAt = between(now.Add(-3*day), now)
			}
			deadline = between(endOfToday.Add(time.Second), now.Add(14*day))
		}
		c.Year = c.ReceivedAt.In(tracker.Stockholm).Year()
		c.DueAt = cal.DueAt(c.ReceivedAt).UTC()
		if c.Kind == tracker.PressInquiry {
			deadline = deadline.Truncate(time.Microsecond)
			c.DueAt, c.DeadlineAt = deadline, &deadline
		}
		c.Subject = fmt.Sprintf(pick(requestSubjects), pick(subjectObjects))
		c.Channel = [...]tracker.Channel{tracker.ChannelEmail, tracker.ChannelEmail, tracker.ChannelEmail,
			tracker.ChannelWeb, tracker.ChannelWeb, tracker.ChannelLetter, tracker.ChannelInPerson}[rng.IntN(7)]
		name := pick(firstNames) + " " + pick(lastNames)
		if c.Kind == tracker.PressInquiry {
			c.Subject = fmt.Sprintf(pick(inquirySubjects), pick(subjectObjects))
			c.Channel = [...]tracker.Channel{tracker.ChannelPhone, tracker.ChannelEmail}[rng.IntN(2)]
			c.RequesterName, c.RequesterOutlet = name, pick(outlets)
			c.RequesterPhone = fmt.Sprintf("070-%03d %02d %02d", rng.IntN(1000), rng.IntN(100), rng.IntN(100))
		}
		if c.Kind == tracker.PressInquiry || rng.Float64() < 0.6 {
			c.RequesterName = name
			c.RequesterEmail = strings.ToLower(fmt.Sprintf("person%d@example.org", rng.IntN(5000)))
		}
		c.Description = "Önskar ta del av handlingarna för perioden januari–oktober. Svara gärna per e-post; " +
			"handlingarna kan lämnas ut elektroniskt om det går."
		if c.Kind == tracker.PressInquiry {
			c.Description = "Reportern vill ha en kommentar och bakgrundsfakta före deadline. Ring tillbaka på numret ovan."
		}
		c.Unit = testUnits[rng.IntN(len(testUnits))]
		switch p := rng.Float64(); {
		case open && p < 0.3:
			// unassigned
		case p < 0.6:
			c.Assignee = "press"
		default:
			c.Assignee = "admin"
		}
		c.CreatedBy = [...]string{"press", "admin"}[rng.IntN(2)]
		c.CreatedAt, c.UpdatedAt = c.ReceivedAt, c.ReceivedAt
		c.Status = tracker.StatusReceived
		if open {
			if rng.Float64() < 0.5 {
				c.Status = tracker.StatusInProgress
			}
		} else {
			outcome(rng, c, now, between)
		}
		if rng.Float64() < 0.4 {
			for range 1 + rng.IntN(3) {
				if t := pick(benchTopics); !slices.Contains(caseTopics[i], t) {
					caseTopics[i] = append(caseTopics[i], t)
				}
			}
		}
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cases[i].ReceivedAt.Compare(cases[j].ReceivedAt) })
	sorted := make([]tracker.Case, n)
	var topics []benchCaseTopic
	for id, i := range order {
		sorted[id] = cases[i]
		sorted[id].ID = int64(id + 1)
		for _, t := range caseTopics[i] {
			topics = append(topics, benchCaseTopic{CaseID: int64(id + 1), Topic: t})
		}
	}
	return sorted, topics
}

// outcome decides a case, some time between its receipt and now, and closes a fifth of them later.
func outcome(rng *rand.Rand, c *tracker.Case, now time.Time, between func(from, to time.Time) time.Time) {
	statuses := []tracker.Status{tracker.StatusReleased, tracker.StatusReleased, tracker.StatusReleased,
		tracker.StatusReleased, tracker.StatusPartiallyReleased, tracker.StatusRefused, tracker.StatusWithdrawn, tracker.StatusForwarded}
	if c.Kind == tracker.PressInquiry {
		statuses = []tracker.Status{tracker.StatusAnswered, tracker.StatusAnswered, tracker.StatusAnswered,
			tracker.StatusAnswered, tracker.StatusDeclined}
	}
	c.Status = statuses[rng.IntN(len(statuses))]
	at := between(c.ReceivedAt, minTime(c.ReceivedAt.Add(6*24*time.Hour), now))
	c.OutcomeAt, c.UpdatedAt = &at, at
	c.DecidedBy = c.Assignee
	if c.DecidedBy == "" {
		c.DecidedBy = "press"
	}
	switch c.Status {
	case tracker.StatusPartiallyReleased, tracker.StatusRefused:
		c.LegalGround = "OSL 25 kap. 1 §"
		c.Reasoning = "Uppgifterna rör enskildas hälsotillstånd och omfattas av sekretess."
		c.AppealInstruction = tracker.AppealInstruction("Testregionen")
		delivered := between(at, minTime(at.Add(24*time.Hour), now))
		deadline := delivered.Add(21 * 24 * time.Hour)
		c.DeliveredAt, c.AppealDeadline = &delivered, &deadline
	case tracker.StatusForwarded:
		c.ForwardedTo = "Inspektionen för vård och omsorg"
	}
	if rng.Float64() < 0.2 {
		closed := between(at, minTime(at.Add(30*24*time.Hour), now))
		c.Status, c.ClosedAt, c.UpdatedAt = tracker.StatusClosed, &closed, closed
	}
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// logTriageQueries logs every SQL statement the triage page runs (default
// view and view=overdue) with its plan: EXPLAIN (ANALYZE, BUFFERS) on
// PostgreSQL, EXPLAIN QUERY PLAN on SQLite.
func logTriageQueries(b *testing.B, r *register) {
	b.Helper()
	rec := &dbtest.SQLRecorder{}
	a := r.app(b)
	a.store = tracker.NewStore(r.db.Session(&gorm.Session{Logger: rec}), tracker.Options{Now: r.base.store.Now,
		Units: testUnits, Authority: "Testregionen", PasswordCost: bcrypt.MinCost})
	a.router = web.New(web.Deps{Store: a.store, Reports: a.report, Logger: slog.New(slog.DiscardHandler)})
	br := a.browser()
	br.login("press")
	for _, path := range []string{"/", "/?view=overdue"} {
		rec.Reset()
		if res := br.do("GET", path, nil); res.Code != http.StatusOK {
			b.Fatalf("GET %s: status %d", path, res.Code)
		}
		b.Logf("GET %s runs %d queries:%s", path, len(rec.Queries()), rec.Plans(b, r.db))
	}
}
