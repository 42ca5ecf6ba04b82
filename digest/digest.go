// Package digest writes and sends the morning digest "Dagens bevakning":
// for each user who follows something and has an e-mail address, the stories
// since the last digest folded by story group with their outlets and tone,
// the opinion pieces, the register's new cases and what is due today, in
// HTML and plain text, through the outbox. It owns the table digest_runs
// ("digest/0001_…").
package digest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/alert"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/tone"
	"gorm.io/gorm"
)

// Migrations are the digest's schema steps, applied after alert's.
var Migrations = []lagesbild.Migration{
	{ID: "digest/0001_runs", Up: func(tx *gorm.DB) error { return tx.Migrator().CreateTable(&runV1{}) }},
}

type runV1 struct {
	ID         int64     `gorm:"primaryKey"`
	At         time.Time `gorm:"not null;uniqueIndex:digest_runs_at"`
	Recipients int       `gorm:"not null;default:0"`
}

func (runV1) TableName() string { return "digest_runs" }

// Run is one morning's digest: when it covered up to and how many got it.
type Run struct {
	ID         int64 `gorm:"primaryKey"`
	At         time.Time
	Recipients int
}

// TableName is the runs table.
func (Run) TableName() string { return "digest_runs" }

// Mailer queues a digest in the outbox (mail.Store, through cmd).
type Mailer interface {
	QueueDigest(ctx context.Context, to, subject, text, html string) error
}

// Options are the digest's sources.
type Options struct {
	Feeds   *ingest.Store
	Index   *search.Index
	Cases   *tracker.Store
	Alerts  *alert.Store
	Mailer  Mailer
	BaseURL string
	Logger  *slog.Logger
}

// Sender builds and sends the digests.
type Sender struct {
	db   *gorm.DB
	opts Options
}

// NewSender returns the digest's sender over a migrated database.
func NewSender(db *gorm.DB, o Options) *Sender {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Sender{db: db, opts: o}
}

// Story is one story group: the same news in one or more outlets.
type Story struct {
	Title   string
	URL     string
	Outlets []string
	Count   int
	Tone    tone.Tone
}

// Section is what one subscription found.
type Section struct {
	Name    string
	Stories []Story
}

// CaseLine is a case of the register as the digest lists it (masked for
// the reader's role).
type CaseLine struct {
	Number, Subject, Kind string
	DueAt                 time.Time
}

// Digest is one user's "Dagens bevakning".
type Digest struct {
	Username   string
	Email      string
	Since, At  time.Time
	Sections   []Section
	Opinion    []Story // the opinion pieces, one by one, with their tone
	NewCases   []CaseLine
	DueToday   []CaseLine
	TotalItems int
}

// maxPerSection bounds what one subscription lists.
const maxPerSection = 100

// Build writes the digests due at: for every user with a subscription that
// mails (an address of its own, or the user's own address), covering since
// the last run (else the day before). A digest goes to the user's own
// address when there is one, else to the first their subscriptions name;
// it lists every subscription of the user that mails.
func (s *Sender) Build(ctx context.Context, at time.Time) ([]Digest, error) {
	since, err := s.lastRun(ctx, at)
	if err != nil {
		return nil, err
	}
	subs, err := s.opts.Alerts.AllSubscriptions(ctx)
	if err != nil {
		return nil, err
	}
	var own map[string]string
	if s.opts.Cases != nil {
		if own, err = s.opts.Cases.Addresses(ctx); err != nil {
			return nil, err
		}
	}
	// A digest for each user and address their subscriptions mail to, by
	// the alerts' one rule (Subscription.To): a subscription's own address,
	// else the user's. A subscription that names the press office's shared
	// mailbox sends its part of the digest there, as its alerts go.
	type recipient struct{ user, addr string }
	bySub := map[recipient][]alert.Subscription{}
	var recipients []recipient
	for _, sub := range subs {
		addr := sub.To(own)
		if addr == "" {
			continue
		}
		r := recipient{sub.Username, addr}
		if _, ok := bySub[r]; !ok {
			recipients = append(recipients, r)
		}
		bySub[r] = append(bySub[r], sub)
	}
	slices.SortFunc(recipients, func(a, b recipient) int {
		return cmp.Or(strings.Compare(a.user, b.user), strings.Compare(a.addr, b.addr))
	})
	var out []Digest
	for _, r := range recipients {
		d, err := s.build(ctx, r.user, r.addr, bySub[r], since, at)
		if err != nil {
			return nil, err
		}
		out = append(out, *d)
	}
	return out, nil
}

