package web_test

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/lagesbild/lagesbild/tracker"
)

const admin, press, analyst, editor = tracker.RoleAdmin, tracker.RolePressOfficer, tracker.RoleAnalyst, tracker.RoleEditor

func (a *app) mustCreate(body string) caseOut {
	a.t.Helper()
	rec := a.api(press, "POST", "/api/v1/cases", body)
	if rec.Code != http.StatusCreated {
		a.t.Fatalf("create case: %d %s", rec.Code, rec.Body)
	}
	return decode[caseOut](a.t, rec)
}

const docRequest = `{"kind":"document_request","subject":"Avvikelserapporter om journalsystemet","channel":"email",
	"requester":{"name":"Karin Exempel","email":"karin@example.org","phone":"070-000 00 00"}}`

func TestAPIRejectsBadInput(t *testing.T) {
	a := newSQLiteApp(t)
	existing := a.mustCreate(docRequest)
	huge := `{"kind":"document_request","channel":"email","subject":"x","description":"` + strings.Repeat("a", 1<<20) + `"}`
	caseURL := fmt.Sprintf("/api/v1/cases/%d", existing.ID)
	tests := map[string]struct {
		role         tracker.Role
		method, path string
		body         string
		status       int
		code         string
		field        string
	}{
		"malformed JSON":               {press, "POST", "/api/v1/cases", `{"kind":`, 400, "bad_request", ""},
		"empty body":                   {press, "POST", "/api/v1/cases", ``, 400, "bad_request", ""},
		"wrong type":                   {press, "POST", "/api/v1/cases", `{"kind":"document_request","subject":42,"channel":"email"}`, 400, "bad_request", "subject"},
		"missing kind":                 {press, "POST", "/api/v1/cases", `{"subject":"x","channel":"email"}`, 422, "validation_failed", "kind"},
		"missing subject":              {press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email"}`, 422, "validation_failed", "subject"},
		"missing channel":              {press, "POST", "/api/v1/cases", `{"kind":"document_request","subject":"x"}`, 422, "validation_failed", "channel"},
		"unknown kind":                 {press, "POST", "/api/v1/cases", `{"kind":"complaint","subject":"x","channel":"email"}`, 422, "validation_failed", "kind"},
		"unknown channel":              {press, "POST", "/api/v1/cases", `{"kind":"document_request","subject":"x","channel":"fax"}`, 422, "validation_failed", "channel"},
		"press inquiry without who":    {press, "POST", "/api/v1/cases", `{"kind":"press_inquiry","subject":"x","channel":"phone"}`, 422, "validation_failed", "requester"},
		"bad received_at":              {press, "POST", "/api/v1/cases", `{"kind":"document_request","subject":"x","channel":"email","received_at":"igår"}`, 422, "validation_failed", "received_at"},
		"received in the future":       {press, "POST", "/api/v1/cases", `{"kind":"document_request","subject":"x","channel":"email","received_at":"2030-01-01T00:00:00Z"}`, 422, "validation_failed", "received_at"},
		"bad e-mail":                   {press, "POST", "/api/v1/cases", `{"kind":"document_request","subject":"x","channel":"email","requester":{"email":"inte-en-adress"}}`, 422, "validation_failed", "requester.email"},
		"unknown assignee":             {press, "POST", "/api/v1/cases", `{"kind":"document_request","subject":"x","channel":"email","assignee":"nobody"}`, 422, "validation_failed", "assignee"},
		"unknown unit":                 {press, "POST", "/api/v1/cases", `{"kind":"document_request","subject":"x","channel":"email","unit":"Månbasen"}`, 422, "validation_failed", "unit"},
		"oversized body":               {press, "POST", "/api/v1/cases", huge, 413, "too_large", ""},
		"no token":                     {"", "GET", "/api/v1/cases", ``, 401, "unauthorized", ""},
		"analyst may not register":     {analyst, "POST", "/api/v1/cases", docRequest, 403, "forbidden", ""},
		"editor may not register":      {editor, "POST", "/api/v1/cases", docRequest, 403, "forbidden", ""},
		"analyst may not move":         {analyst, "POST", caseURL + "/transition", `{"to":"in_progress"}`, 403, "forbidden", ""},
		"analyst may not assign":       {analyst, "POST", caseURL + "/assign", `{"assignee":"press"}`, 403, "forbidden", ""},
		"unknown case":                 {press, "GET", "/api/v1/cases/99999", ``, 404, "not_found", ""},
		"non-numeric id":               {press, "GET", "/api/v1/cases/abc", ``, 404, "not_found", ""},
		"move to unknown status":       {press, "POST", caseURL + "/transition", `{"to":"lost"}`, 422, "validation_failed", "to"},
		"move without to":              {press, "POST", caseURL + "/transition", `{}`, 422, "validation_failed", "to"},
		"move the machine forbids":     {press, "POST", caseURL + "/transition", `{"to":"closed"}`, 409, "invalid_transition", ""},
		"press status on a request":    {press, "POST", caseURL + "/transition", `{"to":"answered"}`, 422, "validation_failed", "to"},
		"refusal without legal ground": {admin, "POST", caseURL + "/transition", `{"to":"refused"}`, 422, "validation_failed", "legal_ground"},
		"refusal without delegation":   {press, "POST", caseURL + "/transition", `{"to":"refused","legal_ground":"OSL 25 kap. 1 §"}`, 403, "forbidden", ""},
		"bad list filter":              {press, "GET", "/api/v1/cases?kind=complaint&overdue=maybe", ``, 400, "bad_request", "kind"},
		"bad list date":                {press, "GET", "/api/v1/cases?from=19/11", ``, 400, "bad_request", "from"},
		"action without title":         {editor, "POST", "/api/v1/actions", `{"date":"2024-11-19","kind":"press_release"}`, 422, "validation_failed", "title"},
		"action with bad kind":         {editor, "POST", "/api/v1/actions", `{"date":"2024-11-19","kind":"tweet","title":"x"}`, 422, "validation_failed", "kind"},
		"action with bad date":         {editor, "POST", "/api/v1/actions", `{"date":"19 nov","kind":"other","title":"x"}`, 422, "validation_failed", "date"},
		"action with script URL":       {editor, "POST", "/api/v1/actions", `{"date":"2024-11-19","kind":"other","title":"x","url":"javascript:alert(1)"}`, 422, "validation_failed", "url"},
		"analyst may not add actions":  {analyst, "POST", "/api/v1/actions", `{"date":"2024-11-19","kind":"other","title":"x"}`, 403, "forbidden", ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			rec := a.api(tt.role, tt.method, tt.path, tt.body)
			if rec.Code != tt.status {
				t.Fatalf("status = %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			e := decode[apiErr](t, rec)
			if e.Error.Code != tt.code || e.Error.Message == "" {
				t.Errorf("error = %+v, want code %q with a message", e.Error, tt.code)
			}
			if tt.field != "" && e.Error.Fields[tt.field] == "" {
				t.Errorf("fields = %v, want a reason for %q", e.Error.Fields, tt.field)
			}
		})
	}
	// Nothing that was there before is lost or changed by the refused calls.
	after := decode[caseOut](t, a.api(press, "GET", caseURL, ""))
	if after.Status != "received" || len(after.Events) != 1 {
		t.Errorf("after bad input the case is %s with %d events, want received with 1", after.Status, len(after.Events))
	}
	list := decode[struct{ Total int }](t, a.api(press, "GET", "/api/v1/cases", ""))
	if list.Total != 1 {
		t.Errorf("register holds %d cases, want 1", list.Total)
	}
}

func TestAPIWrongTokenIsUnauthorized(t *testing.T) {
	a := newSQLiteApp(t)
	for name, header := range map[string]string{"wrong token": "Bearer lgb_nope", "basic auth": "Basic YWRtaW46YWRtaW4=", "empty bearer": "Bearer "} {
		t.Run(name, func(t *testing.T) {
			rec := a.api("", "GET", "/api/v1/cases", "", "Authorization", header)
			if rec.Code != http.StatusUnauthorized || decode[apiErr](t, rec).Error.Code != "unauthorized" {
				t.Errorf("got %d %s, want 401 unauthorized", rec.Code, rec.Body)
			}
		})
	}
}

func TestAPICaseLifecycleKeepsAFullAuditTrail(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		c := a.mustCreate(`{"kind":"document_request","subject":"Riskanalyser inför återgången","channel":"web","unit":"Koncernstab kommunikation"}`)
		if c.Number != "HA-2024-0001" || c.DueAt != "2024-11-20T23:59:59+01:00" {
			t.Errorf("number %s due %s, want HA-2024-0001 due 2024-11-20T23:59:59+01:00", c.Number, c.DueAt)
		}
		steps := []struct {
			role tracker.Role
			path string
			body string
		}{
			{press, "/assign", `{"assignee":"press"}`},
			{press, "/transition", `{"to":"in_progress","note":"Handlingarna tas fram"}`},
			{press, "/transition", `{"to":"refused","legal_ground":"OSL 25 kap. 1 §","reasoning":"Uppgifter om enskildas hälsa"}`},
			{press, "/deliver", `{"delivered_at":"2024-11-19"}`},
			{press, "/transition", `{"to":"closed"}`},
		}
		for _, s := range steps {
			rec := a.api(s.role, "POST", fmt.Sprintf("/api/v1/cases/%d%s", c.ID, s.path), s.body)
			if rec.Code != http.StatusOK {
				t.Fatalf("%s %s: %d %s", s.path, s.body, rec.Code, rec.Body)
			}
		}
		got := decode[caseOut](t, a.api(press, "GET", fmt.Sprintf("/api/v1/cases/%d", c.ID), ""))
		wantTypes := []string{"created", "assigned", "transition", "transition", "delivered", "transition"}
		if len(got.Events) != len(wantTypes) {
			t.Fatalf("events = %+v, want %v", got.Events, wantTypes)
		}
		for i, e := range got.Events {
			if e.Type != wantTypes[i] || e.Actor != "press" || e.At == "" {
				t.Errorf("event %d = %s by %q at %q, want %s by press", i, e.Type, e.Actor, e.At, wantTypes[i])
			}
		}
		if got.Events[1].Data["old_assignee"] != "" || got.Events[1].Data["assignee"] != "press" {
			t.Errorf("assignment event data = %v, want old and new assignee", got.Events[1].Data)
		}
		if got.Events[3].Data["from"] != "in_progress" || got.Events[3].Data["to"] != "refused" || got.Events[3].Data["legal_ground"] != "OSL 25 kap. 1 §" {
			t.Errorf("refusal event data = %v", got.Events[3].Data)
		}
		if got.Status != "closed" || !strings.Contains(got.AppealInstruction, "Kammarrätten") {
			t.Errorf("status %s, appeal instruction %q", got.Status, got.AppealInstruction)
		}
		// Delivered Tue 19 Nov 2024: three weeks later is Tue 10 Dec 2024.
		if got.AppealDeadline == nil || !strings.HasPrefix(*got.AppealDeadline, "2024-12-10") {
			t.Errorf("appeal deadline = %v, want 2024-12-10", got.AppealDeadline)
		}
	})
}

