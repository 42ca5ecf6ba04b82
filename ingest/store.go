package ingest

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild"
	"gorm.io/gorm"
)

// Limits on what one feed or one item can put in the database.
const (
	DefaultInterval = 15 * time.Minute
	MinInterval     = time.Minute
	MaxInterval     = 24 * time.Hour

	maxFeedURL    = 2000
	maxFeedTitle  = 500
	maxOutlet     = 200
	maxGUID       = 1000
	maxArticleURL = 2000
	maxAuthor     = 500
	maxTopicName  = 200
	maxTopicQuery = 2000
)

// articleOrderLock serialises article writes on PostgreSQL so that ids and
// revs become visible in the order they were handed out: an index following
// the table by id never skips a row that a slower transaction commits later.
const articleOrderLock = 7304183

// lockArticleWrites takes articleOrderLock for the rest of the transaction
// (PostgreSQL; SQLite has one writer at a time anyway). It also keeps the
// kept counts (counts.go) in step with what a deletion reads.
func lockArticleWrites(tx *gorm.DB) error {
	if !lagesbild.IsPostgres(tx) {
		return nil
	}
	return tx.Exec("SELECT pg_advisory_xact_lock(?)", articleOrderLock).Error
}

// Store keeps feeds, articles and topics.
type Store struct {
	db  *gorm.DB
	now func() time.Time

	mu      sync.Mutex
	subs    map[chan struct{}]struct{}
	stories storyIndex
}

// NewStore returns the store over a migrated database; now is its clock
// (time.Now when nil).
func NewStore(db *gorm.DB, now func() time.Time) *Store {
	if now == nil {
		now = time.Now
	}
	return &Store{db: db, now: func() time.Time { return now().UTC().Truncate(time.Microsecond) }}
}

// Now is the store's clock, in UTC.
func (s *Store) Now() time.Time { return s.now() }

// DB is the database under the store, for packages that read the articles
// table directly (search follows it).
func (s *Store) DB() *gorm.DB { return s.db }

// Subscribe returns a channel that receives a signal after every commit that
// inserted or changed articles. Signals coalesce: one pending signal stands
// for any number of commits, so a listener reads until it has caught up
// (ArticlesAfter, ArticlesChangedAfter) and then waits again. cancel stops
// the subscription.
func (s *Store) Subscribe() (ch <-chan struct{}, cancel func()) {
	c := make(chan struct{}, 1)
	s.mu.Lock()
	if s.subs == nil {
		s.subs = map[chan struct{}]struct{}{}
	}
	s.subs[c] = struct{}{}
	s.mu.Unlock()
	return c, func() {
		s.mu.Lock()
		delete(s.subs, c)
		s.mu.Unlock()
	}
}

func (s *Store) notify() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.subs {
		select {
		case c <- struct{}{}:
		default:
		}
	}
}

// NewFeed is what it takes to add a feed. Only URL is required.
type NewFeed struct {
	URL   string
	Title string
	// Outlet names the medium; without it the channel's title names it
	// when the feed is first fetched (see OutletFromTitle).
	Outlet          string
	Kind            Kind     // defaults to news
	Platform        Platform // defaults to what the URL looks like (PlatformOf)
	IntervalSeconds int      // defaults to DefaultInterval
}

// CreateFeed adds a feed, due for fetching at once. The same URL twice is
// ErrDuplicateFeed; bad input is a *ValidationError. The URL of a feed that
// was deleted with some of its articles kept brings that feed back.
func (s *Store) CreateFeed(ctx context.Context, in NewFeed) (*Feed, error) {
	f, err := validateNewFeed(in)
	if err != nil {
		return nil, err
	}
	now := s.now()
	f.NextFetchAt, f.CreatedAt, f.UpdatedAt = now, now, now
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := ensureOutlet(tx, f.Outlet, now); err != nil {
			return err
		}
		var removed []int64
		if err := tx.Table("feeds").Where("url = ? AND removed_at IS NOT NULL", f.URL).Pluck("id", &removed).Error; err != nil {
			return err
		}
		if len(removed) == 1 {
			f.ID = removed[0]
			return tx.Model(&Feed{}).Where("id = ?", f.ID).Updates(map[string]any{"title": f.Title, "outlet": f.Outlet,
				"outlet_named": f.OutletNamed, "kind": string(f.Kind), "platform": string(f.Platform),
				"interval_seconds": f.IntervalSeconds, "paused": false, "removed_at": nil, "next_fetch_at": now,
				"etag": "", "last_modified": "", "updated_at": now}).Error
		}
		return tx.Create(f).Error
	})
	if err != nil {
		if isUniqueViolation(err) {
			return nil, ErrDuplicateFeed
		}
		return nil, fmt.Errorf("create feed: %w", err)
	}
	return s.Feed(ctx, f.ID)
}

