package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// The API follows a request through its life: a question to the requester,
// part deliveries with their fee, a duplicate and a related case, and an
// appeal reconsidered, sent on and decided by the court.
func TestAPIRequestLife(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		cs := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email",
			"subject":"Protokoll 2024","unit":"Koncernstab kommunikation","received_at":"2024-11-18T09:00:00+01:00"}`))
		path := fmt.Sprintf("/api/v1/cases/%d", cs.ID)

		t.Run("a question to the requester shows on the case", func(t *testing.T) {
			rec := a.api(press, "POST", path+"/question", `{"question":"Vilka månader?"}`)
			got := decode[struct {
				WaitingSince    *string `json:"waiting_since"`
				WaitingQuestion string  `json:"waiting_question"`
			}](t, rec)
			if rec.Code != http.StatusOK || got.WaitingSince == nil || got.WaitingQuestion != "Vilka månader?" {
				t.Errorf("question: %d %s", rec.Code, rec.Body)
			}
			wantAPIError(t, a.api(press, "POST", path+"/question", `{"question":""}`), http.StatusUnprocessableEntity, "validation_failed", "question")
			if rec := a.api(press, "POST", path+"/question/answered", ""); rec.Code != http.StatusOK {
				t.Errorf("answered: %d %s", rec.Code, rec.Body)
			}
		})
		t.Run("part deliveries add up to the fee of all their pages", func(t *testing.T) {
			for _, body := range []string{`{"description":"Januari","pages":6}`, `{"description":"Februari","pages":5}`} {
				if rec := a.api(press, "POST", path+"/deliveries", body); rec.Code != http.StatusCreated {
					t.Fatalf("deliver: %d %s", rec.Code, rec.Body)
				}
			}
			got := decode[struct {
				Pages int `json:"pages_delivered"`
				Fee   int `json:"fee"`
			}](t, a.api(press, "GET", path, ""))
			if got.Pages != 11 || got.Fee != 52 {
				t.Errorf("case: %d pages, %d kr; want 11 and 52", got.Pages, got.Fee)
			}
			wantAPIError(t, a.api(press, "POST", path+"/deliveries", `{"pages":1}`), http.StatusUnprocessableEntity, "validation_failed", "description")
		})
		t.Run("a duplicate and a related case are shown", func(t *testing.T) {
			dup := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email","subject":"Protokoll 2024"}`))
			rec := a.api(press, "POST", fmt.Sprintf("/api/v1/cases/%d/links", dup.ID), fmt.Sprintf(`{"number":%q,"duplicate":true}`, cs.Number))
			if rec.Code != http.StatusOK {
				t.Fatalf("duplicate: %d %s", rec.Code, rec.Body)
			}
			wantAPIError(t, a.api(press, "POST", path+"/links", `{"number":"HA-1999-0001"}`), http.StatusUnprocessableEntity, "validation_failed", "number")
			got := decode[struct {
				Duplicates []struct{ Number string } `json:"duplicates"`
			}](t, a.api(analyst, "GET", path+"/links", ""))
			if len(got.Duplicates) != 1 || got.Duplicates[0].Number != dup.Number {
				t.Errorf("links of the original = %+v", got)
			}
		})
		t.Run("an appeal is reconsidered, sent on and decided", func(t *testing.T) {
			if rec := a.api(press, "POST", path+"/transition", `{"to":"refused","legal_ground":"OSL 25 kap. 1 §","reasoning":"Hälsouppgifter."}`); rec.Code != http.StatusOK {
				t.Fatalf("refuse: %d %s", rec.Code, rec.Body)
			}
			if rec := a.api(press, "POST", path+"/appeal", `{"received_at":"2024-11-19"}`); rec.Code != http.StatusCreated {
				t.Fatalf("appeal: %d %s", rec.Code, rec.Body)
			}
			wantAPIError(t, a.api(press, "POST", path+"/appeal/reconsider", `{"outcome":"kanske"}`), http.StatusUnprocessableEntity, "validation_failed", "outcome")
			rec := a.api(press, "POST", path+"/appeal/reconsider", `{"outcome":"unchanged"}`)
			if got := decode[struct {
				Reconsideration string `json:"reconsideration"`
			}](t, rec); rec.Code != http.StatusOK || got.Reconsideration != "unchanged" {
				t.Errorf("reconsider: %d %s", rec.Code, rec.Body)
			}
			if rec := a.api(press, "POST", path+"/appeal/forward", `{"sent_at":"2024-11-19T09:30:00+01:00"}`); rec.Code != http.StatusOK {
				t.Fatalf("forward: %d %s", rec.Code, rec.Body)
			}
			rec = a.api(press, "POST", path+"/appeal/court", `{"outcome":"upheld","decided_at":"2024-11-19T09:45:00+01:00"}`)
			if got := decode[struct {
				CourtOutcome string `json:"court_outcome"`
			}](t, rec); rec.Code != http.StatusOK || got.CourtOutcome != "upheld" {
				t.Errorf("court: %d %s", rec.Code, rec.Body)
			}
		})
	})
}

