package report_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

// fakeArticle is an article as the coverage side would count it.
type fakeArticle struct {
	id     int64
	date   string // published, Stockholm day
	outlet string
	kind   string // news | opinion
	title  string
	text   string
}

// fakeCoverage counts a fixed list of articles the way the contract says:
// published in the period, per kind, outlet and day.
type fakeCoverage struct {
	articles []fakeArticle
	own      []report.ReportAction
	themes   []report.Theme
	err      error
	mu       sync.Mutex
	calls    []tracker.Period
}

func (f *fakeCoverage) CoverageFigures(_ context.Context, p tracker.Period, _ string) (report.CoverageFigures, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, p)
	if f.err != nil {
		return report.CoverageFigures{}, f.err
	}
	var cf report.CoverageFigures
	outlets, days := map[string]int{}, map[string]int{}
	for _, a := range f.articles {
		if !p.Contains(a.date) {
			continue
		}
		cf.Total++
		outlets[a.outlet]++
		days[a.date]++
		if a.kind == "opinion" {
			cf.ByKind.Opinion++
			cf.Opinion = append(cf.Opinion, report.OpinionPiece{ID: a.id, Outlet: a.outlet, Title: a.title,
				URL: fmt.Sprintf("https://example.se/a/%d", a.id), Text: a.title + ". " + a.text})
		} else {
			cf.ByKind.News++
		}
	}
	for o, n := range outlets {
		cf.ByOutlet = append(cf.ByOutlet, tracker.OutletCount{Outlet: o, Count: n})
	}
	for d, n := range days { // sparse and unordered: Compose fills and orders
		cf.ByDay = append(cf.ByDay, report.DayCount{Date: d, Count: n})
	}
	if cf.Total > 0 {
		cf.Themes = f.themes
	}
	return cf, nil
}

func (f *fakeCoverage) OwnItems(_ context.Context, p tracker.Period) ([]report.ReportAction, error) {
	var out []report.ReportAction
	for _, a := range f.own {
		if p.Contains(a.Date) {
			out = append(out, a)
		}
	}
	return out, nil
}

// Mentions counts the articles whose text names each person.
func (f *fakeCoverage) Mentions(_ context.Context, names []string, p tracker.Period) (map[string]int, error) {
	out := map[string]int{}
	for _, n := range names {
		for _, a := range f.articles {
			if p.Contains(a.date) && strings.Contains(a.title+" "+a.text, n) {
				out[n]++
			}
		}
	}
	return out, nil
}

// add puts n news articles on a day, spread over the outlets.
func (f *fakeCoverage) add(date string, n int, outlets ...string) {
	for i := range n {
		f.articles = append(f.articles, fakeArticle{id: int64(len(f.articles) + 1), date: date,
			outlet: outlets[i%len(outlets)], kind: "news", title: "Nyhet om journalsystemet"})
	}
}

func (f *fakeCoverage) opinion(date, outlet, text string) int64 {
	id := int64(len(f.articles) + 1)
	f.articles = append(f.articles, fakeArticle{id: id, date: date, outlet: outlet, kind: "opinion",
		title: fmt.Sprintf("Debatt %d", id), text: text})
	return id
}

