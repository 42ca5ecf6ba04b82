package report_test

// The weekly lägesbild at the size of a busy region: Compose over N articles
// and M cases on SQLite and on PostgreSQL (when LAGESBILD_TEST_DATABASE_URL
// is set), and the coverage queries one by one:
//
//	go test ./tracker/ -run '^$' -bench Report -benchtime 20x
//
// N and M default to 100,000 articles and 10,000 cases; the goal size, run by
// hand (bench/RESULTS.md):
//
//	LAGESBILD_BENCH_ARTICLES=1000000 LAGESBILD_BENCH_CASES=100000 \
//	  go test ./tracker/ -run '^$' -bench Report -benchtime 20x -timeout 60m
//
// With -v -args -explain the benchmark also logs the SQL of the coverage
// queries with their plans: EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL, EXPLAIN
// QUERY PLAN on SQLite.
//
// Each database is filled once per dialect, outside the timer, with
// multi-row INSERTs straight into the tables. Besides ns/op every benchmark
// reports the median and the 99th percentile of its iterations (p50-ms,
// p99-ms).

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

var explainReport = flag.Bool("explain", false, "log the coverage queries of BenchmarkReport with their plans")

func benchSize(b *testing.B, env string, def int) int {
	b.Helper()
	v := os.Getenv(env)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
	if err != nil || n <= 0 {
		b.Fatalf("%s=%q: want a positive number", env, v)
	}
	return n
}

// The bench's clock and the report it composes: ISO week 46 of 2024, the
// week before "now".
var (
	benchNow    = time.Date(2024, 11, 19, 9, 0, 0, 0, time.UTC) // Tuesday 10:00 in Stockholm
	benchWeek   = tracker.Period{From: "2024-11-11", To: "2024-11-17"}
	benchPeople = []string{"Helena Strömvall", "Johan Ekelund", "Annika Berglöf", "Samir Haddad", "Lena Sandahl Öhrn"}
)

func BenchmarkReport(b *testing.B) {
	articles := benchSize(b, "LAGESBILD_BENCH_ARTICLES", 100_000)
	cases := benchSize(b, "LAGESBILD_BENCH_CASES", 10_000)
	for _, dialect := range []string{"sqlite", "postgres"} {
		b.Run(fmt.Sprintf("%s/articles=%d/cases=%d", dialect, articles, cases), func(b *testing.B) {
			var db *gorm.DB
			steps := allMigrations
			if dialect == "postgres" {
				dbtest.TestPostgresURL(b) // skips with a message when unset
				db = dbtest.OpenTestPostgres(b, steps)
			} else {
				db = dbtest.OpenTestSQLite(b, steps)
			}
			start := time.Now()
			fillCoverage(b, db, articles)
			filledArticles := time.Since(start)
			fillCases(b, db, cases)
			dbtest.Analyze(b, db)
			b.Logf("%s: %d articles filled in %s, %d cases in %s (with ANALYZE)", dialect, articles,
				filledArticles.Round(time.Millisecond), cases, (time.Since(start) - filledArticles).Round(time.Millisecond))
			runReportBenchmarks(b, db)
		})
	}
}

