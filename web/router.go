// Package web is the HTTP face of Lägesbild: the Swedish server-rendered UI
// and the JSON API of shared/API.md, on one Gin router.
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/alert"
	"github.com/lagesbild/lagesbild/distribution"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/priority"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// MailSetup is what mail the program has: mailboxes it polls, an SMTP
// receiver, a relay for outgoing mail.
type MailSetup struct {
	Mailboxes int
	Receiver  bool
	Relay     bool
}

// Intake tells whether any mail reaches the inbox by itself.
func (m MailSetup) Intake() bool { return m.Mailboxes > 0 || m.Receiver }

// Deps is what the router needs.
type Deps struct {
	Store   *tracker.Store
	Reports *report.Store // the lägesbild: drafts, publishing, tone, spokespersons, actions
	Logger  *slog.Logger
	// Foreground counts the requests being answered, so that the feed
	// ingest and the index's catch-up step aside for them (nil: nobody
	// waits for them).
	Foreground *priority.Foreground
	// SecureCookies marks cookies Secure (set when served over HTTPS).
	SecureCookies bool
	// TrustedProxies are the addresses or CIDRs whose X-Forwarded-For is
	// believed for the client address (the login throttle's key); nil trusts
	// none, and the client is the peer of the connection.
	TrustedProxies []string
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

	Mail *mail.Store // the inbox, documents and outbox; nil leaves mail out
	// MailSetup tells the pages what mail is connected, so that they can
	// say what is missing instead of waiting for mail that cannot come.
	MailSetup MailSetup
	// Alerts are the subscriptions and notifications; nil leaves them out.
	Alerts *alert.Store
	// Distribution sends published reports to the list; nil leaves it out.
	Distribution *distribution.Store
	// Metrics, when set, times every request; /metrics serves them unless
	// MetricsElsewhere (LAGESBILD_METRICS_ADDR gives them an address of their own).
	Metrics          *Metrics
	MetricsElsewhere bool

	// Disk is the data dir's free-space floor that /healthz reports on; nil
	// leaves the disk out.
	Disk *lagesbild.Disk
}

type handler struct {
	store        *tracker.Store
	reports      *report.Store
	log          *slog.Logger
	pages        pages
	secure       bool
	ttl          time.Duration
	throttle     *loginThrottle
	coverage     report.Coverage
	mentions     report.MentionCounter
	feeds        *ingest.Store
	ingester     *ingest.Ingester
	index        *search.Index
	mail         *mail.Store
	mailSet      MailSetup
	alerts       *alert.Store
	distribution *distribution.Store
	disk         *lagesbild.Disk
	door         *door
}