func TestAssessPressure(t *testing.T) {
	flat := func(n int) []int {
		out := make([]int, 90)
		for i := range out {
			out[i] = n
		}
		return out
	}
	const days90 = "de 90 dagarna före"
	tests := map[string]struct {
		total, days int
		baseline    []int
		level       report.PressureLevel
		explanation string
	}{
		"the example: 142 in a day against 59 a day": {142, 1, flat(59), report.PressureHigh,
			"Högt medietryck: 142 artiklar, 2,4 gånger det normala (median 59 per dag " + days90 + ")."},
		"just over 2.5 times":   {251, 1, flat(100), report.PressureVeryHigh, "Mycket högt medietryck: 251 artiklar, 2,5 gånger det normala (median 100 per dag " + days90 + ")."},
		"exactly 2.5 times":     {250, 1, flat(100), report.PressureHigh, ""},
		"just over 1.5 times":   {151, 1, flat(100), report.PressureHigh, ""},
		"exactly 1.5 times":     {150, 1, flat(100), report.PressureNormal, ""},
		"as usual":              {100, 1, flat(100), report.PressureNormal, "Normalt medietryck: 100 artiklar, i nivå med det normala (median 100 per dag " + days90 + ")."},
		"exactly half":          {50, 1, flat(100), report.PressureNormal, "Normalt medietryck: 50 artiklar, färre än normalt (median 100 per dag " + days90 + ")."},
		"under half":            {49, 1, flat(100), report.PressureLow, ""},
		"a week, per day":       {1400, 7, flat(50), report.PressureVeryHigh, "Mycket högt medietryck: 1 400 artiklar, i snitt 200 per dag, 4 gånger det normala (median 50 per dag " + days90 + ")."},
		"a week at 1.96 a day":  {137, 7, flat(10), report.PressureHigh, ""},
		"nothing at all":        {0, 1, flat(0), report.PressureLow, "Lågt medietryck: 0 artiklar, mot inga artiklar alls " + days90 + "."},
		"a few after silence":   {2, 1, flat(0), report.PressureHigh, ""},
		"one after silence":     {1, 1, flat(0), report.PressureNormal, ""},
		"a burst after silence": {40, 1, flat(0), report.PressureVeryHigh, ""},
		"a quiet quarter":       {1, 1, append(flat(0)[:60], flat(1)[:30]...), report.PressureNormal, "Normalt medietryck: 1 artikel, mot normalt under en artikel per dag (median " + days90 + ")."},
		"no baseline window":    {5, 1, nil, report.PressureVeryHigh, ""},
		// The third week of a crisis: 21 days at 60 a day in the window
		// lift the mean from 10 to 21.7, not the median. The level stays
		// "mycket hög" where a 28-day mean (45 a day) would call it normal.
		"the third week of a crisis": {420, 7, append(flat(10)[:69], flat(60)[:21]...), report.PressureVeryHigh, ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := report.AssessPressure(tt.total, tt.days, tt.baseline)
			if got.Level != tt.level {
				t.Errorf("level = %q (ratio %v), want %q", got.Level, *got.Ratio, tt.level)
			}
			if tt.explanation != "" && got.Explanation != tt.explanation {
				t.Errorf("explanation = %q\n             want %q", got.Explanation, tt.explanation)
			}
			if !strings.HasSuffix(got.Explanation, ".") || strings.Count(got.Explanation, ". ") > 0 {
				t.Errorf("explanation %q is not one sentence", got.Explanation)
			}
		})
	}
	t.Run("spread and median", func(t *testing.T) {
		got := report.AssessPressure(10, 1, []int{2, 4, 4, 4, 5, 5, 7, 9})
		if got.BaselineMean != 5 || got.BaselineStdDev != 2 || got.BaselineDays != 8 || got.DailyMean != 10 ||
			got.BaselineMedian != 4.5 || *got.Ratio != 2.22 {
			t.Errorf("pressure = %+v", got)
		}
	})
}

// The trend compares the period with the one before it, and the sentence
// says the level and the trend together.
func TestPressureTrend(t *testing.T) {
	normal := make([]int, 90)
	for i := range normal {
		normal[i] = 10
	}
	tests := map[string]struct {
		total, previous int
		trend           report.Trend
		headline        string
	}{
		"high and holding":  {350, 340, report.TrendSteady, "Fortsatt mycket högt medietryck"},
		"high and rising":   {150, 90, report.TrendRising, "Högt och ökande medietryck"},
		"high but falling":  {150, 300, report.TrendFalling, "Högt men avtagande medietryck"},
		"normal but rising": {80, 40, report.TrendRising, "Normalt men ökande medietryck"},
		"low and falling":   {20, 70, report.TrendFalling, "Lågt och avtagande medietryck"},
		"from nothing":      {70, 0, report.TrendRising, "Normalt men ökande medietryck"},
		"within a fifth":    {119, 100, report.TrendSteady, "Fortsatt högt medietryck"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := report.AssessPressure(tt.total, 7, normal)
			got = report.WithTrend(got, tt.previous, 7)
			if got.Trend != tt.trend || got.Headline() != tt.headline {
				t.Errorf("trend %q, headline %q; want %q, %q", got.Trend, got.Headline(), tt.trend, tt.headline)
			}
			if !strings.HasPrefix(got.Explanation, tt.headline+": ") || !strings.Contains(got.Explanation, "föregående period") {
				t.Errorf("explanation %q", got.Explanation)
			}
		})
	}
}

