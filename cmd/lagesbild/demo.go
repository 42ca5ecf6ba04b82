package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/ingest/demofeed"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

var demoDefaults = defaults{Authority: demoAuthority, AppealCourt: demoAppealCourt, Units: demoUnits,
	ReportCompiledBy: "Kommunikationsavdelningen, Regionkansliet", OnBehalfOf: "Regional krisledning Aurora"}

// runDemo is serve on the embedded SQLite in the data dir, filled with the
// invented demo data on first start.
func runDemo(ctx context.Context, args []string, s streams) error {
	cfg, err := parseFlags("demo", args, demoDefaults, s.err)
	if err != nil {
		return err
	}
	logger, err := setUp(cfg, s, "demo")
	if err != nil {
		return err
	}
	if cfg.DatabaseURL != "" {
		// Demo users have published passwords: they never go into a real database.
		logger.Warn("demo ignores DATABASE_URL and uses the embedded SQLite in the data dir", "data_dir", cfg.DataDir)
		cfg.DatabaseURL = ""
	}
	logger.Info("starting", "command", "demo", "version", version, "config", cfg)
	db, _, err := openDB(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer closeDB(db, logger)

	start := time.Now()
	res, err := seedDemo(ctx, db, storeOptions(cfg, logger))
	if err != nil {
		return fmt.Errorf("seed demo data: %w", err)
	}
	srv, err := listen(cfg, logger)
	if err != nil {
		return err
	}
	own := srv.ln.Addr().(*net.TCPAddr).AddrPort()
	sv, err := newServices(cfg, db, logger, netip.AddrPortFrom(own.Addr().Unmap(), own.Port()))
	if err != nil {
		return err
	}
	defer sv.close()
	store := sv.store
	logins := res.logins
	if res.seeded {
		logger.Info("demo data seeded", "cases", res.cases, "actions", res.actions, "users", len(res.logins),
			"duration_ms", time.Since(start).Milliseconds())
	} else {
		logger.Info("demo data not seeded: the database already holds users or cases", "data_dir", cfg.DataDir)
		fmt.Fprintf(s.out, "Databasen i %s innehåller redan användare eller ärenden; inga demodata läggs in.\n", cfg.DataDir)
		logins = existingDemoLogins(ctx, store, logger)
	}
	if err := ensureAdminToken(ctx, store, cfg.AdminToken, logger); err != nil {
		return err
	}
	if err := registerDemoFeeds(ctx, sv.feeds, srv.URL(), logger); err != nil {
		return err
	}
	if err := seedDemoCoverage(ctx, sv); err != nil {
		return fmt.Errorf("seed demo topics and spokespersons: %w", err)
	}
	smtpIn, err := listenDemoSMTP(&sv.cfg.Mail)
	if err != nil {
		return err
	}
	sv.smtpIn = smtpIn
	if logins != nil { // the demo's own database: its mail comes in (again: the same messages)
		smtpAddr, domain := sv.cfg.Mail.SMTPAddr, sv.cfg.Mail.SMTPDomains[0]
		sv.beforeServe = func(ctx context.Context) error {
			if err := deliverDemoMail(ctx, smtpAddr, domain, time.Now()); err != nil {
				return fmt.Errorf("demo mail: %w", err)
			}
			logger.Info("demo mail delivered over SMTP", "messages", len(demoMails), "smtp_addr", smtpAddr)
			return nil
		}
	}
	go demoReportsWhenIngested(ctx, sv, sv.sources, logger)
	mux := http.NewServeMux()
	mux.Handle(demofeed.Prefix, demofeed.Handler(time.Now()))
	mux.Handle("/", sv.handler())
	srv.http.Handler = mux
	printDemoBanner(s.out, srv.URL(), sv.cfg.Mail, logins)
	return sv.run(ctx, srv)
}

// registerDemoFeeds adds the invented feeds the demo serves itself, or points
// the ones already there at this run's address (the port may differ).
func registerDemoFeeds(ctx context.Context, feeds *ingest.Store, base string, logger *slog.Logger) error {
	existing, err := feeds.Feeds(ctx)
	if err != nil {
		return err
	}
	byPath := map[string]ingest.Feed{}
	for _, f := range existing {
		// The demo's own feeds only: one a user added with the same path and
		// a query of its own is theirs to keep where it is.
		if u, err := url.Parse(f.URL); err == nil && strings.HasPrefix(u.Path, demofeed.Prefix) && u.RawQuery == "" {
			byPath[u.Path] = f
		}
	}
	added := 0
	for _, df := range demofeed.Feeds() {
		feedURL := base + df.Path
		if f, ok := byPath[df.Path]; ok {
			if f.URL != feedURL {
				if _, err := feeds.UpdateFeed(ctx, f.ID, ingest.FeedUpdate{URL: &feedURL}); err != nil {
					return fmt.Errorf("move demo feed %d: %w", f.ID, err)
				}
			}
			continue
		}
		_, err := feeds.CreateFeed(ctx, ingest.NewFeed{URL: feedURL, Title: df.Title, Outlet: df.Outlet,
			Kind: ingest.Kind(df.Kind), IntervalSeconds: demoFeedInterval})
		if err != nil {
			return fmt.Errorf("add demo feed %s: %w", df.Path, err)
		}
		added++
	}
	if err := typeDemoOutlets(ctx, feeds); err != nil {
		return err
	}
	logger.Info("demo feeds ready", "added", added, "feeds", len(demofeed.Feeds()))
	return nil
}

// demoOutletTypes say how far the demo's invented outlets reach, and how
// much each weighs.
var demoOutletTypes = map[string]struct {
	typ    ingest.OutletType
	weight float64
}{
	"Västsvenska Dagbladet": {ingest.OutletRegional, 2},
	"Radio Väst":            {ingest.OutletBroadcast, 2},
	"Nyhetsbyrån Norden":    {ingest.OutletNational, 3},
	"Sjukvårdsbladet":       {ingest.OutletTrade, 1},
	"Kuststaden Nu":         {ingest.OutletLocal, 1},
	"Dagens Debatt":         {ingest.OutletNational, 3},
}

// typeDemoOutlets gives the demo's outlets their type where none is set.
func typeDemoOutlets(ctx context.Context, feeds *ingest.Store) error {
	outlets, err := feeds.Outlets(ctx)
	if err != nil {
		return err
	}
	for _, o := range outlets {
		d, ok := demoOutletTypes[o.Name]
		if !ok || o.Type != ingest.OutletUnknown {
			continue
		}
		if _, err := feeds.UpdateOutlet(ctx, o.ID, ingest.OutletUpdate{Type: &d.typ, Weight: &d.weight}); err != nil {
			return fmt.Errorf("type demo outlet %s: %w", o.Name, err)
		}
	}
	return nil
}

// demoFeedInterval: the demo's feeds do not change while it runs; fetching
// them every quarter shows conditional GET (304) at work.
const demoFeedInterval = 15 * 60

func printDemoBanner(w io.Writer, url string, m MailConfig, logins []demoLogin) {
	fmt.Fprintf(w, "Lägesbild (demo) körs på %s\n", url)
	fmt.Fprintf(w, "E-post till …@%s med SMTP till %s kommer in i inkorgen.\n", strings.Join(m.SMTPDomains, " eller …@"), m.SMTPAddr)
	if len(logins) == 0 {
		fmt.Fprintln(w, "Inga demoinloggningar: databasen skapades inte av demo. Lägg till användare med 'lagesbild user add'.")
		return
	}
	fmt.Fprintln(w, "Demoinloggningar (lösenorden gäller bara demodatabasen):")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, l := range logins {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", l.username, l.password, l.about)
	}
	tw.Flush() //nolint:errcheck // a terminal; nothing to do about a failed write
	fmt.Fprintln(w, "Avsluta med Ctrl+C.")
}

type demoLogin struct{ username, password, about string }

// demoResult says what seedDemo did.
type demoResult struct {
	seeded         bool
	cases, actions int
	logins         []demoLogin
}

// existingDemoLogins lists the demo logins of a database an earlier demo
// start seeded: the admin's demo password still works there.
func existingDemoLogins(ctx context.Context, store *tracker.Store, logger *slog.Logger) []demoLogin {
	_, err := store.Authenticate(ctx, "admin", demoPassword("admin"))
	switch {
	case errors.Is(err, tracker.ErrBadCredentials):
		return nil
	case err != nil:
		logger.Warn("check demo logins", "error", err)
		return nil
	}
	units := store.Units()
	var logins []demoLogin
	for _, u := range demoUsers {
		logins = append(logins, demoLogin{u.username, demoPassword(u.username), demoAbout(u, units)})
	}
	return logins
}

func demoAbout(u demoUser, units []string) string {
	about := u.role.Label()
	if d := delegationFor(units); u.delegated && d != "" {
		about += ", delegation för " + d
	}
	return about + " (" + u.name + ")"
}

// delegationFor is the unit the delegated press officer decides for: the
// seed's unit when configured, else the first configured unit.
func delegationFor(units []string) string {
	if slices.Contains(units, delegatedUnit) {
		return delegatedUnit
	}
	if len(units) > 0 {
		return units[0]
	}
	return ""
}

// seedDemo fills an empty database with the demo data through the
// register's public API, so that numbers, due dates and the audit trail are
// real. Each step happens at a plausible moment of the last two weeks: the
// seeding store runs on a clock set before each step. A database that
// already holds users or cases is left as it is (seeded false). The data
// depend only on the options and the current time.
func seedDemo(ctx context.Context, db *gorm.DB, o tracker.Options) (demoResult, error) {
	realNow := time.Now
	if o.Now != nil {
		realNow = o.Now
	}
	now := realNow().UTC()
	check := tracker.NewStore(db, o)
	if _, n, err := check.Cases(ctx, tracker.CaseFilter{Limit: 1}); err != nil || n > 0 {
		return demoResult{}, err
	}
	if users, err := check.Users(ctx, tracker.System); err != nil || len(users) > 0 {
		return demoResult{}, err
	}

	clk := &demoClock{t: now}
	o.Now = clk.Now
	if o.PasswordCost == 0 {
		// The demo passwords are printed on every start: a slower hash would
		// protect nothing and only delay the start.
		o.PasswordCost = bcrypt.DefaultCost
	}
	sd := &seeder{
		store: tracker.NewStore(db, o),
		clk:   clk,
		rng:   rand.New(rand.NewPCG(20241119, 1645)), // fixed: the same data on every start
		now:   now,
		limit: now.Add(-time.Minute),
		units: o.Units,
	}
	var res demoResult
	err := db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		// One transaction: all of the demo or none of it, and far fewer
		// fsyncs on SQLite. The stores over tx see their own writes.
		sd.store = tracker.NewStore(tx, o)
		sd.reports = report.NewStore(tx, sd.store, report.Options{Now: o.Now})
		var err error
		res, err = sd.seed(ctx)
		return err
	})
	if err != nil {
		return demoResult{}, err
	}
	res.seeded = true
	return res, nil
}

