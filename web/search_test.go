package web_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/web"
)

// searchApp is the app with a search index that follows its articles.
type searchApp struct {
	*app
	idx   *search.Index
	ctx   context.Context
	feeds map[string]int64 // outlet/kind → feed id
}

// withSearch opens a search index over the app's articles and rebuilds the
// router with it.
func withSearch(t testing.TB, a *app) *searchApp {
	t.Helper()
	idx, err := search.Open(t.TempDir(), a.feeds, search.Options{Topics: a.feeds.ArticleTopicIDs, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	a.router = web.New(web.Deps{Store: a.store, Reports: a.report, Logger: slog.New(slog.DiscardHandler), Feeds: a.feeds, Ingester: a.ingester, Index: idx})
	return &searchApp{app: a, idx: idx, ctx: context.Background(), feeds: map[string]int64{}}
}

func newSearchApp(t testing.TB) *searchApp { return withSearch(t, newSQLiteApp(t)) }

// article is an article to store: outlet and kind pick (or create) its feed.
type article struct {
	outlet, title, text, story string
	kind                       ingest.Kind
	published                  time.Time
}

// add stores articles as ingest would and returns their ids; call catchUp to index them.
func (s *searchApp) add(arts ...article) []int64 {
	s.t.Helper()
	var ids []int64
	for _, a := range arts {
		if a.kind == "" {
			a.kind = ingest.KindNews
		}
		if a.outlet == "" {
			a.outlet = "Dagbladet"
		}
		if a.published.IsZero() {
			a.published = fixedNow.Add(-time.Hour)
		}
		key := a.outlet + "/" + string(a.kind)
		feedID, ok := s.feeds[key]
		if !ok {
			f, err := s.app.feeds.CreateFeed(s.ctx, ingest.NewFeed{URL: fmt.Sprintf("https://feed%d.example/rss", len(s.feeds)+1),
				Outlet: a.outlet, Kind: a.kind})
			if err != nil {
				s.t.Fatal(err)
			}
			feedID, s.feeds[key] = f.ID, f.ID
		}
		n, err := s.app.feeds.MaxArticleID(s.ctx)
		if err != nil {
			s.t.Fatal(err)
		}
		guid := fmt.Sprintf("a%d", n+1)
		item := ingest.Article{GUID: guid, URL: "https://nyheter.example/" + guid, Title: a.title,
			Text: a.title + "\n" + a.text, Content: "<p>" + a.text + "</p>", PublishedAt: a.published, Kind: a.kind, StoryKey: a.story}
		if _, _, err := s.app.feeds.UpsertArticles(s.ctx, feedID, []ingest.Article{item}); err != nil {
			s.t.Fatal(err)
		}
		id, err := s.app.feeds.MaxArticleID(s.ctx)
		if err != nil {
			s.t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

func (s *searchApp) catchUp() {
	s.t.Helper()
	if _, err := s.idx.CatchUp(s.ctx); err != nil {
		s.t.Fatal(err)
	}
}

// corpus is a small Swedish crisis: inflections, a phrase, opinion pieces,
// a day boundary in Stockholm time and a compound.
func (s *searchApp) corpus() map[string]int64 {
	s.t.Helper()
	ids := s.add(
		article{title: "Journalsystemet låg nere i natt", text: "Personalen fick skriva på papper när journalsystemet låg nere.",
			published: time.Date(2024, 11, 19, 6, 0, 0, 0, time.UTC)},
		article{outlet: "Kvällsposten", title: "Nya journalsystemen kostar miljarder", text: "Regionerna byter journalsystem i hela landet.",
			published: time.Date(2024, 11, 18, 12, 0, 0, 0, time.UTC)},
		article{outlet: "Kvällsposten", kind: ingest.KindOpinion, title: "Stoppa journalsystemet nu", text: "Ett kaos som ingen tar ansvar för.",
			published: time.Date(2024, 11, 17, 8, 0, 0, 0, time.UTC)},
		article{title: "Regionen beställer extern granskning", text: "En extern granskning av upphandlingen ska göras.",
			published: time.Date(2024, 11, 18, 23, 30, 0, 0, time.UTC)}, // 00:30 on the 19th in Stockholm
		article{title: "Granskning av extern konsult", text: "Konsulten granskas internt.",
			published: time.Date(2024, 11, 18, 22, 30, 0, 0, time.UTC)}, // 23:30 on the 18th in Stockholm
		article{outlet: "Radio Väst", title: "Systemhaveri på akuten", text: "Ett systemhaveri stoppade akutmottagningen.",
			published: time.Date(2024, 11, 16, 10, 0, 0, 0, time.UTC)},
	)
	s.catchUp()
	return map[string]int64{"nere": ids[0], "miljarder": ids[1], "opinion": ids[2], "granskning": ids[3], "konsult": ids[4], "haveri": ids[5]}
}

type hitOut struct {
	ID          int64  `json:"id"`
	Title       string `json:"title"`
	Outlet      string `json:"outlet"`
	Kind        string `json:"kind"`
	PublishedAt string `json:"published_at"`
	Snippet     string `json:"snippet"`
	StoryKey    string `json:"story_key"`
	AlsoIn      int    `json:"also_in"`
}

type searchOut struct {
	Total  int      `json:"total"`
	Hits   []hitOut `json:"hits"`
	Facets struct {
		Outlet []struct {
			Term  string `json:"term"`
			Count int    `json:"count"`
		} `json:"outlet"`
		Kind []struct {
			Term  string `json:"term"`
			Count int    `json:"count"`
		} `json:"kind"`
		Topic []struct {
			Term  string `json:"term"`
			Count int    `json:"count"`
			Name  string `json:"name"`
		} `json:"topic"`
		Day []struct {
			Date  string `json:"date"`
			Count int    `json:"count"`
		} `json:"day"`
	} `json:"facets"`
}

func (s *searchApp) search(t *testing.T, role tracker.Role, query url.Values) searchOut {
	t.Helper()
	rec := s.api(role, "GET", "/api/v1/articles/search?"+query.Encode(), "")
	if rec.Code != http.StatusOK {
		t.Fatalf("search %s: %d %s", query.Encode(), rec.Code, rec.Body)
	}
	return decode[searchOut](t, rec)
}

func hitIDs(out searchOut) []int64 {
	ids := make([]int64, len(out.Hits))
	for i, h := range out.Hits {
		ids[i] = h.ID
	}
	slices.Sort(ids)
	return ids
}

func keys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func TestAPISearchFollowsTheContract(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		s := withSearch(t, a)
		ids := s.corpus()
		rec := s.api(analyst, "GET", "/api/v1/articles/search?q=journalsystemet", "")
		if rec.Code != http.StatusOK {
			t.Fatalf("search: %d %s", rec.Code, rec.Body)
		}
		body := decode[map[string]any](t, rec)
		for _, k := range []string{"total", "hits", "facets"} {
			if _, ok := body[k]; !ok {
				t.Errorf("body keys = %v, want %q", keys(body), k)
			}
		}
		if body["total"] != float64(3) {
			t.Errorf("total = %v, want 3", body["total"])
		}
		hits, _ := body["hits"].([]any)
		if len(hits) != 3 {
			t.Fatalf("hits = %v", hits)
		}
		for _, h := range hits {
			hit := h.(map[string]any)
			for _, k := range []string{"id", "title", "url", "outlet", "kind", "published_at", "snippet"} {
				if _, ok := hit[k]; !ok {
					t.Errorf("hit keys = %v, want %q", keys(hit), k)
				}
			}
			if _, ok := hit["id"].(float64); !ok {
				t.Errorf("id = %#v, want a number", hit["id"])
			}
			at, err := time.Parse(time.RFC3339, fmt.Sprint(hit["published_at"]))
			if err != nil || !strings.HasSuffix(fmt.Sprint(hit["published_at"]), "+01:00") {
				t.Errorf("published_at = %v (%v), want RFC 3339 with Stockholm's offset in November", hit["published_at"], err)
			}
			if hit["id"] == float64(ids["nere"]) {
				if !at.Equal(time.Date(2024, 11, 19, 6, 0, 0, 0, time.UTC)) {
					t.Errorf("published_at = %v", at)
				}
				if !strings.Contains(fmt.Sprint(hit["snippet"]), "<mark>journalsystemet</mark>") {
					t.Errorf("snippet = %v, want the word marked", hit["snippet"])
				}
			}
		}
		facets, _ := body["facets"].(map[string]any)
		for _, k := range []string{"outlet", "kind", "day"} {
			list, ok := facets[k].([]any)
			if !ok || len(list) == 0 {
				t.Errorf("facet %q = %v", k, facets[k])
				continue
			}
			entry := list[0].(map[string]any)
			want := []string{"count", "term"}
			if k == "day" {
				want = []string{"count", "date"}
			}
			if got := keys(entry); !slices.Equal(got, want) {
				t.Errorf("facet %q entry keys = %v, want %v", k, got, want)
			}
		}
		out := decode[searchOut](t, rec)
		if got := out.Facets.Outlet; len(got) != 2 || got[0].Term != "Kvällsposten" || got[0].Count != 2 {
			t.Errorf("outlet facet = %+v", got)
		}
		wantDays := []string{"2024-11-17", "2024-11-18", "2024-11-19"}
		var days []string
		for _, d := range out.Facets.Day {
			days = append(days, d.Date)
		}
		if !slices.Equal(days, wantDays) {
			t.Errorf("day facet = %v, want %v", days, wantDays)
		}

		empty := s.search(t, editor, url.Values{})
		if empty.Total != 6 || len(empty.Hits) != 6 || empty.Hits[0].ID != ids["nere"] {
			t.Errorf("empty q: total %d, first %+v; want all six, newest first", empty.Total, empty.Hits)
		}

		// facets=false: the same hits and total, the facets left out (and
		// not counted), the keys still there.
		for _, q := range []string{"journalsystemet", ""} {
			with := s.search(t, analyst, url.Values{"q": {q}})
			without := s.search(t, analyst, url.Values{"q": {q}, "facets": {"false"}})
			if without.Total != with.Total || fmt.Sprint(without.Hits) != fmt.Sprint(with.Hits) {
				t.Errorf("q=%q facets=false: total %d hits %v, with facets %d %v", q, without.Total, without.Hits, with.Total, with.Hits)
			}
			if len(with.Facets.Outlet) == 0 || len(without.Facets.Outlet)+len(without.Facets.Kind)+len(without.Facets.Day) != 0 {
				t.Errorf("q=%q: facets %+v with, %+v without", q, with.Facets, without.Facets)
			}
		}
		rec = s.api(analyst, "GET", "/api/v1/articles/search?facets=false", "")
		if body := decode[map[string]any](t, rec); fmt.Sprint(body["facets"]) != "map[day:[] kind:[] outlet:[] topic:[]]" {
			t.Errorf("facets=false: facets = %v, want the keys with empty lists", body["facets"])
		}
	})
}

func TestAPISearchSwedish(t *testing.T) {
	s := newSearchApp(t)
	ids := s.corpus()
	tests := map[string]struct {
		query url.Values
		want  []string
	}{
		"definite form finds bare and plural": {url.Values{"q": {"journalsystemet"}}, []string{"nere", "miljarder", "opinion"}},
		"plural finds the others":             {url.Values{"q": {"journalsystemen"}}, []string{"nere", "miljarder", "opinion"}},
		"prefix":                              {url.Values{"q": {"journalsystem*"}}, []string{"nere", "miljarder", "opinion"}},
		"phrase":                              {url.Values{"q": {`"extern granskning"`}}, []string{"granskning"}},
		"words in any order":                  {url.Values{"q": {"extern granskning"}}, []string{"granskning", "konsult"}},
		"NOT":                                 {url.Values{"q": {"journalsystemet NOT kaos"}}, []string{"nere", "miljarder"}},
		"minus":                               {url.Values{"q": {"journalsystemet -kaos"}}, []string{"nere", "miljarder"}},
		"OR":                                  {url.Values{"q": {"systemhaveri OR konsult"}}, []string{"haveri", "konsult"}},
		"kind filter":                         {url.Values{"q": {"journalsystemet"}, "kind": {"opinion"}}, []string{"opinion"}},
		"kind in the query":                   {url.Values{"q": {"journalsystemet typ:opinion"}}, []string{"opinion"}},
		"outlet filter":                       {url.Values{"outlet": {"kvällsposten"}}, []string{"miljarder", "opinion"}},
		"outlet in the query":                 {url.Values{"q": {"källa:Kvällsposten -kaos"}}, []string{"miljarder"}},
		"a Stockholm day, not a UTC day":      {url.Values{"q": {"granskning"}, "from": {"2024-11-19"}, "to": {"2024-11-19"}}, []string{"granskning"}},
		"the evening before in Stockholm":     {url.Values{"q": {"granskning"}, "to": {"2024-11-18"}}, []string{"konsult"}},
		"compound off":                        {url.Values{"q": {"haveri"}}, nil},
		"compound on":                         {url.Values{"q": {"haveri"}, "compounds": {"true"}}, []string{"haveri"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var want []int64
			for _, w := range tt.want {
				want = append(want, ids[w])
			}
			slices.Sort(want)
			got := s.search(t, analyst, tt.query)
			if !slices.Equal(hitIDs(got), want) || got.Total != len(want) {
				t.Errorf("%s: hits %v (total %d), want %v", tt.query.Encode(), hitIDs(got), got.Total, tt.want)
			}
		})
	}
	t.Run("newest first", func(t *testing.T) {
		got := s.search(t, analyst, url.Values{"q": {"journalsystemet"}, "sort": {"newest"}})
		if len(got.Hits) != 3 || got.Hits[0].ID != ids["nere"] || got.Hits[2].ID != ids["opinion"] {
			t.Errorf("hits = %+v", got.Hits)
		}
	})
	t.Run("pages", func(t *testing.T) {
		p1 := s.search(t, analyst, url.Values{"size": {"4"}})
		p2 := s.search(t, analyst, url.Values{"size": {"4"}, "page": {"2"}})
		if p1.Total != 6 || len(p1.Hits) != 4 || len(p2.Hits) != 2 || slices.ContainsFunc(p2.Hits, func(h hitOut) bool { return h.ID == p1.Hits[0].ID }) {
			t.Errorf("page 1 = %v, page 2 = %v", hitIDs(p1), hitIDs(p2))
		}
	})
}

func TestAPISearchBadRequests(t *testing.T) {
	s := newSearchApp(t)
	s.corpus()
	tests := map[string]struct {
		query url.Values
		field string
	}{
		"size above 100":     {url.Values{"size": {"101"}}, "size"},
		"size not a number":  {url.Values{"size": {"tio"}}, "size"},
		"page zero":          {url.Values{"page": {"0"}}, "page"},
		"unclosed phrase":    {url.Values{"q": {`vård "extern granskning`}}, "q"},
		"stray parenthesis":  {url.Values{"q": {"vård)"}}, "q"},
		"date not a date":    {url.Values{"from": {"19/11 2024"}}, "from"},
		"to before from":     {url.Values{"from": {"2024-11-19"}, "to": {"2024-11-01"}}, "to"},
		"unknown kind":       {url.Values{"kind": {"skvaller"}}, "kind"},
		"unknown sort":       {url.Values{"sort": {"random"}}, "sort"},
		"compounds not bool": {url.Values{"compounds": {"kanske"}}, "compounds"},
		"facets not bool":    {url.Values{"facets": {"kanske"}}, "facets"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			rec := s.api(analyst, "GET", "/api/v1/articles/search?"+tt.query.Encode(), "")
			e := decode[apiErr](t, rec)
			if rec.Code != http.StatusBadRequest || e.Error.Code != "bad_request" || e.Error.Fields[tt.field] == "" || e.Error.Message == "" {
				t.Errorf("got %d %s, want 400 bad_request naming %q", rec.Code, rec.Body, tt.field)
			}
		})
	}
	t.Run("a syntax error says where, in Swedish", func(t *testing.T) {
		rec := s.api(analyst, "GET", "/api/v1/articles/search?"+url.Values{"q": {`vård "extern granskning`}}.Encode(), "")
		e := decode[apiErr](t, rec)
		if !strings.Contains(e.Error.Message, "Sökfrågan") || !strings.Contains(e.Error.Fields["q"], "tecken 6") {
			t.Errorf("error = %+v, want a Swedish message with the position (character 6)", e.Error)
		}
	})
	t.Run("no token", func(t *testing.T) {
		if rec := s.api("", "GET", "/api/v1/articles/search", ""); rec.Code != http.StatusUnauthorized {
			t.Errorf("got %d, want 401", rec.Code)
		}
	})
}

func TestSearchWithoutAnIndexIsUnavailable(t *testing.T) {
	a := newSQLiteApp(t) // no index
	rec := a.api(analyst, "GET", "/api/v1/articles/search?q=vård", "")
	if e := decode[apiErr](t, rec); rec.Code != http.StatusServiceUnavailable || e.Error.Code == "" || e.Error.Message == "" {
		t.Errorf("API: %d %s, want 503 with the error body", rec.Code, rec.Body)
	}
	b := a.browser()
	b.login("analys")
	rec = b.do("GET", "/search?q=vård", nil)
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "Sökningen är inte tillgänglig") {
		t.Errorf("page: %d, want 503 saying search is unavailable", rec.Code)
	}
	if rec := a.api(analyst, "POST", "/api/v1/topics", `{"name":"Vård","query":"vård"}`); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("topic without an index: %d, want 503", rec.Code)
	}
}