// New builds the router: the UI under /, the API under /api/v1, /healthz and /static.
func New(d Deps) *gin.Engine {
	if d.Logger == nil {
		d.Logger = slog.Default()
	}
	if d.SessionTTL == 0 {
		d.SessionTTL = 12 * time.Hour
	}
	h := &handler{store: d.Store, reports: d.Reports, log: slog.New(LogHandler(d.Logger.Handler())), pages: mustParsePages(), secure: d.SecureCookies,
		ttl: d.SessionTTL, throttle: newLoginThrottle(d.Store.Now),
		coverage: d.Coverage, mentions: d.Mentions, feeds: d.Feeds, ingester: d.Ingester, index: d.Index, disk: d.Disk, mail: d.Mail, mailSet: d.MailSetup,
		alerts: d.Alerts, distribution: d.Distribution, door: newDoor()}

	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.HandleMethodNotAllowed = true
	if err := r.SetTrustedProxies(d.TrustedProxies); err != nil {
		// The configuration is validated before; trust nobody rather than everybody.
		h.log.Error("trusted proxies", "err", err)
		r.SetTrustedProxies(nil) //nolint:errcheck // nil cannot fail
	}
	r.HTMLRender = h.pages
	r.Use(requestID(), foreground(d.Foreground))
	if d.Metrics != nil {
		r.Use(d.Metrics.observe())
		if !d.MetricsElsewhere {
			r.GET("/metrics", gin.WrapH(d.Metrics.Handler()))
		}
	}
	r.Use(h.requestLog(), h.recovery(), securityHeaders(), h.limitHead(), admission(h.door))
	r.NoRoute(h.notFound)
	r.NoMethod(h.methodNotAllowed)

	r.GET("/healthz", h.healthz)
	r.GET("/static/:hash/*path", serveStatic)

	api := r.Group("/api/v1", limitBody(1<<20), h.tokenAuth(), h.rejectBadText())
	api.POST("/cases", h.apiCreateCase)
	api.GET("/cases", h.apiListCases)
	api.GET("/cases/:id", h.apiShowCase)
	api.POST("/cases/:id/transition", h.apiTransitionCase)
	api.POST("/cases/:id/assign", h.apiAssignCase)
	api.POST("/cases/:id/deliver", h.apiDeliverCase)
	api.GET("/cases/:id/decision", h.apiDecisionLetter)
	api.POST("/cases/:id/appeal", h.apiReceiveAppeal)
	api.POST("/cases/:id/appeal/forward", h.apiForwardAppeal)
	api.POST("/cases/:id/appeal/reconsider", h.apiReconsiderAppeal)
	api.POST("/cases/:id/appeal/court", h.apiCourtOutcome)
	api.POST("/cases/:id/question", h.apiAskRequester)
	api.POST("/cases/:id/question/answered", h.apiRequesterAnswered)
	api.POST("/cases/:id/deliveries", h.apiDeliverPart)
	api.GET("/cases/:id/deliveries", h.apiListDeliveries)
	api.POST("/cases/:id/links", h.apiLinkCase)
	api.GET("/cases/:id/links", h.apiRelations)
	api.PATCH("/cases/:id", h.apiUpdateCase)
	api.GET("/register", h.apiRegister)
	api.GET("/retention", h.apiRetention)
	api.GET("/provisions", h.apiListProvisions)
	api.POST("/provisions", h.apiAddProvision)
	api.DELETE("/provisions/:id", h.apiDeleteProvision)
	api.POST("/actions", h.apiCreateAction)
	api.GET("/actions", h.apiListActions)
	api.GET("/users", h.apiListUsers)
	api.POST("/users", h.apiCreateUser)
	api.PATCH("/users/:username", h.apiUpdateUser)
	api.GET("/tokens", h.apiListTokens)
	api.DELETE("/tokens/:id", h.apiRevokeToken)
	api.POST("/tone", h.apiSuggestTone)

	ui := r.Group("/", limitBody(256<<10), csrf(h), h.sessionAuth(), h.rejectBadText())
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
	in.POST("/cases/:id/appeal/reconsider", h.reconsiderAppeal)
	in.POST("/cases/:id/appeal/court", h.courtOutcome)
	in.POST("/cases/:id/secret", h.markSecretSubject)
	in.POST("/cases/:id/hold", h.holdCulling)
	in.POST("/cases/:id/question", h.askRequester)
	in.POST("/cases/:id/question/answered", h.requesterAnswered)
	in.POST("/cases/:id/deliveries", h.deliverPart)
	in.POST("/cases/:id/links", h.linkCase)
	in.GET("/register", h.showRegister)
	in.GET("/register.csv", h.registerDownload("csv"))
	in.GET("/register.pdf", h.registerDownload("pdf"))
	in.GET("/actions", h.showActions)
	in.POST("/actions", h.createAction)
	in.GET("/users", h.showUsers)
	in.POST("/users", h.createUser)
	in.GET("/users/:username", h.showUser)
	in.POST("/users/:username", h.updateUser)
	in.GET("/tokens", h.showTokens)
	in.POST("/tokens", h.createToken)
	in.POST("/tokens/:id/revoke", h.revokeToken)

	h.reportRoutes(api, in)
	if h.feeds != nil {
		h.coverageRoutes(api, in)
	}
	if h.mail != nil {
		h.mailRoutes(r, api, in)
	}
	if h.alerts != nil {
		h.alertRoutes(api, in)
	}
	if h.distribution != nil {
		h.distributionRoutes(api, in)
	}
	return r
}

// healthTimeout bounds each check of /healthz, so that it answers within
// two seconds whatever the database does.
const healthTimeout = 1500 * time.Millisecond

// healthz says whether the database, the index and the disk answer, each
// checked at once with a deadline: {"status":"ok|unavailable",
// "database":"ok|down","index":"ok|down","disk":"ok|low"}. 503 when any is
// not ok: a low disk means that ingest has paused and writes may fail soon.
func (h *handler) healthz(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), healthTimeout)
	defer cancel()
	check := func(fn func() error) <-chan error {
		ch := make(chan error, 1)
		go func() { ch <- fn() }()
		return ch
	}
	wait := func(ch <-chan error) error {
		select {
		case err := <-ch:
			return err
		case <-ctx.Done():
			return fmt.Errorf("no answer within %s: %w", healthTimeout, ctx.Err())
		}
	}
	db := check(func() error { return h.store.Ping(ctx) })
	idx := check(func() error {
		if h.index == nil {
			return nil
		}
		_, err := h.index.Stats()
		return err
	})
	var free uint64
	disk := check(func() (err error) { free, err = h.disk.Check(); return err })
	body := gin.H{"status": "ok", "database": "ok"}
	status := http.StatusOK
	down := func(part, word string, err error) {
		if err == nil {
			return
		}
		h.log.WarnContext(c.Request.Context(), "health check", "part", part, "err", err)
		body[part] = word
		body["status"] = "unavailable"
		status = http.StatusServiceUnavailable
	}
	down("database", "down", wait(db))
	if h.index != nil {
		body["index"] = "ok"
		down("index", "down", wait(idx))
	}
	if h.disk != nil {
		body["disk"] = "ok"
		err := wait(disk)
		down("disk", "low", err)
		if err == nil || errors.Is(err, lagesbild.ErrDiskLow) {
			body["disk_free_bytes"] = free
		}
	}
	if status != http.StatusOK {
		c.Header("Retry-After", retryAfter)
	}
	c.JSON(status, body)
}