func TestAPIIdempotencyKeyReturnsTheFirstCase(t *testing.T) {
	a := newSQLiteApp(t)
	first := a.api(press, "POST", "/api/v1/cases", docRequest, "Idempotency-Key", "mail-4711")
	again := a.api(press, "POST", "/api/v1/cases", docRequest, "Idempotency-Key", "mail-4711")
	if first.Code != 201 || again.Code != 201 {
		t.Fatalf("status %d then %d, want 201 twice", first.Code, again.Code)
	}
	if f, s := decode[caseOut](t, first), decode[caseOut](t, again); f.ID != s.ID || f.Number != s.Number {
		t.Errorf("retry gave %s, first was %s", s.Number, f.Number)
	}
	other := a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","subject":"Annat","channel":"email"}`, "Idempotency-Key", "mail-4711")
	if other.Code != http.StatusConflict {
		t.Errorf("same key, other request: %d, want 409", other.Code)
	}
	list := decode[struct{ Total int }](t, a.api(press, "GET", "/api/v1/cases", ""))
	if list.Total != 1 {
		t.Errorf("register holds %d cases, want 1", list.Total)
	}
}

func TestAPIConcurrentRetriesWithOneKeyMakeOneCase(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		var wg sync.WaitGroup
		numbers := make([]string, 8)
		for i := range numbers {
			wg.Go(func() {
				rec := a.api(press, "POST", "/api/v1/cases", docRequest, "Idempotency-Key", "retry-storm")
				if rec.Code == 201 {
					numbers[i] = decode[caseOut](t, rec).Number
				}
			})
		}
		wg.Wait()
		for _, n := range numbers {
			if n != "HA-2024-0001" {
				t.Errorf("numbers = %v, want HA-2024-0001 every time", numbers)
				break
			}
		}
	})
}