type articleOut struct {
	ID                 int64    `json:"id"`
	Title              string   `json:"title"`
	URL                string   `json:"url"`
	Outlet             string   `json:"outlet"`
	Kind               string   `json:"kind"`
	PublishedAt        string   `json:"published_at"`
	PublishedEstimated bool     `json:"published_estimated"`
	Categories         []string `json:"categories"`
	Content            string   `json:"content"`
	Text               string   `json:"text"`
	Topics             []struct {
		ID   int64  `json:"id"`
		Name string `json:"name"`
	} `json:"topics"`
	Cases []struct {
		ID     int64  `json:"id"`
		Number string `json:"number"`
	} `json:"cases"`
}

type topicOut struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Query        string `json:"query"`
	ArticleCount int    `json:"article_count"`
	ByDay        []struct {
		Date  string `json:"date"`
		Count int    `json:"count"`
	} `json:"by_day"`
}

func TestAPITopics(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		s := withSearch(t, a)
		ids := s.corpus()

		// Press officers read topics but do not change them: topics decide
		// what the lägesbild counts as coverage, which analysts and editors compile.
		rec := s.api(analyst, "POST", "/api/v1/topics", `{"name":"Journalsystem","query":"journalsystemet -kaos"}`)
		if rec.Code != http.StatusCreated {
			t.Fatalf("analyst creates a topic: %d %s", rec.Code, rec.Body)
		}
		topic := decode[topicOut](t, rec)
		if topic.ID == 0 || topic.Name != "Journalsystem" || topic.Query != "journalsystemet -kaos" || topic.ArticleCount != 2 {
			t.Errorf("topic = %+v, want the two old articles tagged", topic)
		}

		art := decode[articleOut](t, s.api(press, "GET", fmt.Sprintf("/api/v1/articles/%d", ids["nere"]), ""))
		if len(art.Topics) != 1 || art.Topics[0].ID != topic.ID || art.Topics[0].Name != "Journalsystem" {
			t.Errorf("article topics = %+v, want the new topic", art.Topics)
		}
		other := decode[articleOut](t, s.api(press, "GET", fmt.Sprintf("/api/v1/articles/%d", ids["opinion"]), ""))
		if len(other.Topics) != 0 {
			t.Errorf("an article the query excludes has topics %+v", other.Topics)
		}

		tests := map[string]struct {
			role   tracker.Role
			body   string
			status int
			code   string
			field  string
		}{
			"query that does not parse": {analyst, `{"name":"Trasig","query":"vård \"öppen"}`, 422, "validation_failed", "query"},
			"no name":                   {analyst, `{"name":"","query":"vård"}`, 422, "validation_failed", "name"},
			"no query":                  {analyst, `{"name":"Tom"}`, 422, "validation_failed", "query"},
			"same name again":           {editor, `{"name":"Journalsystem","query":"journal*"}`, 409, "conflict", ""},
			"press officer may not":     {press, `{"name":"Press","query":"press"}`, 403, "forbidden", ""},
			"malformed JSON":            {analyst, `{"name":`, 400, "bad_request", ""},
		}
		for name, tt := range tests {
			t.Run(name, func(t *testing.T) {
				rec := s.api(tt.role, "POST", "/api/v1/topics", tt.body)
				e := decode[apiErr](t, rec)
				if rec.Code != tt.status || e.Error.Code != tt.code || (tt.field != "" && e.Error.Fields[tt.field] == "") {
					t.Errorf("got %d %s, want %d %s on %q", rec.Code, rec.Body, tt.status, tt.code, tt.field)
				}
			})
		}
		if rec := s.api(editor, "POST", "/api/v1/topics", `{"name":"Granskning","query":"\"extern granskning\""}`); rec.Code != http.StatusCreated {
			t.Errorf("editor creates a topic: %d %s", rec.Code, rec.Body)
		}
		if rec := s.api(admin, "POST", "/api/v1/topics", `{"name":"Haveri","query":"haveri"}`); rec.Code != http.StatusCreated {
			t.Errorf("admin creates a topic: %d %s", rec.Code, rec.Body)
		}

		list := decode[struct{ Topics []topicOut }](t, s.api(press, "GET", "/api/v1/topics", ""))
		var names []string
		for _, tp := range list.Topics {
			names = append(names, fmt.Sprintf("%s:%d", tp.Name, tp.ArticleCount))
		}
		if !slices.Equal(names, []string{"Granskning:1", "Haveri:0", "Journalsystem:2"}) {
			t.Errorf("topics = %v", names)
		}

		// The index learns the tags when it catches up (Run does so on the store's signal).
		s.catchUp()
		got := s.search(t, analyst, url.Values{"topic": {fmt.Sprint(topic.ID)}})
		if want := []int64{ids["miljarder"], ids["nere"]}; !slices.Equal(hitIDs(got), slices.Sorted(slices.Values(want))) {
			t.Errorf("topic filter: %v", hitIDs(got))
		}
		all := s.search(t, analyst, url.Values{})
		if len(all.Facets.Topic) != 2 || all.Facets.Topic[0].Name != "Journalsystem" || all.Facets.Topic[0].Count != 2 {
			t.Errorf("topic facet = %+v", all.Facets.Topic)
		}
		days := decode[struct{ Topics []topicOut }](t, s.api(analyst, "GET", "/api/v1/topics?from=2024-11-17&to=2024-11-19", ""))
		for _, tp := range days.Topics {
			if tp.Name != "Journalsystem" {
				continue
			}
			var counts []int
			for _, d := range tp.ByDay {
				counts = append(counts, d.Count)
			}
			if len(tp.ByDay) != 3 || tp.ByDay[0].Date != "2024-11-17" || !slices.Equal(counts, []int{0, 1, 1}) {
				t.Errorf("by_day = %+v, want 0, 1, 1 from the 17th", tp.ByDay)
			}
		}
	})
}