// contractKeys checks that v, decoded from JSON, has every key of want with a
// value of the same JSON type; a one-element list in want describes each element.
func contractKeys(t *testing.T, path string, got, want any) {
	t.Helper()
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			t.Errorf("%s: got %T, want an object", path, got)
			return
		}
		for k, wv := range w {
			gv, ok := g[k]
			if !ok {
				t.Errorf("%s.%s: missing", path, k)
				continue
			}
			contractKeys(t, path+"."+k, gv, wv)
		}
	case []any:
		g, ok := got.([]any)
		if !ok {
			t.Errorf("%s: got %T (%v), want a list", path, got, got)
			return
		}
		for i, gv := range g {
			contractKeys(t, fmt.Sprintf("%s[%d]", path, i), gv, w[0])
		}
	case string:
		if _, ok := got.(string); !ok {
			t.Errorf("%s: got %T, want a string", path, got)
		}
	case float64:
		if _, ok := got.(float64); !ok {
			t.Errorf("%s: got %T, want a number", path, got)
		}
	}
}

// The report's JSON as API.md has it: every key, the right types.
const contractJSON = `{"period":{"from":"…","to":"…"},"compiled_at":"…",
 "coverage":{"total":0,"previous_total":0,"by_kind":{"news":0,"opinion":0},
             "by_outlet":[{"outlet":"…","count":0}],"by_day":[{"date":"…","count":0}]},
 "pressure":{"level":"låg","explanation":"…"},
 "themes":[{"label":"…","count":0}],
 "opinion_tone":{"critical":0,"neutral":0,"supportive":0},
 "register":{"document_request":{"received":0,"closed":0,"open":0,"overdue":0},
             "press_inquiry":{"received":0,"closed":0,"open":0,"overdue":0}},
 "actions":[{"date":"…","kind":"…","title":"…","url":"…"}]}`

func checkContract(t *testing.T, r *report.Report) map[string]any {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got, want map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(contractJSON), &want); err != nil {
		t.Fatal(err)
	}
	contractKeys(t, "report", got, want)
	if _, err := time.Parse(time.RFC3339, got["compiled_at"].(string)); err != nil {
		t.Errorf("compiled_at %q is not RFC 3339: %v", got["compiled_at"], err)
	}
	if lvl := got["pressure"].(map[string]any)["level"]; !slices.Contains([]any{"låg", "normal", "hög", "mycket hög"}, lvl) {
		t.Errorf("pressure level %q", lvl)
	}
	for _, list := range []string{"themes", "actions"} {
		if got[list] == nil {
			t.Errorf("%s is null, want a list", list)
		}
	}
	for _, list := range []string{"by_outlet", "by_day"} {
		if got["coverage"].(map[string]any)[list] == nil {
			t.Errorf("coverage.%s is null, want a list", list)
		}
	}
	return got
}

func TestComposeWithoutCoverage(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		s, c := newStore(t, db, sthlm(t, "2024-11-18 08:00"))
		ctx := context.Background()
		mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 08:00")), anna)
		c.Set(sthlm(t, "2024-11-19 16:45"))
		if _, err := s.CreateAction(ctx, report.NewAction{Date: "2024-11-18", Kind: report.ActionPressRelease,
			Title: "Extern granskning av införandet", URL: "https://example.se/press/1"}, editor); err != nil {
			t.Fatal(err)
		}
		p, _ := tracker.DayPeriod("2024-11-19")
		r, err := s.Compose(ctx, p, report.ComposeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got := checkContract(t, r)
		if r.Coverage.Available || r.Coverage.Total != 0 || len(r.Coverage.ByDay) != 1 || r.Coverage.ByDay[0] != (report.DayCount{Date: "2024-11-19"}) {
			t.Errorf("coverage = %+v", r.Coverage)
		}
		if r.Pressure.Level != report.PressureLow || !strings.Contains(r.Pressure.Explanation, "ingen nyhetsbevakning") {
			t.Errorf("pressure = %+v", r.Pressure)
		}
		if r.Register.DocumentRequest.Open != 1 || r.Register.DocumentRequest.Received != 0 {
			t.Errorf("register = %+v", r.Register)
		}
		if len(r.Actions) != 0 {
			t.Errorf("actions of the 19th = %+v (the press release is from the 18th)", r.Actions)
		}
		if got["compiled_at"] != "2024-11-19T16:45:00+01:00" || r.Label != "tisdag 19 november 2024" {
			t.Errorf("compiled_at = %v, label = %q", got["compiled_at"], r.Label)
		}
		want := []string{"Inga begäranden om allmän handling eller pressförfrågningar har inkommit till presstjänsten. " +
			"Just nu är 1 ärende öppet, inget försenat."}
		if !slices.Equal(r.Narrative.Situation, want) {
			t.Errorf("situation = %q, want %q", r.Narrative.Situation, want)
		}

		_, err = s.Compose(ctx, tracker.Period{From: "2024-11-19", To: "2024-11-01"}, report.ComposeOptions{})
		wantField(t, err, "to")
	})
}