// demoClock is the seeding store's clock.
type demoClock struct{ t time.Time }

func (c *demoClock) Now() time.Time { return c.t }

type seeder struct {
	store   *tracker.Store
	reports *report.Store
	clk     *demoClock
	rng     *rand.Rand
	now     time.Time // the real time the demo is seeded at
	limit   time.Time // no step happens later than this
	units   []string
	actors  map[string]tracker.Actor
	turn    int
}

func (sd *seeder) seed(ctx context.Context) (demoResult, error) {
	var res demoResult
	sd.actors = map[string]tracker.Actor{}
	delegation := delegationFor(sd.units)
	sd.clk.t = sd.now.AddDate(0, 0, -15)
	for _, du := range demoUsers {
		nu := tracker.NewUser{Username: du.username, Name: du.name, Role: du.role, Password: demoPassword(du.username)}
		if du.delegated && delegation != "" {
			nu.Delegations = []string{delegation}
		}
		u, err := sd.store.CreateUser(ctx, nu, tracker.System)
		if err != nil {
			return res, fmt.Errorf("create demo user %s: %w", du.username, err)
		}
		if err := sd.store.SetTitle(ctx, u.Username, demoTitles[u.Username], tracker.System); err != nil {
			return res, fmt.Errorf("title of demo user %s: %w", du.username, err)
		}
		sd.actors[u.Username] = u.Actor()
		res.logins = append(res.logins, demoLogin{du.username, demoPassword(du.username), demoAbout(du, sd.units)})
	}
	// Register in order of receipt, so that register numbers follow the dates.
	received := make([]time.Time, len(demoCases))
	order := make([]int, len(demoCases))
	for i, dc := range demoCases {
		received[i], order[i] = sd.receivedAt(dc), i
	}
	slices.SortStableFunc(order, func(a, b int) int { return received[a].Compare(received[b]) })
	for _, i := range order {
		n, err := sd.seedCase(ctx, demoCases[i], received[i])
		if err != nil {
			return res, fmt.Errorf("demo case %d (%s): %w", i, demoCases[i].subject, err)
		}
		res.cases += n
	}
	for _, da := range demoActions {
		day := sd.day(da.day)
		sd.clk.t = sd.cap(day.Add(time.Duration(9*60+sd.rng.IntN(7*60)) * time.Minute))
		by := sd.actors["mats"]
		if da.kind == report.ActionPressRelease {
			by = sd.actors["linnea"]
		}
		_, err := sd.reports.CreateAction(ctx, report.NewAction{Date: day.Format(time.DateOnly), Kind: da.kind,
			Title: da.title, URL: demoActionURL(da.slug)}, by)
		if err != nil {
			return res, fmt.Errorf("demo action %s: %w", da.slug, err)
		}
		res.actions++
	}
	return res, nil
}

