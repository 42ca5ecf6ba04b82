package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// The register's columns are links that sort it; the sorted one carries aria-sort.
func TestUIRegisterSortsByColumn(t *testing.T) {
	a := newSQLiteApp(t)
	for _, subject := range []string{"Bokslut", "Avtal"} {
		a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email","subject":"`+subject+`"}`)
	}
	b := a.browser()
	b.login("press")
	body := b.do("GET", "/register?from=2024-11-19&to=2024-11-19&sort=subject&dir=asc", nil).Body.String()
	if !strings.Contains(body, `<th scope="col" aria-sort="ascending"><a class="sort" href="/register?dir=desc&amp;from=2024-11-19&amp;sort=subject&amp;to=2024-11-19">Ärendemening`) {
		t.Errorf("the subject heading is not marked ascending with a link to descending:\n%s", body)
	}
	if strings.Index(body, "Avtal") > strings.Index(body, "Bokslut") {
		t.Error("sorted by subject, Avtal does not come before Bokslut")
	}
	if strings.Count(body, "aria-sort=") != 1 {
		t.Error("more than one column says it is sorted")
	}
}

// After a refused form the page's title starts with "Fel: " and the error
// summary takes the focus.
func TestUIFailedSubmitSaysSoInTheTitle(t *testing.T) {
	a := newSQLiteApp(t)
	b := a.browser()
	b.login("press")
	rec := b.post("/cases/new", "/cases", url.Values{"kind": {"document_request"}, "channel": {"email"}, "subject": {""}})
	body := rec.Body.String()
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(body, "<title>Fel: ") {
		t.Errorf("failed submit: %d, title %q; want 422 and a title starting \"Fel: \"", rec.Code, between(body, "<title>", "</title>"))
	}
	if !strings.Contains(body, `class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus`) {
		t.Error("the error summary does not take the focus")
	}
	if ok := b.do("GET", "/cases/new", nil).Body.String(); strings.Contains(ok, "<title>Fel: ") {
		t.Error("a page shown without a failed submit says Fel in its title")
	}
}

func between(s, from, to string) string {
	_, after, _ := strings.Cut(s, from)
	before, _, _ := strings.Cut(after, to)
	return before
}