func runReportBenchmarks(b *testing.B, db *gorm.DB) {
	ctx := context.Background()
	now := func() time.Time { return benchNow }
	register := tracker.NewStore(db, tracker.Options{Now: now})
	store := report.NewStore(db, register, report.Options{Now: now})
	for _, name := range benchPeople {
		if _, err := store.CreateSpokesperson(ctx, report.SpokespersonInput{Name: name, Active: true},
			tracker.Actor{Username: "admin", Role: tracker.RoleAdmin}); err != nil {
			b.Fatal(err)
		}
	}
	cov := report.NewArticleCoverage(ingest.NewStore(db, nil), report.ArticleCoverageOptions{})
	r, err := store.Compose(ctx, benchWeek, report.ComposeOptions{Coverage: cov, Mentions: cov})
	if err != nil {
		b.Fatal(err)
	}
	var themes []string
	for _, t := range r.Themes {
		themes = append(themes, fmt.Sprintf("%s %q %d", t.Kind, t.Label, t.Count))
	}
	mentions := 0
	for _, sp := range r.Spokespersons {
		mentions += *sp.Mentions
	}
	b.Logf("week %s: coverage %d (previous %d; news %d, opinion %d; %d outlets), pressure %s, %d opinion pieces, "+
		"%d actions, %d mentions, register received %d+%d; themes: %s", benchWeek, r.Coverage.Total, r.Coverage.PreviousTotal,
		r.Coverage.ByKind.News, r.Coverage.ByKind.Opinion, len(r.Coverage.ByOutlet), r.Pressure.Level, len(r.OpinionPieces),
		len(r.Actions), mentions, r.Register.DocumentRequest.Received, r.Register.PressInquiry.Received, strings.Join(themes, "; "))
	if r.Coverage.Total == 0 {
		b.Fatal("the bench week has no coverage")
	}

	if *explainReport {
		logCoveragePlans(b, db)
	}

	b.Run("compose", func(b *testing.B) {
		reportLoop(b, func() error {
			_, err := store.Compose(ctx, benchWeek, report.ComposeOptions{Coverage: cov, Mentions: cov})
			return err
		})
	})
	// The same compose when an article of the week has changed since the
	// last one (a new rev, as a refetch with a new text gives it): the
	// coverage is counted again and the themes found again, as on a
	// live day when new articles keep coming.
	var changed int64
	weekStart, weekEnd := benchWeek.Bounds()
	if err := db.Raw(`SELECT MIN(id) FROM articles WHERE kind = 'news' AND published_at >= ? AND published_at < ?`,
		weekStart.UTC(), weekEnd.UTC()).Scan(&changed).Error; err != nil {
		b.Fatal(err)
	}
	b.Run("compose_after_change", func(b *testing.B) {
		reportLoop(b, func() error {
			if err := db.Exec(`UPDATE articles SET rev = (SELECT MAX(rev) + 1 FROM articles) WHERE id = ?`, changed).Error; err != nil {
				return err
			}
			_, err := store.Compose(ctx, benchWeek, report.ComposeOptions{Coverage: cov, Mentions: cov})
			return err
		})
	})
	b.Run("coverage_figures", func(b *testing.B) {
		reportLoop(b, func() error { _, err := cov.CoverageFigures(ctx, benchWeek, ""); return err })
	})
	b.Run("daily_volume_28d", func(b *testing.B) {
		reportLoop(b, func() error { _, err := cov.DailyVolume(ctx, benchWeek.Before(report.BaselineDays), ""); return err })
	})
	b.Run("mentions", func(b *testing.B) {
		reportLoop(b, func() error { _, err := cov.Mentions(ctx, benchPeople, benchWeek); return err })
	})
	b.Run("own_items", func(b *testing.B) {
		reportLoop(b, func() error { _, err := cov.OwnItems(ctx, benchWeek); return err })
	})
	b.Run("register_figures", func(b *testing.B) {
		reportLoop(b, func() error { _, err := register.RegisterFigures(ctx, benchWeek); return err })
	})
}

