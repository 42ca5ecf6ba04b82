package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestSmoke(t *testing.T) {
	a := newSQLiteApp(t)
	rec := a.api("press_officer", "POST", "/api/v1/cases", `{"kind":"document_request","subject":"Loggar","channel":"email"}`)
	if rec.Code != 201 {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	t.Log(rec.Body.String())
	b := a.browser()
	b.login("press")
	rec = b.do("GET", "/", nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "HA-2024-0001") {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	rec = b.post("/", "/cases", url.Values{"kind": {"press_inquiry"}, "subject": {"Fråga om driftstopp"}, "channel": {"phone"}, "requester_outlet": {"Radio Väst"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	rec = b.do("GET", rec.Header().Get("Location"), nil)
	t.Log(rec.Code, len(rec.Body.String()))
	if rec.Code != 200 {
		t.Fatal(rec.Body.String())
	}
}
