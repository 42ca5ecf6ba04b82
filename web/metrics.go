package web

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// MetricSources are what the gauges are read from when Prometheus scrapes;
// nil parts are left out.
type MetricSources struct {
	Store  *tracker.Store
	Feeds  *ingest.Store
	Index  *search.Index
	Logger *slog.Logger
}

// Metrics are the Prometheus series of one running app: requests by route
// template (never the path itself: it may hold ids or names) and status,
// feed fetches by outcome, and gauges read on scrape. No personal data.
type Metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.HistogramVec
	fetches  *prometheus.CounterVec
}

// NewMetrics registers the series; src feeds the gauges.
func NewMetrics(src MetricSources) *Metrics {
	if src.Logger == nil {
		src.Logger = slog.Default()
	}
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "lagesbild_http_request_duration_seconds",
			Help:    "HTTP requests by route template, method and status, with their latency.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"route", "method", "status"}),
		fetches: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "lagesbild_feed_fetches_total",
			Help: "Feed fetches by outcome: ok, not_modified, error (the feed's), failed (ours).",
		}, []string{"outcome"}),
	}
	for _, o := range []string{"ok", "not_modified", "error", "failed"} {
		m.fetches.WithLabelValues(o)
	}
	m.reg.MustRegister(m.requests, m.fetches, &scrapeCollector{src: src},
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// FeedFetched counts a fetch (ingest.IngesterOptions.OnFetch).
func (m *Metrics) FeedFetched(outcome string) { m.fetches.WithLabelValues(outcome).Inc() }

// Handler serves the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

// observe is the middleware that times every request.
func (m *Metrics) observe() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		m.requests.WithLabelValues(route, c.Request.Method, strconv.Itoa(c.Writer.Status())).
			Observe(time.Since(start).Seconds())
	}
}

var (
	descIndexLag = prometheus.NewDesc("lagesbild_index_lag_articles",
		"Articles in the database that the search index has not yet taken in (by id).", nil, nil)
	descUncompacted = prometheus.NewDesc("lagesbild_index_uncompacted_months",
		"Closed months of the search index not yet built again with the text's word pairs (compaction).", nil, nil)
	descOpen = prometheus.NewDesc("lagesbild_register_open_cases",
		"Cases without an outcome, by kind.", []string{"kind"}, nil)
	descOverdue = prometheus.NewDesc("lagesbild_register_overdue_cases",
		"Open cases past their due time, by kind.", []string{"kind"}, nil)
	descFacetCache = prometheus.NewDesc("lagesbild_search_facet_cache_total",
		"Months' facet counts a search took from the facet cache (hit) or counted (miss).", []string{"result"}, nil)
)

// scrapeCollector reads the gauges when scraped: a few counts, each bounded
// by a deadline so that a slow database cannot hold the scrape.
type scrapeCollector struct{ src MetricSources }

func (s *scrapeCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- descIndexLag
	ch <- descUncompacted
	ch <- descOpen
	ch <- descOverdue
	ch <- descFacetCache
}

func (s *scrapeCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	hits, misses := search.FacetCacheStats()
	ch <- prometheus.MustNewConstMetric(descFacetCache, prometheus.CounterValue, float64(hits), "hit")
	ch <- prometheus.MustNewConstMetric(descFacetCache, prometheus.CounterValue, float64(misses), "miss")
	if s.src.Feeds != nil && s.src.Index != nil {
		maxID, err := s.src.Feeds.MaxArticleID(ctx)
		st, serr := s.src.Index.Stats()
		if err == nil && serr == nil {
			ch <- prometheus.MustNewConstMetric(descIndexLag, prometheus.GaugeValue, float64(max(0, maxID-st.LastID)))
			ch <- prometheus.MustNewConstMetric(descUncompacted, prometheus.GaugeValue, float64(st.Uncompacted))
		} else {
			s.src.Logger.Warn("metrics: index lag", "err", err, "index_err", serr)
		}
	}
	if s.src.Store == nil {
		return
	}
	for _, kind := range []tracker.Kind{tracker.DocumentRequest, tracker.PressInquiry} {
		for desc, f := range map[*prometheus.Desc]tracker.CaseFilter{
			descOpen:    {Kind: kind, Open: true, Limit: 1},
			descOverdue: {Kind: kind, Overdue: true, Limit: 1},
		} {
			_, n, err := s.src.Store.Cases(ctx, f)
			if err != nil {
				s.src.Logger.Warn("metrics: register counts", "err", err)
				return
			}
			ch <- prometheus.MustNewConstMetric(desc, prometheus.GaugeValue, float64(n), string(kind))
		}
	}
}