// seedCase registers one case (two with a linked document request) and
// takes it along its path.
func (sd *seeder) seedCase(ctx context.Context, dc demoCase, received time.Time) (int, error) {
	registrar := sd.registrar()
	sd.at(received.Add(time.Duration(1+sd.rng.IntN(20)) * time.Minute))
	in := tracker.NewCase{Kind: dc.kind, Subject: dc.subject, Description: dc.desc, Channel: sd.channel(dc.kind),
		ReceivedAt: &received, Topics: dc.topics, AlsoDocumentRequest: dc.alsoDR}
	if dc.requester != anonymous {
		in.Requester = demoRequesters[dc.requester]
	}
	switch {
	case dc.kind == tracker.PressInquiry && dc.dueToday:
		left := sd.day(-1).Sub(sd.now) // until midnight
		d := min(3*time.Hour, left/2).Truncate(time.Minute)
		if d < time.Minute {
			// The last minutes of the day: the deadline is still today,
			// its last second (a minute from now was tomorrow).
			d = max(left-time.Second, 0)
		}
		in.DeadlineAt = ptr(sd.now.Add(d))
	case dc.kind == tracker.PressInquiry && dc.deadlineH > 0:
		in.DeadlineAt = ptr(received.Add(time.Duration(dc.deadlineH) * time.Hour))
	}
	c, err := sd.store.CreateCase(ctx, in, registrar)
	if err != nil {
		return 0, err
	}
	unit := sd.unit(dc.unit)
	handler, err := sd.assign(ctx, c.ID, dc.assignee, unit, registrar)
	if err != nil {
		return 0, err
	}
	if err := sd.walk(ctx, c.ID, dc.kind, dc.path, unit, handler, dc); err != nil {
		return 0, err
	}
	if !dc.alsoDR {
		return 1, nil
	}
	i := slices.IndexFunc(c.Links, func(l tracker.CaseLink) bool { return l.Kind == tracker.DocumentRequest })
	if i < 0 {
		return 0, errors.New("the linked document request is missing")
	}
	child := demoCase{kind: tracker.DocumentRequest}
	if dc.childGround != "" {
		child.ground, child.reasoning, child.deliver = dc.childGround, whyPersonal, true
	}
	if _, err := sd.assign(ctx, c.Links[i].ID, dc.assignee, unit, registrar); err != nil {
		return 0, err
	}
	return 2, sd.walk(ctx, c.Links[i].ID, tracker.DocumentRequest, dc.childPath, unit, handler, child)
}