func validateNewFeed(in NewFeed) (*Feed, error) {
	var v ValidationError
	f := &Feed{Title: strings.TrimSpace(in.Title), Outlet: strings.TrimSpace(in.Outlet), Kind: in.Kind,
		Platform: in.Platform, IntervalSeconds: in.IntervalSeconds, OutletNamed: true}
	u, err := NormalizeFeedURL(in.URL)
	switch {
	case strings.TrimSpace(in.URL) == "":
		v.Add("url", "Ange flödets adress.")
	case err != nil:
		v.Add("url", "Adressen måste vara en fullständig adress som börjar med http:// eller https://.")
	case len(u) > maxFeedURL:
		v.Add("url", "Adressen är för lång.")
	default:
		f.URL = u
	}
	if f.Kind == "" {
		f.Kind = KindNews
	}
	if !f.Kind.Valid() {
		v.Add("kind", kindMessage)
	}
	if f.Platform == "" {
		f.Platform = PlatformOf(f.URL)
	}
	if !f.Platform.Valid() {
		v.Add("platform", platformMessage)
	}
	if f.IntervalSeconds == 0 {
		f.IntervalSeconds = int(DefaultInterval / time.Second)
	}
	if d := f.Interval(); d < MinInterval || d > MaxInterval {
		v.Add("interval_seconds", "Intervallet måste vara mellan en minut och ett dygn.")
	}
	if utf8.RuneCountInString(f.Title) > maxFeedTitle {
		v.Add("title", "Titeln är för lång.")
	}
	if utf8.RuneCountInString(f.Outlet) > maxOutlet {
		v.Add("outlet", "Mediets namn är för långt.")
	}
	if v.Any() {
		return nil, &v
	}
	if f.Outlet == "" {
		// Named by the channel's title at the first fetch (never by the host
		// while a title may come).
		f.OutletNamed = false
	}
	return f, nil
}

// Messages of the feed form's choices.
const (
	kindMessage     = "Välj nyheter, opinion eller egna kanaler."
	platformMessage = "Välj webbflöde, Mastodon, Bluesky, YouTube eller podd."
)

// NormalizeFeedURL checks that raw is an absolute http(s) URL and returns it
// with scheme and host in lower case and without a fragment.
func NormalizeFeedURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("parse feed URL: %w", err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Hostname() == "" || u.User != nil {
		return "", fmt.Errorf("feed URL %q: must be an absolute http or https URL", raw)
	}
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String(), nil
}

// Feed loads one feed with its article count.
func (s *Store) Feed(ctx context.Context, id int64) (*Feed, error) {
	f, err := s.feedRow(ctx, id)
	if err != nil {
		return nil, err
	}
	n, err := s.articleCounts(ctx, &f.ID)
	if err != nil {
		return nil, err
	}
	f.ArticleCount = n[f.ID]
	return f, nil
}

// feedRow loads one feed without counting its articles; a removed feed is
// ErrNotFound.
func (s *Store) feedRow(ctx context.Context, id int64) (*Feed, error) {
	var f Feed
	switch err := s.db.WithContext(ctx).Where("removed_at IS NULL").First(&f, id).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load feed %d: %w", id, err)
	}
	return &f, nil
}

// Feeds lists every feed by outlet and title, each with its article count.
func (s *Store) Feeds(ctx context.Context) ([]Feed, error) {
	var feeds []Feed
	if err := s.db.WithContext(ctx).Where("removed_at IS NULL").Order("outlet, title, id").Find(&feeds).Error; err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	counts, err := s.articleCounts(ctx, nil)
	if err != nil {
		return nil, err
	}
	for i := range feeds {
		feeds[i].ArticleCount = counts[feeds[i].ID]
	}
	return feeds, nil
}

func (s *Store) articleCounts(ctx context.Context, feedID *int64) (map[int64]int64, error) {
	var rows []struct {
		FeedID int64
		N      int64
	}
	q := s.db.WithContext(ctx).Table("articles").Select("feed_id, COUNT(*) AS n").Group("feed_id")
	if feedID != nil {
		q = q.Where("feed_id = ?", *feedID)
	}
	if err := q.Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("count articles per feed: %w", err)
	}
	m := make(map[int64]int64, len(rows))
	for _, r := range rows {
		m[r.FeedID] = r.N
	}
	return m, nil
}

// FeedUpdate changes the given fields of a feed; nil leaves a field as it is.
type FeedUpdate struct {
	URL             *string // a feed that moved (the demo's own feeds on another port)
	Title           *string
	Outlet          *string // moves the feed, and its articles, to that outlet (made if new)
	Kind            *Kind
	Platform        *Platform
	IntervalSeconds *int
	Paused          *bool // a resumed feed is due at once
}

