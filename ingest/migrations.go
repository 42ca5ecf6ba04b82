package ingest

import (
	"time"

	"github.com/lagesbild/lagesbild"
	"gorm.io/gorm"
)

// The tables as they were at each step. Never edit a shipped step; add one.

type feedV1 struct {
	ID                  int64  `gorm:"primaryKey"`
	URL                 string `gorm:"size:2000;not null;uniqueIndex:feeds_url"`
	Title               string `gorm:"size:500;not null;default:''"`
	Outlet              string `gorm:"size:200;not null;default:''"`
	Kind                string `gorm:"size:20;not null"`
	IntervalSeconds     int    `gorm:"not null"`
	ETag                string `gorm:"column:etag;size:500;not null;default:''"`
	LastModified        string `gorm:"size:100;not null;default:''"`
	LastUnconditionalAt *time.Time
	LastFetchedAt       *time.Time
	LastStatus          string    `gorm:"size:20;not null;default:''"`
	LastError           string    `gorm:"type:text;not null;default:''"`
	ConsecutiveFailures int       `gorm:"not null;default:0"`
	NextFetchAt         time.Time `gorm:"not null;index:feeds_next_fetch_at"`
	LeaseOwner          string    `gorm:"size:200;not null;default:''"`
	LeaseUntil          *time.Time
	CreatedAt           time.Time
	UpdatedAt           time.Time
}

func (feedV1) TableName() string { return "feeds" }

type articleV1 struct {
	ID                 int64     `gorm:"primaryKey"`
	FeedID             int64     `gorm:"not null;uniqueIndex:articles_feed_guid,priority:1;index:articles_feed_url,priority:1"`
	Feed               *feedV1   `gorm:"foreignKey:FeedID;constraint:OnDelete:CASCADE"`
	GUID               string    `gorm:"size:1000;not null;uniqueIndex:articles_feed_guid,priority:2"`
	URL                string    `gorm:"size:2000;not null;default:'';index:articles_feed_url,priority:2"`
	Title              string    `gorm:"type:text;not null;default:''"`
	Summary            string    `gorm:"type:text;not null;default:''"`
	Content            string    `gorm:"type:text;not null;default:''"`
	Text               string    `gorm:"type:text;not null;default:''"`
	Author             string    `gorm:"size:500;not null;default:''"`
	Categories         string    `gorm:"type:text;not null;default:''"`
	ImageURL           string    `gorm:"size:2000;not null;default:''"`
	Outlet             string    `gorm:"size:200;not null;default:''"`
	Kind               string    `gorm:"size:20;not null"`
	PublishedAt        time.Time `gorm:"not null;index:articles_published_at"`
	PublishedEstimated bool      `gorm:"not null;default:false"`
	ContentHash        string    `gorm:"size:64;not null;default:''"`
	StoryKey           string    `gorm:"size:64;not null;default:'';index:articles_story_key"`
	FirstSeenAt        time.Time `gorm:"not null"`
	UpdatedAt          time.Time `gorm:"not null"`
	Rev                int64     `gorm:"not null;default:0;index:articles_rev"`
}

func (articleV1) TableName() string { return "articles" }

type topicV1 struct {
	ID        int64  `gorm:"primaryKey"`
	Name      string `gorm:"size:200;not null;uniqueIndex:topics_name"`
	Query     string `gorm:"type:text;not null"`
	CreatedAt time.Time
}

func (topicV1) TableName() string { return "topics" }

type articleTopicV1 struct {
	ArticleID int64      `gorm:"primaryKey;autoIncrement:false"`
	Article   *articleV1 `gorm:"foreignKey:ArticleID;constraint:OnDelete:CASCADE"`
	TopicID   int64      `gorm:"primaryKey;autoIncrement:false;index:article_topics_topic_id"`
	Topic     *topicV1   `gorm:"foreignKey:TopicID;constraint:OnDelete:CASCADE"`
}

func (articleTopicV1) TableName() string { return "article_topics" }

// Migrations are ingestion's schema steps, in order. They run before the
// register's (tracker.Migrations).
var Migrations = []lagesbild.Migration{
	{ID: "ingest/0001_feeds_articles", Up: func(tx *gorm.DB) error {
		return tx.Migrator().CreateTable(&feedV1{}, &articleV1{}, &topicV1{}, &articleTopicV1{})
	}},
	{ID: "ingest/0002_story_sig", Up: func(tx *gorm.DB) error {
		// The MinHash signature a new article is compared with recent ones by,
		// to join their near-duplicate group (story_key).
		return tx.Exec(`ALTER TABLE articles ADD COLUMN story_sig TEXT NOT NULL DEFAULT ''`).Error
	}},
	{ID: "ingest/0003_topic_progress", Up: func(tx *gorm.DB) error {
		// How far (by article id) each monitored topic has been applied, so
		// that new articles are tagged once and a restart goes on from there.
		return tx.Exec(`ALTER TABLE topics ADD COLUMN tagged_through BIGINT NOT NULL DEFAULT 0`).Error
	}},
	{ID: "ingest/0004_articles_published_facets", Up: func(tx *gorm.DB) error {
		// The search page's list without words counts its facets in SQL
		// (Store.ArticleFacets): per outlet and kind over a period, read from
		// this index alone, not from the rows (whose text comes first).
		return tx.Exec(`CREATE INDEX articles_published_facets ON articles (published_at, outlet, kind)`).Error
	}},
	{ID: "ingest/0005_article_counts", Up: func(tx *gorm.DB) error {
		// The number of articles per Stockholm day, outlet and kind, in all
		// (topic_id 0) and per monitored topic, the same per month, and per
		// day and kind in all, kept as they are written (counts.go),
		// counted once here.
		if err := tx.Migrator().CreateTable(&articleCountV1{}, &articleMonthCountV1{}, &articleDayTotalV1{}); err != nil {
			return err
		}
		return rebuildArticleCounts(tx)
	}},
	{ID: "ingest/0006_outlets", Up: migrateOutlets},
	{ID: "ingest/0007_saved_searches", Up: func(tx *gorm.DB) error {
		// A user's own saved queries (alerts may follow them).
		return tx.Migrator().CreateTable(&savedSearchV1{})
	}},
	{ID: "ingest/0008_articles_kind_published_rev", Up: func(tx *gorm.DB) error {
		// The fingerprint of a window of articles of some kinds
		// (Store.ArticlesVersion) is read from this index alone, not from
		// the rows; the own items' window is a small range of its own.
		return tx.Exec(`CREATE INDEX articles_kind_published_rev ON articles (kind, published_at, rev, id)`).Error
	}},
}