func TestAPIArticle(t *testing.T) {
	s := newSearchApp(t)
	ids := s.corpus()
	rec := s.api(editor, "GET", fmt.Sprintf("/api/v1/articles/%d", ids["nere"]), "")
	if rec.Code != http.StatusOK {
		t.Fatalf("article: %d %s", rec.Code, rec.Body)
	}
	body := decode[map[string]any](t, rec)
	for _, k := range []string{"id", "title", "url", "outlet", "kind", "published_at", "published_estimated", "author",
		"categories", "image", "summary", "content", "text", "topics", "cases"} {
		if _, ok := body[k]; !ok {
			t.Errorf("article keys = %v, want %q", keys(body), k)
		}
	}
	a := decode[articleOut](t, rec)
	if a.Title != "Journalsystemet låg nere i natt" || a.Outlet != "Dagbladet" || a.Kind != "news" ||
		a.PublishedAt != "2024-11-19T07:00:00+01:00" || !strings.Contains(a.Content, "<p>") || strings.Contains(a.Text, "<") {
		t.Errorf("article = %+v", a)
	}
	if a.Topics == nil || a.Cases == nil || a.Categories == nil {
		t.Errorf("empty lists must be [], not null: %s", rec.Body)
	}
	if rec := s.api(editor, "GET", "/api/v1/articles/999999", ""); rec.Code != http.StatusNotFound {
		t.Errorf("unknown article: %d", rec.Code)
	}

	t.Run("an item without a date", func(t *testing.T) {
		feedID := s.feeds["Dagbladet/news"]
		item := ingest.Article{GUID: "utan-datum", URL: "https://nyheter.example/utan-datum", Title: "Notis utan datum",
			Text: "Notis utan datum", Categories: "Inrikes; Vård"}
		if _, _, err := s.app.feeds.UpsertArticles(s.ctx, feedID, []ingest.Article{item}); err != nil {
			t.Fatal(err)
		}
		id, _ := s.app.feeds.MaxArticleID(s.ctx)
		a := decode[articleOut](t, s.api(editor, "GET", fmt.Sprintf("/api/v1/articles/%d", id), ""))
		if !a.PublishedEstimated || a.PublishedAt != "2024-11-19T10:00:00+01:00" || !slices.Equal(a.Categories, []string{"Inrikes", "Vård"}) {
			t.Errorf("article = %+v, want the first-seen time, marked as estimated, and two categories", a)
		}
		b := s.browser()
		b.login("redaktor")
		page := b.do("GET", fmt.Sprintf("/articles/%d", id), nil).Body.String()
		if !strings.Contains(page, "uppskattat datum") || !strings.Contains(page, "Inrikes, Vård") || !strings.Contains(page, "Flödet innehöll ingen text") {
			t.Errorf("article page does not say the date is estimated")
		}
	})
}

