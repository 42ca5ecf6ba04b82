package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/tracker"
)

func TestBadInputIsAnswered(t *testing.T) {
	const good = `"kind":"press_inquiry","channel":"phone","requester":{"outlet":"GP"}`
	eachApp(t, func(t *testing.T, a *app) {
		tests := map[string]struct {
			method, path, body string
			status             int
			code, field        string
		}{
			"NUL byte in a field":       {"POST", "/api/v1/cases", `{"subject":"a` + "\x00" + `b",` + good + `}`, 400, "bad_request", ""},
			"escaped NUL in a field":    {"POST", "/api/v1/cases", `{"subject":"a\u0000b",` + good + `}`, 400, "bad_request", "subject"},
			"escaped NUL, nested":       {"POST", "/api/v1/cases", `{"subject":"ok","kind":"press_inquiry","channel":"phone","requester":{"outlet":"G\u0000P"}}`, 400, "bad_request", "requester.outlet"},
			"invalid UTF-8":             {"POST", "/api/v1/cases", `{"subject":"a` + "\xff\xfe" + `b",` + good + `}`, 400, "bad_request", ""},
			"NUL in a query parameter":  {"GET", "/api/v1/cases?q=a%00b", "", 400, "bad_request", "q"},
			"invalid UTF-8 in a query":  {"GET", "/api/v1/cases?q=%ff", "", 400, "bad_request", "q"},
			"received in year 1":        {"POST", "/api/v1/cases", `{"subject":"x","received_at":"0001-01-01T00:00:00Z",` + good + `}`, 422, "validation_failed", "received_at"},
			"deadline before receipt":   {"POST", "/api/v1/cases", `{"subject":"x","received_at":"2024-11-19T09:00:00Z","deadline_at":"2024-11-18T09:00:00Z",` + good + `}`, 422, "validation_failed", "deadline_at"},
			"deadline before now":       {"POST", "/api/v1/cases", `{"subject":"x","deadline_at":"2024-11-01T09:00:00Z",` + good + `}`, 422, "validation_failed", "deadline_at"},
			"deadline in a decade":      {"POST", "/api/v1/cases", `{"subject":"x","deadline_at":"2035-11-01T09:00:00Z",` + good + `}`, 422, "validation_failed", "deadline_at"},
			"a 100,000-character query": {"GET", "/api/v1/cases?q=" + strings.Repeat("a", 100000), "", 431, "too_large", ""},
		}
		for name, tt := range tests {
			t.Run(name, func(t *testing.T) {
				rec := a.api(tracker.RolePressOfficer, tt.method, tt.path, tt.body)
				wantAPIError(t, rec, tt.status, tt.code, tt.field)
			})
		}
		t.Run("nothing was stored", func(t *testing.T) {
			if _, n, err := a.store.Cases(t.Context(), tracker.CaseFilter{Limit: 1}); err != nil || n != 0 {
				t.Errorf("%d cases stored (%v), want 0", n, err)
			}
		})
		t.Run("a form with a NUL byte", func(t *testing.T) {
			b := a.browser()
			b.login("press")
			rec := b.post("/cases/new", "/cases", url.Values{"kind": {"press_inquiry"}, "subject": {"a\x00b"}, "channel": {"phone"}, "requester_outlet": {"GP"}})
			if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "ogiltiga tecken") {
				t.Errorf("status %d, want 400 with a message", rec.Code)
			}
		})
	})
}
