package web_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

type registerOut struct {
	Entries []struct {
		Number, Received, Kind, Subject, Sender, Status string
		Decided                                         *string
	} `json:"entries"`
}

// The public extract says what anyone may get, and nothing more: the
// outlet or "Enskild", never a name, e-mail, phone or personal identity number.
func TestAPIRegisterExtract(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		private := a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email",
			"subject":"Journal för 19121212-1212","received_at":"2024-11-18T09:00:00+01:00",
			"requester":{"name":"Karin Exempel","email":"karin@example.org","phone":"070-123 45 67"}}`)
		if private.Code != http.StatusCreated {
			t.Fatalf("create: %d %s", private.Code, private.Body)
		}
		secret := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"letter",
			"subject":"Remiss om missbruksvård","received_at":"2024-11-18T10:00:00+01:00","secret_subject":"OSL 21 kap. 1 §"}`))
		press1 := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"press_inquiry","channel":"phone",
			"subject":"Fråga om vårdköerna","received_at":"2024-11-19T08:00:00+01:00","requester":{"name":"Per Reporter","outlet":"SVT"}}`))

		rec := a.api(analyst, "GET", "/api/v1/register?from=2024-11-18&to=2024-11-19", "")
		if rec.Code != http.StatusOK {
			t.Fatalf("register: %d %s", rec.Code, rec.Body)
		}
		for _, hidden := range []string{"19121212-1212", "Karin", "karin@example.org", "070-123", "Per Reporter", "missbruk"} {
			if strings.Contains(rec.Body.String(), hidden) {
				t.Errorf("the extract shows %q: %s", hidden, rec.Body)
			}
		}
		got := decode[registerOut](t, rec).Entries
		if len(got) != 3 {
			t.Fatalf("entries = %+v, want 3", got)
		}
		if e := got[0]; e.Sender != "Enskild" || e.Received != "2024-11-18" || e.Kind != "document_request" || e.Status != "received" || e.Decided != nil {
			t.Errorf("private person's row = %+v", e)
		}
		if e := got[1]; e.Number != secret.Number || e.Subject != "Sekretessmarkerat (OSL 21 kap. 1 §)" || e.Kind != "" || e.Sender != "" || e.Status != "" {
			t.Errorf("secret row = %+v, want only number, date and the mark", e)
		}
		if e := got[2]; e.Number != press1.Number || e.Sender != "SVT" {
			t.Errorf("press row = %+v, want sender SVT", e)
		}

		t.Run("csv", func(t *testing.T) {
			rec := a.api(analyst, "GET", "/api/v1/register?from=2024-11-18&to=2024-11-19&format=csv", "")
			if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
				t.Fatalf("csv: %d %s", rec.Code, rec.Header().Get("Content-Type"))
			}
			r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(rec.Body.Bytes(), []byte("\uFEFF"))))
			r.Comma = ';'
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			want := []string{secret.Number, "2024-11-18", "", "Sekretessmarkerat (OSL 21 kap. 1 §)", "", "", ""}
			if len(rows) != 4 || rows[0][0] != "Diarienummer" || strings.Join(rows[2], "|") != strings.Join(want, "|") {
				t.Errorf("csv rows = %q", rows)
			}
			if rows[3][4] != "SVT" || rows[3][2] != "Pressförfrågan" {
				t.Errorf("press row = %q", rows[3])
			}
		})
		t.Run("pdf", func(t *testing.T) {
			rec := a.api(analyst, "GET", "/api/v1/register?from=2024-11-18&to=2024-11-19&format=pdf", "")
			if rec.Code != http.StatusOK || !bytes.HasPrefix(rec.Body.Bytes(), []byte("%PDF")) {
				t.Fatalf("pdf: %d %.20q", rec.Code, rec.Body)
			}
		})
		t.Run("bad input", func(t *testing.T) {
			for path, field := range map[string]string{
				"/api/v1/register?from=2024-13-01":                         "from",
				"/api/v1/register?from=2024-11-19&to=2024-11-18":           "to",
				"/api/v1/register?from=2024-11-18&to=2024-11-19&format=xl": "format",
			} {
				rec := a.api(analyst, "GET", path, "")
				if e := decodeError(t, rec); e.Fields[field] == "" || rec.Code < 400 || rec.Code >= 500 {
					t.Errorf("GET %s: %d %+v, want an error naming %s", path, rec.Code, e, field)
				}
			}
		})
		t.Run("an empty period is an empty list", func(t *testing.T) {
			rec := a.api(analyst, "GET", "/api/v1/register?from=2020-01-01&to=2020-01-02", "")
			if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != `{"entries":[]}` {
				t.Errorf("empty: %d %s", rec.Code, rec.Body)
			}
		})
	})
}

func TestAPIMarkSecretSubject(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		cs := decode[caseOut](t, a.api(press, "POST", "/api/v1/cases", `{"kind":"document_request","channel":"email","subject":"Remiss"}`))
		path := fmt.Sprintf("/api/v1/cases/%d", cs.ID)
		if rec := a.api(press, "PATCH", path, `{"secret_subject":"x"}`); rec.Code != http.StatusUnprocessableEntity ||
			decodeError(t, rec).Fields["secret_subject"] == "" {
			t.Errorf("PATCH x: %d %s, want 422 naming secret_subject", rec.Code, rec.Body)
		}
		if rec := a.api(analyst, "PATCH", path, `{"secret_subject":"OSL 21 kap. 1 §"}`); rec.Code != http.StatusForbidden {
			t.Errorf("analyst PATCH: %d, want 403", rec.Code)
		}
		rec := a.api(press, "PATCH", path, `{"secret_subject":"OSL 21 kap. 1 §"}`)
		if got := decode[struct {
			SecretSubject string `json:"secret_subject"`
		}](t, rec); rec.Code != http.StatusOK || got.SecretSubject != "OSL 21 kap. 1 §" {
			t.Errorf("PATCH: %d %s", rec.Code, rec.Body)
		}
		today := "2024-11-19" // fixedNow
		got := decode[registerOut](t, a.api(analyst, "GET", "/api/v1/register?from="+today+"&to="+today, "")).Entries
		if len(got) != 1 || got[0].Subject != "Sekretessmarkerat (OSL 21 kap. 1 §)" {
			t.Errorf("extract after marking = %+v", got)
		}
	})
}

func TestUIRegisterPage(t *testing.T) {
	a := newSQLiteApp(t)
	a.api(press, "POST", "/api/v1/cases", `{"kind":"press_inquiry","channel":"phone","subject":"Fråga om vårdköerna",
		"requester":{"name":"Per Reporter","outlet":"SVT"}}`)
	b := a.browser()
	b.login("analys")
	rec := b.do("GET", "/register?from=2024-11-19&to=2024-11-19", nil)
	body := rec.Body.String()
	if rec.Code != http.StatusOK || !strings.Contains(body, "Fråga om vårdköerna") || !strings.Contains(body, "SVT") ||
		strings.Contains(body, "Per Reporter") || !strings.Contains(body, `href="/register.csv?from=2024-11-19&amp;to=2024-11-19"`) {
		t.Errorf("register page: %d\n%s", rec.Code, body)
	}
	rec = b.do("GET", "/register?from=nej", nil)
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "error-summary") {
		t.Errorf("bad period: %d, want 422 with the error summary", rec.Code)
	}
	rec = b.do("GET", "/register.csv?"+url.Values{"from": {"2024-11-19"}, "to": {"2024-11-19"}}.Encode(), nil)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "SVT") {
		t.Errorf("csv download: %d %s", rec.Code, rec.Body)
	}
}