func TestAPIAnalystSeesNoPersonalData(t *testing.T) {
	a := newSQLiteApp(t)
	c := a.mustCreate(`{"kind":"press_inquiry","subject":"Fråga om patientsäkerhet","channel":"phone",
		"description":"Ring tillbaka till journalisten på jonas@example.org, gäller patient 19811218-9876.",
		"requester":{"name":"Jonas Reporter","email":"jonas@example.org","phone":"070-111 22 33","outlet":"Västsvenska Dagbladet"}}`)
	for _, path := range []string{fmt.Sprintf("/api/v1/cases/%d", c.ID), "/api/v1/cases"} {
		body := a.api(analyst, "GET", path, "").Body.String()
		for _, secret := range []string{"Jonas Reporter", "jonas@example.org", "070-111 22 33", "19811218-9876"} {
			if strings.Contains(body, secret) {
				t.Errorf("analyst sees %q in %s", secret, path)
			}
		}
		if !strings.Contains(body, "Västsvenska Dagbladet") {
			t.Errorf("analyst should still see the outlet in %s", path)
		}
	}
	if body := a.api(press, "GET", fmt.Sprintf("/api/v1/cases/%d", c.ID), "").Body.String(); !strings.Contains(body, "Jonas Reporter") {
		t.Errorf("a press officer must see the requester")
	}
}