// UpdateFeed changes a feed's address, title, outlet, kind, platform or
// interval, or pauses or resumes it.
func (s *Store) UpdateFeed(ctx context.Context, id int64, up FeedUpdate) (*Feed, error) {
	var v ValidationError
	cols := map[string]any{}
	if up.URL != nil {
		u, err := NormalizeFeedURL(*up.URL)
		if err != nil {
			v.Add("url", "Ange flödets fullständiga adress (http eller https).")
		}
		cols["url"] = u
	}
	if up.Title != nil {
		t := strings.TrimSpace(*up.Title)
		if utf8.RuneCountInString(t) > maxFeedTitle {
			v.Add("title", "Titeln är för lång.")
		}
		cols["title"] = t
	}
	outlet := ""
	if up.Outlet != nil {
		outlet = strings.TrimSpace(*up.Outlet)
		if outlet == "" || utf8.RuneCountInString(outlet) > maxOutlet {
			v.Add("outlet", "Ange mediets namn (högst 200 tecken).")
		}
		cols["outlet"], cols["outlet_named"] = outlet, true
	}
	if up.Kind != nil {
		if !up.Kind.Valid() {
			v.Add("kind", kindMessage)
		}
		cols["kind"] = string(*up.Kind)
	}
	if up.Platform != nil {
		if !up.Platform.Valid() {
			v.Add("platform", platformMessage)
		}
		cols["platform"] = string(*up.Platform)
	}
	if up.IntervalSeconds != nil {
		if d := time.Duration(*up.IntervalSeconds) * time.Second; d < MinInterval || d > MaxInterval {
			v.Add("interval_seconds", "Intervallet måste vara mellan en minut och ett dygn.")
		}
		cols["interval_seconds"] = *up.IntervalSeconds
	}
	if v.Any() {
		return nil, &v
	}
	if len(cols) == 0 && up.Paused == nil {
		return s.Feed(ctx, id)
	}
	now := s.now()
	cols["updated_at"] = now
	moved := false
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var old Feed
		switch err := tx.Where("removed_at IS NULL").First(&old, id).Error; {
		case errors.Is(err, gorm.ErrRecordNotFound):
			return ErrNotFound
		case err != nil:
			return err
		}
		if up.Paused != nil && *up.Paused != old.Paused {
			cols["paused"] = *up.Paused
			if !*up.Paused {
				cols["next_fetch_at"] = now
			}
		}
		if err := tx.Model(&Feed{}).Where("id = ?", id).Updates(cols).Error; err != nil {
			return err
		}
		if up.Outlet == nil || outlet == old.Outlet {
			return nil
		}
		moved = true
		if err := ensureOutlet(tx, outlet, now); err != nil {
			return err
		}
		if err := moveArticlesOutlet(tx, outlet, "a.feed_id = ?", id); err != nil {
			return err
		}
		return dropEmptyOutlet(tx, old.Outlet)
	})
	switch {
	case err != nil && isUniqueViolation(err):
		return nil, ErrDuplicateFeed
	case errors.Is(err, ErrNotFound):
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("update feed %d: %w", id, err)
	}
	if moved {
		s.notify()
	}
	return s.Feed(ctx, id)
}

// Keep is what a deleted feed leaves behind: the articles others refer to
// (linked to a case, whose tone was corrected) and those published within a
// period that a published report counted.
type Keep struct {
	ArticleIDs []int64
	Periods    []Span
}

// Span is a period of time, From included and To excluded.
type Span struct{ From, To time.Time }

func (k Keep) keeps(id int64, published time.Time, ids map[int64]bool) bool {
	if ids[id] {
		return true
	}
	for _, p := range k.Periods {
		if !published.Before(p.From) && published.Before(p.To) {
			return true
		}
	}
	return false
}

// DeleteFeed removes a feed and its articles (and takes them out of the
// kept counts), except those keep names: with any of them kept, the feed
// stays as removed (listed and fetched no more) so that they keep their
// source. It returns the ids of the articles deleted, for the index.
func (s *Store) DeleteFeed(ctx context.Context, id int64, keep Keep) (deleted []int64, err error) {
	kept := make(map[int64]bool, len(keep.ArticleIDs))
	for _, a := range keep.ArticleIDs {
		kept[a] = true
	}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		deleted = nil
		var f Feed
		switch err := tx.Where("removed_at IS NULL").First(&f, id).Error; {
		case errors.Is(err, gorm.ErrRecordNotFound):
			return ErrNotFound
		case err != nil:
			return err
		}
		if err := lockArticleWrites(tx); err != nil {
			return err
		}
		var rows []struct {
			ID          int64
			PublishedAt time.Time
		}
		if err := tx.Table("articles").Select("id, published_at").Where("feed_id = ?", id).Order("id").
			Scan(&rows).Error; err != nil {
			return err
		}
		keeps := 0
		for _, r := range rows {
			if keep.keeps(r.ID, r.PublishedAt.UTC(), kept) {
				keeps++
			} else {
				deleted = append(deleted, r.ID)
			}
		}
		counts := countDelta{}
		for lo := 0; lo < len(deleted); lo += 500 {
			part := deleted[lo:min(lo+500, len(deleted))]
			if err := countArticles(tx, counts, -1, "a.id IN ?", part); err != nil {
				return err
			}
			if err := tx.Exec("DELETE FROM article_topics WHERE article_id IN ?", part).Error; err != nil {
				return err
			}
			if err := tx.Exec("DELETE FROM articles WHERE id IN ?", part).Error; err != nil {
				return err
			}
		}
		if err := counts.apply(tx); err != nil {
			return err
		}
		if keeps > 0 {
			now := s.now()
			if err := tx.Model(&Feed{}).Where("id = ?", id).Updates(map[string]any{"removed_at": now, "paused": true,
				"lease_owner": "", "lease_until": nil, "updated_at": now}).Error; err != nil {
				return err
			}
		} else if err := tx.Delete(&Feed{}, id).Error; err != nil {
			return err
		}
		return dropEmptyOutlet(tx, f.Outlet)
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("delete feed %d: %w", id, err)
	}
	return deleted, err
}