// assign gives the case its handler and unit, a little after registration,
// and returns who works the case from then on.
func (sd *seeder) assign(ctx context.Context, id int64, assignee, unit string, registrar tracker.Actor) (tracker.Actor, error) {
	if assignee == "" && unit == "" {
		return registrar, nil
	}
	sd.after(5*time.Minute, 90*time.Minute)
	var as tracker.Assignment
	if assignee != "" {
		as.Assignee = &assignee
	}
	if unit != "" {
		as.Unit = &unit
	}
	if _, err := sd.store.Assign(ctx, id, as, registrar); err != nil {
		return registrar, fmt.Errorf("assign: %w", err)
	}
	if a, ok := sd.actors[assignee]; ok {
		return a, nil
	}
	return registrar, nil
}

// walk makes the case's moves, each some time after the one before.
func (sd *seeder) walk(ctx context.Context, id int64, kind tracker.Kind, path []tracker.Status, unit string,
	handler tracker.Actor, dc demoCase) error {
	for _, to := range path {
		switch {
		case to == tracker.StatusInProgress:
			sd.after(15*time.Minute, 3*time.Hour)
		case to == tracker.StatusClosed:
			sd.after(time.Hour, 20*time.Hour)
		case kind == tracker.PressInquiry:
			sd.after(30*time.Minute, 6*time.Hour)
		default:
			sd.after(2*time.Hour, 30*time.Hour)
		}
		actor := handler
		tr := tracker.Transition{To: to, Note: demoNotes[to]}
		if to.NeedsLegalGround() {
			if !actor.CanDecide(unit) {
				actor = sd.actors["admin"] // the one with the delegation decides
			}
			tr.LegalGround, tr.Reasoning = dc.ground, dc.reasoning
		} else if to.IsOutcome() && dc.reasoning != "" {
			tr.Note = dc.reasoning
		}
		switch to {
		case tracker.StatusReleasedWithConditions:
			tr.Conditions = demoConditions
		case tracker.StatusOfficialRefusal:
			tr.Reasoning, tr.Note = dc.reasoning, ""
		case tracker.StatusDecisionRequested:
			tr.Decider = sd.deciderFor(unit)
		case tracker.StatusAnswered:
			tr.Answer, tr.Note = tr.Note, ""
		case tracker.StatusDeclined:
			tr.Reason, tr.Note = tr.Note, ""
		}
		if to == tracker.StatusForwarded {
			tr.ForwardedTo = dc.forwardTo
		}
		if _, err := sd.store.Transition(ctx, id, tr, actor); err != nil {
			return fmt.Errorf("%s: %w", to, err)
		}
		if to.NeedsLegalGround() && dc.deliver {
			sd.after(30*time.Minute, 3*time.Hour)
			if _, err := sd.store.Deliver(ctx, id, sd.clk.t, actor); err != nil {
				return fmt.Errorf("deliver: %w", err)
			}
		}
	}
	return nil
}