func TestAPIPressInquiryCanSpawnALinkedDocumentRequest(t *testing.T) {
	a := newSQLiteApp(t)
	c := a.mustCreate(`{"kind":"press_inquiry","subject":"Mejlväxling om driftstoppet","channel":"email",
		"received_at":"2024-11-18T08:15:00+01:00","requester":{"outlet":"Radio Väst"},"also_document_request":true}`)
	if len(c.Links) != 1 {
		t.Fatalf("links = %v, want one linked document request", c.Links)
	}
	child := decode[caseOut](t, a.api(press, "GET", fmt.Sprintf("/api/v1/cases/%v", c.Links[0]["id"]), ""))
	if child.Kind != "document_request" || child.ReceivedAt != c.ReceivedAt || child.Number != "HA-2024-0001" {
		t.Errorf("linked case = %s %s received %s, want a document request received %s", child.Kind, child.Number, child.ReceivedAt, c.ReceivedAt)
	}
}

func TestAPIWarnsAboutPersonalNumbers(t *testing.T) {
	a := newSQLiteApp(t)
	c := a.mustCreate(`{"kind":"document_request","subject":"Journal för 811218-9876","channel":"email"}`)
	if len(c.Warnings) == 0 {
		t.Errorf("want a warning about the personal identity number")
	}
}

func TestAPIActions(t *testing.T) {
	a := newSQLiteApp(t)
	rec := a.api(editor, "POST", "/api/v1/actions", `{"date":"2024-11-18","kind":"press_release","title":"Extern granskning av införandet","url":"https://example.org/pm/1"}`)
	if rec.Code != http.StatusCreated {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	a.api(editor, "POST", "/api/v1/actions", `{"date":"2024-11-10","kind":"internal_news","title":"Äldre"}`)
	got := decode[struct {
		Actions []struct{ Date, Kind, Title string }
	}](t, a.api(analyst, "GET", "/api/v1/actions?from=2024-11-17&to=2024-11-19", ""))
	if len(got.Actions) != 1 || got.Actions[0].Title != "Extern granskning av införandet" {
		t.Errorf("actions = %+v", got.Actions)
	}
}

func TestHealthz(t *testing.T) {
	a := newSQLiteApp(t)
	rec := a.api("", "GET", "/healthz", "")
	if body := decode[map[string]string](t, rec); rec.Code != 200 || body["status"] != "ok" || body["database"] != "ok" {
		t.Errorf("healthz = %d %s", rec.Code, rec.Body)
	}
}
