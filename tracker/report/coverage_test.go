package report_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

// The coverage fixture: ISO week 43 of 2024 (Monday 21 – Sunday 27 October,
// the night the clocks go back from CEST to CET) and the week before it.
// Every figure below is counted by hand from this list.
var (
	week43 = tracker.Period{From: "2024-10-21", To: "2024-10-27"}
	week42 = tracker.Period{From: "2024-10-14", To: "2024-10-20"}
	// The bounds of week 43 written out in UTC: Monday 00:00 CEST and
	// Monday 28 October 00:00 CET.
	week43Start = time.Date(2024, 10, 20, 22, 0, 0, 0, time.UTC)
	week43End   = time.Date(2024, 10, 27, 23, 0, 0, 0, time.UTC)
)

type covFeed struct {
	key, outlet string
	kind        ingest.Kind
}

var covFeeds = []covFeed{
	{"svt", "SVT", ingest.KindNews},
	{"svt2", "SVT", ingest.KindNews}, // a second feed of the same outlet
	{"dn", "DN", ingest.KindNews},
	{"dnop", "DN", ingest.KindOpinion},
	{"sds", "Sydsvenskan", ingest.KindNews},
	{"ab", "Aftonbladet", ingest.KindNews},
	{"abop", "Aftonbladet", ingest.KindOpinion},
	{"region", "Region Västkust", ingest.KindOwn},
}

type covItem struct {
	guid, feed string
	at         string // Stockholm wall clock "2006-01-02 15:04", or UTC "…Z" (RFC 3339)
	story      string // story_key; empty: an article of its own
	title      string
	text       string
	cats       string
}

var covItems = []covItem{
	// A wire story in three outlets; SVT carries it twice (two feeds).
	{"w1-svt", "svt", "2024-10-21 08:00", "w1", "Aurora stoppas efter larm från läkare",
		"Journalsystemet Aurora stoppas på Kustsjukhusen efter larm från läkarna om felaktiga läkemedelslistor.", ""},
	{"w1-dn", "dn", "2024-10-21 08:30", "w1", "Läkare larmar – Aurora stoppas",
		"Journalsystemet Aurora stoppas på Kustsjukhusen efter larm från läkarna.", ""},
	{"w1-sds", "sds", "2024-10-21 09:00", "w1", "Aurora stoppas på Strandby sjukhus",
		"Journalsystemet Aurora stoppas på Strandby sjukhus efter larm om läkemedelslistor.", ""},
	{"w1-svt2", "svt2", "2024-10-22 07:00", "w1", "Aurora stoppas efter larm från läkare",
		"Journalsystemet Aurora stoppas. Åsa Öberg, regiondirektör, kommenterar.", ""},
	{"n2", "dn", "2024-10-22 10:00", "", "Akuten i Strandby överfull",
		"Väntetiderna växer, enligt åsa öbergs pressekreterare.", ""},
	// Two copies of one story in the same outlet count once.
	{"w3-a", "sds", "2024-10-23 10:00", "w3", "Ny chef för regionens IT", "Regionen har utsett en ny it-chef.", ""},
	{"w3-b", "sds", "2024-10-23 10:05", "w3", "Ny chef för regionens IT-avdelning", "Regionen har utsett en ny it-chef i dag.", ""},
	{"op9", "dnop", "2024-10-23 12:00", "", "Aurora är ett fiasko",
		"Helt oacceptabelt kaos. Åsa Öberg måste ta ansvar och avgå.", ""},
	{"op10", "abop", "2024-10-24 09:00", "", "Tack till Åsa Öberg",
		"Personalen har gjort ett fantastiskt jobb, och ledningen har varit tydlig.", ""},
	// The week's last hours: Saturday 23:59, Sunday 00:00 (CEST), the hour
	// 02:00–03:00 that happens twice, Sunday 23:30 (CET).
	{"n3", "svt", "2024-10-26 23:59", "", "Lång kö på akuten", "Åsa\u00a0Öberg lovar fler sköterskor.", ""},
	{"n4", "ab", "2024-10-27 00:00", "", "Akuten i Strandby stänger för ambulanser",
		"Åsa Öbergsson, sjuksköterska, berättar.", ""},
	{"n5a", "ab", "2024-10-27T00:30:00Z", "", "Natt utan el i Kuststaden", "Johan Ekelund på elbolaget förklarar.", ""}, // 02:30 CEST
	{"n5b", "ab", "2024-10-27T01:30:00Z", "", "Elen tillbaka i Kuststaden", "Strömmen är tillbaka efter natten.", ""},   // 02:30 CET
	{"n6", "sds", "2024-10-27T22:30:00Z", "", "Akuten öppnar igen", "Det säger Johan Ek.", ""},                          // 23:30 CET
	// Monday 28 October 00:00 CET: the next week.
	{"n7", "svt", "2024-10-27T23:00:00Z", "", "Akuten i morgon", "Åsa Öberg om morgondagen.", ""},

	// Week 42: a wire story in two outlets, and Sunday 23:59:59 CEST.
	{"w2-svt", "svt", "2024-10-15 09:00", "w2", "Aurora införs på sjukhusen", "Aurora införs på Kustsjukhusen i natt.", ""},
	{"w2-dn", "dn", "2024-10-15 09:30", "w2", "Aurora införs i dag", "Aurora införs på Kustsjukhusen i natt och i dag.", ""},
	{"n8", "dn", "2024-10-20T21:59:59Z", "", "Lugn helg på akuten i Strandby", "Åsa Öberg är nöjd.", ""},

	// The organisation's own channel: communication actions, not coverage.
	{"own1", "region", "2024-10-24 10:00", "", "Aurora pausas", "Åsa Öberg kommenterar beslutet.", "Pressmeddelande"},
	{"own2", "region", "2024-10-25 14:00", "", "Stöd till medarbetare", "Samtalsstöd finns.", "Intern nyhet"},
	{"own3", "region", "2024-10-26 09:00", "", "Så söker du vård", "Ring 1177.", "Nyhet; Aurora"},
	{"own4", "region", "2024-10-27T22:30:00Z", "", "Akuten öppnar", "Strandby tar emot ambulanser igen.", "Pressmeddelanden"},
	{"own0", "region", "2024-10-18 10:00", "", "Aurora i drift", "Aurora är i drift.", "Pressmeddelande"},
}