// HashContent is the fingerprint of what a reader sees of an article: when it
// is unchanged, a refetch writes nothing.
func HashContent(a *Article) string {
	h := sha256.New()
	pub := ""
	if !a.PublishedEstimated && !a.PublishedAt.IsZero() {
		pub = a.PublishedAt.UTC().Format(time.RFC3339)
	}
	for _, part := range []string{a.URL, a.Title, a.Summary, a.Content, a.Author, a.Categories, a.ImageURL,
		string(a.Kind), pub} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// UpsertArticles stores the items of one fetch of a feed. A new article
// joins the near-duplicate group (StoryKey) of a similar recent one (see
// story.go); an update keeps its group. An item whose
// (feed, guid) or, failing that, whose canonical URL in the same feed is
// already stored updates that row, never adds a second one; an unchanged
// ContentHash writes nothing; a date that was estimated (first-seen) is never
// moved by a later fetch that has no date either. Items are written in one
// transaction.
func (s *Store) UpsertArticles(ctx context.Context, feedID int64, items []Article) (inserted, updated int, err error) {
	feed, err := s.feedRow(ctx, feedID)
	if err != nil {
		return 0, 0, err
	}
	if len(items) == 0 {
		return 0, 0, nil
	}
	return s.storeFetch(ctx, feed, items, nil)
}

// storeFetch upserts the items of one fetch of feed and, in the same
// transaction, runs then (recording the fetch on the feed): the end of a
// fetch is one commit.
func (s *Store) storeFetch(ctx context.Context, feed *Feed, items []Article,
	then func(tx *gorm.DB, attempt int) error) (inserted, updated int, err error) {
	now := s.now()
	batch := prepareItems(feed, items, now)
	for attempt := 0; ; attempt++ {
		inserted, updated, err = s.upsertOnce(ctx, feed.ID, batch, now, func(tx *gorm.DB) error {
			if then == nil {
				return nil
			}
			return then(tx, attempt)
		})
		// A manual refresh racing the scheduler may insert the same guid
		// first; the next attempt sees that row and updates it instead.
		if err != nil && isUniqueViolation(err) && attempt < 2 {
			continue
		}
		break
	}
	if err != nil {
		return 0, 0, fmt.Errorf("store articles of feed %d: %w", feed.ID, err)
	}
	if inserted+updated > 0 {
		s.notify()
	}
	return inserted, updated, nil
}

// prepareItems fills what the store owns (feed, outlet and kind defaults,
// times, hash, bounded keys) and drops repeats within the batch: the first
// item with a guid or URL wins, as feeds list the newest first.
func prepareItems(feed *Feed, items []Article, now time.Time) []Article {
	out := make([]Article, 0, len(items))
	seenGUID := map[string]bool{}
	seenURL := map[string]bool{}
	for _, a := range items {
		a.ID, a.Rev = 0, 0
		a.FeedID = feed.ID
		a.GUID = strings.TrimSpace(a.GUID)
		if len(a.URL) > maxArticleURL {
			a.URL = ""
		}
		if a.Outlet == "" {
			a.Outlet = feed.Outlet
		}
		if a.Kind == "" || !a.Kind.Valid() {
			a.Kind = feed.Kind
		}
		if feed.Kind == KindOwn {
			a.Kind = KindOwn
		}
		a.Author = truncateRunes(a.Author, maxAuthor)
		if a.PublishedAt.IsZero() {
			a.PublishedAt, a.PublishedEstimated = now, true
		}
		a.PublishedAt = a.PublishedAt.UTC().Truncate(time.Microsecond)
		if a.ContentHash == "" {
			a.ContentHash = HashContent(&a)
		}
		if a.GUID == "" {
			a.GUID = a.URL
		}
		if a.GUID == "" {
			a.GUID = "hash:" + a.ContentHash
		}
		if len(a.GUID) > maxGUID {
			sum := sha256.Sum256([]byte(a.GUID))
			a.GUID = "sha256:" + hex.EncodeToString(sum[:])
		}
		if seenGUID[a.GUID] || (a.URL != "" && seenURL[a.URL]) {
			continue
		}
		seenGUID[a.GUID] = true
		if a.URL != "" {
			seenURL[a.URL] = true
		}
		out = append(out, a)
	}
	return out
}

type storedArticle struct {
	ID                 int64
	GUID               string
	URL                string
	ContentHash        string
	PublishedAt        time.Time
	PublishedEstimated bool
	Outlet             string
	Kind               string
}

func (s *Store) upsertOnce(ctx context.Context, feedID int64, batch []Article, now time.Time,
	then func(tx *gorm.DB) error) (inserted, updated int, err error) {
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.upsertIn(tx, feedID, batch, now, &inserted, &updated); err != nil {
			return err
		}
		return then(tx)
	})
	return inserted, updated, err
}

