package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

type feedOut struct {
	ID              int64  `json:"id"`
	Title           string `json:"title"`
	Outlet          string `json:"outlet"`
	Kind            string `json:"kind"`
	Platform        string `json:"platform"`
	Paused          bool   `json:"paused"`
	IntervalSeconds int    `json:"interval_seconds"`
}

func TestAPIFeedsEditPauseDelete(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		srv := feedServer(t, 200, rssFeed)
		// Added by URL alone: the channel's title names the outlet, not the host.
		f := decode[feedOut](t, a.api(admin, "POST", "/api/v1/feeds", fmt.Sprintf(`{"url":%q}`, srv.URL)))
		if f.Outlet != "" || f.Platform != "web" {
			t.Errorf("new feed = %+v, want no outlet until fetched", f)
		}
		a.api(admin, "POST", fmt.Sprintf("/api/v1/feeds/%d/refresh", f.ID), "")
		path := fmt.Sprintf("/api/v1/feeds/%d", f.ID)
		list := decode[struct{ Feeds []feedOut }](t, a.api(analyst, "GET", "/api/v1/feeds", ""))
		if len(list.Feeds) != 1 || list.Feeds[0].Outlet != "Testbladet" {
			t.Errorf("after the first fetch: %+v, want the outlet named Testbladet", list.Feeds)
		}

		rec := a.api(admin, "PATCH", path, `{"title":"Testbladet ledare","outlet":"Testbladet AB","kind":"opinion","interval_seconds":600,"paused":true,"platform":"podcast"}`)
		got := decode[feedOut](t, rec)
		if rec.Code != http.StatusOK || got.Title != "Testbladet ledare" || got.Outlet != "Testbladet AB" || got.Kind != "opinion" ||
			got.IntervalSeconds != 600 || !got.Paused || got.Platform != "podcast" {
			t.Errorf("patch: %d %+v", rec.Code, got)
		}
		wantAPIError(t, a.api(admin, "PATCH", path, `{"kind":"blogg"}`), 422, "validation_failed", "kind")
		wantAPIError(t, a.api(admin, "PATCH", path, `{"interval_seconds":5}`), 422, "validation_failed", "interval_seconds")
		wantAPIError(t, a.api(admin, "PATCH", path, `{"outlet":""}`), 422, "validation_failed", "outlet")
		wantAPIError(t, a.api(admin, "PATCH", path, `{"title":`), 400, "bad_request", "")
		wantAPIError(t, a.api(editor, "PATCH", path, `{"paused":false}`), 403, "forbidden", "")
		wantAPIError(t, a.api(admin, "PATCH", "/api/v1/feeds/99999", `{"paused":false}`), 404, "not_found", "")

		// The outlet is a thing of its own.
		outlets := decode[struct {
			Outlets []struct {
				ID        int64   `json:"id"`
				Name      string  `json:"name"`
				Type      string  `json:"type"`
				Weight    float64 `json:"weight"`
				FeedCount int     `json:"feed_count"`
			}
		}](t, a.api(analyst, "GET", "/api/v1/outlets", ""))
		if len(outlets.Outlets) != 1 || outlets.Outlets[0].Name != "Testbladet AB" || outlets.Outlets[0].FeedCount != 1 {
			t.Fatalf("outlets = %+v", outlets.Outlets)
		}
		opath := fmt.Sprintf("/api/v1/outlets/%d", outlets.Outlets[0].ID)
		if rec := a.api(admin, "PATCH", opath, `{"type":"national","weight":3}`); rec.Code != http.StatusOK ||
			!strings.Contains(rec.Body.String(), `"type":"national"`) {
			t.Errorf("outlet patch: %d %s", rec.Code, rec.Body)
		}
		wantAPIError(t, a.api(admin, "PATCH", opath, `{"type":"blogg"}`), 422, "validation_failed", "type")
		wantAPIError(t, a.api(editor, "PATCH", opath, `{"type":"local"}`), 403, "forbidden", "")

		// Deleting keeps the article a case links to.
		var articleID int64
		if err := a.feeds.DB().Raw("SELECT MIN(id) FROM articles").Scan(&articleID).Error; err != nil || articleID == 0 {
			t.Fatalf("no article: %v", err)
		}
		cs := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", docRequest))
		if rec := a.api(press, "POST", fmt.Sprintf("/api/v1/cases/%d/articles", cs.ID), fmt.Sprintf(`{"article_id":%d}`, articleID)); rec.Code != http.StatusCreated {
			t.Fatalf("link: %d %s", rec.Code, rec.Body)
		}
		wantAPIError(t, a.api(press, "DELETE", path, ""), 403, "forbidden", "")
		if rec := a.api(admin, "DELETE", path, ""); rec.Code != http.StatusNoContent {
			t.Fatalf("delete: %d %s", rec.Code, rec.Body)
		}
		if a, err := a.feeds.Article(t.Context(), articleID); err != nil || a.Title == "" {
			t.Errorf("the linked article went with its feed: %v", err)
		}
		if list := decode[struct{ Feeds []feedOut }](t, a.api(analyst, "GET", "/api/v1/feeds", "")); len(list.Feeds) != 0 {
			t.Errorf("deleted feed still listed: %+v", list.Feeds)
		}
		wantAPIError(t, a.api(admin, "DELETE", path, ""), 404, "not_found", "")
	})
}