// The monitored topics of the second half of the fixture and what they tag.
var covTopics = map[string][]string{
	"Aurora": {"w1-svt", "w1-dn", "w1-sds", "op9"},
	"Akuten": {"w1-svt2", "n2", "n4", "n7", "n8"},
}

type covFixture struct {
	db     *gorm.DB
	store  *ingest.Store
	cov    *report.ArticleCoverage
	ids    map[string]int64 // by guid
	topics map[string]int64 // by name
}

func covAt(tb testing.TB, s string) time.Time {
	tb.Helper()
	if strings.HasSuffix(s, "Z") {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			tb.Fatal(err)
		}
		return t
	}
	return sthlm(tb, s)
}

func newCovFixture(t *testing.T, db *gorm.DB) *covFixture {
	t.Helper()
	ctx := context.Background()
	f := &covFixture{db: db, store: ingest.NewStore(db, func() time.Time { return sthlm(t, "2024-11-01 12:00") }),
		ids: map[string]int64{}, topics: map[string]int64{}}
	f.cov = report.NewArticleCoverage(f.store, report.ArticleCoverageOptions{})
	feeds := map[string]int64{}
	for _, cf := range covFeeds {
		feed, err := f.store.CreateFeed(ctx, ingest.NewFeed{URL: "https://" + cf.key + ".example.se/rss", Outlet: cf.outlet, Kind: cf.kind})
		if err != nil {
			t.Fatal(err)
		}
		feeds[cf.key] = feed.ID
	}
	for _, it := range covItems {
		a := ingest.Article{GUID: it.guid, URL: "https://example.se/" + it.guid, Title: it.title, Text: it.text,
			Categories: it.cats, PublishedAt: covAt(t, it.at), StoryKey: it.story}
		if _, _, err := f.store.UpsertArticles(ctx, feeds[it.feed], []ingest.Article{a}); err != nil {
			t.Fatal(err)
		}
	}
	var rows []struct {
		ID   int64
		GUID string
	}
	if err := db.Raw("SELECT id, guid FROM articles").Scan(&rows).Error; err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		f.ids[r.GUID] = r.ID
	}
	if len(f.ids) != len(covItems) {
		t.Fatalf("stored %d articles, want %d", len(f.ids), len(covItems))
	}
	return f
}

// addTopics creates the monitored topics and tags their articles.
func (f *covFixture) addTopics(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	for _, name := range []string{"Aurora", "Akuten"} {
		tp, err := f.store.CreateTopic(ctx, ingest.NewTopic{Name: name, Query: strings.ToLower(name)})
		if err != nil {
			t.Fatal(err)
		}
		f.topics[name] = tp.ID
		var ids []int64
		for _, g := range covTopics[name] {
			ids = append(ids, f.ids[g])
		}
		if err := f.store.TagArticles(ctx, tp.ID, ids); err != nil {
			t.Fatal(err)
		}
	}
}