// The case page asks the requester, records a part delivery and links a
// duplicate; the triage page shows the wait.
func TestUIRequestLife(t *testing.T) {
	a := newSQLiteApp(t)
	cs := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email","subject":"Protokoll 2024"}`))
	other := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email","subject":"Protokoll 2024"}`))
	b := a.browser()
	b.login("press")
	page := fmt.Sprintf("/cases/%d", cs.ID)
	post := func(action string, form url.Values) {
		t.Helper()
		if rec := b.post(page, page+action, form); rec.Code != http.StatusSeeOther {
			t.Fatalf("%s: %d %s", action, rec.Code, rec.Body)
		}
	}
	if rec := b.post(page, page+"/question", url.Values{"question": {" "}}); rec.Code != http.StatusUnprocessableEntity ||
		!strings.Contains(rec.Body.String(), `id="e-question"`) {
		t.Errorf("an empty question: %d, want 422 with the field's error", rec.Code)
	}
	post("/question", url.Values{"question": {"Vilka månader avses?"}})
	if body := b.do("GET", page, nil).Body.String(); !strings.Contains(body, "Vilka månader avses?") || !strings.Contains(body, "Sökande har svarat") {
		t.Error("the case page does not show the question or the way to record the answer")
	}
	if body := b.do("GET", "/", nil).Body.String(); !strings.Contains(body, "Väntar på sökande") {
		t.Error("the triage page does not show that the case waits for the requester")
	}
	post("/deliveries", url.Values{"description": {"Protokoll januari–juni"}, "pages": {"12"}})
	post("/links", url.Values{"number": {other.Number}, "duplicate": {"1"}})
	body := b.do("GET", page, nil).Body.String()
	for _, want := range []string{"Protokoll januari–juni (12 sidor, 54 kr)", "Avgiften för kopiorna (12 sidor) är 54 kronor", "Dubblett av", other.Number} {
		if !strings.Contains(body, want) {
			t.Errorf("the case page does not say %q", want)
		}
	}
}

// The case page takes an appeal through its life: received, reconsidered by
// the decision maker, sent to the court and the court's outcome recorded; a
// press officer without the unit's delegation is told who reconsiders.
func TestUIAppealReconsideredAndDecidedByTheCourt(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		refusedCase := func(unit string) (int64, string) {
			t.Helper()
			cs := decode[caseOut](t, a.api(admin, "POST", "/api/v1/cases", fmt.Sprintf(`{"kind":"document_request","channel":"email",
				"subject":"Journalhandlingar","unit":%q,"received_at":"2024-11-18T09:00:00+01:00"}`, unit)))
			path := fmt.Sprintf("/api/v1/cases/%d", cs.ID)
			if rec := a.api(admin, "POST", path+"/transition", `{"to":"refused","legal_ground":"OSL 25 kap. 1 §","reasoning":"Hälsouppgifter."}`); rec.Code != http.StatusOK {
				t.Fatalf("refuse: %d %s", rec.Code, rec.Body)
			}
			return cs.ID, fmt.Sprintf("/cases/%d", cs.ID)
		}
		b := a.browser()
		b.login("press")

		_, page := refusedCase("Koncernstab kommunikation")
		post := func(action string, form url.Values) {
			t.Helper()
			if rec := b.post(page, page+action, form); rec.Code != http.StatusSeeOther {
				t.Fatalf("%s: %d %s", action, rec.Code, rec.Body)
			}
		}
		post("/appeal", url.Values{"received_at": {"2024-11-19"}})
		body := b.do("GET", page, nil).Body.String()
		if !strings.Contains(body, "Ompröva det överklagade beslutet") || strings.Contains(body, "Registrera domstolens avgörande") {
			t.Fatal("an appeal just received should offer the reconsideration and not yet the court's outcome")
		}
		rec := b.post(page, page+"/appeal/reconsider", url.Values{"outcome": {""}})
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), `id="e-reconsider"`) {
			t.Errorf("a reconsideration without its outcome: %d, want 422 with the field's error", rec.Code)
		}
		post("/appeal/reconsider", url.Values{"outcome": {"unchanged"}, "note": {"Inga nya omständigheter."}})
		post("/appeal/forward", url.Values{"sent_at": {"2024-11-19"}})
		body = b.do("GET", page, nil).Body.String()
		if strings.Contains(body, "Ompröva det överklagade beslutet") || !strings.Contains(body, "Registrera domstolens avgörande") {
			t.Fatal("an appeal sent to the court should offer its outcome and no longer the reconsideration")
		}
		rec = b.post(page, page+"/appeal/court", url.Values{"outcome": {"upheld"}, "decided_at": {"2024-11-01"}})
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), `id="e-court-date"`) {
			t.Errorf("a court's outcome dated before the appeal was sent: %d, want 422 with the date's error", rec.Code)
		}
		post("/appeal/court", url.Values{"outcome": {"upheld"}, "decided_at": {"2024-11-19"}})
		body = b.do("GET", page+"?m=courtoutcome", nil).Body.String()
		for _, want := range []string{"beslutet står fast", "överlämnat till Kammarrätten i Jönköping", "Domstolens avgörande tis 19 nov 2024: Avslag (beslutet står fast)", "Domstolens avgörande är registrerat."} {
			if !strings.Contains(body, want) {
				t.Errorf("the case page does not say %q", want)
			}
		}
		if strings.Contains(body, "Registrera domstolens avgörande") {
			t.Error("the court's outcome is recorded once; the form should be gone")
		}

		_, page = refusedCase("Regionhälsan")
		post("/appeal", url.Values{"received_at": {"2024-11-19"}})
		body = b.do("GET", page, nil).Body.String()
		if strings.Contains(body, "Ompröva det överklagade beslutet") ||
			!strings.Contains(body, "Omprövning av överklagat beslut: kräver delegation för Regionhälsan. Ada Admin har den.") {
			t.Error("without the unit's delegation the page should say who reconsiders instead of offering the form")
		}
		if rec := b.post(page, page+"/appeal/reconsider", url.Values{"outcome": {"unchanged"}}); rec.Code != http.StatusUnprocessableEntity ||
			!strings.Contains(rec.Body.String(), "Ada Admin har den.") {
			t.Errorf("a reconsideration without delegation: %d, want 422 naming who has it", rec.Code)
		}
	})
}