// upsertIn does upsertOnce's work inside tx.
func (s *Store) upsertIn(tx *gorm.DB, feedID int64, batch []Article, now time.Time, inserted, updated *int) error {
	*inserted, *updated = 0, 0
	if err := lockArticleWrites(tx); err != nil {
		return err
	}
	byGUID, byURL, err := loadExisting(tx, feedID, batch)
	if err != nil {
		return err
	}
	var rev int64
	if err := tx.Raw("SELECT COALESCE(MAX(rev), 0) FROM articles").Scan(&rev).Error; err != nil {
		return err
	}
	written := map[int64]bool{}
	counts := countDelta{}
	var moved []movedArticle
	var fresh []Article
	for _, a := range batch {
		old, ok := byGUID[a.GUID]
		if !ok && a.URL != "" {
			old, ok = byURL[a.URL]
		}
		if !ok {
			fresh = append(fresh, a)
			continue
		}
		if written[old.ID] {
			continue
		}
		written[old.ID] = true
		if a.PublishedEstimated {
			// A fetch without a date never moves the date we have.
			a.PublishedAt, a.PublishedEstimated = old.PublishedAt.UTC(), old.PublishedEstimated
			a.ContentHash = HashContent(&a)
		}
		if a.ContentHash == old.ContentHash {
			continue
		}
		rev++
		if err := tx.Model(&Article{}).Where("id = ?", old.ID).Updates(map[string]any{
			"url": a.URL, "title": a.Title, "summary": a.Summary, "content": a.Content, "text": a.Text,
			"author": a.Author, "categories": a.Categories, "image_url": a.ImageURL, "outlet": a.Outlet,
			"kind": string(a.Kind), "published_at": a.PublishedAt, "published_estimated": a.PublishedEstimated,
			"content_hash": a.ContentHash, "updated_at": now, "rev": rev,
		}).Error; err != nil {
			return err
		}
		if stockholmDay(old.PublishedAt) != stockholmDay(a.PublishedAt) || old.Outlet != a.Outlet || old.Kind != string(a.Kind) {
			moved = append(moved, movedArticle{
				was: countedArticle{ID: old.ID, PublishedAt: old.PublishedAt, Outlet: old.Outlet, Kind: old.Kind},
				now: a})
		}
		*updated++
	}
	if err := countMoves(tx, counts, moved); err != nil {
		return err
	}
	if len(fresh) == 0 {
		return counts.apply(tx)
	}
	// Oldest first, so that ids roughly follow publication.
	sort.SliceStable(fresh, func(i, j int) bool { return fresh[i].PublishedAt.Before(fresh[j].PublishedAt) })
	if err := s.stories.assignStoryKeys(tx, fresh, now); err != nil {
		return err
	}
	for i := range fresh {
		rev++
		fresh[i].Rev, fresh[i].FirstSeenAt, fresh[i].UpdatedAt = rev, now, now
	}
	if err := tx.CreateInBatches(fresh, insertRows(tx)).Error; err != nil {
		return err
	}
	*inserted = len(fresh)
	for _, a := range fresh {
		counts.article(a.PublishedAt, a.Outlet, a.Kind, nil, 1)
	}
	return counts.apply(tx)
}

// insertRows is how many articles one INSERT writes. PostgreSQL: 1,000
// (21,000 of its 65,535 parameters), a tenth of the round trips. SQLite:
// sqliteInsertRows.
func insertRows(tx *gorm.DB) int {
	if lagesbild.IsPostgres(tx) {
		return 1000
	}
	return sqliteInsertRows
}

// sqliteInsertRows is how many articles one INSERT writes on SQLite: 10.
// Its driver looks up each parameter it binds by a linear search of the
// statement's arguments, so binding costs the square of the statement's
// width: at 100 rows (2,100 parameters) binding was 43 % of the
// instructions of storing a fetch, and the cost per article is least near
// 10 rows, where the work per statement and that of binding meet
// (BenchmarkUpsertRowsPerInsert under callgrind: 100 rows 2.01, 25 rows
// 1.32, 10 rows 1.27 G instructions for 3,000 articles). A variable for
// that benchmark.
var sqliteInsertRows = 10

