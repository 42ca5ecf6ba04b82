package web_test

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

func TestReportSinceLastAndCarriedSections(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		rec := a.api(analyst, "GET", "/api/v1/reports/lagesbild?since=last", "")
		if body := decode[map[string]any](t, rec); rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("since=last with nothing published: %d, want 422", rec.Code)
		} else if msg, _ := lookup(body, "error.fields.since"); msg == nil {
			t.Errorf("since=last with nothing published: %v", body)
		}

		rec = a.api(editor, "POST", "/api/v1/reports/lagesbild/publish", `{"date":"2024-11-19","confirm":true,"narrative":{
			"situation":["Lugnt."],"key_messages":["Patientsäkerheten går först."],
			"resident_information":["Information finns på [1177.se](https://www.1177.se)."],
			"links":["[Samlad information](https://www.example.se/samlat)"]}}`)
		if rec.Code != http.StatusCreated {
			t.Fatalf("publish: %d %s", rec.Code, rec.Body)
		}
		pub := decode[map[string]any](t, rec)
		for path, want := range map[string]string{"key_messages.0": "Patientsäkerheten går först.",
			"resident_information.0":   "Information finns på [1177.se](https://www.1177.se).",
			"links.0":                  "[Samlad information](https://www.example.se/samlat)",
			"narrative.key_messages.0": "Patientsäkerheten går först."} {
			if got, _ := lookup(pub, path); got != want {
				t.Errorf("published %s = %v, want %q", path, got, want)
			}
		}
		compiled, _ := lookup(pub, "compiled_at")

		a.now = a.now.Add(20 * time.Hour) // the next morning
		a.mustCreate(docRequest)
		rec = a.api(analyst, "GET", "/api/v1/reports/lagesbild?since=last", "")
		if rec.Code != http.StatusOK {
			t.Fatalf("since=last: %d %s", rec.Code, rec.Body)
		}
		r := decode[map[string]any](t, rec)
		start, _ := lookup(r, "period.start")
		st, _ := time.Parse(time.RFC3339Nano, start.(string))
		ct, _ := time.Parse(time.RFC3339Nano, compiled.(string))
		if !st.Equal(ct) {
			t.Errorf("since=last starts %v, want the compilation %v", start, compiled)
		}
		if got, _ := lookup(r, "key_messages.0"); got != "Patientsäkerheten går först." {
			t.Errorf("key messages not carried over: %v", got)
		}
		if got, _ := lookup(r, "register.document_request.received"); got != 1.0 {
			t.Errorf("received since the last report = %v, want 1", got)
		}
		rec = a.api(editor, "POST", "/api/v1/reports/lagesbild/publish", `{"since":"last"}`)
		if rec.Code != http.StatusCreated {
			t.Fatalf("publish since=last: %d %s", rec.Code, rec.Body)
		}
		if got, _ := lookup(decode[map[string]any](t, rec), "period.start"); got != start {
			t.Errorf("published since=last starts %v, want %v", got, start)
		}
		for q, field := range map[string]string{"since=igår": "since", "since=last&date=2024-11-19": "since"} {
			rec := a.api(analyst, "GET", "/api/v1/reports/lagesbild?"+q, "")
			if got, _ := lookup(decode[map[string]any](t, rec), "error.fields."+field); rec.Code != http.StatusUnprocessableEntity || got == nil {
				t.Errorf("%s: %d %s", q, rec.Code, rec.Body)
			}
		}
	})
}

