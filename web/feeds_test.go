package web_test

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/priority"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/web"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Testbladet</title><link>https://testbladet.example/</link>
<item><guid>a1</guid><title>Återgången till det gamla journalsystemet</title><link>https://testbladet.example/a1?utm_source=rss</link>
<pubDate>Tue, 19 Nov 2024 08:00:00 +0100</pubDate><description>&lt;p&gt;Text&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description></item>
</channel></rss>`

func feedServer(t *testing.T, status int, body string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.WriteHeader(status)
		fmt.Fprint(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestAPIFeedsAddRefreshAndList(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		good := feedServer(t, 200, rssFeed)
		broken := feedServer(t, 500, "<html>fel</html>")
		rec := a.api(admin, "POST", "/api/v1/feeds", fmt.Sprintf(`{"url":%q,"title":"Testbladet","outlet":"Testbladet","kind":"news"}`, good.URL))
		if rec.Code != http.StatusCreated {
			t.Fatalf("add feed: %d %s", rec.Code, rec.Body)
		}
		feed := decode[struct{ ID int64 }](t, rec)
		if rec := a.api(admin, "POST", "/api/v1/feeds", fmt.Sprintf(`{"url":%q}`, good.URL)); rec.Code != http.StatusConflict {
			t.Errorf("same URL again: %d, want 409", rec.Code)
		}
		bad := decode[struct{ ID int64 }](t, a.api(admin, "POST", "/api/v1/feeds", fmt.Sprintf(`{"url":%q}`, broken.URL)))

		res := decode[map[string]any](t, a.api(admin, "POST", fmt.Sprintf("/api/v1/feeds/%d/refresh", feed.ID), ""))
		if res["status"] != "ok" || res["items"] != float64(1) || res["new"] != float64(1) {
			t.Errorf("refresh = %v, want ok with one new item", res)
		}
		res = decode[map[string]any](t, a.api(admin, "POST", fmt.Sprintf("/api/v1/feeds/%d/refresh", bad.ID), ""))
		if res["status"] != "error" || res["error"] == "" {
			t.Errorf("refresh of a broken feed = %v, want status error with a message", res)
		}
		list := decode[struct {
			Feeds []struct {
				ID           int64   `json:"id"`
				LastStatus   string  `json:"last_status"`
				LastError    string  `json:"last_error"`
				LastFetched  *string `json:"last_fetched_at"`
				NextFetchAt  string  `json:"next_fetch_at"`
				ArticleCount int     `json:"article_count"`
			}
		}](t, a.api(analyst, "GET", "/api/v1/feeds", ""))
		if len(list.Feeds) != 2 {
			t.Fatalf("feeds = %+v", list.Feeds)
		}
		for _, f := range list.Feeds {
			switch f.ID {
			case feed.ID:
				if f.LastStatus != "ok" || f.ArticleCount != 1 || f.LastFetched == nil || f.NextFetchAt == "" {
					t.Errorf("good feed = %+v", f)
				}
			case bad.ID:
				if f.LastStatus != "error" || f.LastError == "" {
					t.Errorf("broken feed = %+v, want its error recorded", f)
				}
			}
		}
	})
}

func TestAPIFeedsBadInputAndRoles(t *testing.T) {
	a := newSQLiteApp(t)
	tests := map[string]struct {
		role   string
		method string
		path   string
		body   string
		status int
		code   string
	}{
		"missing url":             {"admin", "POST", "/api/v1/feeds", `{}`, 422, "validation_failed"},
		"not a URL":               {"admin", "POST", "/api/v1/feeds", `{"url":"ftp://x"}`, 422, "validation_failed"},
		"unknown kind":            {"admin", "POST", "/api/v1/feeds", `{"url":"https://a.example/rss","kind":"gossip"}`, 422, "validation_failed"},
		"press officer may not":   {"press_officer", "POST", "/api/v1/feeds", `{"url":"https://a.example/rss"}`, 403, "forbidden"},
		"refresh an unknown feed": {"admin", "POST", "/api/v1/feeds/999/refresh", ``, 404, "not_found"},
		"OPML that is not OPML":   {"admin", "POST", "/api/v1/feeds/import", `inte xml`, 422, "validation_failed"},
		"editor may not import":   {"editor", "POST", "/api/v1/feeds/import", `<opml/>`, 403, "forbidden"},
		"malformed JSON":          {"admin", "POST", "/api/v1/feeds", `{"url":`, 400, "bad_request"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			rec := a.api(roleOf(tt.role), tt.method, tt.path, tt.body)
			if rec.Code != tt.status || decode[apiErr](t, rec).Error.Code != tt.code {
				t.Errorf("got %d %s, want %d %s", rec.Code, rec.Body, tt.status, tt.code)
			}
		})
	}
}

func TestAPIFeedsImportOPML(t *testing.T) {
	a := newSQLiteApp(t)
	opml := `<?xml version="1.0"?><opml version="2.0"><body><outline text="Press">
<outline text="Ett" type="rss" xmlUrl="https://ett.example/rss"/><outline text="Två" type="rss" xmlUrl="https://tva.example/rss"/>
<outline text="Ett igen" type="rss" xmlUrl="https://ett.example/rss"/></outline></body></opml>`
	// Monitoring is the analyst's to run: an analyst imports the file.
	got := decode[map[string]any](t, a.api(analyst, "POST", "/api/v1/feeds/import", opml))
	if got["added"] != 2.0 || got["skipped"] != 1.0 {
		t.Errorf("import = %v, want 2 added and 1 skipped", got)
	}
	rec := a.api(editor, "POST", "/api/v1/feeds/import", opml)
	if e := decode[apiErr](t, rec); rec.Code != http.StatusForbidden || !strings.Contains(e.Error.Message, "analytiker och administratörer") {
		t.Errorf("an editor's import: %d %s, want 403 saying who keeps the feeds", rec.Code, rec.Body)
	}
}

func TestUIFeedsPage(t *testing.T) {
	a := newSQLiteApp(t)
	b := a.browser()
	b.login("admin")
	rec := b.post("/feeds", "/feeds", url.Values{"url": {"inte en adress"}, "title": {"Mitt flöde"}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), `value="Mitt flöde"`) {
		t.Errorf("bad URL: %d, want 422 keeping the input", rec.Code)
	}
	if rec = b.post("/feeds", "/feeds", url.Values{"url": {"https://nytt.example/rss"}, "outlet": {"Nytt"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("add feed: %d %s", rec.Code, rec.Body)
	}
	// OPML upload through the multipart form, with its CSRF token.
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("csrf_token", b.token("/feeds"))
	fw, _ := mw.CreateFormFile("opml", "bevakning.opml")
	fmt.Fprint(fw, `<opml version="2.0"><body><outline text="X" xmlUrl="https://x.example/feed"/></body></opml>`)
	mw.Close()
	rec = b.doRaw("POST", "/feeds/import", &body, mw.FormDataContentType())
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("OPML upload: %d %s", rec.Code, rec.Body)
	}
	page := b.do("GET", "/feeds", nil).Body.String()
	for _, want := range []string{"https://nytt.example/rss", "https://x.example/feed", "Hämta nu"} {
		if !strings.Contains(page, want) {
			t.Errorf("feeds page lacks %q", want)
		}
	}
	analyst := a.browser()
	analyst.login("analys")
	if page := analyst.do("GET", "/feeds", nil).Body.String(); !strings.Contains(page, "Lägg till flöde") {
		t.Errorf("an analyst, who keeps the feeds, is not offered the add-feed form")
	}
	editor := a.browser()
	editor.login("redaktor")
	if page := editor.do("GET", "/feeds", nil).Body.String(); strings.Contains(page, "Lägg till flöde") ||
		!strings.Contains(page, "sköts av analytiker och administratörer") {
		t.Errorf("an editor is offered the add-feed form, or not told who keeps the feeds")
	}
}

func TestAPIFeedsImportSaysWhatItSkipped(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		// 15,000 outlines: the first 5,000 are read (and are unusable, so
		// that the test stores nothing), the other 10,000 are counted.
		var b strings.Builder
		b.WriteString(`<opml version="2.0"><body>`)
		for i := range 15000 {
			fmt.Fprintf(&b, `<outline xmlUrl="ftp://f%d.example/"/>`, i)
		}
		b.WriteString(`</body></opml>`)
		rec := a.api(admin, "POST", "/api/v1/feeds/import", b.String(), "Content-Type", "text/x-opml")
		type answer struct {
			Added, Skipped, Limit int
			Reasons               map[string]int `json:"skipped_by_reason"`
		}
		got := decode[answer](t, rec)
		if got.Added != 0 || got.Skipped != 15000 || got.Limit != 5000 ||
			got.Reasons["invalid"] != 5000 || got.Reasons["over_limit"] != 10000 {
			t.Errorf("import = %d %+v, want 5,000 invalid and 10,000 over the limit", rec.Code, got)
		}
		t.Run("over the size cap", func(t *testing.T) {
			big := `<opml><body>` + strings.Repeat(`<outline text="x"/>`, ingest.MaxOPMLBytes/19+1) + `</body></opml>`
			wantAPIError(t, a.api(admin, "POST", "/api/v1/feeds/import", big, "Content-Type", "text/x-opml"), 413, "too_large", "")
		})
		t.Run("over the request cap, chunked", func(t *testing.T) {
			big := strings.Repeat(" ", ingest.MaxOPMLBytes+1)
			req := httptest.NewRequest("POST", "/api/v1/feeds/import", io.NopCloser(strings.NewReader(big)))
			req.ContentLength = -1
			req.Header.Set("Authorization", "Bearer "+a.tokens[tracker.RoleAdmin])
			rec := httptest.NewRecorder()
			a.router.ServeHTTP(rec, req)
			wantAPIError(t, rec, 413, "too_large", "")
		})
	})
}

func TestUIFeedsImportShowsWhatItSkipped(t *testing.T) {
	a := newSQLiteApp(t)
	b := a.browser()
	b.login("admin")
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("csrf_token", b.token("/feeds"))
	fw, _ := mw.CreateFormFile("opml", "bevakning.opml")
	fmt.Fprint(fw, `<opml version="2.0"><body><outline xmlUrl="https://x.example/feed"/><outline xmlUrl="https://x.example/feed"/><outline xmlUrl="ftp://y.example/"/></body></opml>`)
	mw.Close()
	rec := b.doRaw("POST", "/feeds/import", &body, mw.FormDataContentType())
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("OPML upload: %d %s", rec.Code, rec.Body)
	}
	page := html.UnescapeString(b.do("GET", rec.Header().Get("Location"), nil).Body.String())
	for _, want := range []string{"1 flöde lades till", "2 hoppades över", "1 fanns redan", "1 hade en adress"} {
		if !strings.Contains(page, want) {
			t.Errorf("feeds page lacks %q", want)
		}
	}
}

// A feed refreshed through the API is ingest work: while it is fetched,
// parsed and stored the request no longer counts as someone being answered,
// so the ingest's own yields (and the index's) do not wait on it.
func TestRefreshOnRequestIsBackgroundWork(t *testing.T) {
	a := newSQLiteApp(t)
	fg := priority.New()
	a.router = web.New(web.Deps{Store: a.store, Reports: a.report, Logger: slog.New(slog.DiscardHandler),
		Feeds: a.feeds, Ingester: a.ingester, Foreground: fg})
	activeAtFetch := -1
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		activeAtFetch = fg.Active()
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rssFeed)
	}))
	t.Cleanup(srv.Close)
	feed := decode[struct{ ID int64 }](t, a.api(admin, "POST", "/api/v1/feeds", fmt.Sprintf(`{"url":%q}`, srv.URL)))
	res := decode[map[string]any](t, a.api(admin, "POST", fmt.Sprintf("/api/v1/feeds/%d/refresh", feed.ID), ""))
	if res["status"] != "ok" || res["new"] != float64(1) {
		t.Fatalf("refresh = %v", res)
	}
	if activeAtFetch != 0 {
		t.Errorf("%d requests counted as answered while the feed was fetched, want 0", activeAtFetch)
	}
}
