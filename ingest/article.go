package ingest

import (
	"time"

	"gorm.io/gorm"
)

// Kind says what a feed or an article is.
type Kind string

const (
	KindNews    Kind = "news"
	KindOpinion Kind = "opinion"
	KindOwn     Kind = "own" // the organisation's own channels: communication actions, not coverage
)

// Valid tells whether k is a known kind.
func (k Kind) Valid() bool { return k == KindNews || k == KindOpinion || k == KindOwn }

// Label is the Swedish name of the kind.
func (k Kind) Label() string {
	switch k {
	case KindNews:
		return "Nyheter"
	case KindOpinion:
		return "Opinion"
	case KindOwn:
		return "Egna kanaler"
	}
	return string(k)
}

// Feed is one RSS, Atom or JSON Feed source.
type Feed struct {
	ID     int64 `gorm:"primaryKey"`
	URL    string
	Title  string
	Outlet string
	Kind   Kind
	// IntervalSeconds is how often the feed is fetched when all is well.
	IntervalSeconds int
	// Platform is where the items are published (a site, Mastodon, …).
	Platform Platform
	// OutletNamed is false while the outlet is only the host's name (the
	// feed was added without one): the channel's title names it when the
	// feed is fetched.
	OutletNamed bool
	// Paused feeds are not fetched until resumed.
	Paused bool
	// RemovedAt is when the feed was deleted while some of its articles
	// were kept (linked to a case, counted by a published report): it is
	// listed and fetched no more.
	RemovedAt *time.Time

	// Conditional GET state.
	ETag                 string `gorm:"column:etag"`
	LastModified         string
	LastUnconditionalAt  *time.Time // an occasional full fetch catches servers whose ETag lies
	LastFetchedAt        *time.Time
	LastStatus           string // ok | not_modified | error
	LastError            string
	ConsecutiveFailures  int
	NextFetchAt          time.Time
	LeaseOwner           string
	LeaseUntil           *time.Time
	ArticleCount         int64 `gorm:"-"`
	CreatedAt, UpdatedAt time.Time
}

// Interval is how often the feed is fetched when all is well.
func (f *Feed) Interval() time.Duration { return time.Duration(f.IntervalSeconds) * time.Second }

// Article is one item of a feed, normalised. Times are UTC.
type Article struct {
	ID                 int64 `gorm:"primaryKey"`
	FeedID             int64
	GUID               string // the item's guid, or its link when it has none
	URL                string // canonical: tracking parameters removed
	Title              string
	Summary            string // sanitised HTML
	Content            string // sanitised HTML
	Text               string // plain text of title, summary and content, for the index
	Author             string
	Categories         string // separated by "; "
	ImageURL           string
	Outlet             string
	Kind               Kind
	PublishedAt        time.Time
	PublishedEstimated bool   // no date in the feed: first-seen time, never moved later
	ContentHash        string // changes when the item's text changes
	StoryKey           string // near-duplicate group: the same wire story in several outlets
	StorySig           string // MinHash signature of title and lead that StoryKey groups by (hex)
	FirstSeenAt        time.Time
	UpdatedAt          time.Time
	// Rev rises on every insert and every change of the row, in commit
	// order: an index that follows rev (ArticlesChangedAfter) also sees edits,
	// one that follows id (ArticlesAfter) sees each article once.
	Rev int64
}

// Topic is a monitored topic: a saved search query whose matching articles,
// old and new, are tagged with it.
type Topic struct {
	ID           int64 `gorm:"primaryKey"`
	Name         string
	Query        string
	CreatedAt    time.Time
	ArticleCount int64 `gorm:"-"`
}

// AfterFind keeps times in UTC whatever zone the database session uses.
func (f *Feed) AfterFind(*gorm.DB) error {
	f.NextFetchAt = f.NextFetchAt.UTC()
	f.CreatedAt, f.UpdatedAt = f.CreatedAt.UTC(), f.UpdatedAt.UTC()
	for _, p := range []*time.Time{f.LastUnconditionalAt, f.LastFetchedAt, f.LeaseUntil, f.RemovedAt} {
		if p != nil {
			*p = p.UTC()
		}
	}
	return nil
}

// AfterFind keeps times in UTC whatever zone the database session uses.
func (a *Article) AfterFind(*gorm.DB) error {
	a.PublishedAt, a.FirstSeenAt, a.UpdatedAt = a.PublishedAt.UTC(), a.FirstSeenAt.UTC(), a.UpdatedAt.UTC()
	return nil
}

// AfterFind keeps times in UTC whatever zone the database session uses.
func (t *Topic) AfterFind(*gorm.DB) error {
	t.CreatedAt = t.CreatedAt.UTC()
	return nil
}