// lastRun is when the last digest before at covered up to; a day before at
// when there was none.
func (s *Sender) lastRun(ctx context.Context, at time.Time) (time.Time, error) {
	var runs []Run
	if err := s.db.WithContext(ctx).Where("at < ?", at.UTC()).Order("at DESC").Limit(1).Find(&runs).Error; err != nil {
		return time.Time{}, fmt.Errorf("last digest: %w", err)
	}
	if len(runs) == 1 {
		return runs[0].At.UTC(), nil
	}
	return at.Add(-24 * time.Hour), nil
}

func (s *Sender) build(ctx context.Context, username, to string, subs []alert.Subscription, since, at time.Time) (*Digest, error) {
	d := &Digest{Username: username, Email: to, Since: since, At: at}
	weights, err := s.opts.Feeds.OutletWeights(ctx)
	if err != nil {
		return nil, err
	}
	seenOpinion := map[int64]bool{}
	for _, sub := range subs {
		req := search.Request{Q: sub.Query, From: since.In(tracker.Stockholm), To: at.In(tracker.Stockholm),
			Sort: search.SortNewest, Size: maxPerSection}
		if sub.TopicID != 0 {
			req.Q, req.Topic = "", fmt.Sprint(sub.TopicID)
		}
		res, err := s.opts.Index.Search(ctx, req)
		var qe *search.QueryError
		if errors.As(err, &qe) {
			s.opts.Logger.Warn("digest: subscription query does not parse", "subscription_id", sub.ID, "err", err)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("digest for %s: %w", username, err)
		}
		sec := Section{Name: sub.Name}
		groups := map[string]int{}
		outlets, types := sub.OutletList(), sub.TypeList()
		var typeOf map[string]ingest.OutletType
		if len(types) > 0 {
			if typeOf, err = s.opts.Feeds.OutletTypesByName(ctx); err != nil {
				return nil, err
			}
		}
		for _, h := range res.Hits {
			if h.PublishedAt.Before(since) || !h.PublishedAt.Before(at) || h.Kind == ingest.KindOwn {
				continue
			}
			if len(outlets) > 0 && !slices.ContainsFunc(outlets, func(o string) bool { return strings.EqualFold(o, h.Outlet) }) {
				continue
			}
			if len(types) > 0 && !slices.Contains(types, typeOf[h.Outlet]) {
				continue
			}
			if h.Kind == ingest.KindOpinion {
				if !seenOpinion[h.ID] {
					seenOpinion[h.ID] = true
					d.Opinion = append(d.Opinion, Story{Title: h.Title, URL: h.URL, Outlets: []string{h.Outlet}, Count: 1,
						Tone: s.toneOf(ctx, h.ID, h.Title)})
				}
				continue
			}
			key := h.StoryKey
			if key == "" {
				key = fmt.Sprintf("article:%d", h.ID)
			}
			if i, ok := groups[key]; ok {
				st := &sec.Stories[i]
				st.Count++
				if !slices.Contains(st.Outlets, h.Outlet) {
					st.Outlets = append(st.Outlets, h.Outlet)
				}
				continue
			}
			groups[key] = len(sec.Stories)
			sec.Stories = append(sec.Stories, Story{Title: h.Title, URL: h.URL, Outlets: []string{h.Outlet}, Count: 1,
				Tone: s.toneOf(ctx, h.ID, h.Title)})
		}
		byReach(sec.Stories, weights)
		for _, st := range sec.Stories {
			d.TotalItems += st.Count
		}
		d.Sections = append(d.Sections, sec)
	}
	byReach(d.Opinion, weights)
	d.TotalItems += len(d.Opinion)
	if err := s.register(ctx, d, username, since, at); err != nil {
		return nil, err
	}
	return d, nil
}

// byReach orders stories the widest first, by the summed weight for reach
// of their outlets (Outlet.Weight; with every weight 1, by how many outlets
// carry them), and each story's outlets the heaviest first; ties keep their
// order.
func byReach(stories []Story, w ingest.Weights) {
	reach := func(st Story) float64 {
		r := 0.0
		for _, o := range st.Outlets {
			r += w.Of(o)
		}
		return r
	}
	for _, st := range stories {
		slices.SortStableFunc(st.Outlets, func(a, b string) int { return cmp.Compare(w.Of(b), w.Of(a)) })
	}
	slices.SortStableFunc(stories, func(a, b Story) int { return cmp.Compare(reach(b), reach(a)) })
}