func TestAPILinkArticleToCase(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		s := withSearch(t, a)
		ids := s.corpus()
		cs := s.mustCreate(docRequest)
		path := fmt.Sprintf("/api/v1/cases/%d/articles", cs.ID)
		rec := s.api(press, "POST", path, fmt.Sprintf(`{"article_id":%d}`, ids["nere"]))
		if rec.Code != http.StatusCreated {
			t.Fatalf("link: %d %s", rec.Code, rec.Body)
		}
		tests := map[string]struct {
			role   tracker.Role
			path   string
			body   string
			status int
			code   string
		}{
			"twice":           {press, path, fmt.Sprintf(`{"article_id":%d}`, ids["nere"]), 409, "conflict"},
			"analyst may not": {analyst, path, fmt.Sprintf(`{"article_id":%d}`, ids["miljarder"]), 403, "forbidden"},
			"editor may not":  {editor, path, fmt.Sprintf(`{"article_id":%d}`, ids["miljarder"]), 403, "forbidden"},
			"unknown article": {admin, path, `{"article_id":999999}`, 422, "validation_failed"},
			"no article":      {admin, path, `{}`, 422, "validation_failed"},
			"unknown case":    {admin, "/api/v1/cases/999999/articles", fmt.Sprintf(`{"article_id":%d}`, ids["nere"]), 404, "not_found"},
		}
		for name, tt := range tests {
			t.Run(name, func(t *testing.T) {
				rec := s.api(tt.role, "POST", tt.path, tt.body)
				if rec.Code != tt.status || decode[apiErr](t, rec).Error.Code != tt.code {
					t.Errorf("got %d %s, want %d %s", rec.Code, rec.Body, tt.status, tt.code)
				}
			})
		}
		got := decode[caseOut](t, s.api(admin, "GET", fmt.Sprintf("/api/v1/cases/%d", cs.ID), ""))
		last := got.Events[len(got.Events)-1]
		if last.Type != "article_linked" || last.Actor != "press" || last.Data["article_id"] != float64(ids["nere"]) {
			t.Errorf("last event = %+v, want article_linked by press", last)
		}
		art := decode[articleOut](t, s.api(analyst, "GET", fmt.Sprintf("/api/v1/articles/%d", ids["nere"]), ""))
		if len(art.Cases) != 1 || art.Cases[0].ID != cs.ID || art.Cases[0].Number != cs.Number {
			t.Errorf("article cases = %+v", art.Cases)
		}
		linked := decode[struct {
			Articles []struct {
				ID       int64  `json:"id"`
				Title    string `json:"title"`
				LinkedBy string `json:"linked_by"`
			}
		}](t, s.api(analyst, "GET", path, ""))
		if len(linked.Articles) != 1 || linked.Articles[0].ID != ids["nere"] || linked.Articles[0].Title == "" || linked.Articles[0].LinkedBy != "press" {
			t.Errorf("case articles = %+v", linked.Articles)
		}
	})
}

