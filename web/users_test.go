package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/tracker"
)

func TestAPIUsers(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		t.Run("create, list, change", func(t *testing.T) {
			rec := a.api(tracker.RoleAdmin, "POST", "/api/v1/users", `{"username":"karin","name":"Karin S","title":"Presschef",
				"role":"press_officer","password":"ett långt lösenord","delegations":[{"unit":"Regionhälsan","from":"2024-11-01","until":"2024-12-31"}]}`)
			if rec.Code != http.StatusCreated {
				t.Fatalf("create: %d %s", rec.Code, rec.Body)
			}
			u := decode[struct {
				Username    string               `json:"username"`
				Title       string               `json:"title"`
				Delegations []tracker.Delegation `json:"delegations"`
				Disabled    bool                 `json:"disabled"`
			}](t, rec)
			if u.Username != "karin" || u.Title != "Presschef" || len(u.Delegations) != 1 || u.Delegations[0].Until != "2024-12-31" {
				t.Errorf("created = %+v", u)
			}
			rec = a.api(tracker.RoleAdmin, "GET", "/api/v1/users", "")
			if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"username":"karin"`) {
				t.Errorf("list: %d %s", rec.Code, rec.Body)
			}
			rec = a.api(tracker.RoleAdmin, "PATCH", "/api/v1/users/karin", `{"role":"editor","disabled":true}`)
			if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"disabled":true`) || !strings.Contains(rec.Body.String(), `"role":"editor"`) {
				t.Errorf("patch: %d %s", rec.Code, rec.Body)
			}
		})
		errs := map[string]struct {
			role         tracker.Role
			method, path string
			body         string
			status       int
			code, field  string
		}{
			"no token":                {"", "GET", "/api/v1/users", "", 401, "unauthorized", ""},
			"press officer lists":     {tracker.RolePressOfficer, "GET", "/api/v1/users", "", 403, "forbidden", ""},
			"analyst creates":         {tracker.RoleAnalyst, "POST", "/api/v1/users", `{"username":"x1","role":"admin"}`, 403, "forbidden", ""},
			"editor patches":          {tracker.RoleEditor, "PATCH", "/api/v1/users/press", `{"disabled":true}`, 403, "forbidden", ""},
			"bad role":                {tracker.RoleAdmin, "POST", "/api/v1/users", `{"username":"x2","role":"root"}`, 422, "validation_failed", "role"},
			"bad delegation date":     {tracker.RoleAdmin, "PATCH", "/api/v1/users/press", `{"delegations":[{"unit":"Regionhälsan","from":"igår"}]}`, 422, "validation_failed", "delegations"},
			"duplicate":               {tracker.RoleAdmin, "POST", "/api/v1/users", `{"username":"press","role":"analyst"}`, 409, "conflict", ""},
			"unknown user":            {tracker.RoleAdmin, "PATCH", "/api/v1/users/nobody", `{"name":"x"}`, 404, "not_found", ""},
			"admin disables themself": {tracker.RoleAdmin, "PATCH", "/api/v1/users/admin", `{"disabled":true}`, 422, "validation_failed", "disabled"},
			"malformed JSON":          {tracker.RoleAdmin, "PATCH", "/api/v1/users/press", `{"disabled":`, 400, "bad_request", ""},
			"bad address on create":   {tracker.RoleAdmin, "POST", "/api/v1/users", `{"username":"x3","role":"analyst","email":"x3@"}`, 422, "validation_failed", "email"},
			"bad address on change":   {tracker.RoleAdmin, "PATCH", "/api/v1/users/press", `{"email":"Pia <pia@region.example>"}`, 422, "validation_failed", "email"},
			"bad own address":         {tracker.RoleAnalyst, "PATCH", "/api/v1/users/analys", `{"email":"inte en adress"}`, 422, "validation_failed", "email"},
			"another's address":       {tracker.RoleAnalyst, "PATCH", "/api/v1/users/press", `{"email":"analys@region.example"}`, 403, "forbidden", ""},
			"own address and role":    {tracker.RoleAnalyst, "PATCH", "/api/v1/users/analys", `{"email":"analys@region.example","role":"admin"}`, 403, "forbidden", ""},
			"wrong type":              {tracker.RoleAdmin, "PATCH", "/api/v1/users/press", `{"disabled":"ja"}`, 400, "bad_request", "disabled"},
		}
		for name, tt := range errs {
			t.Run(name, func(t *testing.T) {
				rec := a.api(tt.role, tt.method, tt.path, tt.body)
				wantAPIError(t, rec, tt.status, tt.code, tt.field)
			})
		}
	})
}