// bySQL counts the week's coverage a second way: one SELECT DISTINCT over
// the stored rows, with the bounds written out in UTC, the unit built with
// CASE and CAST rather than COALESCE and NULLIF, and the topic condition
// as IN rather than EXISTS. It answers the total, per kind and per outlet.
func (f *covFixture) bySQL(t *testing.T, start, end time.Time, topicCond string) (total int, kinds map[string]int, outlets map[string]int) {
	t.Helper()
	var rows []struct {
		Kind, Outlet string
		N            int
	}
	err := f.db.Raw(`SELECT kind, outlet, COUNT(*) AS n FROM (
			SELECT DISTINCT kind, outlet, CASE WHEN story_key = '' THEN 'id:' || CAST(id AS TEXT) ELSE story_key END AS unit
			FROM articles WHERE kind <> 'own' AND published_at >= ? AND published_at < ? `+topicCond+`) u
		GROUP BY kind, outlet`, start, end).Scan(&rows).Error
	if err != nil {
		t.Fatal(err)
	}
	kinds, outlets = map[string]int{}, map[string]int{}
	for _, r := range rows {
		total += r.N
		kinds[r.Kind] += r.N
		outlets[r.Outlet] += r.N
	}
	return total, kinds, outlets
}

func days(counts ...int) []report.DayCount {
	out := make([]report.DayCount, len(counts))
	start := time.Date(2024, 10, 21, 0, 0, 0, 0, time.UTC)
	for i, n := range counts {
		out[i] = report.DayCount{Date: start.AddDate(0, 0, i).Format(time.DateOnly), Count: n}
	}
	return out
}

func outletCounts(pairs ...any) []tracker.OutletCount {
	out := []tracker.OutletCount{}
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, tracker.OutletCount{Outlet: pairs[i].(string), Count: pairs[i+1].(int)})
	}
	return out
}

func themeLabels(ts []report.Theme) []string {
	out := []string{}
	for _, t := range ts {
		out = append(out, fmt.Sprintf("%s:%s=%d", t.Kind, t.Label, t.Count))
	}
	return out
}

func opinionTitles(ops []report.OpinionPiece) []string {
	out := []string{}
	for _, op := range ops {
		out = append(out, op.Outlet+": "+op.Title)
	}
	return out
}

type wantCoverage struct {
	total    int
	kind     report.KindCounts
	outlets  []tracker.OutletCount
	days     []report.DayCount
	themes   []string
	opinions []string
}

func checkFigures(t *testing.T, got report.CoverageFigures, want wantCoverage) {
	t.Helper()
	if got.Total != want.total {
		t.Errorf("total = %d, want %d", got.Total, want.total)
	}
	if got.ByKind != want.kind {
		t.Errorf("by kind = %+v, want %+v", got.ByKind, want.kind)
	}
	if !slices.Equal(got.ByOutlet, want.outlets) {
		t.Errorf("by outlet = %v, want %v", got.ByOutlet, want.outlets)
	}
	if !slices.Equal(got.ByDay, want.days) {
		t.Errorf("by day = %v, want %v", got.ByDay, want.days)
	}
	if g := themeLabels(got.Themes); !slices.Equal(g, want.themes) {
		t.Errorf("themes = %q,\nwant %q", g, want.themes)
	}
	if g := opinionTitles(got.Opinion); !slices.Equal(g, want.opinions) {
		t.Errorf("opinion pieces = %q, want %q", g, want.opinions)
	}
	sum := 0
	for _, d := range got.ByDay {
		sum += d.Count
	}
	if sum != got.Total || got.ByKind.News+got.ByKind.Opinion != got.Total {
		t.Errorf("days add up to %d, kinds to %d; total %d", sum, got.ByKind.News+got.ByKind.Opinion, got.Total)
	}
}

// checkAgainstSQL compares the total, kinds and outlets with bySQL.
func (f *covFixture) checkAgainstSQL(t *testing.T, got report.CoverageFigures, topicCond string) {
	t.Helper()
	total, kinds, outlets := f.bySQL(t, week43Start, week43End, topicCond)
	if got.Total != total || got.ByKind.News != kinds["news"] || got.ByKind.Opinion != kinds["opinion"] {
		t.Errorf("figures %d (%+v), straight SQL %d %v", got.Total, got.ByKind, total, kinds)
	}
	for _, o := range got.ByOutlet {
		if outlets[o.Outlet] != o.Count {
			t.Errorf("outlet %s: %d, straight SQL %d", o.Outlet, o.Count, outlets[o.Outlet])
		}
		delete(outlets, o.Outlet)
	}
	if len(outlets) > 0 {
		t.Errorf("outlets missing from the figures: %v", outlets)
	}
}