// csvRows reads an export, checking the byte-order mark Excel needs.
func csvRows(t *testing.T, body []byte) [][]string {
	t.Helper()
	rest, ok := bytes.CutPrefix(body, []byte("\xEF\xBB\xBF"))
	if !ok {
		t.Fatalf("CSV without a UTF-8 byte-order mark: %q", body[:min(len(body), 20)])
	}
	r := csv.NewReader(bytes.NewReader(rest))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read CSV: %v\n%s", err, rest)
	}
	return rows
}

func TestSearchCSVExport(t *testing.T) {
	s := newSearchApp(t)
	for i, title := range []string{`=HYPERLINK("https://ond.example","klicka")`, "+46 i kön", "-1 plats på akuten", "@regionen svarar", "Vanlig rubrik; med semikolon"} {
		s.add(article{outlet: "Dagbladet", title: title, text: "Om vården i regionen.", published: fixedNow.Add(-time.Duration(i+1) * time.Hour)})
	}
	s.add(article{outlet: "Ålandsposten", title: "Väntetider på akuten", text: "Om vården.", published: fixedNow.Add(-10 * time.Hour)})
	s.catchUp()
	b := s.browser()
	b.login("analys")
	rec := b.do("GET", "/search.csv?"+url.Values{"q": {"vården"}, "from": {"2024-11-01"}, "to": {"2024-11-19"}, "sort": {"newest"}}.Encode(), nil)
	if rec.Code != http.StatusOK {
		t.Fatalf("export: %d %s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") || !strings.Contains(ct, "utf-8") {
		t.Errorf("Content-Type = %q", ct)
	}
	if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, "attachment") || !strings.Contains(cd, "2024-11-19") || !strings.Contains(cd, ".csv") {
		t.Errorf("Content-Disposition = %q, want an attachment named with the date", cd)
	}
	rows := csvRows(t, rec.Body.Bytes())
	if len(rows) != 7 || !slices.Equal(rows[0], []string{"datum", "medium", "typ", "rubrik", "url"}) {
		t.Fatalf("rows = %q, want a header and six hits", rows)
	}
	wantTitles := []string{`'=HYPERLINK("https://ond.example","klicka")`, "'+46 i kön", "'-1 plats på akuten", "'@regionen svarar",
		"Vanlig rubrik; med semikolon", "Väntetider på akuten"}
	for i, want := range wantTitles {
		if got := rows[i+1][3]; got != want {
			t.Errorf("row %d title = %q, want %q", i+1, got, want)
		}
	}
	if got := rows[1]; got[0] != "2024-11-19 09:00" || got[1] != "Dagbladet" || got[2] != "Nyheter" || !strings.HasPrefix(got[4], "https://") {
		t.Errorf("first row = %q", got)
	}
	if got := rows[6][1]; got != "Ålandsposten" {
		t.Errorf("outlet = %q, want å kept", got)
	}
	if rec := b.do("GET", "/search.csv?q="+url.QueryEscape(`"öppen`), nil); rec.Code != http.StatusBadRequest {
		t.Errorf("export of a bad query: %d, want 400", rec.Code)
	}
}

