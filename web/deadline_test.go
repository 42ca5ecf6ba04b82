package web_test

import (
	"net/http"
	"testing"
)

// A deadline given as a date ends at 23:59:59 Stockholm time that day, also
// on the days the clocks change (a day of 23 and of 25 hours), where
// "midnight + 24 h − 1 s" would land on 00:59:59 the next day or 22:59:59.
func TestAPIDeadlineDateEndsThatDayOnClockChanges(t *testing.T) {
	a := newSQLiteApp(t)
	for day, want := range map[string]string{
		"2025-03-30": "2025-03-30T23:59:59+02:00", // 23 hours: summer time from 02:00
		"2025-10-26": "2025-10-26T23:59:59+01:00", // 25 hours: winter time from 03:00
		"2025-05-14": "2025-05-14T23:59:59+02:00",
	} {
		t.Run(day, func(t *testing.T) {
			rec := a.api(press, "POST", "/api/v1/cases", `{"kind":"press_inquiry","channel":"phone","subject":"Fråga",
				"requester":{"outlet":"SVT"},"deadline_at":"`+day+`","internal_due_at":"`+day+`"}`)
			if rec.Code != http.StatusCreated {
				t.Fatalf("create: %d %s", rec.Code, rec.Body)
			}
			got := decode[struct {
				DueAt         string `json:"due_at"`
				InternalDueAt string `json:"internal_due_at"`
			}](t, rec)
			if got.DueAt != want || got.InternalDueAt != want {
				t.Errorf("due_at %s, internal_due_at %s; want %s", got.DueAt, got.InternalDueAt, want)
			}
		})
	}
}
