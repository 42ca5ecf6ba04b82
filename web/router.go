// Package web is the HTTP face of Lägesbild: the Swedish server-rendered UI
// and the JSON API of shared/API.md, on one Gin router.
package web

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// Deps is what the router needs.
type Deps struct {
	Store   *tracker.Store
	Reports *report.Store // the lägesbild: drafts, publishing, tone, spokespersons, actions
	Logger  *slog.Logger
	// SecureCookies marks cookies Secure (set when served over HTTPS).
	SecureCookies bool
	// SessionTTL is how long a login lasts; default 12 hours.
	SessionTTL time.Duration

	// Coverage and Mentions feed the lägesbild report with news coverage;
	// nil composes reports from the register alone.
	Coverage report.Coverage
	Mentions report.MentionCounter

	// Feeds and Ingester run the coverage side; nil leaves feeds out.
	Feeds    *ingest.Store
	Ingester *ingest.Ingester
	Index    *search.Index // nil: no search (the pages say so)
}

type handler struct {
	store    *tracker.Store
	reports  *report.Store
	log      *slog.Logger
	pages    pages
	secure   bool
	ttl      time.Duration
	throttle *loginThrottle
	coverage report.Coverage
	mentions report.MentionCounter
	feeds    *ingest.Store
	ingester *ingest.Ingester
	index    *search.Index
}

// New builds the router: the UI under /, the API under /api/v1, /healthz and /static.
func New(d Deps) *gin.Engine {
	if d.Logger == nil {
		d.Logger = slog.Default()
	}
	if d.SessionTTL == 0 {
		d.SessionTTL = 12 * time.Hour
	}
	h := &handler{store: d.Store, reports: d.Reports, log: d.Logger, pages: mustParsePages(), secure: d.SecureCookies,
		ttl: d.SessionTTL, throttle: newLoginThrottle(d.Store.Now),
		coverage: d.Coverage, mentions: d.Mentions, feeds: d.Feeds, ingester: d.Ingester, index: d.Index}

	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.HandleMethodNotAllowed = true
	r.HTMLRender = h.pages
	r.Use(h.requestLog(), h.recovery(), securityHeaders())
	r.NoRoute(h.notFound)
	r.NoMethod(h.methodNotAllowed)

	r.GET("/healthz", h.healthz)
	r.GET("/static/:hash/*path", serveStatic)

	api := r.Group("/api/v1", limitBody(1<<20), h.tokenAuth())
	api.POST("/cases", h.apiCreateCase)
	api.GET("/cases", h.apiListCases)
	api.GET("/cases/:id", h.apiShowCase)
	api.POST("/cases/:id/transition", h.apiTransitionCase)
	api.POST("/cases/:id/assign", h.apiAssignCase)
	api.POST("/cases/:id/deliver", h.apiDeliverCase)
	api.GET("/cases/:id/decision", h.apiDecisionLetter)
	api.POST("/cases/:id/appeal", h.apiReceiveAppeal)
	api.POST("/cases/:id/appeal/forward", h.apiForwardAppeal)
	api.PATCH("/cases/:id", h.apiUpdateCase)
	api.GET("/register", h.apiRegister)
	api.GET("/provisions", h.apiListProvisions)
	api.POST("/provisions", h.apiAddProvision)
	api.DELETE("/provisions/:id", h.apiDeleteProvision)
	api.POST("/actions", h.apiCreateAction)
	api.GET("/actions", h.apiListActions)
	api.POST("/tone", h.apiSuggestTone)

	ui := r.Group("/", limitBody(256<<10), csrf(h), h.sessionAuth())
	ui.GET("/login", h.showLogin)
	ui.POST("/login", h.login)
	ui.POST("/logout", h.logout)

	in := ui.Group("/", h.requireLogin())
	in.GET("/", h.showTriage)
	in.GET("/cases/new", h.showNewCase)
	in.POST("/cases", h.createCase)
	in.GET("/cases/:id", h.showCase)
	in.POST("/cases/:id/transition", h.transitionCase)
	in.POST("/cases/:id/assign", h.assignCase)
	in.POST("/cases/:id/deliver", h.deliverCase)
	in.GET("/cases/:id/beslut", h.showDecisionLetter)
	in.GET("/cases/:id/beslut.pdf", h.decisionLetterPDF)
	in.POST("/cases/:id/appeal", h.receiveAppeal)
	in.POST("/cases/:id/appeal/forward", h.forwardAppeal)
	in.POST("/cases/:id/secret", h.markSecretSubject)
	in.GET("/register", h.showRegister)
	in.GET("/register.csv", h.registerDownload("csv"))
	in.GET("/register.pdf", h.registerDownload("pdf"))
	in.GET("/actions", h.showActions)
	in.POST("/actions", h.createAction)

	h.reportRoutes(api, in)
	if h.feeds != nil {
		h.coverageRoutes(api, in)
	}
	return r
}

func (h *handler) healthz(c *gin.Context) {
	if err := h.store.Ping(c.Request.Context()); err != nil {
		h.log.Error("health check: database", "err", err)
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "unavailable", "database": "down"})
		return
	}
	if h.index != nil {
		if _, err := h.index.Stats(); err != nil {
			h.log.Error("health check: search index", "err", err)
			c.JSON(http.StatusServiceUnavailable, gin.H{"status": "unavailable", "index": "down"})
			return
		}
	}
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
}