func (f *covFixture) checkDaily(t *testing.T, p tracker.Period, topic string, want []report.DayCount) {
	t.Helper()
	got, err := f.cov.DailyVolume(context.Background(), p, topic)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("DailyVolume(%s, %q) = %v, want %v", p, topic, got, want)
	}
}

func TestArticleCoverage(t *testing.T) {
	dbtest.EachDB(t, allMigrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		f := newCovFixture(t, db)

		t.Run("no topics: every article counts", func(t *testing.T) {
			cf, err := f.cov.CoverageFigures(ctx, week43, "")
			if err != nil {
				t.Fatal(err)
			}
			// w1 in SVT (twice), DN, Sydsvenskan: 3; n2; w3 twice in Sydsvenskan: 1;
			// op9, op10; n3; n4, n5a, n5b, n6 on Sunday: 12. n7 is next week's,
			// n8 and w2 last week's, the own items no coverage.
			checkFigures(t, cf, wantCoverage{
				total:   12,
				kind:    report.KindCounts{News: 10, Opinion: 2},
				outlets: outletCounts("Aftonbladet", 4, "DN", 3, "Sydsvenskan", 3, "SVT", 2),
				days:    days(3, 1, 2, 1, 0, 1, 4),
				// The wire story's phrase names its angle (three outlets); "akuten" in
				// four titles is one word, and a single common word is never a theme.
				themes:   []string{"phrase:journalsystemet Aurora=3"},
				opinions: []string{"DN: Aurora är ett fiasko", "Aftonbladet: Tack till Åsa Öberg"},
			})
			f.checkAgainstSQL(t, cf, "")
			if op := cf.Opinion[0]; op.ID != f.ids["op9"] || op.URL != "https://example.se/op9" ||
				!strings.Contains(op.Text, "oacceptabelt kaos") || !op.PublishedAt.Equal(sthlm(t, "2024-10-23 12:00")) {
				t.Errorf("opinion piece = %+v", op)
			}
			f.checkDaily(t, week43, "", cf.ByDay)
			f.checkDaily(t, week42, "", []report.DayCount{{"2024-10-14", 0}, {"2024-10-15", 2}, {"2024-10-16", 0},
				{"2024-10-17", 0}, {"2024-10-18", 0}, {"2024-10-19", 0}, {"2024-10-20", 1}})

			prev, err := f.cov.CoverageFigures(ctx, week42, "")
			if err != nil {
				t.Fatal(err)
			}
			if prev.Total != 3 || prev.ByDay[1].Count != 2 || prev.ByDay[6].Count != 1 {
				t.Errorf("week 42: total %d, days %v; want 3 (2 on Tuesday, 1 on Sunday)", prev.Total, prev.ByDay)
			}
			if total, _, _ := f.bySQL(t, week43Start.AddDate(0, 0, -7), week43Start, ""); prev.Total != total {
				t.Errorf("week 42: %d, straight SQL %d", prev.Total, total)
			}
		})

		// The themes and the daily counts are kept with a fingerprint of their
		// articles; a new article changes the answer at once.
		t.Run("what is kept follows the articles", func(t *testing.T) {
			before, err := f.cov.DailyVolume(ctx, week43, "")
			if err != nil {
				t.Fatal(err)
			}
			again, err := f.cov.DailyVolume(ctx, week43, "")
			if err != nil || !slices.Equal(before, again) {
				t.Fatalf("asked twice: %v, then %v (%v)", before, again, err)
			}
			themesBefore, err := f.cov.CoverageFigures(ctx, week43, "")
			if err != nil {
				t.Fatal(err)
			}
			feed, err := f.store.CreateFeed(ctx, ingest.NewFeed{URL: "https://late.example.se/rss", Outlet: "Kvällsposten", Kind: ingest.KindNews})
			if err != nil {
				t.Fatal(err)
			}
			late := ingest.Article{GUID: "late", URL: "https://example.se/late", Title: "Journalsystemet Aurora stoppas på fler sjukhus",
				Text: "Journalsystemet Aurora stoppas även i Kuststaden.", PublishedAt: covAt(t, "2024-10-24 12:00")}
			if _, _, err := f.store.UpsertArticles(ctx, feed.ID, []ingest.Article{late}); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { f.db.Exec("DELETE FROM articles WHERE guid = 'late'") })
			after, err := f.cov.DailyVolume(ctx, week43, "")
			if err != nil {
				t.Fatal(err)
			}
			if after[3].Count != before[3].Count+1 {
				t.Errorf("Thursday after a new article: %d, want %d", after[3].Count, before[3].Count+1)
			}
			themesAfter, err := f.cov.CoverageFigures(ctx, week43, "")
			if err != nil {
				t.Fatal(err)
			}
			// The story is now in a third of the week's stories: the crisis
			// itself, so its phrase is no longer an angle, and its story group is.
			if reflect.DeepEqual(themesAfter.Themes, themesBefore.Themes) {
				t.Errorf("the themes did not change with a new article of the angle: %+v", themesAfter.Themes)
			}
			// A new article in the week before changes the previous total at
			// once, though this week's stories are the same.
			early := ingest.Article{GUID: "early", URL: "https://example.se/early", Title: "Aurora i drift på fler sjukhus",
				Text: "Aurora har införts på ytterligare två sjukhus.", PublishedAt: covAt(t, "2024-10-16 12:00")}
			if _, _, err := f.store.UpsertArticles(ctx, feed.ID, []ingest.Article{early}); err != nil {
				t.Fatal(err)
			}
			withEarly, err := f.cov.CoverageFigures(ctx, week43, "")
			if err != nil {
				t.Fatal(err)
			}
			if withEarly.PreviousTotal != themesAfter.PreviousTotal+1 {
				t.Errorf("previous total after a new article in week 42: %d, want %d", withEarly.PreviousTotal, themesAfter.PreviousTotal+1)
			}
			if _, err := f.store.DeleteFeed(ctx, feed.ID, ingest.Keep{}); err != nil {
				t.Fatal(err)
			}
		})

		t.Run("mentions, no topics", func(t *testing.T) {
			names := []string{"Åsa Öberg", "Johan Ek", "Ingen Alls", "  "}
			got, err := f.cov.Mentions(ctx, names, week43)
			if err != nil {
				t.Fatal(err)
			}
			// Åsa Öberg: w1 in SVT (the second copy), n2 ("åsa öbergs"), op9, op10
			// (title), n3 (no-break space); not n4 (Öbergsson), not own1, n7, n8.
			// Johan Ek: n6, not n5a (Ekelund).
			want := map[string]int{"Åsa Öberg": 5, "Johan Ek": 1, "Ingen Alls": 0, "  ": 0}
			if !mapsEqual(got, want) {
				t.Errorf("mentions = %v, want %v", got, want)
			}
		})

		t.Run("own items", func(t *testing.T) {
			got, err := f.cov.OwnItems(ctx, week43)
			if err != nil {
				t.Fatal(err)
			}
			want := []report.ReportAction{
				{Date: "2024-10-27", Kind: report.ActionPressRelease, Title: "Akuten öppnar", URL: "https://example.se/own4", Source: "feed"},
				{Date: "2024-10-26", Kind: report.ActionExternalNews, Title: "Så söker du vård", URL: "https://example.se/own3", Source: "feed"},
				{Date: "2024-10-25", Kind: report.ActionInternalNews, Title: "Stöd till medarbetare", URL: "https://example.se/own2", Source: "feed"},
				{Date: "2024-10-24", Kind: report.ActionPressRelease, Title: "Aurora pausas", URL: "https://example.se/own1", Source: "feed"},
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("own items =\n%+v\nwant\n%+v", got, want)
			}
		})

		t.Run("empty period", func(t *testing.T) {
			empty := tracker.Period{From: "2024-07-22", To: "2024-07-28"}
			cf, err := f.cov.CoverageFigures(ctx, empty, "")
			if err != nil {
				t.Fatal(err)
			}
			if cf.Total != 0 || len(cf.ByDay) != 7 || cf.ByOutlet == nil || len(cf.ByOutlet) != 0 ||
				cf.Opinion == nil || len(cf.Opinion) != 0 || cf.Themes == nil || len(cf.Themes) != 0 {
				t.Errorf("empty period: %+v", cf)
			}
			for _, d := range cf.ByDay {
				if d.Count != 0 {
					t.Errorf("empty period: day %v", d)
				}
			}
			daily, err := f.cov.DailyVolume(ctx, empty, "")
			if err != nil || !slices.Equal(daily, cf.ByDay) {
				t.Errorf("DailyVolume = %v, %v; want %v", daily, err, cf.ByDay)
			}
			own, err := f.cov.OwnItems(ctx, empty)
			if err != nil || len(own) != 0 {
				t.Errorf("own items = %v, %v", own, err)
			}
			m, err := f.cov.Mentions(ctx, []string{"Åsa Öberg"}, empty)
			if err != nil || m["Åsa Öberg"] != 0 || len(m) != 1 {
				t.Errorf("mentions = %v, %v", m, err)
			}
		})

		t.Run("malformed period", func(t *testing.T) {
			bad := tracker.Period{From: "2024-10-27", To: "2024-10-21"}
			if _, err := f.cov.CoverageFigures(ctx, bad, ""); err == nil {
				t.Error("CoverageFigures accepted a reversed period")
			}
			if _, err := f.cov.DailyVolume(ctx, tracker.Period{From: "2024-13-01", To: "2024-13-02"}, ""); err == nil {
				t.Error("DailyVolume accepted a malformed period")
			}
			if _, err := f.cov.OwnItems(ctx, bad); err == nil {
				t.Error("OwnItems accepted a reversed period")
			}
			if _, err := f.cov.Mentions(ctx, []string{"Åsa Öberg"}, bad); err == nil {
				t.Error("Mentions accepted a reversed period")
			}
		})

		t.Run("a long period across both clock changes", func(t *testing.T) {
			long := tracker.Period{From: "2024-03-01", To: "2024-11-30"}
			cf, err := f.cov.CoverageFigures(ctx, long, "")
			if err != nil {
				t.Fatal(err)
			}
			// Week 42 (w2 in two outlets, n8), week 43 (12) and n7 (Monday 28 October).
			if cf.Total != 16 || len(cf.ByDay) != long.Days() {
				t.Errorf("total %d over %d days, want 16 over %d", cf.Total, len(cf.ByDay), long.Days())
			}
			f.checkDaily(t, long, "", cf.ByDay)
			at := map[string]int{}
			for _, d := range cf.ByDay {
				at[d.Date] = d.Count
			}
			if at["2024-10-20"] != 1 || at["2024-10-21"] != 3 || at["2024-10-27"] != 4 || at["2024-10-28"] != 1 {
				t.Errorf("days around the clock change: %v", at)
			}
		})

		// From here on topics are defined: only tagged articles count.
		f.addTopics(t)

		t.Run("topics: only tagged articles count", func(t *testing.T) {
			cf, err := f.cov.CoverageFigures(ctx, week43, "")
			if err != nil {
				t.Fatal(err)
			}
			// Aurora: w1 in SVT, DN, Sydsvenskan, op9; Akuten: w1's second SVT
			// copy (the same unit as the first), n2, n4. n7 and n8 lie outside.
			checkFigures(t, cf, wantCoverage{
				total:   6,
				kind:    report.KindCounts{News: 5, Opinion: 1},
				outlets: outletCounts("DN", 3, "Aftonbladet", 1, "SVT", 1, "Sydsvenskan", 1),
				days:    days(3, 1, 1, 0, 0, 0, 1),
				// Both topics are parts of the coverage, and the wire story is
				// all of Aurora: it brings no story the topic has not.
				themes:   []string{"topic:Aurora=4", "topic:Akuten=3"},
				opinions: []string{"DN: Aurora är ett fiasko"},
			})
			f.checkAgainstSQL(t, cf, "AND id IN (SELECT article_id FROM article_topics)")
			f.checkDaily(t, week43, "", cf.ByDay)
		})

		t.Run("topic narrows to one", func(t *testing.T) {
			for _, topic := range []string{"Akuten", "akuten", fmt.Sprint(f.topics["Akuten"])} {
				cf, err := f.cov.CoverageFigures(ctx, week43, topic)
				if err != nil {
					t.Fatal(err)
				}
				// Only w1's second SVT copy is tagged Akuten: the unit counts on its day, Tuesday.
				checkFigures(t, cf, wantCoverage{
					total:    3,
					kind:     report.KindCounts{News: 3},
					outlets:  outletCounts("Aftonbladet", 1, "DN", 1, "SVT", 1),
					days:     days(0, 2, 0, 0, 0, 0, 1),
					themes:   []string{}, // the topic is the whole coverage, and no phrase reaches three stories
					opinions: []string{},
				})
				f.checkAgainstSQL(t, cf, fmt.Sprintf("AND id IN (SELECT article_id FROM article_topics WHERE topic_id = %d)", f.topics["Akuten"]))
				f.checkDaily(t, week43, topic, cf.ByDay)
			}
			_, err := f.cov.CoverageFigures(ctx, week43, "Ingenting")
			var v *tracker.ValidationError
			if !errors.As(err, &v) || v.Fields["topic"] == "" {
				t.Errorf("unknown topic: err = %v, want a validation error on topic", err)
			}
			if _, err := f.cov.DailyVolume(ctx, week43, "Ingenting"); !errors.As(err, &v) {
				t.Errorf("DailyVolume, unknown topic: err = %v", err)
			}
		})

		t.Run("mentions, topics", func(t *testing.T) {
			got, err := f.cov.Mentions(ctx, []string{"Åsa Öberg", "Johan Ek"}, week43)
			if err != nil {
				t.Fatal(err)
			}
			// Tagged: w1-svt2, n2, op9 mention her; op10 and n3 are not tagged, nor is n6.
			if want := map[string]int{"Åsa Öberg": 3, "Johan Ek": 0}; !mapsEqual(got, want) {
				t.Errorf("mentions = %v, want %v", got, want)
			}
		})

		t.Run("compose", func(t *testing.T) {
			s, _ := newStore(t, db, sthlm(t, "2024-11-01 12:00"))
			for _, name := range []string{"Åsa Öberg", "Johan Ek"} {
				if _, err := s.CreateSpokesperson(ctx, report.SpokespersonInput{Name: name, Active: true}, admin); err != nil {
					t.Fatal(err)
				}
			}
			r, err := s.Compose(ctx, week43, report.ComposeOptions{Coverage: f.cov, Mentions: f.cov})
			if err != nil {
				t.Fatal(err)
			}
			total, _, _ := f.bySQL(t, week43Start, week43End, "AND id IN (SELECT article_id FROM article_topics)")
			prev, _, _ := f.bySQL(t, week43Start.AddDate(0, 0, -7), week43Start, "AND id IN (SELECT article_id FROM article_topics)")
			if !r.Coverage.Available || r.Coverage.Total != total || r.Coverage.Total != 6 || r.Coverage.PreviousTotal != prev || prev != 1 {
				t.Errorf("coverage total %d, previous %d; straight SQL %d, %d", r.Coverage.Total, r.Coverage.PreviousTotal, total, prev)
			}
			if !slices.Equal(r.Coverage.ByDay, days(3, 1, 1, 0, 0, 0, 1)) {
				t.Errorf("by day = %v", r.Coverage.ByDay)
			}
			if len(r.OpinionPieces) != 1 || r.OpinionPieces[0].ArticleID != f.ids["op9"] || r.OpinionTone.Critical != 1 {
				t.Errorf("opinion = %+v, tone %+v", r.OpinionPieces, r.OpinionTone)
			}
			if len(r.Themes) == 0 || r.Themes[0].Label != "Aurora" {
				t.Errorf("themes = %v", r.Themes)
			}
			var fromFeeds []string
			for _, a := range r.Actions {
				if a.Source == "feed" {
					fromFeeds = append(fromFeeds, a.Date+" "+a.Title)
				}
			}
			if want := []string{"2024-10-27 Akuten öppnar", "2024-10-26 Så söker du vård", "2024-10-25 Stöd till medarbetare",
				"2024-10-24 Aurora pausas"}; !slices.Equal(fromFeeds, want) {
				t.Errorf("actions from own feeds = %q, want %q", fromFeeds, want)
			}
			mentions := map[string]int{}
			for _, sp := range r.Spokespersons {
				if sp.Mentions == nil {
					t.Fatalf("spokesperson %s without a mention count", sp.Name)
				}
				mentions[sp.Name] = *sp.Mentions
			}
			if want := map[string]int{"Åsa Öberg": 3, "Johan Ek": 0}; !mapsEqual(mentions, want) {
				t.Errorf("mentions = %v, want %v", mentions, want)
			}
			// The contract's JSON carries the same total.
			raw, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Coverage struct {
					Total         int `json:"total"`
					PreviousTotal int `json:"previous_total"`
				} `json:"coverage"`
			}
			if err := json.Unmarshal(raw, &doc); err != nil || doc.Coverage.Total != total || doc.Coverage.PreviousTotal != prev {
				t.Errorf("JSON coverage = %+v (%v), want total %d, previous %d", doc.Coverage, err, total, prev)
			}

			// Narrowed to a topic, through Compose.
			r, err = s.Compose(ctx, week43, report.ComposeOptions{Coverage: f.cov, Mentions: f.cov, Topic: "Akuten"})
			if err != nil {
				t.Fatal(err)
			}
			if r.Coverage.Total != 3 || r.Coverage.PreviousTotal != 1 {
				t.Errorf("topic Akuten: total %d, previous %d; want 3, 1", r.Coverage.Total, r.Coverage.PreviousTotal)
			}
		})
	})
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestOwnItemKind(t *testing.T) {
	for cats, want := range map[string]report.ActionKind{
		"Pressmeddelande":               report.ActionPressRelease,
		"Nyheter; pressmeddelanden":     report.ActionPressRelease,
		"Intern nyhet":                  report.ActionInternalNews,
		"Interna  nyheter; Personal":    report.ActionInternalNews,
		"Intern nyhet; Pressmeddelande": report.ActionPressRelease,
		"Nyhet":                         report.ActionExternalNews,
		"Internationellt":               report.ActionExternalNews,
		"":                              report.ActionExternalNews,
	} {
		if got := report.OwnItemKind(cats); got != want {
			t.Errorf("OwnItemKind(%q) = %s, want %s", cats, got, want)
		}
	}
}

