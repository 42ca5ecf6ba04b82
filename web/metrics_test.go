package web_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/web"
)

func TestMetrics(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		m := web.NewMetrics(web.MetricSources{Store: a.store, Feeds: a.feeds, Logger: slog.New(slog.DiscardHandler)})
		a.router = web.New(web.Deps{Store: a.store, Logger: slog.New(slog.DiscardHandler), Feeds: a.feeds, Ingester: a.ingester, Metrics: m})
		a.api(press, "GET", "/api/v1/cases/4711", "")
		a.api(press, "POST", "/api/v1/cases", `{"kind":"press_inquiry","subject":"Hemlig fråga","channel":"phone","requester":{"name":"Greta Garbo","outlet":"GP"}}`)
		m.FeedFetched("error")
		rec := httptest.NewRecorder()
		a.router.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
		body := rec.Body.String()
		for _, want := range []string{
			`lagesbild_http_request_duration_seconds_count{method="GET",route="/api/v1/cases/:id",status="404"} 1`,
			`lagesbild_http_request_duration_seconds_count{method="POST",route="/api/v1/cases",status="201"} 1`,
			`lagesbild_feed_fetches_total{outcome="error"} 1`,
			`lagesbild_register_open_cases{kind="press_inquiry"} 1`,
			`lagesbild_register_overdue_cases{kind="document_request"} 0`,
			`lagesbild_search_facet_cache_total{result="hit"} `,
			`lagesbild_search_facet_cache_total{result="miss"} `,
		} {
			if !strings.Contains(body, want) {
				t.Errorf("/metrics lacks %s", want)
			}
		}
		// The id may leak only as a path in a label; as digits alone it
		// turns up by chance in a measured value (a duration, a byte count).
		for _, secret := range []string{"Greta", "Hemlig", "cases/4711"} {
			if strings.Contains(body, secret) {
				t.Errorf("/metrics shows %q", secret)
			}
		}
		a.router = web.New(web.Deps{Store: a.store, Logger: slog.New(slog.DiscardHandler), Metrics: m, MetricsElsewhere: true})
		rec = httptest.NewRecorder()
		a.router.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
		if rec.Code != http.StatusNotFound {
			t.Errorf("/metrics on the main address when moved: %d", rec.Code)
		}
	})
}

func TestRequestID(t *testing.T) {
	a := newSQLiteApp(t)
	var logs bytes.Buffer
	a.router = web.New(web.Deps{Store: a.store, Logger: slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Feeds: a.feeds, Ingester: a.ingester})
	tests := map[string]struct{ sent, want string }{
		"none: one is made":       {"", ""},
		"a sane one is kept":      {"proxy-abc-123456", "proxy-abc-123456"},
		"an odd one is replaced":  {"<script>alert(1)</script>", ""},
		"a long one is replaced":  {strings.Repeat("a", 200), ""},
		"a newline is not logged": {"abc12345\nfalsk rad", ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			logs.Reset()
			rec := a.api(press, "GET", "/api/v1/cases/4711", "", "X-Request-ID", tt.sent)
			id := rec.Header().Get("X-Request-ID")
			if len(id) < 8 || (tt.want != "" && id != tt.want) || (tt.want == "" && id == tt.sent) {
				t.Errorf("X-Request-ID = %q, want %q", id, tt.want)
			}
			if !strings.Contains(logs.String(), `"request_id":"`+id+`"`) {
				t.Errorf("the log line lacks the id: %s", logs.String())
			}
		})
	}
}
