package web_test

import (
	"context"
	"encoding/json"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"github.com/lagesbild/lagesbild/web"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

// app is the real router over a real, migrated database, with one user and
// one API token per role.
type app struct {
	t      testing.TB
	router *gin.Engine
	store  *tracker.Store
	report *report.Store
	tokens map[tracker.Role]string
	now    time.Time

	feeds    *ingest.Store
	ingester *ingest.Ingester
}

const testPassword = "rätt-lösenord-123"

var testUnits = []string{"Koncernstab kommunikation", "Regionhälsan"}

var allMigrations = slices.Concat(ingest.Migrations, tracker.Migrations, report.Migrations)

// fixedNow is Tuesday 19 November 2024, 10:00 in Stockholm.
var fixedNow = time.Date(2024, 11, 19, 9, 0, 0, 0, time.UTC)

func newApp(t testing.TB, db *gorm.DB) *app {
	t.Helper()
	a := &app{t: t, tokens: map[tracker.Role]string{}, now: fixedNow}
	a.store = tracker.NewStore(db, tracker.Options{Now: func() time.Time { return a.now }, Units: testUnits,
		Authority: "Testregionen", AppealCourt: "Kammarrätten i Jönköping", PasswordCost: bcrypt.MinCost})
	a.report = report.NewStore(db, a.store, report.Options{Now: func() time.Time { return a.now }})
	ctx := context.Background()
	users := []tracker.NewUser{
		{Username: "admin", Name: "Ada Admin", Role: tracker.RoleAdmin, Password: testPassword},
		{Username: "press", Name: "Pia Press", Role: tracker.RolePressOfficer, Password: testPassword, Delegations: []string{"Koncernstab kommunikation"}},
		{Username: "analys", Role: tracker.RoleAnalyst, Password: testPassword},
		{Username: "redaktor", Role: tracker.RoleEditor, Password: testPassword},
	}
	for _, u := range users {
		if _, err := a.store.CreateUser(ctx, u, tracker.System); err != nil {
			t.Fatal(err)
		}
		if err := a.store.SetTitle(ctx, u.Username, "presssekreterare", tracker.System); err != nil {
			t.Fatal(err)
		}
		tok, err := a.store.CreateToken(ctx, tracker.NewToken{Username: u.Username, Name: "test"}, tracker.System)
		if err != nil {
			t.Fatal(err)
		}
		a.tokens[u.Role] = tok
	}
	a.feeds = ingest.NewStore(db, func() time.Time { return a.now })
	fetcher := ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: true, Timeout: 5 * time.Second})
	a.ingester = ingest.NewIngester(a.feeds, fetcher, ingest.IngesterOptions{Logger: slog.New(slog.DiscardHandler)})
	a.router = web.New(web.Deps{Store: a.store, Reports: a.report, Logger: slog.New(slog.DiscardHandler), Feeds: a.feeds, Ingester: a.ingester})
	return a
}

func newSQLiteApp(t testing.TB) *app {
	t.Helper()
	return newApp(t, dbtest.OpenTestSQLite(t, allMigrations))
}

// eachApp runs fn on SQLite and PostgreSQL.
func eachApp(t *testing.T, fn func(t *testing.T, a *app)) {
	dbtest.EachDB(t, allMigrations, func(t *testing.T, db *gorm.DB) { fn(t, newApp(t, db)) })
}

// api calls the API as role (no token when role is "").
func (a *app) api(role tracker.Role, method, path, body string, headers ...string) *httptest.ResponseRecorder {
	a.t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if role != "" {
		req.Header.Set("Authorization", "Bearer "+a.tokens[role])
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	a.router.ServeHTTP(rec, req)
	return rec
}

func decode[T any](t testing.TB, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %q: %v", rec.Body.String(), err)
	}
	return v
}

type apiErr struct {
	Error struct {
		Code    string            `json:"code"`
		Message string            `json:"message"`
		Fields  map[string]string `json:"fields"`
	} `json:"error"`
}

