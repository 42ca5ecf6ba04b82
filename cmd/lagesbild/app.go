package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"net/netip"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/alert"
	"github.com/lagesbild/lagesbild/distribution"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/priority"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"github.com/lagesbild/lagesbild/web"
	"gorm.io/gorm"
)

// services are the parts behind the web server: the register, the feed
// pipeline and the search index that follows the articles table.
type services struct {
	cfg      Config
	logger   *slog.Logger
	db       *gorm.DB
	store    *tracker.Store
	reports  *report.Store
	feeds    *ingest.Store
	ingester *ingest.Ingester
	index    *search.Index
	sources  report.ComposeOptions // the lägesbild's sources of coverage and mentions
	mail     *mail.Store
	alerts   *alert.Store
	disk     *lagesbild.Disk
	metrics  *web.Metrics
	// foreground counts the requests being answered; the ingest and the
	// index step aside for them
	foreground *priority.Foreground

	// smtpIn is the SMTP receiver's listener when the caller opened it (the
	// demo); nil: the receiver listens on LAGESBILD_SMTP_ADDR itself.
	smtpIn net.Listener
	// beforeServe runs once the workers (the SMTP receiver among them) are
	// started and before the web server answers: the demo delivers its mail.
	beforeServe func(context.Context) error
}

// indexDir is where the Bleve index lives: one per instance, in its data dir.
func indexDir(cfg Config) string { return filepath.Join(cfg.DataDir, "index") }

// newServices builds the stores, the fetcher and the index over an open,
// migrated database. allow lets the fetcher reach exact private addresses
// (the demo's own feeds) while the private-address guard stays on.
func newServices(cfg Config, db *gorm.DB, logger *slog.Logger, allow ...netip.AddrPort) (*services, error) {
	mailOpts, err := mailStoreOptions(cfg.Mail)
	if err != nil {
		return nil, err
	}
	feeds := ingest.NewStore(db, time.Now)
	fetcher := ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: cfg.AllowPrivateFeeds, AllowAddrs: allow})
	if err := lagesbild.CheckDataDir(cfg.DataDir); err != nil { // the index lives there, whichever the database
		return nil, err
	}
	owner, err := lagesbild.InstanceID(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	disk := &lagesbild.Disk{Dir: cfg.DataDir, Floor: uint64(cfg.MinFreeDiskMB) << 20}
	var alerts *alert.Store // made below; the index's hook percolates into it
	// The feed ingest and the index's catch-up step aside while requests
	// are answered (package priority).
	fg := priority.New()
	idx, err := search.Open(indexDir(cfg), feeds, search.Options{Topics: feeds.ArticleTopicIDs, Logger: logger,
		AfterCatchUp: afterIndexing(feeds, func() *alert.Store { return alerts }), Yield: fg.Yield,
		Busy: func() bool { return fg.Active() > 0 }})
	if err != nil {
		return nil, fmt.Errorf("open search index: %w", err)
	}
	store := tracker.NewStore(db, storeOptions(cfg, logger))
	metrics := web.NewMetrics(web.MetricSources{Store: store, Feeds: feeds, Index: idx, Logger: logger})
	mailStore := mail.NewStore(db, store, mailOpts)
	alerts = alert.NewStore(db, feeds, alert.Options{Logger: logger, Mailer: alertMail{mailStore}, Counts: idx, Users: store,
		BaseURL: strings.TrimSuffix(cfg.BaseURL, "/")})
	return &services{
		mail: mailStore, alerts: alerts,
		cfg: cfg, logger: logger, db: db, feeds: feeds, index: idx, store: store, disk: disk, metrics: metrics,
		sources: reportSources(feeds, cfg.Authority),
		reports: report.NewStore(db, store, cfg.reportOptions()),
		ingester: ingest.NewIngester(feeds, fetcher, ingest.IngesterOptions{Logger: logger, Owner: owner, Disk: disk,
			OnFetch: metrics.FeedFetched, Yield: fg.Yield}),
		foreground: fg,
	}, nil
}

func (sv *services) close() {
	if err := sv.index.Close(); err != nil {
		sv.logger.Error("close search index", "error", err)
	}
}

// handler is the web app.
func (sv *services) handler() http.Handler {
	return web.New(web.Deps{Store: sv.store, Reports: sv.reports, Logger: sv.logger, Foreground: sv.foreground, SecureCookies: sv.cfg.SecureCookies,
		TrustedProxies: sv.cfg.TrustedProxies, Feeds: sv.feeds, Ingester: sv.ingester, Index: sv.index,
		Coverage: sv.sources.Coverage, Mentions: sv.sources.Mentions,
		Disk: sv.disk, Metrics: sv.metrics, MetricsElsewhere: sv.cfg.MetricsAddr != "", Mail: sv.mail, Alerts: sv.alerts,
		Distribution: distribution.NewStore(sv.db, sv.reports, reportMail{sv.mail}, nil),
		MailSetup:    web.MailSetup{Mailboxes: len(sv.cfg.Mail.Mailboxes()), Receiver: sv.cfg.Mail.SMTPAddr != "", Relay: sv.cfg.Mail.SMTPRelay != ""}})
}