var svgChart = regexp.MustCompile(`(?s)<svg role="img" aria-labelledby="volym-title volym-desc"[^>]*>\s*<title id="volym-title">[^<]+</title>\s*<desc id="volym-desc">[^<]+</desc>.*?<rect `)

func TestUISearchPage(t *testing.T) {
	s := newSearchApp(t)
	ids := s.corpus()
	const wire = "Tt-story-1"
	s.add(
		article{outlet: "Dagbladet", title: "<script>alert(1)</script> Journalsystemet byts ut", text: "TT: journalsystemet byts ut 2026.", story: wire},
		article{outlet: "Kvällsposten", title: "Journalsystemet byts ut", text: "TT: journalsystemet byts ut 2026.", story: wire, published: fixedNow.Add(-2 * time.Hour)},
		article{outlet: "Radio Väst", title: "Journalsystemet byts ut", text: "TT: journalsystemet byts ut 2026.", story: wire, published: fixedNow.Add(-3 * time.Hour)},
	)
	s.catchUp()
	b := s.browser()
	b.login("analys")

	rec := b.do("GET", "/search?"+url.Values{"q": {"journalsystemet"}, "sort": {"newest"}}.Encode(), nil)
	page := rec.Body.String()
	if rec.Code != http.StatusOK {
		t.Fatalf("search page: %d\n%s", rec.Code, page)
	}
	for _, want := range []string{
		`value="journalsystemet"`,                    // the query is kept
		`name="from" type="date" value="2024-10-21"`, // the last 30 days by default
		`name="to" type="date" value="2024-11-19"`,
		`<strong>6</strong> träffar`, // each outlet's copy counts
		`<mark>Journalsystemet</mark>`,
		`<p class="snippet">`,
		`Samma nyhet även i 2 medier: `,
		fmt.Sprintf(`<a href="/articles/%d">`, ids["nere"]),
		`outlet=Kv%C3%A4llsposten`, // a facet is a filter link
		`Kvällsposten <span class="count">3</span>`,
		`Opinion <span class="count">1</span>`,
		`Exportera CSV`,
		`<table class="visually-hidden">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("search page lacks %q", want)
		}
	}
	if !svgChart.MatchString(page) {
		t.Errorf("no accessible SVG chart on the page")
	}
	if strings.Contains(page, "<script>alert(1)") || !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("a <script> in a title must come back escaped")
	}
	if n := strings.Count(page, `<li class="hit">`); n != 4 {
		t.Errorf("%d result rows, want 4 (three copies of one story fold into one)", n)
	}
	if !strings.Contains(page, "/search.csv?") {
		t.Errorf("no CSV link")
	}

	t.Run("a long period is drawn per week, a longer one per month", func(t *testing.T) {
		for _, tt := range []struct{ from, unit, first string }{
			{"2024-06-01", `<th scope="col">Vecka</th>`, `<th scope="row">vecka 22 2024</th><td>0</td>`},
			{"2020-01-01", `<th scope="col">Månad</th>`, `<th scope="row">jan 2020</th><td>0</td>`},
		} {
			page := b.do("GET", "/search?"+url.Values{"q": {"journalsystemet"}, "from": {tt.from}, "to": {"2024-11-19"}}.Encode(), nil).Body.String()
			if !strings.Contains(page, tt.unit) || !strings.Contains(page, tt.first) || !svgChart.MatchString(page) {
				t.Errorf("from %s: want %s starting with %s", tt.from, tt.unit, tt.first)
			}
		}
	})
	t.Run("a facet link filters", func(t *testing.T) {
		rec := b.do("GET", "/search?"+url.Values{"q": {"journalsystemet"}, "from": {"2024-10-21"}, "to": {"2024-11-19"}, "outlet": {"Kvällsposten"}}.Encode(), nil)
		page := rec.Body.String()
		if !strings.Contains(page, `<strong>3</strong> träffar`) || !strings.Contains(page, "ta bort filtret") {
			t.Errorf("filtered page: %d", rec.Code)
		}
	})
	t.Run("a cleared date stays cleared", func(t *testing.T) {
		rec := b.do("GET", "/search?"+url.Values{"q": {"systemhaveri"}, "from": {""}, "to": {""}}.Encode(), nil)
		if page := rec.Body.String(); !strings.Contains(page, `name="from" type="date" value=""`) || !strings.Contains(page, `<strong>1</strong> träff`) {
			t.Errorf("open period: %d", rec.Code)
		}
	})
	t.Run("a bad query is re-rendered with the message and what was typed", func(t *testing.T) {
		rec := b.do("GET", "/search?q="+url.QueryEscape(`vård "öppen`), nil)
		page := rec.Body.String()
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(page, `aria-invalid="true"`) ||
			!strings.Contains(page, "tecken 6") || !strings.Contains(page, `value="vård &#34;öppen"`) {
			t.Errorf("bad query: %d\n%s", rec.Code, page)
		}
	})
	t.Run("pages", func(t *testing.T) {
		for i := range 25 {
			s.add(article{outlet: "Bladet", title: fmt.Sprintf("Notis %d om vårdköer", i), text: "Vårdköerna växer.",
				published: fixedNow.Add(-time.Duration(i+5) * time.Hour)})
		}
		s.catchUp()
		rec := b.do("GET", "/search?q=v%C3%A5rdk%C3%B6er", nil)
		page := rec.Body.String()
		if !strings.Contains(page, "Sida 1 av 2") || !strings.Contains(page, `rel="next"`) {
			t.Errorf("no pager on 25 hits")
		}
		rec = b.do("GET", "/search?q=v%C3%A5rdk%C3%B6er&page=2&from=2024-10-21&to=2024-11-19", nil)
		if page := rec.Body.String(); strings.Count(page, `<li class="hit">`) != 5 || !strings.Contains(page, `rel="prev"`) {
			t.Errorf("page 2: %d", rec.Code)
		}
	})
}