// movedArticle is an update that changed what the counts key an article by
// (its Stockholm day, outlet or kind).
type movedArticle struct {
	was countedArticle
	now Article
}

// countMoves moves updated articles, with their topics, from their old
// count to the new one.
func countMoves(tx *gorm.DB, d countDelta, moved []movedArticle) error {
	for lo := 0; lo < len(moved); lo += 1000 {
		part := moved[lo:min(lo+1000, len(moved))]
		was := make([]countedArticle, len(part))
		for i, m := range part {
			was[i] = m.was
		}
		if err := loadTopics(tx, was); err != nil {
			return err
		}
		for i, m := range part {
			d.article(m.was.PublishedAt, m.was.Outlet, Kind(m.was.Kind), was[i].topics, -1)
			d.article(m.now.PublishedAt, m.now.Outlet, m.now.Kind, was[i].topics, 1)
		}
	}
	return nil
}

func loadExisting(tx *gorm.DB, feedID int64, batch []Article) (byGUID, byURL map[string]storedArticle, err error) {
	byGUID, byURL = map[string]storedArticle{}, map[string]storedArticle{}
	const chunk = 400
	for lo := 0; lo < len(batch); lo += chunk {
		hi := min(lo+chunk, len(batch))
		guids := make([]string, 0, hi-lo)
		urls := make([]string, 0, hi-lo)
		for _, a := range batch[lo:hi] {
			guids = append(guids, a.GUID)
			if a.URL != "" {
				urls = append(urls, a.URL)
			}
		}
		// Two queries, one per index: an OR of the two makes SQLite scan
		// every article of the feed.
		for _, by := range []struct {
			col  string
			vals []string
		}{{"guid", guids}, {"url", urls}} {
			if len(by.vals) == 0 {
				continue
			}
			var rows []storedArticle
			if err := tx.Table("articles").Select("id, guid, url, content_hash, published_at, published_estimated, outlet, kind").
				Where("feed_id = ? AND "+by.col+" IN ?", feedID, by.vals).Order("id").Scan(&rows).Error; err != nil {
				return nil, nil, err
			}
			for _, r := range rows {
				byGUID[r.GUID] = r
				if _, dup := byURL[r.URL]; r.URL != "" && !dup {
					byURL[r.URL] = r
				}
			}
		}
	}
	return byGUID, byURL, nil
}

// Article loads one article.
func (s *Store) Article(ctx context.Context, id int64) (*Article, error) {
	var a Article
	switch err := s.db.WithContext(ctx).First(&a, id).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load article %d: %w", id, err)
	}
	return &a, nil
}

func clampLimit(limit int) int {
	if limit <= 0 || limit > 10000 {
		return 1000
	}
	return limit
}

// ArticlesAfter lists up to limit articles with an id above afterID, in id
// order. The search index follows the table with it; ids become visible in
// order (see articleOrderLock), so no article is skipped.
func (s *Store) ArticlesAfter(ctx context.Context, afterID int64, limit int) ([]Article, error) {
	var out []Article
	if err := s.db.WithContext(ctx).Where("id > ?", afterID).Order("id").Limit(clampLimit(limit)).
		Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list articles after %d: %w", afterID, err)
	}
	return out, nil
}

