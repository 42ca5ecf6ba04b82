package web_test

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/alert"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/web"
	"gorm.io/gorm"
)

// alertApp is the router with search and alerts.
type alertApp struct {
	*searchApp
	alerts *alert.Store
}

func withAlerts(t *testing.T, db *gorm.DB) *alertApp {
	t.Helper()
	s := withSearch(t, newApp(t, db))
	al := alert.NewStore(db, s.app.feeds, alert.Options{Now: func() time.Time { return s.app.now }, Counts: s.idx,
		Logger: slog.New(slog.DiscardHandler)})
	s.app.router = web.New(web.Deps{Store: s.app.store, Reports: s.app.report, Logger: slog.New(slog.DiscardHandler),
		Feeds: s.app.feeds, Ingester: s.app.ingester, Index: s.idx, Alerts: al})
	return &alertApp{searchApp: s, alerts: al}
}

// afterIndexing is serve's round: index, tag, percolate, dispatch.
func (a *alertApp) afterIndexing(t *testing.T) {
	t.Helper()
	a.catchUp()
	if _, err := a.idx.TagTopics(a.ctx, a.app.feeds); err != nil {
		t.Fatal(err)
	}
	st, _ := a.idx.Stats()
	if _, err := a.alerts.Percolate(a.ctx, st.LastID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.alerts.Dispatch(a.ctx); err != nil {
		t.Fatal(err)
	}
}

var alertMigrations = append(append([]lagesbild.Migration{}, allMigrations...), alert.Migrations...)

func TestAPIAlertsAndNotifications(t *testing.T) {
	dbtest.EachDB(t, alertMigrations, func(t *testing.T, db *gorm.DB) {
		a := withAlerts(t, db)
		a.corpus()
		topic := decode[topicOut](t, a.api(analyst, "POST", "/api/v1/topics", `{"name":"Journalsystem","query":"journalsystem*"}`))
		rec := a.api(analyst, "POST", "/api/v1/alerts", fmt.Sprintf(`{"topic_id":%d,"mode":"instant","email":"analys@region.example"}`, topic.ID))
		if rec.Code != http.StatusCreated {
			t.Fatalf("subscribe: %d %s", rec.Code, rec.Body)
		}
		sub := decode[struct {
			ID      int64  `json:"id"`
			Name    string `json:"name"`
			TopicID *int64 `json:"topic_id"`
			Mode    string `json:"mode"`
			Email   string `json:"email"`
		}](t, rec)
		if sub.Name != "Journalsystem" || sub.TopicID == nil || *sub.TopicID != topic.ID || sub.Mode != "instant" || sub.Email != "analys@region.example" {
			t.Errorf("subscription = %+v", sub)
		}
		if rec := a.api(editor, "POST", "/api/v1/alerts", `{"query":"granskning","mode":"digest"}`); rec.Code != http.StatusCreated {
			t.Errorf("editor's query subscription: %d %s", rec.Code, rec.Body)
		}
		wantAPIError(t, a.api(analyst, "POST", "/api/v1/alerts", `{"query":"(vård"}`), 422, "validation_failed", "query")
		wantAPIError(t, a.api(analyst, "POST", "/api/v1/alerts", `{"query":"vård","mode":"ibland"}`), 422, "validation_failed", "mode")
		wantAPIError(t, a.api(analyst, "POST", "/api/v1/alerts", `{}`), 422, "validation_failed", "topic_id")
		wantAPIError(t, a.api(analyst, "POST", "/api/v1/alerts", `{"query":`), 400, "bad_request", "")
		wantAPIError(t, a.api("", "GET", "/api/v1/alerts", ""), 401, "unauthorized", "")
		mine := decode[struct{ Alerts []struct{ ID int64 } }](t, a.api(analyst, "GET", "/api/v1/alerts", ""))
		if len(mine.Alerts) != 1 {
			t.Errorf("analyst's alerts: %+v", mine.Alerts)
		}

		a.add(article{outlet: "Dagbladet", title: "Journalsystemet kraschade igen", story: "s1", published: fixedNow.Add(-time.Hour)},
			article{outlet: "Kvällsposten", title: "Journalsystemet kraschade igen", story: "s1", published: fixedNow.Add(-time.Hour)})
		a.afterIndexing(t)
		ns := decode[struct {
			Unread        int `json:"unread"`
			Notifications []struct {
				ID      int64    `json:"id"`
				Kind    string   `json:"kind"`
				Title   string   `json:"title"`
				Outlets []string `json:"outlets"`
				Read    bool     `json:"read"`
			} `json:"notifications"`
		}](t, a.api(analyst, "GET", "/api/v1/notifications", ""))
		if ns.Unread != 1 || len(ns.Notifications) != 1 || ns.Notifications[0].Title != "Journalsystemet kraschade igen" ||
			len(ns.Notifications[0].Outlets) != 2 || ns.Notifications[0].Kind != "instant" {
			t.Fatalf("notifications = %+v", ns)
		}
		if rec := a.api(analyst, "POST", "/api/v1/notifications/read", ""); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"unread":0`) {
			t.Errorf("mark read: %d %s", rec.Code, rec.Body)
		}
		wantAPIError(t, a.api(editor, "DELETE", fmt.Sprintf("/api/v1/alerts/%d", sub.ID), ""), 404, "not_found", "")
		if rec := a.api(analyst, "DELETE", fmt.Sprintf("/api/v1/alerts/%d", sub.ID), ""); rec.Code != http.StatusNoContent {
			t.Errorf("unsubscribe: %d", rec.Code)
		}
	})
}

func TestUIAlertsAndNotifications(t *testing.T) {
	a := withAlerts(t, dbtest.OpenTestSQLite(t, alertMigrations))
	a.corpus()
	b := a.browser()
	b.login("analys")
	rec := b.post("/alerts", "/alerts", url.Values{"source": {"query"}, "query": {"(vård"}, "mode": {"instant"}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), `value="(vård"`) {
		t.Errorf("bad query: %d", rec.Code)
	}
	rec = b.post("/alerts", "/alerts", url.Values{"source": {"query"}, "query": {"journalsystemet"}, "mode": {"instant"},
		"quiet_from": {"22:00"}, "outlet_types": {"national", "regional"}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "Ange både när den tysta tiden börjar och slutar.") {
		t.Errorf("half the quiet hours: %d", rec.Code)
	}
	if rec := b.post("/alerts", "/alerts", url.Values{"source": {"query"}, "query": {"journalsystemet"}, "mode": {"instant"},
		"spike_factor": {"2,5"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("subscribe: %d %s", rec.Code, rec.Body)
	}
	if page := b.do("GET", "/alerts", nil).Body.String(); !strings.Contains(page, "Mina bevakningar") || !strings.Contains(page, "<code>journalsystemet</code>") {
		t.Errorf("alerts page lacks the subscription")
	}
	a.add(article{title: "Journalsystemet nere", published: fixedNow.Add(-time.Hour)})
	a.afterIndexing(t)
	page := b.do("GET", "/notifications", nil).Body.String()
	if !strings.Contains(page, "Journalsystemet nere") || !strings.Contains(page, `<span class="visually-hidden"> olästa</span>`) {
		t.Errorf("notifications page or unread badge missing:\n%s", page)
	}
	if rec := b.post("/notifications", "/notifications/read", url.Values{}); rec.Code != http.StatusSeeOther {
		t.Errorf("mark all read: %d", rec.Code)
	}
	if page := b.do("GET", "/notifications", nil).Body.String(); strings.Contains(page, " olästa</span>") {
		t.Errorf("still unread after marking all read")
	}
}

func TestAlertsUseTheUsersOwnAddress(t *testing.T) {
	dbtest.EachDB(t, alertMigrations, func(t *testing.T, db *gorm.DB) {
		a := withAlerts(t, db)
		type alertOut struct {
			Email    string `json:"email"`
			OwnEmail bool   `json:"own_email"`
		}
		got := decode[alertOut](t, a.api(analyst, "POST", "/api/v1/alerts", `{"query":"journalsystem*","mode":"instant"}`))
		if got.Email != "" || !got.OwnEmail {
			t.Errorf("without an address of either kind: %+v, want in the app only", got)
		}
		b := a.browser()
		b.login("analys")
		page := b.do("GET", "/alerts", nil).Body.String()
		if !strings.Contains(page, "Lägg till din e-postadress") || !strings.Contains(page, "Bara i appen") {
			t.Errorf("the alerts page does not say why mail does not go out")
		}
		rec := b.post("/alerts", "/alerts/email", url.Values{"email": {"analys@"}})
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), `id="e-o-email"`) ||
			!strings.Contains(rec.Body.String(), `value="analys@"`) {
			t.Errorf("a bad own address: %d", rec.Code)
		}
		if rec := b.post("/alerts", "/alerts/email", url.Values{"email": {"analys@region.example"}}); rec.Code != http.StatusSeeOther {
			t.Fatalf("set own address: %d %s", rec.Code, rec.Body)
		}
		page = b.do("GET", "/alerts", nil).Body.String()
		if strings.Contains(page, "Lägg till din e-postadress") || !strings.Contains(page, "analys@region.example <span class=\"muted\">(din adress)</span>") {
			t.Errorf("after the address is set the page still says the alert stays in the app")
		}
		list := decode[struct{ Alerts []alertOut }](t, a.api(analyst, "GET", "/api/v1/alerts", ""))
		if len(list.Alerts) != 1 || list.Alerts[0].Email != "analys@region.example" || !list.Alerts[0].OwnEmail {
			t.Errorf("alerts = %+v, want the user's own address", list.Alerts)
		}
		// Another user's page does not show it.
		ed := a.browser()
		ed.login("redaktor")
		if page := ed.do("GET", "/alerts", nil).Body.String(); strings.Contains(page, "analys@region.example") {
			t.Errorf("another user's alerts page shows the analyst's address")
		}
	})
}