// run serves until ctx ends, with the feed scheduler and the indexer beside
// the server; the first of them to fail stops the others.
func (sv *services) run(ctx context.Context, srv *server) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	workers, err := sv.mailWorkers()
	if err != nil {
		return err
	}
	errs := make(chan error, 6+len(workers)) // room for an error of each started below: none waits to send
	start := func(name string, fn func(context.Context) error) {
		wg.Go(func() {
			if err := fn(ctx); err != nil && !errors.Is(err, context.Canceled) {
				errs <- fmt.Errorf("%s: %w", name, err)
				cancel()
			}
		})
	}
	start("indexer", sv.follow)
	if sv.cfg.MetricsAddr != "" {
		start("metrics server", sv.serveMetrics)
	}
	start("scheduler", ingest.NewScheduler(sv.ingester, ingest.SchedulerOptions{Logger: sv.logger}).Run)
	start("alerts", func(ctx context.Context) error { return sv.alerts.Run(ctx, alert.DefaultDispatchEvery) })
	start("tally", func(ctx context.Context) error {
		return sv.store.KeepTallyCompact(ctx, tracker.DefaultCompactTallyEvery)
	})
	if sv.cfg.DigestAt != "off" && sv.cfg.DigestAt != "" {
		start("digest", func(ctx context.Context) error { return sv.digests().RunDaily(ctx, sv.cfg.DigestAt, nil) })
	}
	for name, fn := range workers {
		start(name, fn)
	}
	if sv.beforeServe != nil {
		err = sv.beforeServe(ctx)
	}
	if err == nil {
		err = srv.run(ctx)
	}
	cancel()
	wg.Wait()
	close(errs)
	for e := range errs {
		err = errors.Join(err, e)
	}
	return err
}

// loopback tells whether addr (host:port) listens on the loopback
// interface only: "localhost" or a loopback IP, not "" or 0.0.0.0.
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// serveMetrics serves /metrics on LAGESBILD_METRICS_ADDR until ctx ends.
func (sv *services) serveMetrics(ctx context.Context) error {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", sv.metrics.Handler())
	// The profiles of the running server, for the operator who diagnoses
	// it under real load: only on a metrics listener on the loopback
	// interface (they need no login and show the program's insides), never
	// on Addr.
	if loopback(sv.cfg.MetricsAddr) {
		mux.HandleFunc("GET /debug/pprof/", pprof.Index)
		mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
	}
	srv := &http.Server{Addr: sv.cfg.MetricsAddr, Handler: mux, ReadHeaderTimeout: readHeaderTimeout,
		ErrorLog: slog.NewLogLogger(sv.logger.Handler(), slog.LevelWarn)}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	sv.logger.Info("metrics server listening", "addr", sv.cfg.MetricsAddr)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}

// follow keeps the index in step with the articles table (search.Index.Run,
// told by the store) and applies the monitored topics after each round
// (the index's AfterCatchUp). Tagging changes articles, which the next
// round indexes: the loop settles by itself.
func (sv *services) follow(ctx context.Context) error {
	changed, unsubscribe := sv.feeds.Subscribe()
	defer unsubscribe()
	return sv.index.Run(ctx, changed)
}

// tagTopics applies the monitored topics to the articles indexed since
// the last time (search.Index.TagTopics).
func tagTopics(feeds *ingest.Store) func(context.Context, *search.Index) (int, error) {
	return func(ctx context.Context, x *search.Index) (int, error) { return x.TagTopics(ctx, feeds) }
}

// afterIndexing tags the monitored topics on what was just indexed, then
// matches it against the alert subscriptions (topic subscriptions read the
// fresh tags).
func afterIndexing(feeds *ingest.Store, alerts func() *alert.Store) func(context.Context, *search.Index) (int, error) {
	tag := tagTopics(feeds)
	return func(ctx context.Context, x *search.Index) (int, error) {
		n, err := tag(ctx, x)
		if err != nil {
			return n, err
		}
		st, err := x.Stats()
		if err != nil {
			return n, err
		}
		if _, err := alerts().Percolate(ctx, st.LastID); err != nil {
			return n, fmt.Errorf("match alerts: %w", err)
		}
		return n, nil
	}
}

// reportMail hands a published report to the outbox.
type reportMail struct{ m *mail.Store }

func (r reportMail) QueueReport(ctx context.Context, to, subject, text, html, pdfName string, pdf []byte, by string) (int64, error) {
	m, err := r.m.Queue(ctx, mail.Notice{To: to, Subject: subject, Text: text, HTML: html, AttachmentName: pdfName,
		AttachmentType: "application/pdf", Attachment: pdf, CreatedBy: by})
	if err != nil {
		return 0, err
	}
	return m.ID, nil
}

// alertMail hands alerts to the outbox.
type alertMail struct{ m *mail.Store }

func (a alertMail) QueueAlert(ctx context.Context, to, subject, text, html string) error {
	_, err := a.m.Queue(ctx, mail.Notice{To: to, Subject: subject, Text: text, HTML: html})
	return err
}

// catchUp indexes what the database has and the index has not, then tags.
func (sv *services) catchUp(ctx context.Context) error {
	n, err := sv.index.CatchUp(ctx)
	if err != nil {
		return err
	}
	tagged, err := tagTopics(sv.feeds)(ctx, sv.index)
	if err != nil {
		return err
	}
	if n > 0 || tagged > 0 {
		sv.logger.Debug("search index caught up", "indexed", n, "tagged", tagged)
	}
	return nil
}