func TestReportAudience(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		_, err := a.report.CreateSpokesperson(context.Background(), report.SpokespersonInput{Name: "Karin Lund",
			Title: "direktör", Phone: "070-174 06 05", Active: true}, tracker.Actor{Username: "redaktor", Role: tracker.RoleEditor})
		if err != nil {
			t.Fatal(err)
		}
		ext := decode[map[string]any](t, a.api(analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19", ""))
		if _, ok := lookup(ext, "spokespersons.0.phone"); ok {
			t.Error("the external version has a phone number")
		}
		if got, _ := lookup(ext, "spokespersons.0.title"); got != "direktör" {
			t.Errorf("title = %v", got)
		}
		in := decode[map[string]any](t, a.api(analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19&audience=internal", ""))
		if got, _ := lookup(in, "spokespersons.0.phone"); got != "070-174 06 05" {
			t.Errorf("internal phone = %v", got)
		}
		md := a.api(analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19&audience=internal&format=md", "").Body.String()
		if !strings.Contains(md, "- Karin Lund, direktör, tel. 070-174 06 05") {
			t.Errorf("internal markdown lacks the phone:\n%s", md)
		}
		if md := a.api(analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19&format=md", "").Body.String(); strings.Contains(md, "070-174") {
			t.Error("external markdown has the phone")
		}
		if rec := a.api(analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19&audience=alla", ""); rec.Code != http.StatusBadRequest {
			t.Errorf("audience=alla: %d, want 400", rec.Code)
		}
	})
}

func TestUIReportSections(t *testing.T) {
	a := newSQLiteApp(t)
	b := a.browser()
	b.login("redaktor")
	if rec := b.post("/talespersoner", "/talespersoner", url.Values{"name": {"Per Ek"}, "phone": {"ring mig"}}); rec.Code != http.StatusUnprocessableEntity ||
		!strings.Contains(rec.Body.String(), `value="ring mig"`) {
		t.Errorf("a bad phone: %d, want 422 keeping the input", rec.Code)
	}
	for _, kind := range []string{"press_release", "external_news"} {
		if rec := a.api(editor, "POST", "/api/v1/actions", `{"date":"2024-11-19","kind":"`+kind+`","title":"Ny rutin","url":"https://example.se/ny"}`); rec.Code != http.StatusCreated {
			t.Fatalf("action: %d %s", rec.Code, rec.Body)
		}
	}
	line := "19/11: Pressmeddelande och extern nyhet om [Ny rutin](https://example.se/ny)"
	form := url.Values{"date": {"2024-11-19"}, "situation": {"Lugnt."}, "key_messages": {"Vi finns här."},
		"links": {"[Samlat](https://example.se/samlat)"}, "actions": {""}, "add_action": {line}, "confirm": {"1"}}
	if rec := b.post("/lagesbild?date=2024-11-19", "/lagesbild/utkast", form); rec.Code != http.StatusSeeOther {
		t.Fatalf("save: %d %s", rec.Code, rec.Body)
	}
	body := b.do("GET", "/lagesbild?date=2024-11-19", nil).Body.String()
	for _, want := range []string{">" + "19/11: Pressmeddelande och extern nyhet om [Ny rutin](https://example.se/ny)</textarea>",
		">Vi finns här.</textarea>", "<h3>Verksamhetens kommentar</h3>", "<h3>Samlad information</h3>", "Intern version"} {
		if !strings.Contains(body, want) {
			t.Errorf("the draft page lacks %q", want)
		}
	}
	if rec := b.post("/lagesbild?date=2024-11-19", "/lagesbild/publicera", form); rec.Code != http.StatusSeeOther {
		t.Fatalf("publish: %d %s", rec.Code, rec.Body)
	}
	// The daily report is now since the one just published, and starts from its key messages.
	a.now = a.now.Add(2 * time.Hour)
	body = b.do("GET", "/lagesbild", nil).Body.String()
	for _, want := range []string{"sedan tisdag 19 november 2024 klockan 10:00", ">Vi finns här.</textarea>",
		`aria-current="page">Sedan förra lägesbilden`, `name="since" value="2024-11-19T09:00:00Z"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the default draft page lacks %q", want)
		}
	}
}

func TestPublishAsksForConfirmation(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		a.mustCreate(docRequest)
		body := `{"date":"2024-11-19","narrative":{"situation":["Ett ärende är öppet."]}}`
		rec := a.api(editor, "POST", "/api/v1/reports/lagesbild/publish", body)
		if got, _ := lookup(decode[map[string]any](t, rec), "error.code"); rec.Code != http.StatusConflict || got != "period_not_ended" {
			t.Errorf("a day that has not ended: %d %s", rec.Code, rec.Body)
		}
		a.mustCreate(docRequest) // the figures change under the saved text
		rec = a.api(editor, "POST", "/api/v1/reports/lagesbild/publish", `{"date":"2024-11-19"}`)
		e := decode[map[string]any](t, rec)
		if got, _ := lookup(e, "error.code"); rec.Code != http.StatusConflict || got != "stale_report" {
			t.Errorf("stale text: %d %s", rec.Code, rec.Body)
		}
		if fields, _ := lookup(e, "error.fields"); !slices.Contains(keys(fields.(map[string]any)), "figures.document_requests") {
			t.Errorf("the changes are not in the fields: %v", fields)
		}
		draft := decode[map[string]any](t, a.api(analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19", ""))
		if stale, _ := lookup(draft, "draft.stale"); stale != true {
			t.Errorf("draft.stale = %v", stale)
		}
		if n, _ := lookup(draft, "figure_sentences.0"); n == nil {
			t.Error("no figure_sentences in the report")
		}

		b := a.browser()
		b.login("redaktor")
		page := b.do("GET", "/lagesbild?date=2024-11-19", nil).Body.String()
		for _, want := range []string{"Texten är inaktuell", "Inkomna begäranden om allmän handling: 1 → 2", `name="confirm"`, "Perioden har inte slutat"} {
			if !strings.Contains(page, want) {
				t.Errorf("the draft page lacks %q", want)
			}
		}
		form := url.Values{"date": {"2024-11-19"}, "situation": {"Ett ärende är öppet."}, "figure_sentences_shown": {"1"}, "figure_sentences": {"1"}}
		rec = b.post("/lagesbild?date=2024-11-19", "/lagesbild/publicera", form)
		if rec.Code != http.StatusConflict || !strings.Contains(rec.Body.String(), "Publiceringen behöver bekräftas") ||
			!strings.Contains(rec.Body.String(), ">Ett ärende är öppet.</textarea>") {
			t.Errorf("publish without confirming: %d", rec.Code)
		}
		form.Set("confirm", "1")
		if rec := b.post("/lagesbild?date=2024-11-19", "/lagesbild/publicera", form); rec.Code != http.StatusSeeOther {
			t.Errorf("publish confirmed: %d", rec.Code)
		}
	})
}