func TestUIArticlePageAndLinkToCase(t *testing.T) {
	s := newSearchApp(t)
	feed := feedServer(t, 200, rssFeed) // its item's HTML has a <script> that ingest strips
	f, err := s.app.feeds.CreateFeed(s.ctx, ingest.NewFeed{URL: feed.URL, Outlet: "Testbladet", Kind: ingest.KindNews})
	if err != nil {
		t.Fatal(err)
	}
	if res, err := s.ingester.Refresh(s.ctx, f.ID); err != nil || res.New != 1 {
		t.Fatalf("refresh = %+v, %v", res, err)
	}
	s.catchUp()
	id, _ := s.app.feeds.MaxArticleID(s.ctx)
	cs := s.mustCreate(docRequest)

	press := s.browser()
	press.login("press")
	path := fmt.Sprintf("/articles/%d", id)
	rec := press.do("GET", path, nil)
	page := rec.Body.String()
	if rec.Code != http.StatusOK {
		t.Fatalf("article page: %d\n%s", rec.Code, page)
	}
	for _, want := range []string{"Återgången till det gamla journalsystemet", "<p>Text</p>", "Testbladet", "Nyheter",
		`href="https://testbladet.example/a1" rel="noopener noreferrer"`, "Koppla till ärende", "inte kopplad till något ärende"} {
		if !strings.Contains(page, want) {
			t.Errorf("article page lacks %q", want)
		}
	}
	if strings.Contains(page, "alert(1)") {
		t.Errorf("the feed's script reached the page")
	}

	rec = press.post(path, path+"/link", url.Values{"case": {"HA-2099-0042"}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "Det finns inget ärende med numret HA-2099-0042") ||
		!strings.Contains(rec.Body.String(), `value="HA-2099-0042"`) {
		t.Errorf("unknown case number: %d, want 422 with the message and the number kept", rec.Code)
	}
	rec = press.post(path, path+"/link", url.Values{"case": {strings.ToLower(cs.Number)}})
	if rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), path+"?m=articlelinked") {
		t.Fatalf("link: %d %s", rec.Code, rec.Header().Get("Location"))
	}
	page = press.do("GET", withoutFragment(rec.Header().Get("Location")), nil).Body.String()
	if !strings.Contains(page, "Artikeln är kopplad till ärendet") || !strings.Contains(page, fmt.Sprintf(`<a href="/cases/%d">%s</a>`, cs.ID, cs.Number)) {
		t.Errorf("article page after linking lacks the case")
	}
	got := decode[caseOut](t, s.api(admin, "GET", fmt.Sprintf("/api/v1/cases/%d", cs.ID), ""))
	if last := got.Events[len(got.Events)-1]; last.Type != "article_linked" || last.Actor != "press" || last.Data["article_id"] != float64(id) {
		t.Errorf("case events end with %+v, want article_linked", last)
	}
	casePage := press.do("GET", fmt.Sprintf("/cases/%d", cs.ID), nil).Body.String()
	if !strings.Contains(casePage, "Återgången till det gamla journalsystemet") || !strings.Contains(casePage, "Artikel kopplad till ärendet") {
		t.Errorf("the case page lists neither the linked article nor the event in Swedish")
	}
	rec = press.post(path, path+"/link", url.Values{"case": {fmt.Sprint(cs.ID)}})
	if rec.Code != http.StatusSeeOther || !strings.Contains(rec.Header().Get("Location"), "m=alreadylinked") {
		t.Errorf("linking again (by id): %d %s", rec.Code, rec.Header().Get("Location"))
	}

	analystB := s.browser()
	analystB.login("analys")
	page = analystB.do("GET", path, nil).Body.String()
	if strings.Contains(page, "Koppla till ärende") || !strings.Contains(page, cs.Number) {
		t.Errorf("an analyst sees the linked case but no link form")
	}
	if rec := analystB.post(path, path+"/link", url.Values{"case": {cs.Number}}); rec.Code != http.StatusForbidden {
		t.Errorf("analyst linking: %d, want 403", rec.Code)
	}
	if rec := analystB.do("GET", "/articles/999999", nil); rec.Code != http.StatusNotFound {
		t.Errorf("unknown article: %d", rec.Code)
	}
}

