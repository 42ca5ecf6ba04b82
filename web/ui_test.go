package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestUIFormWithoutCSRFTokenIsRefused(t *testing.T) {
	a := newSQLiteApp(t)
	b := a.browser()
	b.login("press")
	b.token("/") // the browser has its CSRF cookie
	tests := map[string]url.Values{
		"no token":     {"kind": {"document_request"}, "subject": {"Utan token"}, "channel": {"email"}},
		"forged token": {"kind": {"document_request"}, "subject": {"Falsk token"}, "channel": {"email"}, "csrf_token": {"Zm9yZ2Vk"}},
	}
	for name, form := range tests {
		t.Run(name, func(t *testing.T) {
			rec := b.do("POST", "/cases", form)
			if rec.Code != http.StatusForbidden {
				t.Errorf("status = %d, want 403", rec.Code)
			}
		})
	}
	t.Run("token from another site's page", func(t *testing.T) {
		form := url.Values{"kind": {"document_request"}, "subject": {"Annan sajt"}, "channel": {"email"}, "csrf_token": {b.token("/")}}
		rec := b.doWithOrigin("POST", "/cases", form, "https://evil.example")
		if rec.Code != http.StatusForbidden {
			t.Errorf("status = %d, want 403", rec.Code)
		}
	})
	list := decode[struct{ Total int }](t, a.api(press, "GET", "/api/v1/cases", ""))
	if list.Total != 0 {
		t.Errorf("refused forms created %d cases", list.Total)
	}
}

func TestUILoginRequiredAndThrottled(t *testing.T) {
	a := newSQLiteApp(t)
	b := a.browser()
	rec := b.do("GET", "/cases/new", nil)
	if rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/login?next=") {
		t.Fatalf("anonymous visit: %d to %q, want 303 to the login page", rec.Code, rec.Header().Get("Location"))
	}
	for i := range 3 {
		rec = b.post("/login", "/login", url.Values{"username": {"press"}, "password": {"fel"}})
		if rec.Code != http.StatusUnauthorized {
			t.Fatalf("wrong password %d: status %d", i, rec.Code)
		}
	}
	rec = b.post("/login", "/login", url.Values{"username": {"press"}, "password": {testPassword}})
	if rec.Code != http.StatusTooManyRequests || !strings.Contains(rec.Body.String(), "För många misslyckade inloggningar") {
		t.Errorf("at once after three failures even the right password gets %d, want 429 with a message", rec.Code)
	}
}

