package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

type retentionOut struct {
	Rules []struct {
		ID     string `json:"id"`
		Months int    `json:"months"`
	} `json:"rules"`
	Due []struct {
		Number string `json:"number"`
		Rule   string `json:"rule"`
	} `json:"due"`
}

// GET /api/v1/retention says, to administrators only, which rules apply and
// what a culling run would take now; a hold (PATCH retention_hold) keeps a case out.
func TestAPIRetention(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		cs := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"press_inquiry","channel":"phone",
			"subject":"Fråga om vårdköerna","requester":{"name":"Per Reporter","outlet":"SVT"}}`))
		if rec := a.api(press, "POST", fmt.Sprintf("/api/v1/cases/%d/transition", cs.ID), `{"to":"answered","answer":"Siffrorna lämnade."}`); rec.Code != http.StatusOK {
			t.Fatalf("answer: %d %s", rec.Code, rec.Body)
		}
		a.now = a.now.AddDate(1, 0, 1) // a year and a day later

		t.Run("only administrators see it", func(t *testing.T) {
			if rec := a.api(press, "GET", "/api/v1/retention", ""); rec.Code != http.StatusForbidden {
				t.Errorf("press officer: %d, want 403", rec.Code)
			}
		})
		t.Run("a press inquiry answered a year ago is due under its rule", func(t *testing.T) {
			got := decode[retentionOut](t, a.api(admin, "GET", "/api/v1/retention", ""))
			if len(got.Rules) != 2 || len(got.Due) != 1 || got.Due[0].Number != cs.Number || got.Due[0].Rule != "press_inquiry/12" {
				t.Errorf("retention = %+v, want %s due under press_inquiry/12", got, cs.Number)
			}
		})
		t.Run("a hold keeps it out, and shows on the case", func(t *testing.T) {
			rec := a.api(press, "PATCH", fmt.Sprintf("/api/v1/cases/%d", cs.ID), `{"retention_hold":"Anmälan till JO pågår"}`)
			got := decode[struct {
				RetentionHold string `json:"retention_hold"`
			}](t, rec)
			if rec.Code != http.StatusOK || got.RetentionHold != "Anmälan till JO pågår" {
				t.Errorf("PATCH hold: %d %s", rec.Code, rec.Body)
			}
			if due := decode[retentionOut](t, a.api(admin, "GET", "/api/v1/retention", "")).Due; len(due) != 0 {
				t.Errorf("due with a hold = %+v, want none", due)
			}
		})
	})
}

// The case page puts a hold on culling and shows it; too long a reason is
// shown next to the field, with what was wrong.
func TestUIHoldCulling(t *testing.T) {
	a := newSQLiteApp(t)
	cs := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email","subject":"Protokoll"}`))
	b := a.browser()
	b.login("press")
	page := fmt.Sprintf("/cases/%d", cs.ID)
	rec := b.post(page, page+"/hold", url.Values{"retention_hold": {strings.Repeat("x", 301)}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), `id="e-retention_hold"`) {
		t.Errorf("too long a reason: %d, want 422 with the field's error", rec.Code)
	}
	if rec := b.post(page, page+"/hold", url.Values{"retention_hold": {"Anmälan till JO pågår"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("hold: %d %s", rec.Code, rec.Body)
	}
	if body := b.do("GET", page+"?m=held", nil).Body.String(); !strings.Contains(body, "Gallringsstopp: Anmälan till JO pågår") {
		t.Error("the case page does not show the hold")
	}
}