// receivedAt is a working-hours moment of the case's day, never later than
// a quarter of an hour ago.
func (sd *seeder) receivedAt(dc demoCase) time.Time {
	latest := sd.now.Add(-15 * time.Minute)
	if dc.kind == tracker.PressInquiry && dc.dueToday {
		return latest.Add(-time.Duration(sd.rng.IntN(150)) * time.Minute)
	}
	day := sd.day(dc.day)
	t := day.Add(time.Duration(7*60+30+sd.rng.IntN(9*60)) * time.Minute)
	if t.After(latest) { // today, before that moment: between 07:00 (or midnight) and now
		lo := day.Add(7 * time.Hour)
		if lo.After(latest) {
			lo = day
		}
		t = lo.Add(time.Duration(sd.rng.Int64N(int64(max(latest.Sub(lo), 0)) + 1)))
	}
	return t.UTC()
}

// day is the start of the Stockholm day n days ago.
func (sd *seeder) day(n int) time.Time {
	y, m, d := sd.now.In(tracker.Stockholm).Date()
	return time.Date(y, m, d-n, 0, 0, 0, 0, tracker.Stockholm)
}

// at sets the seeding clock, never past the limit.
func (sd *seeder) at(t time.Time) { sd.clk.t = sd.cap(t) }

// after moves the seeding clock forward by between lo and hi.
func (sd *seeder) after(lo, hi time.Duration) {
	d := lo + time.Duration(sd.rng.Int64N(int64(hi-lo)))
	sd.at(sd.clk.t.Add(d).Truncate(time.Minute))
}

func (sd *seeder) cap(t time.Time) time.Time {
	if t.After(sd.limit) {
		return sd.limit
	}
	return t
}

// registrar takes turns between the two press officers.
func (sd *seeder) registrar() tracker.Actor {
	sd.turn++
	if sd.turn%3 == 0 {
		return sd.actors["johan"]
	}
	return sd.actors["linnea"]
}

func (sd *seeder) channel(k tracker.Kind) tracker.Channel {
	if k == tracker.PressInquiry {
		return []tracker.Channel{tracker.ChannelEmail, tracker.ChannelEmail, tracker.ChannelPhone}[sd.rng.IntN(3)]
	}
	return []tracker.Channel{tracker.ChannelEmail, tracker.ChannelEmail, tracker.ChannelWeb, tracker.ChannelLetter}[sd.rng.IntN(4)]
}

// unit maps a demo unit index onto the configured units.
func (sd *seeder) unit(i int) string {
	if i < 0 || len(sd.units) == 0 {
		return ""
	}
	if i < len(demoUnits) && slices.Contains(sd.units, demoUnits[i]) {
		return demoUnits[i]
	}
	return sd.units[i%len(sd.units)]
}

func ptr[T any](v T) *T { return &v }

// deciderFor is a demo user with the delegation for unit, a press officer before the admin.
func (sd *seeder) deciderFor(unit string) string {
	for _, du := range demoUsers {
		if a := sd.actors[du.username]; a.Role == tracker.RolePressOfficer && a.CanDecide(unit) {
			return du.username
		}
	}
	return "admin"
}