func TestUIFeedsSpeakSwedishAndEdit(t *testing.T) {
	a := newSQLiteApp(t)
	broken := feedServer(t, 500, "<html>fel</html>")
	b := a.browser()
	b.login("admin")
	if rec := b.post("/feeds", "/feeds", url.Values{"url": {broken.URL}, "outlet": {"Trasiga tidningen"}, "kind": {"news"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("add: %d", rec.Code)
	}
	fs, _ := a.feeds.Feeds(t.Context())
	id := fs[0].ID
	b.post("/feeds", fmt.Sprintf("/feeds/%d/refresh", id), url.Values{})
	page := b.do("GET", "/feeds", nil).Body.String()
	for _, want := range []string{"Nyheter", "Servern svarade med fel 500 (internt serverfel).", "Trasiga tidningen", "Medier", "Ta bort flödet", "Källtyp"} {
		if !strings.Contains(page, want) {
			t.Errorf("feeds page lacks %q", want)
		}
	}
	for _, bad := range []string{"Internal Server Error", ">news<"} {
		if strings.Contains(page, bad) {
			t.Errorf("feeds page shows %q", bad)
		}
	}
	edit := url.Values{"title": {"Trasigt"}, "outlet": {"Trasiga tidningen"}, "kind": {"opinion"}, "platform": {"web"}, "interval": {"tio"}}
	rec := b.post("/feeds", fmt.Sprintf("/feeds/%d", id), edit)
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "Ange intervallet i hela minuter.") {
		t.Errorf("bad interval: %d", rec.Code)
	}
	edit.Set("interval", "30")
	edit.Set("paused", "1")
	if rec := b.post("/feeds", fmt.Sprintf("/feeds/%d", id), edit); rec.Code != http.StatusSeeOther {
		t.Fatalf("edit: %d %s", rec.Code, rec.Body)
	}
	if f, _ := a.feeds.Feed(t.Context(), id); !f.Paused || f.IntervalSeconds != 1800 || f.Kind != "opinion" || f.Title != "Trasigt" {
		t.Errorf("after edit: %+v", f)
	}
	outlets, _ := a.feeds.Outlets(t.Context())
	rec = b.post("/feeds", fmt.Sprintf("/outlets/%d", outlets[0].ID), url.Values{"name": {"Trasiga tidningen"}, "type": {"local"}, "weight": {"abc"}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "Ange vikten som ett tal") {
		t.Errorf("bad weight: %d", rec.Code)
	}
	if rec := b.post("/feeds", fmt.Sprintf("/outlets/%d", outlets[0].ID), url.Values{"name": {"Trasiga tidningen"}, "type": {"local"}, "weight": {"0,5"}}); rec.Code != http.StatusSeeOther {
		t.Errorf("outlet edit: %d %s", rec.Code, rec.Body)
	}
	if o, _ := a.feeds.Outlet(t.Context(), outlets[0].ID); o.Type != "local" || o.Weight != 0.5 {
		t.Errorf("outlet after edit: %+v", o)
	}
	if rec := b.post("/feeds", fmt.Sprintf("/feeds/%d/delete", id), url.Values{}); rec.Code != http.StatusSeeOther {
		t.Errorf("delete: %d", rec.Code)
	}
	if fs, _ := a.feeds.Feeds(t.Context()); len(fs) != 0 {
		t.Errorf("feed not deleted")
	}
}