// ArticlesByID loads the articles of the given ids that exist, in id order.
func (s *Store) ArticlesByID(ctx context.Context, ids []int64) ([]Article, error) {
	var out []Article
	for lo := 0; lo < len(ids); lo += articlesByIDChunk {
		var part []Article
		if err := s.db.WithContext(ctx).Where("id IN ?", ids[lo:min(lo+articlesByIDChunk, len(ids))]).
			Find(&part).Error; err != nil {
			return nil, fmt.Errorf("load %d articles by id: %w", len(ids), err)
		}
		out = append(out, part...)
	}
	slices.SortFunc(out, func(a, b Article) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// articlesByIDChunk bounds the ids of one statement (SQLite's and
// PostgreSQL's limits on bound parameters are far above it).
const articlesByIDChunk = 500

// ArticlesChangedAfter lists up to limit articles whose rev is above
// afterRev, in rev order: new articles and articles whose text changed.
func (s *Store) ArticlesChangedAfter(ctx context.Context, afterRev int64, limit int) ([]Article, error) {
	var out []Article
	if err := s.db.WithContext(ctx).Where("rev > ?", afterRev).Order("rev").Limit(clampLimit(limit)).
		Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list articles changed after rev %d: %w", afterRev, err)
	}
	return out, nil
}

// MaxArticleID is the highest article id (0 when there are none).
func (s *Store) MaxArticleID(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.WithContext(ctx).Raw("SELECT COALESCE(MAX(id), 0) FROM articles").Scan(&n).Error; err != nil {
		return 0, fmt.Errorf("max article id: %w", err)
	}
	return n, nil
}

// MaxArticleRev is the highest article rev (0 when there are none).
func (s *Store) MaxArticleRev(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.WithContext(ctx).Raw("SELECT COALESCE(MAX(rev), 0) FROM articles").Scan(&n).Error; err != nil {
		return 0, fmt.Errorf("max article rev: %w", err)
	}
	return n, nil
}

// NewTopic is a monitored topic to create.
type NewTopic struct {
	Name  string
	Query string // in the search package's query syntax; search checks it
}

// CreateTopic adds a monitored topic; the same name twice is ErrConflict.
func (s *Store) CreateTopic(ctx context.Context, in NewTopic) (*Topic, error) {
	var v ValidationError
	t := &Topic{Name: strings.TrimSpace(in.Name), Query: strings.TrimSpace(in.Query), CreatedAt: s.now()}
	checkName(&v, t.Name)
	checkQuery(&v, t.Query)
	if v.Any() {
		return nil, &v
	}
	if err := s.db.WithContext(ctx).Create(t).Error; err != nil {
		if isUniqueViolation(err) {
			return nil, fmt.Errorf("topic %q exists: %w", t.Name, ErrConflict)
		}
		return nil, fmt.Errorf("create topic: %w", err)
	}
	return t, nil
}

// Topic loads one topic with its article count.
func (s *Store) Topic(ctx context.Context, id int64) (*Topic, error) {
	var t Topic
	switch err := s.db.WithContext(ctx).First(&t, id).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load topic %d: %w", id, err)
	}
	if err := s.db.WithContext(ctx).Table("article_topics").Where("topic_id = ?", id).
		Count(&t.ArticleCount).Error; err != nil {
		return nil, fmt.Errorf("count articles of topic %d: %w", id, err)
	}
	return &t, nil
}

// Topics lists the topics by name, each with its article count.
func (s *Store) Topics(ctx context.Context) ([]Topic, error) {
	var topics []Topic
	if err := s.db.WithContext(ctx).Order("name, id").Find(&topics).Error; err != nil {
		return nil, fmt.Errorf("list topics: %w", err)
	}
	var rows []struct {
		TopicID int64
		N       int64
	}
	// From the monthly counts kept at ingest (counts.go): a few rows per
	// topic and month, where article_topics has one per tagged article.
	if err := s.db.WithContext(ctx).Table("article_month_counts").Select("topic_id, SUM(n) AS n").
		Where("topic_id <> ?", allArticles).Group("topic_id").Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("count articles per topic: %w", err)
	}
	counts := make(map[int64]int64, len(rows))
	for _, r := range rows {
		counts[r.TopicID] = r.N
	}
	for i := range topics {
		topics[i].ArticleCount = counts[topics[i].ID]
	}
	return topics, nil
}

// DeleteTopic removes a topic and its tags.
func (s *Store) DeleteTopic(ctx context.Context, id int64) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := untagTopic(tx, id); err != nil {
			return err
		}
		res := tx.Delete(&Topic{}, id)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return ErrNotFound
		}
		return nil
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("delete topic %d: %w", id, err)
	}
	return err
}

// SetArticleTopics replaces the topics an article is tagged with (and gives
// it a new rev, so the index picks the change up). An unknown article or
// topic is ErrNotFound.
func (s *Store) SetArticleTopics(ctx context.Context, articleID int64, topicIDs []int64) error {
	ids := uniqueIDs(topicIDs)
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := lockArticleWrites(tx); err != nil {
			return err
		}
		var arts []countedArticle
		if err := tx.Table("articles").Select("id, published_at, outlet, kind").Where("id = ?", articleID).
			Scan(&arts).Error; err != nil {
			return err
		}
		if len(arts) == 0 {
			return ErrNotFound
		}
		if err := loadTopics(tx, arts); err != nil {
			return err
		}
		var n int64
		if len(ids) > 0 {
			if err := tx.Table("topics").Where("id IN ?", ids).Count(&n).Error; err != nil {
				return err
			}
			if int(n) != len(ids) {
				return ErrNotFound
			}
		}
		if err := tx.Exec("DELETE FROM article_topics WHERE article_id = ?", articleID).Error; err != nil {
			return err
		}
		for _, id := range ids {
			if err := tx.Exec("INSERT INTO article_topics (article_id, topic_id) VALUES (?, ?)", articleID, id).Error; err != nil {
				return err
			}
		}
		a, counts := arts[0], countDelta{}
		for _, t := range a.topics {
			counts.add(t, a.PublishedAt, a.Outlet, Kind(a.Kind), -1)
		}
		for _, t := range ids {
			counts.add(t, a.PublishedAt, a.Outlet, Kind(a.Kind), 1)
		}
		if err := counts.apply(tx); err != nil {
			return err
		}
		return bumpRevs(tx, []int64{articleID})
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("set topics of article %d: %w", articleID, err)
	}
	if err == nil {
		s.notify()
	}
	return err
}

