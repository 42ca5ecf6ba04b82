package web_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

type errOut struct {
	Code, Message string
	Fields        map[string]string
}

func decodeError(t testing.TB, rec *httptest.ResponseRecorder) errOut {
	t.Helper()
	e := decode[apiErr](t, rec).Error
	return errOut{e.Code, e.Message, e.Fields}
}

func (a *app) mustGet(id int64) caseJSONOut {
	a.t.Helper()
	rec := a.api(admin, "GET", fmt.Sprintf("/api/v1/cases/%d", id), "")
	if rec.Code != http.StatusOK {
		a.t.Fatalf("get case %d: %d", id, rec.Code)
	}
	return decode[caseJSONOut](a.t, rec)
}

type caseJSONOut struct {
	Assignee string `json:"assignee"`
	Open     bool   `json:"open"`
	Status   string `json:"status"`
}

func TestAPIDecisions(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		c := a.mustCreate(docRequest)
		caseURL := fmt.Sprintf("/api/v1/cases/%d", c.ID)

		t.Run("a ground like x is refused with fields.legal_ground", func(t *testing.T) {
			rec := a.api(admin, "POST", caseURL+"/transition", `{"to":"refused","legal_ground":"x","reasoning":"Hälsa"}`)
			e := decodeError(t, rec)
			if rec.Code != http.StatusUnprocessableEntity || e.Fields["legal_ground"] == "" {
				t.Fatalf("%d %+v, want 422 with fields.legal_ground", rec.Code, e)
			}
		})
		t.Run("reasons are required", func(t *testing.T) {
			rec := a.api(admin, "POST", caseURL+"/transition", `{"to":"refused","legal_ground":"OSL 25 kap. 1 §"}`)
			if e := decodeError(t, rec); rec.Code != http.StatusUnprocessableEntity || e.Fields["reasoning"] == "" {
				t.Fatalf("%d %+v, want 422 with fields.reasoning", rec.Code, e)
			}
		})
		t.Run("without delegation the answer says who has it", func(t *testing.T) {
			rec := a.api(press, "POST", caseURL+"/transition", `{"to":"refused","legal_ground":"OSL 25 kap. 1 §","reasoning":"Hälsa"}`)
			if e := decodeError(t, rec); rec.Code != http.StatusForbidden || !strings.Contains(e.Message, "Ada Admin") {
				t.Fatalf("%d %+v, want 403 naming Ada Admin", rec.Code, e)
			}
		})
		t.Run("a refusal for want of a document needs no provision", func(t *testing.T) {
			rec := a.api(admin, "POST", caseURL+"/transition", `{"to":"refused","basis":"no_such_document","reasoning":"Ingen sådan logg finns."}`)
			if rec.Code != http.StatusOK {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
		})
		t.Run("the letter as HTML and PDF", func(t *testing.T) {
			rec := a.api(admin, "GET", caseURL+"/decision?format=html", "")
			body := rec.Body.String()
			for _, want := range []string{"Beslut om avslag på begäran om att få ta del av allmän handling", "Ada Admin, presssekreterare",
				"Kammarrätten i Jönköping", "finns inte hos Testregionen", "delegationsordning"} {
				if !strings.Contains(body, want) {
					t.Errorf("letter lacks %q", want)
				}
			}
			if strings.Count(body, "Hur man överklagar") != 1 {
				t.Errorf("the appeal heading appears %d times, want once", strings.Count(body, "Hur man överklagar"))
			}
			rec = a.api(admin, "GET", caseURL+"/decision?format=pdf", "")
			if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/pdf" || !bytes.HasPrefix(rec.Body.Bytes(), []byte("%PDF")) {
				t.Errorf("pdf: %d %s", rec.Code, rec.Header().Get("Content-Type"))
			}
			if rec := a.api(analyst, "GET", caseURL+"/decision", ""); rec.Code != http.StatusForbidden {
				t.Errorf("analyst: %d, want 403", rec.Code)
			}
			if rec := a.api(admin, "GET", caseURL+"/decision?format=doc", ""); rec.Code != http.StatusBadRequest {
				t.Errorf("format=doc: %d, want 400", rec.Code)
			}
		})
		t.Run("the provision table: everyone reads it, an admin edits it", func(t *testing.T) {
			if rec := a.api(press, "GET", "/api/v1/provisions", ""); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "OSL 25 kap. 1 §") {
				t.Errorf("list: %d", rec.Code)
			}
			if rec := a.api(press, "POST", "/api/v1/provisions", `{"chapter":30,"section":"23","name":"Tillsyn"}`); rec.Code != http.StatusForbidden {
				t.Errorf("press officer adds: %d, want 403", rec.Code)
			}
			if rec := a.api(admin, "POST", "/api/v1/provisions", `{"chapter":30,"section":"23","name":"Tillsyn"}`); rec.Code != http.StatusCreated {
				t.Errorf("admin adds: %d %s", rec.Code, rec.Body)
			}
		})
	})
}