// articleCountV1's key leads with the day: a period is one range of it.
type articleCountV1 struct {
	Day     string `gorm:"primaryKey;size:10"`
	TopicID int64  `gorm:"primaryKey;autoIncrement:false"`
	Outlet  string `gorm:"primaryKey;size:200"`
	Kind    string `gorm:"primaryKey;size:20"`
	N       int64  `gorm:"not null"`
}

func (articleCountV1) TableName() string { return "article_counts" }

type articleMonthCountV1 struct {
	Month   string `gorm:"primaryKey;size:7"` // YYYY-MM
	TopicID int64  `gorm:"primaryKey;autoIncrement:false"`
	Outlet  string `gorm:"primaryKey;size:200"`
	Kind    string `gorm:"primaryKey;size:20"`
	N       int64  `gorm:"not null"`
}

func (articleMonthCountV1) TableName() string { return "article_month_counts" }

type articleDayTotalV1 struct {
	Day  string `gorm:"primaryKey;size:10"`
	Kind string `gorm:"primaryKey;size:20"`
	N    int64  `gorm:"not null"`
}

func (articleDayTotalV1) TableName() string { return "article_day_totals" }

type outletV1 struct {
	ID        int64   `gorm:"primaryKey"`
	Name      string  `gorm:"size:200;not null;uniqueIndex:outlets_name"`
	Type      string  `gorm:"size:20;not null;default:''"`
	Weight    float64 `gorm:"not null;default:1"`
	CreatedAt time.Time
	UpdatedAt time.Time
}

func (outletV1) TableName() string { return "outlets" }

// migrateOutlets makes outlets things of their own (name, type, weight for
// reach) that feeds and articles name, and feeds pausable, removable and
// of a platform. Feeds that were named after their host (added by URL, or
// by an OPML import that left the outline's text aside) take the name in
// their title instead, their articles with them; those without a title are
// named by their channel's title at the next fetch.
func migrateOutlets(tx *gorm.DB) error {
	if err := tx.Migrator().CreateTable(&outletV1{}); err != nil {
		return err
	}
	stamp := "DATETIME" // as GORM declares the other times, per dialect
	if lagesbild.IsPostgres(tx) {
		stamp = "TIMESTAMPTZ"
	}
	if err := execAll(tx,
		`ALTER TABLE feeds ADD COLUMN platform VARCHAR(20) NOT NULL DEFAULT 'web'`,
		`ALTER TABLE feeds ADD COLUMN outlet_named BOOLEAN NOT NULL DEFAULT TRUE`,
		`ALTER TABLE feeds ADD COLUMN paused BOOLEAN NOT NULL DEFAULT FALSE`,
		`ALTER TABLE feeds ADD COLUMN removed_at `+stamp+` NULL`,
	); err != nil {
		return err
	}
	var feeds []struct {
		ID                 int64
		URL, Title, Outlet string
	}
	if err := tx.Table("feeds").Select("id, url, title, outlet").Order("id").Scan(&feeds).Error; err != nil {
		return err
	}
	now := time.Now().UTC().Truncate(time.Microsecond)
	for _, f := range feeds {
		cols := map[string]any{}
		if p := PlatformOf(f.URL); p != PlatformWeb {
			cols["platform"] = string(p)
		}
		outlet := f.Outlet
		if host := hostOf(f.URL); f.Outlet == host || f.Outlet == "" {
			if name, _ := OutletFromTitle(f.Title); name != "" {
				outlet = name
				cols["outlet"] = name
			} else {
				cols["outlet_named"] = false
			}
		}
		if len(cols) > 0 {
			if err := tx.Table("feeds").Where("id = ?", f.ID).Updates(cols).Error; err != nil {
				return err
			}
		}
		if outlet != f.Outlet {
			if err := moveArticlesOutlet(tx, outlet, "a.feed_id = ?", f.ID); err != nil {
				return err
			}
		}
		if err := ensureOutlet(tx, outlet, now); err != nil {
			return err
		}
	}
	return nil
}

func execAll(tx *gorm.DB, stmts ...string) error {
	for _, s := range stmts {
		if err := tx.Exec(s).Error; err != nil {
			return err
		}
	}
	return nil
}

type savedSearchV1 struct {
	ID        int64  `gorm:"primaryKey"`
	Username  string `gorm:"size:100;not null;uniqueIndex:saved_searches_user_name,priority:1"`
	Name      string `gorm:"size:200;not null;uniqueIndex:saved_searches_user_name,priority:2"`
	Query     string `gorm:"type:text;not null"`
	CreatedAt time.Time
}

func (savedSearchV1) TableName() string { return "saved_searches" }