type caseOut struct {
	ID                 int64             `json:"id"`
	Number             string            `json:"number"`
	Kind               string            `json:"kind"`
	Status             string            `json:"status"`
	DueAt              string            `json:"due_at"`
	ReceivedAt         string            `json:"received_at"`
	Description        string            `json:"description"`
	Requester          map[string]string `json:"requester"`
	Assignee           string            `json:"assignee"`
	LegalGround        string            `json:"legal_ground"`
	AppealInstruction  string            `json:"appeal_instruction"`
	AppealDeadline     *string           `json:"appeal_deadline"`
	Links              []map[string]any  `json:"links"`
	AllowedTransitions []string          `json:"allowed_transitions"`
	Warnings           []string          `json:"warnings"`
	Events             []struct {
		At    string         `json:"at"`
		Actor string         `json:"actor"`
		Type  string         `json:"type"`
		Data  map[string]any `json:"data"`
	} `json:"events"`
}

// browser is a cookie-keeping client for the UI through the same router.
type browser struct {
	a   *app
	jar *cookiejar.Jar
}

func (a *app) browser() *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{a: a, jar: jar}
}

var base, _ = url.Parse("http://lagesbild.test")

func (b *browser) do(method, path string, form url.Values) *httptest.ResponseRecorder {
	b.a.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req := httptest.NewRequest(method, base.String()+path, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", base.String())
	}
	for _, c := range b.jar.Cookies(base) {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	b.a.router.ServeHTTP(rec, req)
	b.jar.SetCookies(base, rec.Result().Cookies())
	return rec
}

var csrfField = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

// token fetches a page and returns its CSRF token.
func (b *browser) token(path string) string {
	b.a.t.Helper()
	rec := b.do("GET", path, nil)
	m := csrfField.FindStringSubmatch(rec.Body.String())
	if m == nil {
		b.a.t.Fatalf("no csrf token on %s (status %d)", path, rec.Code)
	}
	return html.UnescapeString(m[1])
}

// post submits a form from page with its CSRF token.
func (b *browser) post(page, action string, form url.Values) *httptest.ResponseRecorder {
	b.a.t.Helper()
	form.Set("csrf_token", b.token(page))
	return b.do("POST", action, form)
}

func (b *browser) login(username string) {
	b.a.t.Helper()
	rec := b.post("/login", "/login", url.Values{"username": {username}, "password": {testPassword}})
	if rec.Code != http.StatusSeeOther {
		b.a.t.Fatalf("login %s: status %d: %s", username, rec.Code, rec.Body.String())
	}
}

// doWithOrigin posts as a page of another site would.
func (b *browser) doWithOrigin(method, path string, form url.Values, origin string) *httptest.ResponseRecorder {
	b.a.t.Helper()
	req := httptest.NewRequest(method, base.String()+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", origin)
	for _, c := range b.jar.Cookies(base) {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	b.a.router.ServeHTTP(rec, req)
	return rec
}

// doRaw posts a body of any content type (a multipart upload) from this site.
func (b *browser) doRaw(method, path string, body io.Reader, contentType string) *httptest.ResponseRecorder {
	b.a.t.Helper()
	req := httptest.NewRequest(method, base.String()+path, body)
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("Origin", base.String())
	for _, c := range b.jar.Cookies(base) {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	b.a.router.ServeHTTP(rec, req)
	b.jar.SetCookies(base, rec.Result().Cookies())
	return rec
}

func roleOf(s string) tracker.Role { return tracker.Role(s) }

var regexpToken = regexp.MustCompile(`lgb_[A-Za-z0-9_-]{40,}`)

// apiWith calls the API with a given bearer token.
func (a *app) apiWith(token, method, path string) *httptest.ResponseRecorder {
	a.t.Helper()
	req := httptest.NewRequest(method, path, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	rec := httptest.NewRecorder()
	a.router.ServeHTTP(rec, req)
	return rec
}

// wantAPIError checks an answer in the API's error body: status, code and,
// when field is given, a message for that field.
func wantAPIError(t testing.TB, rec *httptest.ResponseRecorder, status int, code, field string) {
	t.Helper()
	e := decode[apiErr](t, rec)
	if rec.Code != status || e.Error.Code != code {
		t.Fatalf("got %d %s, want %d %s", rec.Code, rec.Body, status, code)
	}
	if field != "" && e.Error.Fields[field] == "" {
		t.Errorf("no message for %s: %s", field, rec.Body)
	}
}