func TestUIOfficialRefusalAndWrittenDecision(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		in := docRequest
		c := a.mustCreate(in)
		b := a.browser()
		b.login("press")
		page := fmt.Sprintf("/cases/%d", c.ID)
		if body := b.do("GET", page, nil).Body.String(); !strings.Contains(body, "Kräver delegation för ärenden utan enhet. Ada Admin har den.") {
			t.Errorf("the case page does not say why refusal is missing and who can")
		}
		rec := b.post(page, page+"/transition", url.Values{"to": {"official_refusal"}, "reasoning": {"Patientuppgifter."}})
		if rec.Code != http.StatusSeeOther {
			t.Fatalf("official refusal: %d", rec.Code)
		}
		rec = b.post(page, page+"/transition", url.Values{"to": {"decision_requested"}, "decider": {"press"}})
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "har ingen delegation") {
			t.Fatalf("to someone without delegation: %d, want 422 saying so", rec.Code)
		}
		rec = b.post(page, page+"/transition", url.Values{"to": {"decision_requested"}, "decider": {"admin"}})
		if rec.Code != http.StatusSeeOther {
			t.Fatalf("decision requested: %d", rec.Code)
		}
		if got := a.mustGet(c.ID); got.Assignee != "admin" || !got.Open {
			t.Errorf("after the request: assignee %q open %v", got.Assignee, got.Open)
		}
	})
}

func TestPressInquiryTypeAnswerAndDeadlines(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		c := a.mustCreate(`{"kind":"press_inquiry","subject":"Väntetider","channel":"phone","requester":{"outlet":"Radio Väst"},
			"type":"comment","asked":"Hälso- och sjukvårdsdirektören","deadline_at":"2024-11-19T16:00:00+01:00","internal_due_at":"2024-11-19T14:00:00+01:00"}`)
		caseURL := fmt.Sprintf("/api/v1/cases/%d", c.ID)
		rec := a.api(press, "POST", caseURL+"/transition", `{"to":"answered"}`)
		if e := decodeError(t, rec); rec.Code != http.StatusUnprocessableEntity || e.Fields["answer"] == "" {
			t.Fatalf("answered without an answer: %d %+v", rec.Code, e)
		}
		rec = a.api(press, "POST", "/api/v1/cases", `{"kind":"press_inquiry","subject":"x","channel":"phone","requester":{"outlet":"Radio Väst"},"type":"gossip"}`)
		if e := decodeError(t, rec); rec.Code != http.StatusUnprocessableEntity || e.Fields["type"] == "" {
			t.Errorf("unknown type: %d %+v", rec.Code, e)
		}
		b := a.browser()
		b.login("press")
		body := b.do("GET", "/", nil).Body.String()
		for _, want := range []string{"tis 19 nov 2024 16:00", "intern:", "tis 19 nov 2024 14:00"} {
			if !strings.Contains(body, want) {
				t.Errorf("triage page lacks %q", want)
			}
		}
		rec = b.post(fmt.Sprintf("/cases/%d", c.ID), fmt.Sprintf("/cases/%d/transition", c.ID), url.Values{"to": {"declined"}})
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "varför förfrågan avböjdes") {
			t.Errorf("declined without a reason: %d", rec.Code)
		}
		rec = a.api(press, "POST", caseURL+"/transition", `{"to":"answered","answer":"Direktören lämnade en kommentar."}`)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"answer":"Direktören lämnade en kommentar."`) {
			t.Errorf("answered: %d %s", rec.Code, rec.Body)
		}
	})
}

func TestAPIAppealIsCheckedForTime(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		c := a.mustCreate(docRequest)
		caseURL := fmt.Sprintf("/api/v1/cases/%d", c.ID)
		if rec := a.api(admin, "POST", caseURL+"/appeal", `{"received_at":"2024-11-19"}`); rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("appeal of no decision: %d, want 422", rec.Code)
		}
		a.api(admin, "POST", caseURL+"/transition", `{"to":"refused","legal_ground":"OSL 25 kap. 1 §","reasoning":"Hälsa","delivered_at":"2024-11-19"}`)
		rec := a.api(press, "POST", caseURL+"/appeal", `{"received_at":"2024-11-19T09:30:00+01:00"}`)
		if rec.Code != http.StatusCreated || !strings.Contains(rec.Body.String(), `"in_time":true`) || !strings.Contains(rec.Body.String(), `"forward_by":"2024-11-26T23:59:59+01:00"`) {
			t.Fatalf("appeal: %d %s", rec.Code, rec.Body)
		}
		if rec := a.api(press, "POST", caseURL+"/appeal/forward", `{"sent_at":"2024-11-19T09:45:00+01:00"}`); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Kammarrätten i Jönköping") {
			t.Errorf("forward: %d %s", rec.Code, rec.Body)
		}
	})
}