func TestUIRegisterShowsErrorsAndKeepsInput(t *testing.T) {
	a := newSQLiteApp(t)
	b := a.browser()
	b.login("press")
	rec := b.post("/cases/new", "/cases", url.Values{"kind": {"press_inquiry"}, "subject": {"Frågor om <reservrutiner>"}, "channel": {"phone"}})
	body := rec.Body.String()
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status = %d, want 422", rec.Code)
	}
	for _, want := range []string{"Något behöver rättas", "redaktion eller journalistens namn", `value="Frågor om &lt;reservrutiner&gt;"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the re-rendered form lacks %q", want)
		}
	}
}

func TestUIWarnsBeforeSavingAPersonalNumber(t *testing.T) {
	a := newSQLiteApp(t)
	b := a.browser()
	b.login("press")
	form := url.Values{"kind": {"document_request"}, "subject": {"Journalkopia"}, "channel": {"email"},
		"description": {"Gäller 811218-9876"}}
	rec := b.post("/cases/new", "/cases", form)
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "personnummer") {
		t.Fatalf("first save: %d, want 422 with a warning", rec.Code)
	}
	form.Set("confirm_personal_number", "1")
	if rec = b.post("/cases/new", "/cases", form); rec.Code != http.StatusSeeOther {
		t.Fatalf("confirmed save: %d, want 303", rec.Code)
	}
}

func TestUIRefusalNeedsLegalGroundAndPrintsALetter(t *testing.T) {
	a := newSQLiteApp(t)
	c := a.mustCreate(docRequest)
	b := a.browser()
	b.login("admin")
	page := fmt.Sprintf("/cases/%d", c.ID)
	rec := b.post(page, page+"/transition", url.Values{"to": {"refused"}, "reasoning": {"Hälsouppgifter"}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "sekretessbestämmelsen") {
		t.Fatalf("refusal without legal ground: %d, want 422 naming the legal ground", rec.Code)
	}
	if !strings.Contains(rec.Body.String(), "Hälsouppgifter") {
		t.Errorf("the typed reasoning was lost")
	}
	rec = b.post(page, page+"/transition", url.Values{"to": {"refused"}, "legal_ground": {"OSL 25 kap. 1 §"}, "reasoning": {"Hälsouppgifter"}, "delivered_at": {"2024-11-19"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("refusal: %d %s", rec.Code, rec.Body)
	}
	letter := b.do("GET", page+"/beslut", nil)
	for _, want := range []string{"avslag", "25 kap. 1 § offentlighets- och sekretesslagen", "Kammarrätten i Jönköping", "Karin Exempel", "2024-12-10", "Ada Admin, presssekreterare"} {
		if !strings.Contains(letter.Body.String(), want) {
			t.Errorf("letter lacks %q", want)
		}
	}
}

func TestUIAnalystSeesNoPersonalData(t *testing.T) {
	a := newSQLiteApp(t)
	c := a.mustCreate(docRequest)
	b := a.browser()
	b.login("analys")
	for _, path := range []string{"/", fmt.Sprintf("/cases/%d", c.ID)} {
		rec := b.do("GET", path, nil)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d", path, rec.Code)
		}
		for _, secret := range []string{"Karin Exempel", "karin@example.org", "070-000 00 00"} {
			if strings.Contains(rec.Body.String(), secret) {
				t.Errorf("analyst sees %q on %s", secret, path)
			}
		}
	}
	if rec := b.do("GET", fmt.Sprintf("/cases/%d/beslut", c.ID), nil); rec.Code != http.StatusForbidden {
		t.Errorf("analyst opening a decision letter: %d, want 403", rec.Code)
	}
}

func TestUIEveryPageRenders(t *testing.T) {
	a := newSQLiteApp(t)
	c := a.mustCreate(docRequest)
	a.api(admin, "POST", fmt.Sprintf("/api/v1/cases/%d/transition", c.ID), `{"to":"partially_released","legal_ground":"OSL 21 kap. 1 §","reasoning":"Hälsouppgifter"}`)
	b := a.browser()
	b.login("admin")
	for _, path := range []string{"/", "/?view=overdue", "/?view=today", "/?view=unassigned", "/?view=mine", "/?view=all&kind=document_request&q=avvikelse",
		"/cases/new", fmt.Sprintf("/cases/%d", c.ID), fmt.Sprintf("/cases/%d/beslut", c.ID), "/actions"} {
		rec := b.do("GET", path, nil)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `<html lang="sv">`) {
			t.Errorf("%s: %d", path, rec.Code)
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("%s: CSP = %q", path, csp)
		}
	}
	if rec := b.do("GET", "/no/such/page", nil); rec.Code != http.StatusNotFound {
		t.Errorf("unknown page: %d", rec.Code)
	}
}

func TestUITriageCountsAndFilters(t *testing.T) {
	a := newSQLiteApp(t)
	a.mustCreate(`{"kind":"document_request","subject":"Gammal begäran","channel":"email","received_at":"2024-11-14T09:00:00+01:00"}`)
	a.mustCreate(`{"kind":"document_request","subject":"Dagens förfallna","channel":"email","received_at":"2024-11-18T09:00:00+01:00","assignee":"press"}`)
	a.mustCreate(`{"kind":"press_inquiry","subject":"Pressfråga","channel":"phone","requester":{"outlet":"Radio Väst"}}`)
	b := a.browser()
	b.login("press")
	body := b.do("GET", "/", nil).Body.String()
	for view, want := range map[string]string{"overdue": "1", "today": "1", "unassigned": "2", "mine": "1", "open": "3"} {
		if !strings.Contains(body, fmt.Sprintf(`data-view="%s">%s<`, view, want)) {
			t.Errorf("count %s: want %s", view, want)
		}
	}
	body = b.do("GET", "/?view=overdue", nil).Body.String()
	if !strings.Contains(body, "Gammal begäran") || strings.Contains(body, "Pressfråga") {
		t.Errorf("overdue view shows the wrong cases")
	}
	body = b.do("GET", "/?view=all&q=pressfråga", nil).Body.String()
	if !strings.Contains(body, "Pressfråga") || strings.Contains(body, "Gammal begäran") {
		t.Errorf("search shows the wrong cases")
	}
}
