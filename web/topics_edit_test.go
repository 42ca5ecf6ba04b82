package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestAPITopicEditRetagsAndDelete(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		s := withSearch(t, a)
		ids := s.corpus()
		topic := decode[topicOut](t, s.api(analyst, "POST", "/api/v1/topics", `{"name":"Journalsystem","query":"journalsystemet -kaos"}`))
		path := fmt.Sprintf("/api/v1/topics/%d", topic.ID)

		// A new query: the old tags go, the articles the new one matches are tagged, old ones included.
		rec := s.api(analyst, "PATCH", path, `{"name":"Granskning","query":"\"extern granskning\""}`)
		got := decode[topicOut](t, rec)
		if rec.Code != http.StatusOK || got.Name != "Granskning" || got.Query != `"extern granskning"` || got.ArticleCount != 1 {
			t.Fatalf("patch: %d %+v, want the one article about the external review", rec.Code, got)
		}
		s.catchUp()
		if art := decode[articleOut](t, s.api(press, "GET", fmt.Sprintf("/api/v1/articles/%d", ids["nere"]), "")); len(art.Topics) != 0 {
			t.Errorf("an article of the old query keeps the topic: %+v", art.Topics)
		}
		if art := decode[articleOut](t, s.api(press, "GET", fmt.Sprintf("/api/v1/articles/%d", ids["granskning"]), "")); len(art.Topics) != 1 {
			t.Errorf("the article of the new query is not tagged: %+v", art.Topics)
		}
		if res := s.search(t, analyst, url.Values{"topic": {fmt.Sprint(topic.ID)}}); len(res.Hits) != 1 || res.Hits[0].ID != ids["granskning"] {
			t.Errorf("search by the topic after the edit: %+v", res.Hits)
		}
		// Only the name: the tags stay.
		if got := decode[topicOut](t, s.api(editor, "PATCH", path, `{"name":"Extern granskning"}`)); got.Name != "Extern granskning" || got.ArticleCount != 1 {
			t.Errorf("rename: %+v", got)
		}
		s.api(analyst, "POST", "/api/v1/topics", `{"name":"Annat","query":"akuten"}`)
		wantAPIError(t, s.api(analyst, "PATCH", path, `{"query":"vård \"öppen"}`), 422, "validation_failed", "query")
		wantAPIError(t, s.api(analyst, "PATCH", path, `{"query":""}`), 422, "validation_failed", "query")
		wantAPIError(t, s.api(analyst, "PATCH", path, `{"name":"Annat"}`), 409, "conflict", "")
		wantAPIError(t, s.api(press, "PATCH", path, `{"name":"X"}`), 403, "forbidden", "")
		wantAPIError(t, s.api(analyst, "PATCH", "/api/v1/topics/99999", `{"name":"X"}`), 404, "not_found", "")

		wantAPIError(t, s.api(press, "DELETE", path, ""), 403, "forbidden", "")
		if rec := s.api(analyst, "DELETE", path, ""); rec.Code != http.StatusNoContent {
			t.Fatalf("delete: %d %s", rec.Code, rec.Body)
		}
		wantAPIError(t, s.api(analyst, "DELETE", path, ""), 404, "not_found", "")
	})
}

func TestAPISavedSearchesAreEachUsersOwn(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		s := withSearch(t, a)
		rec := s.api(analyst, "POST", "/api/v1/searches", `{"name":"Akuten","query":"akut* -sport"}`)
		if rec.Code != http.StatusCreated {
			t.Fatalf("save: %d %s", rec.Code, rec.Body)
		}
		saved := decode[struct {
			ID    int64  `json:"id"`
			Name  string `json:"name"`
			Query string `json:"query"`
		}](t, rec)
		wantAPIError(t, s.api(analyst, "POST", "/api/v1/searches", `{"name":"Akuten","query":"akut*"}`), 409, "conflict", "")
		wantAPIError(t, s.api(analyst, "POST", "/api/v1/searches", `{"name":"Trasig","query":"(vård"}`), 422, "validation_failed", "query")
		wantAPIError(t, s.api(analyst, "POST", "/api/v1/searches", `{"name":"","query":"vård"}`), 422, "validation_failed", "name")
		// Another user has the same name free and sees none of the analyst's.
		if rec := s.api(editor, "POST", "/api/v1/searches", `{"name":"Akuten","query":"akuten"}`); rec.Code != http.StatusCreated {
			t.Errorf("another user's same name: %d", rec.Code)
		}
		mine := decode[struct {
			Searches []struct{ Name, Query string }
		}](t, s.api(analyst, "GET", "/api/v1/searches", ""))
		if len(mine.Searches) != 1 || mine.Searches[0].Query != "akut* -sport" {
			t.Errorf("analyst's searches: %+v", mine.Searches)
		}
		wantAPIError(t, s.api(editor, "DELETE", fmt.Sprintf("/api/v1/searches/%d", saved.ID), ""), 404, "not_found", "")
		if rec := s.api(analyst, "DELETE", fmt.Sprintf("/api/v1/searches/%d", saved.ID), ""); rec.Code != http.StatusNoContent {
			t.Errorf("delete own: %d", rec.Code)
		}
	})
}

func TestUITopicEditAndSavedSearch(t *testing.T) {
	s := newSearchApp(t)
	s.corpus()
	b := s.browser()
	b.login("analys")
	if rec := b.post("/topics", "/topics", url.Values{"name": {"Journal"}, "query": {"journalsystemet"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("add topic: %d", rec.Code)
	}
	topics, _ := s.app.feeds.Topics(t.Context())
	rec := b.post("/topics", fmt.Sprintf("/topics/%d", topics[0].ID), url.Values{"name": {"Journal"}, "query": {"(vård"}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), `value="(vård"`) {
		t.Errorf("bad query: %d, want 422 keeping the input", rec.Code)
	}
	if rec := b.post("/topics", fmt.Sprintf("/topics/%d", topics[0].ID), url.Values{"name": {"Akuten"}, "query": {"systemhaveri"}}); rec.Code != http.StatusSeeOther {
		t.Errorf("edit: %d %s", rec.Code, rec.Body)
	}
	if tp, _ := s.app.feeds.Topic(t.Context(), topics[0].ID); tp.Name != "Akuten" || tp.ArticleCount != 1 {
		t.Errorf("after edit: %+v", tp)
	}
	if rec := b.post("/search?q=akuten", "/searches", url.Values{"name": {"Min akut"}, "q": {"akuten"}}); rec.Code != http.StatusSeeOther {
		t.Errorf("save search: %d", rec.Code)
	}
	page := b.do("GET", "/search", nil).Body.String()
	if !strings.Contains(page, "Mina sparade sökningar") || !strings.Contains(page, "Min akut") {
		t.Errorf("search page lacks the saved search")
	}
	rec = b.post("/search?q=akuten", "/searches", url.Values{"name": {"Min akut"}, "q": {"akuten"}})
	if loc := rec.Header().Get("Location"); !strings.Contains(loc, "save_error") {
		t.Errorf("same name again: %s", loc)
	}
	if page := b.do("GET", rec.Header().Get("Location"), nil).Body.String(); !strings.Contains(page, "Du har redan en sparad sökning med det namnet.") {
		t.Errorf("the save error is not shown")
	}
	if rec := b.post("/topics", fmt.Sprintf("/topics/%d/delete", topics[0].ID), url.Values{}); rec.Code != http.StatusSeeOther {
		t.Errorf("delete topic: %d", rec.Code)
	}
}