// reportLoop runs op in b.Loop and reports, besides ns/op, the median and
// the 99th percentile of the iterations in milliseconds.
func reportLoop(b *testing.B, op func() error) {
	b.Helper()
	b.ReportAllocs()
	var took []time.Duration
	for b.Loop() {
		start := time.Now()
		if err := op(); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	if len(took) == 0 {
		return
	}
	slices.Sort(took)
	ms := func(p float64) float64 {
		i := max(int(math.Ceil(p*float64(len(took))))-1, 0) // nearest rank
		return float64(took[i]) / float64(time.Millisecond)
	}
	b.ReportMetric(ms(0.50), "p50-ms")
	b.ReportMetric(ms(0.99), "p99-ms")
}

// benchRows is how many rows one INSERT writes: on PostgreSQL up to 1,000
// (its limit is 65,535 bound parameters); the SQLite driver
// (glebarez/go-sqlite) binds each parameter by a linear search through all
// of them, so a statement's cost grows with the square of its parameters and
// about 25 rows of a wide table (some 800 parameters) fill it fastest.
func benchRows(db *gorm.DB, cols int) int {
	if lagesbild.IsPostgres(db) {
		return min(1000, 60000/cols)
	}
	return max(800/cols, 1)
}

// bulkInserter writes rows of one table in multi-row INSERTs inside one transaction.
type bulkInserter struct {
	b       *testing.B
	tx      *sql.Tx
	pg      bool
	table   string
	cols    []string
	perStmt int
	args    []any
	rows    int
}

func newBulkInserter(b *testing.B, db *gorm.DB, tx *sql.Tx, table string, cols ...string) *bulkInserter {
	return &bulkInserter{b: b, tx: tx, pg: lagesbild.IsPostgres(db), table: table, cols: cols, perStmt: benchRows(db, len(cols))}
}

func (w *bulkInserter) add(vals ...any) {
	w.args = append(w.args, vals...)
	w.rows++
	if w.rows == w.perStmt {
		w.flush()
	}
}

func (w *bulkInserter) flush() {
	if w.rows == 0 {
		return
	}
	var q strings.Builder
	q.WriteString("INSERT INTO " + w.table + " (" + strings.Join(w.cols, ", ") + ") VALUES ")
	n := 0
	for r := range w.rows {
		if r > 0 {
			q.WriteString(", ")
		}
		q.WriteByte('(')
		for c := range w.cols {
			if c > 0 {
				q.WriteString(", ")
			}
			n++
			if w.pg {
				q.WriteString("$" + strconv.Itoa(n))
			} else {
				q.WriteByte('?')
			}
		}
		q.WriteByte(')')
	}
	if _, err := w.tx.Exec(q.String(), w.args...); err != nil {
		w.b.Fatalf("insert into %s: %v", w.table, err)
	}
	w.args, w.rows = w.args[:0], 0
}

var (
	benchOutlets = []string{"Sveriges Radio Ekot", "SVT Nyheter", "Dagens Nyheter", "Svenska Dagbladet", "Aftonbladet",
		"Expressen", "Sydsvenskan", "Göteborgs-Posten", "Helsingborgs Dagblad", "Kvällsposten", "Dagens Medicin",
		"Läkartidningen", "Vårdfokus", "Computer Sweden", "Ny Teknik", "Dagens Samhälle", "Altinget", "Kuststadens Tidning",
		"Norrviks-Kuriren", "Västhamns Allehanda", "Bergsäters Posten", "Lokaltidningen Strandby", "P4 Väst", "SVT Väst",
		"TV4 Nyheterna", "Omni", "Nyheter24", "Fria Tider", "ETC", "Arbetet", "Kommunalarbetaren", "Vision",
		"Sjukhusläkaren", "Dagens Industri", "Realtid", "Upsala Nya Tidning", "Norran", "Barometern", "Corren", "NT"}
	benchTopicNames = []string{"Aurora", "Akuten", "Väntetider", "Ambulans", "Personal", "IT-säkerhet", "Ekonomi", "Lex Maria"}
	benchWords      = strings.Fields(`journalsystemet aurora akuten sjukhuset regionen patienter personal väntetider
		ambulanser läkare sjuksköterskor vårdplatser överbeläggningar larm avvikelser läkemedel provsvar laboratoriet
		inloggning systemfel driftstopp leverantören upphandling kostnader miljoner budget beslut direktören
		regionstyrelsen oppositionen kritik granskning utredning haverikommissionen ivo anmälan lex maria patientsäkerhet
		operationer uppskjutna köer primärvården vårdcentralen psykiatrin barnsjukvården förlossningen tandvården
		kollektivtrafiken bussar tåg förseningar skolan kommunen bostäder vägarbete trafiken olyckan branden polisen
		vädret stormen strömavbrott elnätet vattnet hamnen industrin jobben varsel arbetslösheten handeln turismen
		festivalen konserten fotbollen matchen laget tränaren supportrarna biblioteket kulturhuset museet utställningen
		valet partierna politikerna debatten förslaget reformen skatten pensionerna äldreomsorgen hemtjänsten boendet`)
	benchFill = strings.Fields(`och att som det är på för med har av till inte en ett om men de den nu när efter
		under enligt säger uppger skriver menar också redan fortfarande samtidigt dessutom därför eftersom medan`)
)

func benchTitle(rng *rand.Rand) string {
	n := 5 + rng.IntN(6)
	w := make([]string, n)
	for i := range w {
		if i%3 == 2 {
			w[i] = benchFill[rng.IntN(len(benchFill))]
		} else {
			w[i] = benchWords[rng.IntN(len(benchWords))]
		}
	}
	r, size := utf8.DecodeRuneInString(w[0])
	w[0] = string(unicode.ToUpper(r)) + w[0][size:]
	return strings.Join(w, " ")
}

func benchText(rng *rand.Rand, title string, words int) string {
	var s strings.Builder
	s.Grow(words * 9)
	s.WriteString(title)
	s.WriteString(". ")
	for i := range words {
		if i%2 == 0 {
			s.WriteString(benchWords[rng.IntN(len(benchWords))])
		} else {
			s.WriteString(benchFill[rng.IntN(len(benchFill))])
		}
		if i%12 == 11 {
			s.WriteString(". ")
		} else {
			s.WriteByte(' ')
		}
	}
	if rng.IntN(50) == 0 { // 2 % quote a spokesperson
		s.WriteString("Det säger " + benchPeople[rng.IntN(len(benchPeople))] + " till tidningen.")
	}
	return s.String()
}

// fillCoverage writes n articles published over the three years before
// benchNow (ids in order of publication), as feeds of forty outlets give
// them: news 80 % (lead text of 60–100 words), opinion 20 % (150–300 words),
// a few own items. About a third of the news are wire stories that reach
// several outlets within hours (and now and then the same outlet twice).
// Eight monitored topics tag about 45 % of the articles.
func fillCoverage(b *testing.B, db *gorm.DB, n int) {
	b.Helper()
	ctx := context.Background()
	st := ingest.NewStore(db, func() time.Time { return benchNow })
	type feedRef struct {
		id     int64
		outlet string
	}
	var news, opinion []feedRef
	for i, o := range benchOutlets {
		f, err := st.CreateFeed(ctx, ingest.NewFeed{URL: fmt.Sprintf("https://feed%d.example.se/nyheter", i), Outlet: o, Kind: ingest.KindNews})
		if err != nil {
			b.Fatal(err)
		}
		news = append(news, feedRef{f.ID, o})
		if i%3 == 0 {
			f, err := st.CreateFeed(ctx, ingest.NewFeed{URL: fmt.Sprintf("https://feed%d.example.se/debatt", i), Outlet: o, Kind: ingest.KindOpinion})
			if err != nil {
				b.Fatal(err)
			}
			opinion = append(opinion, feedRef{f.ID, o})
		}
	}
	own, err := st.CreateFeed(ctx, ingest.NewFeed{URL: "https://region.example.se/press", Outlet: "Region Västkust", Kind: ingest.KindOwn})
	if err != nil {
		b.Fatal(err)
	}
	var topicIDs []int64
	for _, name := range benchTopicNames {
		t, err := st.CreateTopic(ctx, ingest.NewTopic{Name: name, Query: strings.ToLower(name)})
		if err != nil {
			b.Fatal(err)
		}
		topicIDs = append(topicIDs, t.ID)
	}

	rng := rand.New(rand.NewPCG(20241119, 2))
	span := int64(3 * 365 * 24 * time.Hour)
	times := make([]int64, n)
	for i := range times {
		times[i] = rng.Int64N(span)
	}
	slices.Sort(times)
	origin := benchNow.Add(-time.Duration(span))

	sqlDB, err := db.DB()
	if err != nil {
		b.Fatal(err)
	}
	tx, err := sqlDB.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	arts := newBulkInserter(b, db, tx, "articles", "id", "feed_id", "guid", "url", "title", "text", "categories",
		"outlet", "kind", "published_at", "story_key", "first_seen_at", "updated_at", "rev")
	tags := newBulkInserter(b, db, tx, "article_topics", "article_id", "topic_id")
	var tagged [][2]int64
	// A wire story lives for six hours: the news of each six-hour slot that
	// are wire copies pick one of a few stories of the slot.
	const slot, storiesPerSlot = int64(6 * time.Hour), 12
	for i, off := range times {
		id := int64(i + 1)
		pub := origin.Add(time.Duration(off)).UTC().Truncate(time.Microsecond)
		kind, cats := ingest.KindNews, ""
		var feed feedRef
		key := "s" + strconv.FormatInt(id, 36)
		var title, text string
		switch p := rng.Float64(); {
		case p < 0.002:
			kind, feed = ingest.KindOwn, feedRef{own.ID, own.Outlet}
			cats = [...]string{"Pressmeddelande", "Nyhet", "Intern nyhet"}[rng.IntN(3)]
			title = benchTitle(rng)
			text = benchText(rng, title, 80)
		case p < 0.202:
			kind, feed = ingest.KindOpinion, opinion[rng.IntN(len(opinion))]
			title = benchTitle(rng)
			text = benchText(rng, title, 150+rng.IntN(150))
		default:
			feed = news[rng.IntN(len(news))]
			if rng.Float64() < 0.33 {
				story := off/slot*storiesPerSlot + int64(rng.IntN(storiesPerSlot))
				key = "w" + strconv.FormatInt(story, 36)
				srng := rand.New(rand.NewPCG(uint64(story), 7)) // the same story, the same words
				title = benchTitle(srng)
				text = benchText(srng, title, 60+srng.IntN(40))
				if rng.IntN(3) == 0 { // an outlet's own headline
					title = benchTitle(rng)
				}
			} else {
				title = benchTitle(rng)
				text = benchText(rng, title, 60+rng.IntN(40))
			}
		}
		guid := fmt.Sprintf("https://example.se/%s/%d", strings.ToLower(strings.Fields(feed.outlet)[0]), id)
		arts.add(id, feed.id, guid, guid, title, text, cats, feed.outlet, string(kind), pub, key, pub, pub, id)
		if kind != ingest.KindOwn && rng.Float64() < 0.45 {
			t1 := rng.IntN(len(topicIDs))
			tagged = append(tagged, [2]int64{id, topicIDs[t1]})
			if rng.Float64() < 0.2 {
				if t2 := rng.IntN(len(topicIDs)); t2 != t1 {
					tagged = append(tagged, [2]int64{id, topicIDs[t2]})
				}
			}
		}
	}
	arts.flush()
	for _, t := range tagged { // after the articles: the foreign key
		tags.add(t[0], t[1])
	}
	tags.flush()
	if lagesbild.IsPostgres(db) { // ids were given: move the sequence past them
		if _, err := tx.Exec(`SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT MAX(id) FROM articles))`); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

// fillCases writes m cases received over the two years before benchNow:
// 60 % document requests, 40 % press inquiries, 95 % with an outcome within
// six days, refusals with a legal ground.
func fillCases(b *testing.B, db *gorm.DB, m int) {
	b.Helper()
	ctx := context.Background()
	sqlDB, err := db.DB()
	if err != nil {
		b.Fatal(err)
	}
	tx, err := sqlDB.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	w := newBulkInserter(b, db, tx, "cases", "id", "number", "kind", "year", "seq", "status", "subject", "channel",
		"received_at", "due_at", "requester_outlet", "assignee", "outcome_at", "legal_ground", "created_by", "created_at", "updated_at")
	rng := rand.New(rand.NewPCG(20241119, 3))
	seq := map[string]int{}
	span := int64(2 * 365 * 24 * time.Hour)
	for i := range m {
		received := benchNow.Add(-time.Duration(rng.Int64N(span))).Truncate(time.Microsecond)
		kind, prefix, status, channel := tracker.DocumentRequest, "HA", tracker.StatusReleased, tracker.ChannelEmail
		outlet := ""
		if rng.Float64() < 0.4 {
			kind, prefix, status, channel = tracker.PressInquiry, "PF", tracker.StatusAnswered, tracker.ChannelPhone
			outlet = benchOutlets[rng.IntN(len(benchOutlets))]
		}
		year := received.In(tracker.Stockholm).Year()
		k := prefix + strconv.Itoa(year)
		seq[k]++
		due := received.Add(30 * time.Hour)
		var outcome *time.Time
		ground := ""
		if rng.Float64() < 0.95 {
			at := received.Add(time.Duration(rng.Int64N(int64(6 * 24 * time.Hour)))).Truncate(time.Microsecond)
			if at.After(benchNow) {
				at = benchNow
			}
			outcome = &at
			if kind == tracker.DocumentRequest && rng.IntN(8) == 0 {
				status, ground = tracker.StatusRefused, "OSL 25 kap. 1 §"
			}
		} else {
			status = tracker.StatusReceived
		}
		w.add(int64(i+1), fmt.Sprintf("%s-%d-%06d", prefix, year, seq[k]), string(kind), year, seq[k], string(status),
			"Begäran om handlingar om journalsystemet", string(channel), received, due, outlet, "press", outcome, ground,
			"press", received, received)
	}
	w.flush()
	if lagesbild.IsPostgres(db) {
		if _, err := tx.Exec(`SELECT setval(pg_get_serial_sequence('cases', 'id'), (SELECT MAX(id) FROM cases))`); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

// logCoveragePlans logs every statement the coverage side runs for the
// bench week, with its plan.
func logCoveragePlans(b *testing.B, db *gorm.DB) {
	b.Helper()
	ctx := context.Background()
	rec := &dbtest.SQLRecorder{}
	cov := report.NewArticleCoverage(ingest.NewStore(db.Session(&gorm.Session{Logger: rec}), nil), report.ArticleCoverageOptions{})
	steps := []struct {
		name string
		run  func() error
	}{
		{"CoverageFigures", func() error { _, err := cov.CoverageFigures(ctx, benchWeek, ""); return err }},
		{"DailyVolume (28 days)", func() error {
			_, err := cov.DailyVolume(ctx, benchWeek.Before(report.BaselineDays), "")
			return err
		}},
		{"Mentions", func() error { _, err := cov.Mentions(ctx, benchPeople, benchWeek); return err }},
		{"OwnItems", func() error { _, err := cov.OwnItems(ctx, benchWeek); return err }},
	}
	for _, st := range steps {
		rec.Reset()
		if err := st.run(); err != nil {
			b.Fatal(err)
		}
		b.Logf("%s runs %d queries:%s", st.name, len(rec.Queries()), rec.Plans(b, db))
	}
}