func TestCompose(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		s, c := newStore(t, db, sthlm(t, "2024-11-01 08:00"))
		ctx := context.Background()
		cov := &fakeCoverage{themes: []report.Theme{{Label: "Återgång till tidigare system", Count: 40, Kind: "topic"},
			{Label: "Extern granskning", Count: 22, Kind: "story"}, {Label: "IMY-anmälan", Count: 9, Kind: "term"}, {Label: "Ambulanser", Count: 3}}}
		// The 90 days before v. 47 (20 August – 17 November): 10 a day; the week before: 14 a day.
		for d := time.Date(2024, 8, 20, 12, 0, 0, 0, tracker.Stockholm); d.Before(time.Date(2024, 11, 18, 0, 0, 0, 0, tracker.Stockholm)); d = d.AddDate(0, 0, 1) {
			n := 10
			if d.After(time.Date(2024, 11, 11, 0, 0, 0, 0, tracker.Stockholm)) {
				n = 14
			}
			cov.add(d.Format(time.DateOnly), n, "SVT Väst", "Göteborgsbladet")
		}
		// v. 47: 200 news articles, mostly on the 19th, and five opinion pieces.
		cov.add("2024-11-18", 30, "SVT Väst", "Göteborgsbladet", "Radio Älvdalen")
		cov.add("2024-11-19", 120, "SVT Väst", "Göteborgsbladet", "Radio Älvdalen", "Dagens Vård")
		cov.add("2024-11-21", 50, "Göteborgsbladet")
		critical1 := cov.opinion("2024-11-19", "Göteborgsbladet", "Införandet är ett haveri och ansvar måste utkrävas.")
		cov.opinion("2024-11-19", "Dagens Vård", "Kaoset på akuten är oacceptabelt. Karin Lund måste svara.")
		cov.opinion("2024-11-20", "Göteborgsbladet", "Det var ett modigt och rätt beslut att gå tillbaka.")
		neutral := cov.opinion("2024-11-20", "SVT Väst", "Regionen återgår på onsdag till de tidigare systemen.")
		cov.opinion("2024-11-22", "Dagens Vård", "Vi kräver att systemet stoppas.")
		cov.articles[len(cov.articles)-1].text += " Karin Lund svarar inte."
		cov.own = []report.ReportAction{
			{Date: "2024-11-19", Kind: report.ActionInternalNews, Title: "Aktuellt om journalsystemet den 19 november", URL: "https://intra.example.se/19"},
			{Date: "2024-11-18", Title: "Återgång till tidigare system igång", URL: "https://example.se/nyhet/aterga"}, // no kind: external news
			{Date: "2024-11-18", Kind: report.ActionPressRelease, Title: "Extern granskning (från flödet)", URL: "https://example.se/press/granskning"},
			{Date: "2024-11-25", Kind: report.ActionPressRelease, Title: "Nästa vecka", URL: "https://example.se/press/next"},
		}

		// The register: two requests and three inquiries in the week.
		c.Set(sthlm(t, "2024-11-18 09:00"))
		dr := mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 09:00")), anna)
		mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 09:00")), anna)
		pi := mustCreate(t, s, pressInquiry(sthlm(t, "2024-11-18 09:00")), anna)
		other := pressInquiry(sthlm(t, "2024-11-18 09:00"))
		other.Requester.Outlet = "Göteborgsbladet"
		mustCreate(t, s, other, anna)
		mustCreate(t, s, other, anna)
		c.Set(sthlm(t, "2024-11-19 10:00"))
		mustMove(t, s, dr.ID, admin, tracker.StatusRefused)
		mustMove(t, s, pi.ID, admin, tracker.StatusAnswered)
		if _, err := s.CreateAction(ctx, report.NewAction{Date: "2024-11-18", Kind: report.ActionPressRelease,
			Title: "Extern granskning av införandet av [Millennium]", URL: "https://example.se/press/granskning"}, editor); err != nil {
			t.Fatal(err)
		}
		for _, sp := range []report.SpokespersonInput{{Name: "Karin Lund", Title: "hälso- och sjukvårdsdirektör", Active: true},
			{Name: "Per Ek", Title: "överläkare", Active: true}, {Name: "Gammal Talesperson", Active: false}} {
			if _, err := s.CreateSpokesperson(ctx, sp, editor); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.SetTone(ctx, neutral, report.ToneCritical, analyst); err != nil {
			t.Fatal(err)
		}

		c.Set(sthlm(t, "2024-11-25 08:30"))
		p, _ := tracker.WeekPeriod("2024-W47")
		r, err := s.Compose(ctx, p, report.ComposeOptions{Coverage: cov, Mentions: cov})
		if err != nil {
			t.Fatal(err)
		}
		checkContract(t, r)

		t.Run("coverage", func(t *testing.T) {
			cv := r.Coverage
			if !cv.Available || cv.Total != 205 || cv.ByKind != (report.KindCounts{News: 200, Opinion: 5}) {
				t.Errorf("coverage = %d %+v", cv.Total, cv.ByKind)
			}
			if cv.PreviousTotal != 7*14 || cv.PreviousPeriod != (tracker.Period{From: "2024-11-11", To: "2024-11-17"}) {
				t.Errorf("previous = %d for %+v, want 98", cv.PreviousTotal, cv.PreviousPeriod)
			}
			wantDays := []report.DayCount{{"2024-11-18", 30}, {"2024-11-19", 122}, {"2024-11-20", 2}, {"2024-11-21", 50},
				{"2024-11-22", 1}, {"2024-11-23", 0}, {"2024-11-24", 0}}
			if !slices.Equal(cv.ByDay, wantDays) {
				t.Errorf("by day = %v\n      want %v", cv.ByDay, wantDays)
			}
			if cv.ByOutlet[0] != (tracker.OutletCount{Outlet: "Göteborgsbladet", Count: 50 + 10 + 30 + 2}) {
				t.Errorf("by outlet = %v", cv.ByOutlet)
			}
			if len(r.Themes) != 4 || r.Themes[0].Label != "Återgång till tidigare system" {
				t.Errorf("themes = %v", r.Themes)
			}
			if !slices.Contains(cov.calls, tracker.Period{From: "2024-08-20", To: "2024-11-17"}) {
				t.Errorf("coverage asked for %v, want also the 90 days before", cov.calls)
			}
		})
		t.Run("pressure", func(t *testing.T) {
			// 205 in 7 days = 29.3 a day against the median of 90 days, 10 a day:
			// 2.93 times; the week before had 14 a day, so the pressure rises.
			if r.Pressure.Level != report.PressureVeryHigh || r.Pressure.BaselineMedian != 10 || r.Pressure.Trend != report.TrendRising {
				t.Errorf("pressure = %+v", r.Pressure)
			}
			want := "Mycket högt och ökande medietryck: 205 artiklar, i snitt 29,3 per dag, 2,9 gånger det normala " +
				"(median 10 per dag de 90 dagarna före); föregående period 14 per dag."
			if r.Pressure.Explanation != want {
				t.Errorf("explanation = %q", r.Pressure.Explanation)
			}
		})
		t.Run("opinion tone, the correction wins", func(t *testing.T) {
			if r.OpinionTone != (report.ToneCounts{Critical: 4, Neutral: 0, Supportive: 1, Confirmed: 1}) {
				t.Errorf("tone = %+v, pieces %+v", r.OpinionTone, r.OpinionPieces)
			}
			for _, op := range r.OpinionPieces {
				switch op.ArticleID {
				case neutral:
					if op.Tone != report.ToneCritical || op.CorrectedBy != "ada" || op.Status != report.ToneConfirmed {
						t.Errorf("corrected piece = %+v", op)
					}
				case critical1:
					if op.Tone != report.ToneCritical || op.Suggested != op.Tone || len(op.Evidence) == 0 ||
						op.CorrectedBy != "" || op.Status != report.ToneSuggested {
						t.Errorf("scored piece = %+v", op)
					}
				}
			}
		})
		t.Run("register", func(t *testing.T) {
			d, pr := r.Register.DocumentRequest, r.Register.PressInquiry
			if d.Received != 2 || d.Closed != 1 || d.Open != 1 || d.Refusals != 1 || d.Overdue != 1 {
				t.Errorf("document requests = %+v", d)
			}
			if pr.Received != 3 || pr.Closed != 1 || pr.Open != 2 || len(pr.ByOutlet) != 2 ||
				pr.ByOutlet[0] != (tracker.OutletCount{Outlet: "Göteborgsbladet", Count: 2}) {
				t.Errorf("press inquiries = %+v", pr)
			}
			if !r.Register.BacklogAt.Equal(sthlm(t, "2024-11-25 00:00")) {
				t.Errorf("backlog at %v, want the end of the week", r.Register.BacklogAt)
			}
		})
		t.Run("actions: by hand and from own feeds, once per link, newest first", func(t *testing.T) {
			var got []string
			for _, a := range r.Actions {
				got = append(got, a.Date+" "+string(a.Kind)+" "+a.Source+" "+a.Title)
			}
			want := []string{
				"2024-11-19 internal_news feed Aktuellt om journalsystemet den 19 november",
				"2024-11-18 press_release manual Extern granskning av införandet av [Millennium]",
				"2024-11-18 external_news feed Återgång till tidigare system igång",
			}
			if !slices.Equal(got, want) {
				t.Errorf("actions =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
		t.Run("spokespersons: the active ones, with mentions", func(t *testing.T) {
			if len(r.Spokespersons) != 2 || r.Spokespersons[0].Name != "Karin Lund" || *r.Spokespersons[0].Mentions != 2 ||
				*r.Spokespersons[1].Mentions != 0 {
				t.Errorf("spokespersons = %+v", r.Spokespersons)
			}
		})
		t.Run("suggested narrative", func(t *testing.T) {
			n := r.Narrative
			want := report.Narrative{
				Situation: []string{
					"Mycket högt och ökande medietryck med fokus på Återgång till tidigare system (40 artiklar), Extern granskning (22), " +
						"IMY-anmälan (9) och Ambulanser (3). Totalt 205 artiklar, i snitt 29,3 per dag, 2,9 gånger det normala " +
						"(median 10 per dag de 90 dagarna före); föregående period 14 per dag.",
					"På opinionsplats är tonen övervägande kritisk: av 5 texter är 4 kritiska, 0 neutrala och 1 positiv; tonen är bekräftad av en person för 1, föreslagen för resten.",
					"Till presstjänsten har 2 begäranden om allmän handling och 3 pressförfrågningar inkommit. " +
						"Vid periodens slut var 3 ärenden öppna, varav 3 försenade.",
				},
				Actions: []string{
					"19/11: Intern nyhet [Aktuellt om journalsystemet den 19 november](https://intra.example.se/19)",
					`18/11: Pressmeddelande [Extern granskning av införandet av \[Millennium\]](https://example.se/press/granskning)`,
					"18/11: Extern nyhet [Återgång till tidigare system igång](https://example.se/nyhet/aterga)",
				},
				Spokespersons: []string{"Karin Lund, hälso- och sjukvårdsdirektör", "Per Ek, överläkare"},
			}
			for i, pair := range [][2][]string{{n.Situation, want.Situation}, {n.Actions, want.Actions}, {n.Spokespersons, want.Spokespersons}} {
				if !slices.Equal(pair[0], pair[1]) {
					t.Errorf("section %d =\n%q\nwant\n%q", i, pair[0], pair[1])
				}
			}
			if r.Draft != nil {
				t.Errorf("draft = %+v, want none", r.Draft)
			}
		})
		t.Run("a coverage failure fails the report", func(t *testing.T) {
			bad := &fakeCoverage{err: errors.New("index down")}
			if _, err := s.Compose(ctx, p, report.ComposeOptions{Coverage: bad}); err == nil || !strings.Contains(err.Error(), "index down") {
				t.Errorf("err = %v", err)
			}
		})
	})
}
