package web_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// Lists name people by their full names, never by their login names: the
// assignee column, the case's handläggare and the audit trail's actors.
func TestListsShowFullNamesNotLoginNames(t *testing.T) {
	a := newSQLiteApp(t)
	rec := a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email","subject":"Protokoll","assignee":"press"}`)
	if rec.Code != http.StatusCreated {
		t.Fatalf("create: %d %s", rec.Code, rec.Body)
	}
	cs := decode[caseOut](t, rec)
	b := a.browser()
	b.login("press")
	if body := b.do("GET", "/?view=open", nil).Body.String(); !strings.Contains(body, "<td>Pia Press</td>") || strings.Contains(body, "<td>press</td>") {
		t.Errorf("the triage list's assignee column does not say Pia Press:\n%s", body)
	}
	body := b.do("GET", fmt.Sprintf("/cases/%d", cs.ID), nil).Body.String()
	if !strings.Contains(body, `<span class="actor">Pia Press</span>`) || strings.Contains(body, `<span class="actor">press</span>`) ||
		!strings.Contains(body, "<dd>Pia Press</dd>") {
		t.Errorf("the case page names the login name, not Pia Press:\n%s", body)
	}
	got := decode[struct {
		Events []struct {
			Actor     string `json:"actor"`
			ActorName string `json:"actor_name"`
		} `json:"events"`
	}](t, a.api(analyst, "GET", fmt.Sprintf("/api/v1/cases/%d", cs.ID), ""))
	if len(got.Events) == 0 || got.Events[0].Actor != "press" || got.Events[0].ActorName != "Pia Press" {
		t.Errorf("events = %+v, want actor press with actor_name Pia Press", got.Events)
	}
}