// untagTopic takes a topic's tags off every article, with their kept
// counts, and gives those articles a new rev so that the index and every
// fingerprint of them see the change. Deleting a topic and changing its
// query both begin with it.
func untagTopic(tx *gorm.DB, topicID int64) error {
	if err := lockArticleWrites(tx); err != nil {
		return err
	}
	if err := forgetTopicCounts(tx, topicID); err != nil {
		return err
	}
	var tagged []int64
	if err := tx.Raw("SELECT article_id FROM article_topics WHERE topic_id = ? ORDER BY article_id", topicID).
		Scan(&tagged).Error; err != nil {
		return err
	}
	if err := tx.Exec("DELETE FROM article_topics WHERE topic_id = ?", topicID).Error; err != nil {
		return err
	}
	return bumpRevs(tx, tagged)
}

// bumpRevs gives each of the articles a new rev, so that an index following
// ArticlesChangedAfter indexes them again (their topics changed).
func bumpRevs(tx *gorm.DB, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	if err := lockArticleWrites(tx); err != nil {
		return err
	}
	const chunk = 500
	for lo := 0; lo < len(ids); lo += chunk {
		part := ids[lo:min(lo+chunk, len(ids))]
		if err := tx.Exec(`UPDATE articles SET rev = m.base + sub.rn
			FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM articles WHERE id IN ?) AS sub,
			     (SELECT COALESCE(MAX(rev), 0) AS base FROM articles) AS m
			WHERE articles.id = sub.id`, part).Error; err != nil {
			return err
		}
	}
	return nil
}

// TagArticles tags the given articles with a topic (those already tagged stay
// as they are, unknown ids are ignored); search calls it with the ids its
// query matched. Newly tagged articles get a new rev.
func (s *Store) TagArticles(ctx context.Context, topicID int64, articleIDs []int64) error {
	ids := uniqueIDs(articleIDs)
	if len(ids) == 0 {
		return nil
	}
	changed := false
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := lockArticleWrites(tx); err != nil {
			return err
		}
		var n int64
		if err := tx.Table("topics").Where("id = ?", topicID).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		const chunk = 500
		var fresh []int64
		counts := countDelta{}
		for lo := 0; lo < len(ids); lo += chunk {
			part := ids[lo:min(lo+chunk, len(ids))]
			var arts []countedArticle
			if err := tx.Raw(`SELECT id, published_at, outlet, kind FROM articles WHERE id IN ?
				AND NOT EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = articles.id AND t.topic_id = ?)
				ORDER BY id`, part, topicID).Scan(&arts).Error; err != nil {
				return err
			}
			if len(arts) == 0 {
				continue
			}
			add := make([]int64, len(arts))
			for i, a := range arts {
				add[i] = a.ID
				counts.add(topicID, a.PublishedAt, a.Outlet, Kind(a.Kind), 1)
			}
			if err := tx.Exec(`INSERT INTO article_topics (article_id, topic_id) SELECT id, ? FROM articles WHERE id IN ?`,
				topicID, add).Error; err != nil {
				return err
			}
			fresh = append(fresh, add...)
		}
		changed = len(fresh) > 0
		if err := counts.apply(tx); err != nil {
			return err
		}
		return bumpRevs(tx, fresh)
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("tag articles with topic %d: %w", topicID, err)
	}
	if changed {
		s.notify()
	}
	return err
}

// ArticleTopicIDs tells, for each of the articles that has any, the ids of
// the topics it is tagged with (search fills its topic field from it).
func (s *Store) ArticleTopicIDs(ctx context.Context, articleIDs []int64) (map[int64][]int64, error) {
	out := map[int64][]int64{}
	ids := uniqueIDs(articleIDs)
	const chunk = 500
	for lo := 0; lo < len(ids); lo += chunk {
		var rows []struct{ ArticleID, TopicID int64 }
		if err := s.db.WithContext(ctx).Table("article_topics").Select("article_id, topic_id").
			Where("article_id IN ?", ids[lo:min(lo+chunk, len(ids))]).Order("article_id, topic_id").
			Scan(&rows).Error; err != nil {
			return nil, fmt.Errorf("topics of articles: %w", err)
		}
		for _, r := range rows {
			out[r.ArticleID] = append(out[r.ArticleID], r.TopicID)
		}
	}
	return out, nil
}

// ArticleTopics lists the topics an article is tagged with, by name.
func (s *Store) ArticleTopics(ctx context.Context, articleID int64) ([]Topic, error) {
	var out []Topic
	if err := s.db.WithContext(ctx).Table("topics").
		Joins("JOIN article_topics ON article_topics.topic_id = topics.id").
		Where("article_topics.article_id = ?", articleID).Order("topics.name").
		Select("topics.*").Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("topics of article %d: %w", articleID, err)
	}
	return out, nil
}

func uniqueIDs(ids []int64) []int64 {
	seen := make(map[int64]bool, len(ids))
	out := make([]int64, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n])
}