// What the coverage keeps between reports is never out of date: after each
// change to the articles a kept answer could have been computed from, the
// figures, mentions and own items equal those of a coverage that keeps
// nothing and counts from the articles.
func TestKeptCoverageFollowsEveryChange(t *testing.T) {
	dbtest.EachDB(t, allMigrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		f := newCovFixture(t, db)
		names := []string{"Åsa Öberg", "Johan Ekelund"}
		feeds, err := f.store.Feeds(ctx)
		if err != nil {
			t.Fatal(err)
		}
		feedOf := map[string]int64{}
		for _, fd := range feeds {
			feedOf[strings.TrimPrefix(strings.TrimSuffix(fd.URL, ".example.se/rss"), "https://")] = fd.ID
		}
		upsert := func(feed, guid, at, title, text string) {
			t.Helper()
			a := ingest.Article{GUID: guid, URL: "https://example.se/" + guid, Title: title, Summary: text, Text: text,
				PublishedAt: covAt(t, at)}
			if _, _, err := f.store.UpsertArticles(ctx, feedOf[feed], []ingest.Article{a}); err != nil {
				t.Fatal(err)
			}
		}
		compare := func(after string) {
			t.Helper()
			fresh := report.NewArticleCoverage(f.store, report.ArticleCoverageOptions{})
			for _, topic := range []string{"", "Aurora"} {
				if topic != "" && len(f.topics) == 0 {
					continue
				}
				kept, err := f.cov.CoverageFigures(ctx, week43, topic)
				if err != nil {
					t.Fatal(err)
				}
				counted, err := fresh.CoverageFigures(ctx, week43, topic)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(kept, counted) {
					t.Errorf("after %s, topic %q: kept figures %+v, counted %+v", after, topic, kept, counted)
				}
			}
			kept, err := f.cov.Mentions(ctx, names, week43)
			if err != nil {
				t.Fatal(err)
			}
			counted, err := fresh.Mentions(ctx, names, week43)
			if err != nil {
				t.Fatal(err)
			}
			if !mapsEqual(kept, counted) {
				t.Errorf("after %s: kept mentions %v, counted %v", after, kept, counted)
			}
			keptOwn, err := f.cov.OwnItems(ctx, week43)
			if err != nil {
				t.Fatal(err)
			}
			countedOwn, err := fresh.OwnItems(ctx, week43)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(keptOwn, countedOwn) {
				t.Errorf("after %s: kept own items %v, counted %v", after, keptOwn, countedOwn)
			}
		}

		compare("the first reading")
		upsert("dn", "n2", "2024-10-22 10:00", "Akuten i Strandby överfull", "Johan Ekelund säger att väntetiderna växer.")
		compare("a changed text")
		upsert("dnop", "op11", "2024-10-25 08:00", "Aurora måste bort", "Johan Ekelund har fel om Aurora.")
		compare("a new opinion piece")
		upsert("svt", "n3", "2024-10-29 10:00", "Lång kö på akuten", "Åsa\u00a0Öberg lovar fler sköterskor.")
		compare("an article moved out of the week")
		upsert("dn", "w2-dn", "2024-10-24 09:30", "Aurora införs i dag", "Aurora införs på Kustsjukhusen i natt och i dag.")
		compare("an article moved from the previous week into this one")
		upsert("region", "own5", "2024-10-25 16:00", "Aurora stängs av", "Pressmeddelande från regionen.")
		compare("a new own item")
		upsert("region", "own6", "2024-10-25 17:00", "Regionen pausar journalsystemet Aurora", "Beslutet gäller från i dag.")
		compare("an own item that can be quoted")
		upsert("svt", "n9", "2024-10-26 08:00", "Aurora pausas", "Regionen skriver: Regionen pausar journalsystemet Aurora.")
		compare("an article that quotes an own item")
		outlets, err := f.store.Outlets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range outlets {
			if o.Name == "SVT" {
				national := ingest.OutletNational
				if _, err := f.store.UpdateOutlet(ctx, o.ID, ingest.OutletUpdate{Type: &national}); err != nil {
					t.Fatal(err)
				}
			}
		}
		compare("an outlet now national")
		f.addTopics(t)
		compare("topics tagged")
		if err := f.store.SetArticleTopics(ctx, f.ids["op9"], nil); err != nil {
			t.Fatal(err)
		}
		compare("a tag taken away")
		if err := f.store.DeleteTopic(ctx, f.topics["Akuten"]); err != nil {
			t.Fatal(err)
		}
		compare("a topic deleted")
		if _, err := f.store.DeleteFeed(ctx, feedOf["sds"], ingest.Keep{}); err != nil {
			t.Fatal(err)
		}
		compare("a feed deleted with its articles")
	})
}