func TestAPIUserEmail(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		rec := a.api(tracker.RoleAdmin, "POST", "/api/v1/users", `{"username":"karin","role":"analyst","email":"karin@region.example"}`)
		if rec.Code != http.StatusCreated || !strings.Contains(rec.Body.String(), `"email":"karin@region.example"`) {
			t.Fatalf("create with an address: %d %s", rec.Code, rec.Body)
		}
		rec = a.api(tracker.RoleAdmin, "PATCH", "/api/v1/users/karin", `{"email":"k.s@region.example"}`)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"email":"k.s@region.example"`) {
			t.Errorf("admin changes it: %d %s", rec.Code, rec.Body)
		}
		rec = a.api(tracker.RoleAnalyst, "PATCH", "/api/v1/users/analys", `{"email":" analys@region.example "}`)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"email":"analys@region.example"`) {
			t.Errorf("a user sets their own: %d %s", rec.Code, rec.Body)
		}
	})
}

func TestAPITokens(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		rec := a.api(tracker.RoleAdmin, "GET", "/api/v1/tokens", "")
		if rec.Code != http.StatusOK {
			t.Fatalf("list: %d %s", rec.Code, rec.Body)
		}
		list := decode[struct {
			Tokens []tracker.TokenInfo `json:"tokens"`
		}](t, rec)
		if len(list.Tokens) != 4 || list.Tokens[3].Username != "admin" || list.Tokens[3].LastUsedAt == nil {
			t.Fatalf("tokens = %+v, want 4, newest first, the admin's just used", list.Tokens)
		}
		var analysts int64
		for _, tk := range list.Tokens {
			if tk.Username == "analys" {
				analysts = tk.ID
			}
		}
		t.Run("others see their own", func(t *testing.T) {
			rec := a.api(tracker.RoleEditor, "GET", "/api/v1/tokens", "")
			if l := decode[struct{ Tokens []tracker.TokenInfo }](t, rec); len(l.Tokens) != 1 || l.Tokens[0].Username != "redaktor" {
				t.Errorf("editor sees %+v", l.Tokens)
			}
			if rec := a.api(tracker.RoleEditor, "DELETE", fmt.Sprintf("/api/v1/tokens/%d", analysts), ""); rec.Code != 404 {
				t.Errorf("editor revokes the analyst's token: %d", rec.Code)
			}
		})
		t.Run("revoked token answers 401", func(t *testing.T) {
			if rec := a.api(tracker.RoleAdmin, "DELETE", fmt.Sprintf("/api/v1/tokens/%d", analysts), ""); rec.Code != http.StatusNoContent {
				t.Fatalf("revoke: %d %s", rec.Code, rec.Body)
			}
			if rec := a.api(tracker.RoleAnalyst, "GET", "/api/v1/tokens", ""); rec.Code != http.StatusUnauthorized {
				t.Errorf("revoked token: %d", rec.Code)
			}
			if rec := a.api(tracker.RoleAdmin, "DELETE", fmt.Sprintf("/api/v1/tokens/%d", analysts), ""); rec.Code != http.StatusNotFound {
				t.Errorf("revoke twice: %d", rec.Code)
			}
		})
		t.Run("a disabled user's token answers 401", func(t *testing.T) {
			if rec := a.api(tracker.RoleAdmin, "PATCH", "/api/v1/users/redaktor", `{"disabled":true}`); rec.Code != 200 {
				t.Fatalf("disable: %d %s", rec.Code, rec.Body)
			}
			if rec := a.api(tracker.RoleEditor, "GET", "/api/v1/tokens", ""); rec.Code != http.StatusUnauthorized {
				t.Errorf("disabled user's token: %d", rec.Code)
			}
		})
	})
}

