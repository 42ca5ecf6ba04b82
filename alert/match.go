package alert

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// batchSize is how many new articles one round matches at once.
const batchSize = 1000

// stockholm is the zone of quiet hours and of a spike's day.
var stockholm = mustZone("Europe/Stockholm")

func mustZone(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// Percolate matches the articles indexed since the last round (ids up to
// upTo, the search index's last) against every instant and spike
// subscription: instant matches wait in alert_pending for Dispatch, a spike
// becomes a notification at once. Progress is kept in the database, so a
// restart goes on where it stopped; the first round starts at upTo (no
// alerts for the archive). It returns how many matches it recorded.
func (s *Store) Percolate(ctx context.Context, upTo int64) (int, error) {
	through, err := s.progress(ctx, upTo)
	if err != nil {
		return 0, err
	}
	total := 0
	for through < upTo {
		arts, err := s.feeds.ArticlesAfter(ctx, through, batchSize)
		if err != nil {
			return total, err
		}
		arts = slices.DeleteFunc(arts, func(a ingest.Article) bool { return a.ID > upTo })
		if len(arts) == 0 {
			break
		}
		n, err := s.matchBatch(ctx, arts)
		total += n
		if err != nil {
			return total, err
		}
		through = arts[len(arts)-1].ID
		if err := s.setProgress(ctx, through); err != nil {
			return total, err
		}
	}
	return total, nil
}

const progressName = "percolate"

func (s *Store) progress(ctx context.Context, start int64) (int64, error) {
	var through []int64
	if err := s.db.WithContext(ctx).Table("alert_progress").Where("name = ?", progressName).
		Pluck("through", &through).Error; err != nil {
		return 0, fmt.Errorf("alert progress: %w", err)
	}
	if len(through) == 1 {
		return through[0], nil
	}
	// The first round: from what the oldest subscription had seen (none
	// of the archive), else from start.
	var oldest *int64
	if err := s.db.WithContext(ctx).Raw("SELECT MIN(after_id) FROM alert_subscriptions").Scan(&oldest).Error; err != nil {
		return 0, fmt.Errorf("alert progress: %w", err)
	}
	if oldest != nil && *oldest < start {
		start = *oldest
	}
	if err := s.db.WithContext(ctx).Exec(`INSERT INTO alert_progress (name, through) VALUES (?, ?)
		ON CONFLICT (name) DO NOTHING`, progressName, start).Error; err != nil {
		return 0, fmt.Errorf("alert progress: %w", err)
	}
	return start, nil
}

func (s *Store) setProgress(ctx context.Context, through int64) error {
	if err := s.db.WithContext(ctx).Exec(`UPDATE alert_progress SET through = ? WHERE name = ? AND through < ?`,
		through, progressName, through).Error; err != nil {
		return fmt.Errorf("alert progress: %w", err)
	}
	return nil
}

// compile parses a stored query once.
func (s *Store) compile(q string) (*search.CompiledQuery, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.compiled[q]; ok {
		return c, nil
	}
	c, err := search.Compile(q)
	if err != nil {
		return nil, err
	}
	s.compiled[q] = c
	return c, nil
}

// Matcher matches one batch of articles against subscriptions: topic
// subscriptions by the articles' topic tags, the others by percolating
// their queries on the batch. Exported for the benchmark.
type Matcher struct {
	arts   []ingest.Article
	byID   map[int64]*ingest.Article
	topics map[int64][]int64
	types  map[string]ingest.OutletType
	perc   *search.Percolator
}

// NewMatcher prepares a batch: topics are the articles' topic tags, types
// the outlets' types by name.
func NewMatcher(arts []ingest.Article, topics map[int64][]int64, types map[string]ingest.OutletType) (*Matcher, error) {
	m := &Matcher{arts: arts, byID: make(map[int64]*ingest.Article, len(arts)), topics: topics, types: types}
	for i := range arts {
		m.byID[arts[i].ID] = &arts[i]
	}
	return m, nil
}

// Close frees the batch's index.
func (m *Matcher) Close() error {
	if m.perc == nil {
		return nil
	}
	return m.perc.Close()
}

// Match lists the articles of the batch a subscription takes, in id order.
func (m *Matcher) Match(ctx context.Context, sub *Subscription, q *search.CompiledQuery) ([]*ingest.Article, error) {
	var ids []int64
	if sub.TopicID != 0 {
		for _, a := range m.arts {
			if slices.Contains(m.topics[a.ID], sub.TopicID) {
				ids = append(ids, a.ID)
			}
		}
	} else {
		var err error
		if m.perc == nil { // made on the first query: topic subscriptions need none
			if m.perc, err = search.NewPercolator(m.arts, m.topics); err != nil {
				return nil, err
			}
		}
		if ids, err = m.perc.Match(ctx, q); err != nil {
			return nil, err
		}
		slices.Sort(ids)
	}
	outlets, types := sub.OutletList(), sub.TypeList()
	var out []*ingest.Article
	for _, id := range ids {
		a := m.byID[id]
		if a == nil || a.ID <= sub.AfterID || a.Kind == ingest.KindOwn {
			continue
		}
		if len(outlets) > 0 && !slices.ContainsFunc(outlets, func(o string) bool { return strings.EqualFold(o, a.Outlet) }) {
			continue
		}
		if len(types) > 0 && !slices.Contains(types, m.types[a.Outlet]) {
			continue
		}
		out = append(out, a)
	}
	return out, nil
}

func (s *Store) matchBatch(ctx context.Context, arts []ingest.Article) (int, error) {
	var subs []Subscription
	if err := s.db.WithContext(ctx).Where("mode IN ?", []Mode{ModeInstant, ModeSpike}).Order("id").
		Find(&subs).Error; err != nil {
		return 0, fmt.Errorf("load subscriptions: %w", err)
	}
	if len(subs) == 0 {
		return 0, nil
	}
	ids := make([]int64, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	topics, err := s.feeds.ArticleTopicIDs(ctx, ids)
	if err != nil {
		return 0, err
	}
	types, err := s.feeds.OutletTypesByName(ctx)
	if err != nil {
		return 0, err
	}
	m, err := NewMatcher(arts, topics, types)
	if err != nil {
		return 0, err
	}
	defer m.Close()
	now := s.now()
	recorded := 0
	var pending []pendingRow
	for i := range subs {
		sub := &subs[i]
		var q *search.CompiledQuery
		if sub.TopicID == 0 {
			if q, err = s.compile(sub.Query); err != nil {
				s.opts.Logger.Warn("alert query does not parse; subscription skipped", "subscription_id", sub.ID, "err", err)
				continue
			}
		}
		hits, err := m.Match(ctx, sub, q)
		if err != nil {
			return recorded, err
		}
		if len(hits) == 0 {
			continue
		}
		recorded += len(hits)
		switch sub.Mode {
		case ModeInstant:
			for _, a := range hits {
				if !a.PublishedAt.IsZero() && a.PublishedAt.Before(now.Add(-staleAfter)) {
					continue // a feed's archive, not news
				}
				pending = append(pending, pendingRow{SubscriptionID: sub.ID, ArticleID: a.ID, StoryKey: a.StoryKey,
					Outlet: a.Outlet, Title: truncate(a.Title, 1000), URL: a.URL, MatchedAt: now})
			}
		case ModeSpike:
			if err := s.checkSpike(ctx, sub); err != nil {
				return recorded, err
			}
		}
	}
	if len(pending) > 0 {
		if err := s.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).CreateInBatches(pending, 200).Error; err != nil {
			return recorded, fmt.Errorf("record alert matches: %w", err)
		}
	}
	return recorded, nil
}

// staleAfter: an article published longer ago than this when it is
// matched is no news to alert about. A feed just added (an OPML import)
// brings its archive of weeks; those are found by searching, not mailed.
const staleAfter = 48 * time.Hour

// pendingRow is an instant match waiting for Dispatch.
type pendingRow struct {
	SubscriptionID int64 `gorm:"primaryKey;autoIncrement:false"`
	ArticleID      int64 `gorm:"primaryKey;autoIncrement:false"`
	StoryKey       string
	Outlet         string
	Title          string
	URL            string
	MatchedAt      time.Time
}

func (pendingRow) TableName() string { return "alert_pending" }

// spikeDays is how many days before today make the normal state of a spike.
const spikeDays = 14

// checkSpike alerts once a day when today's articles (Stockholm) reach the
// subscription's factor times the median day of the two weeks before (at
// least one a day), and at least three.
func (s *Store) checkSpike(ctx context.Context, sub *Subscription) error {
	if s.opts.Counts == nil {
		return nil
	}
	today := s.now().In(stockholm)
	day := today.Format(time.DateOnly)
	if sub.LastSpikeDay == day {
		return nil
	}
	q := sub.Query
	if sub.TopicID != 0 {
		t, err := s.feeds.Topic(ctx, sub.TopicID)
		if err != nil {
			return err
		}
		q = t.Query
	}
	outlets, some, err := s.spikeOutlets(ctx, sub)
	if err != nil || !some {
		return err // no outlet passes the filter: nothing to count
	}
	n, err := s.opts.Counts.CountIn(ctx, q, outlets, today, today)
	if err != nil {
		return fmt.Errorf("count today for subscription %d: %w", sub.ID, err)
	}
	counts := make([]float64, 0, spikeDays)
	for d := 1; d <= spikeDays; d++ {
		at := today.AddDate(0, 0, -d)
		c, err := s.opts.Counts.CountIn(ctx, q, outlets, at, at)
		if err != nil {
			return fmt.Errorf("count the normal state for subscription %d: %w", sub.ID, err)
		}
		counts = append(counts, float64(c))
	}
	normal := max(median(counts), 1)
	if n < 3 || float64(n) < sub.SpikeFactor*normal {
		return nil
	}
	own, err := s.addresses(ctx)
	if err != nil {
		return err
	}
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Model(&Subscription{}).Where("id = ? AND last_spike_day <> ?", sub.ID, day).Update("last_spike_day", day)
		if res.Error != nil || res.RowsAffected == 0 {
			return res.Error // another instance alerted first
		}
		sub.LastSpikeDay = day
		title := fmt.Sprintf("Ovanligt många artiklar om %s: %d i dag, normalt %s om dagen", sub.Name, n, formatNumber(median(counts)))
		if outlets != nil {
			title += " i de valda medierna"
		}
		return tx.Create(&Notification{Username: sub.Username, SubscriptionID: sub.ID, Kind: ModeSpike, Title: title,
			Body: fmt.Sprintf("Mer än %s gånger det normala (medianen för de %d dagarna före).", formatNumber(sub.SpikeFactor), spikeDays),
			URL:  "/search?" + searchQuery(q), ArticleCount: int(n), Email: sub.To(own), CreatedAt: s.now()}).Error
	})
}

// spikeOutlets are the outlets a spike subscription counts, by the same
// filter its instant matches pass (Matcher.Match): the outlets it names, and
// those of the types it names. nil with some true is every outlet; some
// false is that no outlet passes.
func (s *Store) spikeOutlets(ctx context.Context, sub *Subscription) (outlets []string, some bool, err error) {
	named, types := sub.OutletList(), sub.TypeList()
	if len(types) == 0 {
		return named, true, nil
	}
	typeOf, err := s.feeds.OutletTypesByName(ctx)
	if err != nil {
		return nil, false, err
	}
	for name, t := range typeOf {
		if !slices.Contains(types, t) {
			continue
		}
		if len(named) > 0 && !slices.ContainsFunc(named, func(o string) bool { return strings.EqualFold(o, name) }) {
			continue
		}
		outlets = append(outlets, name)
	}
	slices.Sort(outlets)
	return outlets, len(outlets) > 0, nil
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// formatNumber writes a number the Swedish way: "2,5", "3".
func formatNumber(x float64) string {
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.1f", x), "0"), ".")
	return strings.ReplaceAll(s, ".", ",")
}