// The triage list sorts by its columns: each sortable heading links to the
// list sorted by it, keeping the filters, and says how it is sorted.
func TestTriageListSortsByItsColumns(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		var numbers []string
		for _, subject := range []string{"Bemanning", "Avtal", "Cisternen"} {
			numbers = append(numbers, decode[caseOut](t, a.api(press, "POST", "/api/v1/cases",
				fmt.Sprintf(`{"kind":"document_request","channel":"email","subject":%q}`, subject))).Number)
		}
		b := a.browser()
		b.login("press")
		order := func(body string) []string {
			var got []string
			for _, n := range numbers {
				got = append(got, fmt.Sprint(strings.Index(body, ">"+n+"</a>")))
			}
			return got
		}
		firstOf := func(body string, ns ...string) string {
			best, at := "", len(body)
			for _, n := range ns {
				if i := strings.Index(body, ">"+n+"</a>"); i >= 0 && i < at {
					best, at = n, i
				}
			}
			return best
		}
		body := b.do("GET", "/?view=all&kind=document_request&sort=subject", nil).Body.String()
		if got := firstOf(body, numbers...); got != numbers[1] {
			t.Errorf("sorted by subject the first case is %s, want %s (Avtal); positions %v", got, numbers[1], order(body))
		}
		for _, want := range []string{`aria-sort="ascending"><a class="sort" href="/?dir=desc&amp;kind=document_request&amp;sort=subject&amp;view=all">Ärende`,
			`<a class="sort" href="/?dir=asc&amp;kind=document_request&amp;sort=number&amp;view=all">Nummer</a>`,
			`<input type="hidden" name="sort" value="subject">`} {
			if !strings.Contains(body, want) {
				t.Errorf("the triage page lacks %s", want)
			}
		}
		body = b.do("GET", "/?view=all&sort=number&dir=desc", nil).Body.String()
		if got := firstOf(body, numbers...); got != numbers[2] {
			t.Errorf("by number, descending, the first case is %s, want %s", got, numbers[2])
		}
		if rec := b.do("GET", "/?sort=telefon", nil); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "Något av filtren är ogiltigt") {
			t.Errorf("an unknown sort column: %d, want 400 saying a filter is wrong", rec.Code)
		}
		wantAPIError(t, a.api(press, "GET", "/api/v1/cases?sort=telefon", ""), http.StatusBadRequest, "bad_request", "sort")
		wantAPIError(t, a.api(press, "GET", "/api/v1/cases?sort=number&dir=upp", ""), http.StatusBadRequest, "bad_request", "dir")
	})
}

// A list sorted by status reads in the order of a case's life (Inkommen,
// Under handläggning, … Besvarad), not in the order of the codes' letters.
func TestCasesSortByStatusInTheOrderOfACaseLife(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		received := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email","subject":"Ett"}`))
		working := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email","subject":"Två"}`))
		answered := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"press_inquiry","channel":"phone","subject":"Tre","requester":{"name":"Kim Reporter","outlet":"Västnytt"}}`))
		for id, body := range map[int64]string{working.ID: `{"to":"in_progress"}`, answered.ID: `{"to":"answered","answer":"Vi återkommer."}`} {
			if rec := a.api(press, "POST", fmt.Sprintf("/api/v1/cases/%d/transition", id), body); rec.Code != http.StatusOK {
				t.Fatalf("move %d: %d %s", id, rec.Code, rec.Body)
			}
		}
		got := decode[struct {
			Cases []struct{ Number string } `json:"cases"`
		}](t, a.api(press, "GET", "/api/v1/cases?sort=status", ""))
		var order []string
		for _, c := range got.Cases {
			order = append(order, c.Number)
		}
		if want := []string{received.Number, working.Number, answered.Number}; fmt.Sprint(order) != fmt.Sprint(want) {
			t.Errorf("sorted by status: %v, want %v (received, in progress, answered)", order, want)
		}
	})
}
