package alert

import (
	"time"

	"github.com/lagesbild/lagesbild"
	"gorm.io/gorm"
)

type subscriptionV1 struct {
	ID            int64   `gorm:"primaryKey"`
	Username      string  `gorm:"size:100;not null;index:alert_subscriptions_username"`
	Name          string  `gorm:"size:200;not null"`
	TopicID       int64   `gorm:"not null;default:0"`
	SavedSearchID int64   `gorm:"not null;default:0"`
	Query         string  `gorm:"type:text;not null;default:''"`
	Mode          string  `gorm:"size:20;not null"`
	Email         string  `gorm:"size:300;not null;default:''"`
	Outlets       string  `gorm:"type:text;not null;default:''"`
	OutletTypes   string  `gorm:"size:200;not null;default:''"`
	SpikeFactor   float64 `gorm:"not null;default:3"`
	QuietFrom     string  `gorm:"size:5;not null;default:''"`
	QuietTo       string  `gorm:"size:5;not null;default:''"`
	AfterID       int64   `gorm:"not null;default:0"`
	LastSpikeDay  string  `gorm:"size:10;not null;default:''"`
	CreatedAt     time.Time
}

func (subscriptionV1) TableName() string { return "alert_subscriptions" }

type pendingV1 struct {
	SubscriptionID int64     `gorm:"primaryKey;autoIncrement:false"`
	ArticleID      int64     `gorm:"primaryKey;autoIncrement:false"`
	StoryKey       string    `gorm:"size:64;not null;default:''"`
	Outlet         string    `gorm:"size:200;not null;default:''"`
	Title          string    `gorm:"type:text;not null;default:''"`
	URL            string    `gorm:"size:2000;not null;default:''"`
	MatchedAt      time.Time `gorm:"not null"`
}

func (pendingV1) TableName() string { return "alert_pending" }

type notificationV1 struct {
	ID             int64     `gorm:"primaryKey"`
	Username       string    `gorm:"size:100;not null;index:notifications_user,priority:1"`
	SubscriptionID int64     `gorm:"not null;index:notifications_subscription_story,priority:1"`
	Kind           string    `gorm:"size:20;not null"`
	StoryKey       string    `gorm:"size:64;not null;default:'';index:notifications_subscription_story,priority:2"`
	Title          string    `gorm:"type:text;not null"`
	Body           string    `gorm:"type:text;not null;default:''"`
	URL            string    `gorm:"size:2000;not null;default:''"`
	ArticleID      int64     `gorm:"not null;default:0"`
	Outlets        string    `gorm:"type:text;not null;default:''"`
	ArticleCount   int       `gorm:"not null;default:0"`
	Email          string    `gorm:"size:300;not null;default:''"`
	Mailed         bool      `gorm:"not null;default:false"`
	CreatedAt      time.Time `gorm:"not null;index:notifications_user,priority:2"`
	ReadAt         *time.Time
}

func (notificationV1) TableName() string { return "notifications" }

type progressV1 struct {
	Name    string `gorm:"primaryKey;size:50"`
	Through int64  `gorm:"not null"`
}

func (progressV1) TableName() string { return "alert_progress" }

// Migrations are the alert package's schema steps, applied after ingest's.
var Migrations = []lagesbild.Migration{
	{ID: "alert/0001_alerts", Up: func(tx *gorm.DB) error {
		return tx.Migrator().CreateTable(&subscriptionV1{}, &pendingV1{}, &notificationV1{}, &progressV1{})
	}},
}