// toneOf suggests the tone of an article from its text (the report's scorer).
func (s *Sender) toneOf(ctx context.Context, id int64, title string) tone.Tone {
	a, err := s.opts.Feeds.Article(ctx, id)
	if err != nil {
		return tone.Suggest(title).Tone
	}
	return tone.Suggest(a.Text).Tone
}

// register adds the cases received since the last digest and those due
// today, as the user's role may see them.
func (s *Sender) register(ctx context.Context, d *Digest, username string, since, at time.Time) error {
	if s.opts.Cases == nil {
		return nil
	}
	u, err := s.opts.Cases.User(ctx, username)
	if errors.Is(err, tracker.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	from, to := since, at
	received, _, err := s.opts.Cases.Cases(ctx, tracker.CaseFilter{From: &from, To: &to, Sort: "received", Limit: 100})
	if err != nil {
		return err
	}
	for _, c := range received {
		c = c.For(u.Role)
		d.NewCases = append(d.NewCases, CaseLine{Number: c.Number, Subject: c.Subject, Kind: c.Kind.Label(), DueAt: c.DueAt})
	}
	due, _, err := s.opts.Cases.Cases(ctx, tracker.CaseFilter{DueToday: true, Limit: 100})
	if err != nil {
		return err
	}
	for _, c := range due {
		c = c.For(u.Role)
		d.DueToday = append(d.DueToday, CaseLine{Number: c.Number, Subject: c.Subject, Kind: c.Kind.Label(), DueAt: c.DueAt})
	}
	return nil
}

// Send builds the digests due at and queues them in the outbox, once per
// at: a second Send for the same instant sends nothing (another instance,
// or a rerun, was first). It returns the digests it queued.
func (s *Sender) Send(ctx context.Context, at time.Time) ([]Digest, error) {
	at = at.UTC().Truncate(time.Second)
	ds, err := s.Build(ctx, at)
	if err != nil {
		return nil, err
	}
	// The run first: its unique instant makes sure one instance sends.
	if err := s.db.WithContext(ctx).Create(&Run{At: at, Recipients: len(ds)}).Error; err != nil {
		if lagesbild.IsUniqueViolation(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("record digest run: %w", err)
	}
	for _, d := range ds {
		if err := s.opts.Mailer.QueueDigest(ctx, d.Email, d.Subject(), d.Text(s.opts.BaseURL), d.HTML(s.opts.BaseURL)); err != nil {
			return nil, fmt.Errorf("queue the digest for %s: %w", d.Username, err)
		}
	}
	return ds, nil
}

// Due is the digest time of the day t falls on (Stockholm), from "HH:MM".
func Due(t time.Time, clock string) (time.Time, error) {
	h, m := 0, 0
	if _, err := fmt.Sscanf(clock, "%d:%d", &h, &m); err != nil || h < 0 || h > 23 || m < 0 || m > 59 {
		return time.Time{}, fmt.Errorf("digest time %q: want HH:MM", clock)
	}
	l := t.In(tracker.Stockholm)
	return time.Date(l.Year(), l.Month(), l.Day(), h, m, 0, 0, tracker.Stockholm), nil
}

// RunDaily sends the digest at clock (HH:MM, Stockholm) every day until ctx
// ends, checking every minute; a digest missed while the app was down goes
// when it starts again, the same day.
func (s *Sender) RunDaily(ctx context.Context, clock string, now func() time.Time) error {
	if now == nil {
		now = time.Now
	}
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		if err := s.sendIfDue(ctx, clock, now()); err != nil && ctx.Err() == nil {
			s.opts.Logger.Error("digest", "error", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (s *Sender) sendIfDue(ctx context.Context, clock string, now time.Time) error {
	due, err := Due(now, clock)
	if err != nil {
		return err
	}
	if now.Before(due) {
		return nil
	}
	var n int64
	if err := s.db.WithContext(ctx).Model(&Run{}).Where("at >= ?", due.UTC()).Count(&n).Error; err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	ds, err := s.Send(ctx, due)
	if err == nil {
		s.opts.Logger.Info("digest sent", "recipients", len(ds))
	}
	return err
}
