package web_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/web"
)

func TestLoginNextStaysOnSite(t *testing.T) {
	a := newSQLiteApp(t)
	tests := map[string]struct{ next, want string }{
		"a path":                    {"/cases/3?tab=events", "/cases/3?tab=events"},
		"empty":                     {"", "/"},
		"tab then slash (the find)": {"/\t/evil.example", "/"},
		"newline":                   {"/\n/evil.example", "/"},
		"carriage return":           {"/\r/evil.example", "/"},
		"NUL":                       {"/\x00/evil.example", "400"},
		"DEL":                       {"/\x7f/evil.example", "/"},
		"scheme-relative":           {"//evil.example", "/"},
		"double slash later":        {"/a//evil.example", "/"},
		"backslash":                 {"/\\evil.example", "/"},
		"backslash later":           {"/a\\b", "/"},
		"absolute URL":              {"https://evil.example/", "/"},
		"no leading slash":          {"evil.example", "/"},
		"invalid UTF-8":             {"/\xff", "400"},
		"unicode line separator":    {"/\u2028/evil.example", "/"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			b := a.browser()
			rec := b.post("/login", "/login", url.Values{"username": {"press"}, "password": {testPassword}, "next": {tt.next}})
			if tt.want == "400" { // refused with the other bad text, before any login
				if rec.Code != http.StatusBadRequest {
					t.Errorf("login with next=%q: %d, want 400", tt.next, rec.Code)
				}
				return
			}
			if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != tt.want {
				t.Errorf("login with next=%q: %d to %q, want 303 to %q", tt.next, rec.Code, rec.Header().Get("Location"), tt.want)
			}
		})
	}
}

// loginFrom posts a login as a client at remote, with an optional X-Forwarded-For.
func loginFrom(t *testing.T, h http.Handler, remote, forwarded, username, password string) *httptest.ResponseRecorder {
	t.Helper()
	form := url.Values{"username": {username}, "password": {password}}
	// The CSRF check wants a token from the same client; get one.
	get := httptest.NewRequest("GET", "http://lagesbild.test/login", nil)
	get.RemoteAddr = remote
	grec := httptest.NewRecorder()
	h.ServeHTTP(grec, get)
	m := csrfField.FindStringSubmatch(grec.Body.String())
	if m == nil {
		t.Fatalf("no CSRF token: %d", grec.Code)
	}
	form.Set("csrf_token", strings.ReplaceAll(m[1], "&#43;", "+"))
	req := httptest.NewRequest("POST", "http://lagesbild.test/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://lagesbild.test")
	req.RemoteAddr = remote
	if forwarded != "" {
		req.Header.Set("X-Forwarded-For", forwarded)
	}
	for _, c := range grec.Result().Cookies() {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestLoginThrottle(t *testing.T) {
	t.Run("a made-up X-Forwarded-For does not reset the count", func(t *testing.T) {
		a := newSQLiteApp(t)
		for range 3 {
			loginFrom(t, a.router, "192.0.2.7:1000", "", "press", "fel")
		}
		rec := loginFrom(t, a.router, "192.0.2.7:1000", "203.0.113.99", "analys", "fel")
		if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" {
			t.Errorf("spoofed address: %d, want 429 with Retry-After", rec.Code)
		}
	})
	t.Run("behind a trusted proxy the forwarded address counts", func(t *testing.T) {
		a := newSQLiteApp(t)
		h := web.New(web.Deps{Store: a.store, Logger: slog.New(slog.DiscardHandler), TrustedProxies: []string{"10.0.0.0/8"}})
		for range 3 {
			loginFrom(t, h, "10.1.2.3:1000", "198.51.100.1", "press", "fel")
		}
		if rec := loginFrom(t, h, "10.1.2.3:1000", "198.51.100.1", "analys", "fel"); rec.Code != http.StatusTooManyRequests {
			t.Errorf("same client behind the proxy: %d, want 429", rec.Code)
		}
		if rec := loginFrom(t, h, "10.1.2.3:1000", "198.51.100.2", "analys", testPassword); rec.Code != http.StatusSeeOther {
			t.Errorf("another client behind the same proxy: %d, want 303", rec.Code)
		}
	})
	t.Run("the delay grows and then lets the user in", func(t *testing.T) {
		a := newSQLiteApp(t)
		start := a.now
		var waits []string
		for range 6 {
			rec := loginFrom(t, a.router, "192.0.2.8:1000", "", "press", "fel")
			for rec.Code == http.StatusTooManyRequests {
				waits = append(waits, rec.Header().Get("Retry-After"))
				a.now = a.now.Add(time.Second)
				rec = loginFrom(t, a.router, "192.0.2.8:1000", "", "press", "fel")
			}
		}
		if len(waits) < 4 || a.now.Sub(start) < 7*time.Second {
			t.Errorf("waited %v in %d refusals; want a growing delay (1 s, 2 s, 4 s …)", a.now.Sub(start), len(waits))
		}
		a.now = a.now.Add(time.Hour)
		if rec := loginFrom(t, a.router, "192.0.2.8:1000", "", "press", testPassword); rec.Code != http.StatusSeeOther {
			t.Errorf("after the window: %d, want 303", rec.Code)
		}
	})
	t.Run("a stranger cannot lock a user out", func(t *testing.T) {
		a := newSQLiteApp(t)
		for i := range 40 {
			// Each failure a second apart, from a stranger's address, at the admin.
			a.now = a.now.Add(time.Second)
			loginFrom(t, a.router, "198.51.100.66:1000", "", "admin", "gissning"+string(rune('a'+i%26)))
		}
		rec := loginFrom(t, a.router, "192.0.2.10:1000", "", "admin", testPassword)
		if rec.Code == http.StatusTooManyRequests {
			wait := rec.Header().Get("Retry-After")
			if wait == "" || len(wait) > 2 {
				t.Fatalf("the admin waits %q s, want at most a few seconds", wait)
			}
			a.now = a.now.Add(11 * time.Second)
			rec = loginFrom(t, a.router, "192.0.2.10:1000", "", "admin", testPassword)
		}
		if rec.Code != http.StatusSeeOther {
			t.Errorf("the admin from their own address: %d, want 303 within seconds", rec.Code)
		}
	})
}