func TestUITopicsPage(t *testing.T) {
	s := newSearchApp(t)
	s.corpus()
	b := s.browser()
	b.login("analys")
	rec := b.post("/topics", "/topics", url.Values{"name": {"Trasig"}, "query": {`vård "öppen`}})
	page := rec.Body.String()
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(page, "tecken 6") || !strings.Contains(page, `value="Trasig"`) {
		t.Errorf("bad query: %d, want 422 with the parser's message and the input kept", rec.Code)
	}
	rec = b.post("/topics", "/topics", url.Values{"name": {"Journalsystem"}, "query": {"journalsystemet"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("add topic: %d %s", rec.Code, rec.Body)
	}
	if rec := b.post("/topics", "/topics", url.Values{"name": {"Journalsystem"}, "query": {"journal*"}}); rec.Code != http.StatusConflict ||
		!strings.Contains(rec.Body.String(), "Det finns redan ett ämne med det namnet") {
		t.Errorf("same name: %d", rec.Code)
	}
	s.catchUp()
	page = b.do("GET", withoutFragment(rec.Header().Get("Location")), nil).Body.String()
	row := regexp.MustCompile(`(?s)<tr id="topic-\d+">.*?</tr>`).FindString(page)
	cells := regexp.MustCompile(`<td class="num[^"]*">(\d+)</td>`).FindAllStringSubmatch(row, -1)
	var counts []string
	for _, c := range cells {
		counts = append(counts, c[1])
	}
	// Total 3, then the last 14 days ending on Tuesday 19 November: one on the 17th, 18th and 19th.
	want := []string{"3", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "1", "1"}
	if !slices.Equal(counts, want) {
		t.Errorf("topic row counts = %v, want %v", counts, want)
	}
	if !strings.Contains(page, "Ämnet är sparat") || !strings.Contains(page, "<code>journalsystemet</code>") {
		t.Errorf("topics page after adding lacks the confirmation or the query")
	}

	pb := s.browser()
	pb.login("press")
	page = pb.do("GET", "/topics", nil).Body.String()
	if strings.Contains(page, `action="/topics"`) {
		t.Errorf("a press officer is offered the topic form")
	}
	if rec := pb.post("/topics", "/topics", url.Values{"name": {"X"}, "query": {"x"}}); rec.Code != http.StatusForbidden {
		t.Errorf("press officer adding a topic: %d, want 403", rec.Code)
	}
}

// withoutFragment is a redirect's address as a browser requests it.
func withoutFragment(loc string) string {
	before, _, _ := strings.Cut(loc, "#")
	return before
}

func TestUISearchPagesRender(t *testing.T) {
	s := newSearchApp(t)
	ids := s.corpus()
	b := s.browser()
	b.login("admin")
	for _, path := range []string{"/search", "/search?q=ingenting+alls", "/search?compounds=true&q=haveri&sort=relevance&kind=news",
		fmt.Sprintf("/articles/%d", ids["opinion"]), "/topics"} {
		rec := b.do("GET", path, nil)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `<html lang="sv">`) {
			t.Errorf("%s: %d", path, rec.Code)
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("%s: CSP = %q", path, csp)
		}
		if strings.Contains(rec.Body.String(), "ZgotmplZ") {
			t.Errorf("%s: the template refused a value (ZgotmplZ)", path)
		}
	}
}

// A capitalised name asked for alone that finds nothing as a name is
// searched as the word too, and the API says so (names_as_words); the page
// tells the analyst in Swedish.
func TestSearchSaysWhenANameWasSearchedAsTheWord(t *testing.T) {
	s := newSearchApp(t)
	s.add(article{title: "Strömmen bröts i natt", text: "Tusentals hushåll saknar ström efter stormen."})
	s.catchUp()
	rec := s.api(analyst, "GET", "/api/v1/articles/search?q=Ström", "")
	body := decode[map[string]any](t, rec)
	if rec.Code != http.StatusOK || body["total"] != float64(1) || body["names_as_words"] != true {
		t.Fatalf("Ström: %d total %v names_as_words %v", rec.Code, body["total"], body["names_as_words"])
	}
	rec = s.api(analyst, "GET", "/api/v1/articles/search?q=str%C3%B6m", "")
	if body := decode[map[string]any](t, rec); body["names_as_words"] != nil {
		t.Errorf("ström in lower case: names_as_words %v", body["names_as_words"])
	}
	br := s.browser()
	br.login("analys")
	page := br.do("GET", "/search?q=Str%C3%B6m", nil)
	if !strings.Contains(page.Body.String(), "inga träffar på namnet, så ordet söktes också") {
		t.Errorf("the page does not say the name was searched as the word: %s", page.Body)
	}
}