func TestUIUsers(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		admin := a.browser()
		admin.login("admin")
		press := a.browser()
		press.login("press")

		t.Run("only admins see the page", func(t *testing.T) {
			if rec := press.do("GET", "/users", nil); rec.Code != http.StatusForbidden {
				t.Errorf("press officer: %d", rec.Code)
			}
			if rec := admin.do("GET", "/users", nil); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Ny användare") {
				t.Errorf("admin: %d", rec.Code)
			}
		})
		t.Run("a bad form is shown again with what is wrong", func(t *testing.T) {
			rec := admin.post("/users", "/users", url.Values{"username": {"Ny Person"}, "role": {"analyst"},
				"name": {"Nils"}, "delegations": {"Regionhälsan | 2025-02-30 |"}})
			body := rec.Body.String()
			if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(body, `value="Nils"`) ||
				!strings.Contains(body, `id="e-username"`) || !strings.Contains(body, `id="e-delegations"`) {
				t.Errorf("status %d; body lacks the kept input or the messages", rec.Code)
			}
		})
		t.Run("an address that is not one is shown again with what is wrong", func(t *testing.T) {
			rec := admin.post("/users", "/users", url.Values{"username": {"olle"}, "role": {"analyst"}, "email": {"olle@region"}})
			body := rec.Body.String()
			if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(body, `id="e-email"`) || !strings.Contains(body, `value="olle@region"`) {
				t.Errorf("status %d; body lacks the kept address or the message", rec.Code)
			}
			rec = admin.post("/users", "/users", url.Values{"username": {"olle"}, "role": {"analyst"}, "email": {"olle@region.example"}})
			if rec.Code != http.StatusSeeOther {
				t.Fatalf("create: %d", rec.Code)
			}
			if page := admin.do("GET", "/users/olle", nil).Body.String(); !strings.Contains(page, `value="olle@region.example"`) {
				t.Errorf("the user's page lacks the address")
			}
		})
		t.Run("create, then reset the password: the old session ends", func(t *testing.T) {
			rec := admin.post("/users", "/users", url.Values{"username": {"nils"}, "role": {"press_officer"},
				"password": {testPassword}, "delegations": {"Regionhälsan | 2024-11-01 | 2024-11-30"}})
			if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/users/nils?m=usercreated" {
				t.Fatalf("create: %d %s", rec.Code, rec.Header().Get("Location"))
			}
			nils := a.browser()
			nils.login("nils")
			if rec := nils.do("GET", "/", nil); rec.Code != http.StatusOK {
				t.Fatalf("nils logged in: %d", rec.Code)
			}
			rec = admin.post("/users/nils", "/users/nils", url.Values{"role": {"press_officer"}, "password": {"ett nytt långt lösenord"},
				"delegations": {"Regionhälsan | 2024-11-01 | 2024-11-30"}})
			if rec.Code != http.StatusSeeOther {
				t.Fatalf("reset: %d %s", rec.Code, rec.Body)
			}
			if rec := nils.do("GET", "/", nil); rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/login") {
				t.Errorf("old session after the reset: %d %s", rec.Code, rec.Header().Get("Location"))
			}
			page := admin.do("GET", "/users", nil).Body.String()
			for _, want := range []string{"Användare skapad", "Användare ändrad", "Regionhälsan (2024-11-01–2024-11-30)"} {
				if !strings.Contains(page, want) {
					t.Errorf("users page lacks %q", want)
				}
			}
		})
		t.Run("disable from the page", func(t *testing.T) {
			rec := admin.post("/users/press", "/users/press", url.Values{"role": {"press_officer"}, "disabled": {"1"}})
			if rec.Code != http.StatusSeeOther {
				t.Fatalf("disable: %d", rec.Code)
			}
			if rec := press.do("GET", "/", nil); rec.Code != http.StatusSeeOther {
				t.Errorf("disabled user's session: %d", rec.Code)
			}
			if rec := a.api(tracker.RolePressOfficer, "GET", "/api/v1/cases", ""); rec.Code != http.StatusUnauthorized {
				t.Errorf("disabled user's token: %d", rec.Code)
			}
		})
	})
}

func TestUITokens(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		b := a.browser()
		b.login("redaktor")
		rec := b.post("/tokens", "/tokens", url.Values{"name": {"rapportskript"}, "expires": {"2024-11-18"}})
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), `id="e-expires"`) {
			t.Errorf("expiry in the past: %d", rec.Code)
		}
		rec = b.post("/tokens", "/tokens", url.Values{"name": {"rapportskript"}, "expires": {"2024-12-31"}})
		m := regexpToken.FindString(rec.Body.String())
		if rec.Code != http.StatusCreated || m == "" {
			t.Fatalf("create: %d, token shown: %q", rec.Code, m)
		}
		if r := a.apiWith(m, "GET", "/api/v1/tokens"); r.Code != http.StatusOK || !strings.Contains(r.Body.String(), "rapportskript") {
			t.Fatalf("new token: %d %s", r.Code, r.Body)
		}
		list := decode[struct{ Tokens []tracker.TokenInfo }](t, a.apiWith(m, "GET", "/api/v1/tokens"))
		id := list.Tokens[0].ID
		rec = b.post("/tokens", fmt.Sprintf("/tokens/%d/revoke", id), url.Values{})
		if rec.Code != http.StatusSeeOther {
			t.Fatalf("revoke: %d", rec.Code)
		}
		if r := a.apiWith(m, "GET", "/api/v1/tokens"); r.Code != http.StatusUnauthorized {
			t.Errorf("revoked token: %d", r.Code)
		}
	})
}
