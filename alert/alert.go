package alert

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
	"gorm.io/gorm"
)

// Errors the package returns; web maps them.
var (
	ErrNotFound = errors.New("not found")
)

// ValidationError is the shared per-field error (Swedish messages).
type ValidationError = lagesbild.ValidationError

// Mode says how a subscription alerts.
type Mode string

const (
	ModeInstant Mode = "instant" // new hits, batched every few minutes, one alert per story
	ModeSpike   Mode = "spike"   // a day's volume above the normal state by a factor
	ModeDigest  Mode = "digest"  // only in the morning digest
)

// Valid tells a known mode.
func (m Mode) Valid() bool { return m == ModeInstant || m == ModeSpike || m == ModeDigest }

// Label is the Swedish name of the mode.
func (m Mode) Label() string {
	switch m {
	case ModeInstant:
		return "Direkt"
	case ModeSpike:
		return "Vid ovanligt många artiklar"
	case ModeDigest:
		return "Bara i morgonutskicket"
	}
	return string(m)
}

// Subscription is what a user follows and how they are told.
type Subscription struct {
	ID            int64 `gorm:"primaryKey"`
	Username      string
	Name          string
	TopicID       int64  // a monitored topic (matched by its tags), or
	SavedSearchID int64  // the saved search the query came from, or 0
	Query         string // a query of the search syntax
	Mode          Mode
	Email         string // where mail goes; "" the user's own address (in the app only when they have none)
	Outlets       string // only from these outlets ("; "-separated names); "" all
	OutletTypes   string // only from outlets of these types (","-separated); "" all
	SpikeFactor   float64
	QuietFrom     string // "22:00": no mail from then …
	QuietTo       string // … to then ("07:00"), Stockholm time; "" none
	AfterID       int64  // only articles above this id (those new when it was made)
	LastSpikeDay  string
	CreatedAt     time.Time
}

// TableName is the subscriptions table.
func (Subscription) TableName() string { return "alert_subscriptions" }

// AfterFind keeps times in UTC whatever zone the database session uses.
func (s *Subscription) AfterFind(*gorm.DB) error {
	s.CreatedAt = s.CreatedAt.UTC()
	return nil
}

// OutletList is Outlets as a list.
func (s *Subscription) OutletList() []string { return splitList(s.Outlets, ";") }

// TypeList is OutletTypes as a list.
func (s *Subscription) TypeList() []ingest.OutletType {
	var out []ingest.OutletType
	for _, t := range splitList(s.OutletTypes, ",") {
		out = append(out, ingest.OutletType(t))
	}
	return out
}

func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Mailer queues a mail in the outbox (mail.Store, through cmd).
type Mailer interface {
	QueueAlert(ctx context.Context, to, subject, text, html string) error
}

// Addresses tells the users' own e-mail addresses by login name
// (tracker.Store, through cmd): where a subscription without an address of
// its own mails.
type Addresses interface {
	Addresses(ctx context.Context) (map[string]string, error)
}

// Counter counts the articles a query matches over days, of some outlets
// only when outlets are given (search.Index): spikes compare a day with the
// days before.
type Counter interface {
	CountIn(ctx context.Context, q string, outlets []string, from, to time.Time) (uint64, error)
}

// Options configure the store.
type Options struct {
	Now    func() time.Time
	Logger *slog.Logger
	Mailer Mailer  // nil: notifications in the app only
	Counts Counter // nil: no spike alerts
	// Users gives the users' own addresses; nil: a subscription without an
	// address of its own alerts in the app only.
	Users Addresses
	// BaseURL is the app's address, for links in mail ("" leaves links relative).
	BaseURL string
}

// Store keeps subscriptions and notifications and does the matching.
type Store struct {
	db    *gorm.DB
	feeds *ingest.Store
	opts  Options

	mu       sync.Mutex
	compiled map[string]*search.CompiledQuery // by query text
}

// NewStore returns the alert store over a migrated database.
func NewStore(db *gorm.DB, feeds *ingest.Store, o Options) *Store {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Store{db: db, feeds: feeds, opts: o, compiled: map[string]*search.CompiledQuery{}}
}

func (s *Store) now() time.Time { return s.opts.Now().UTC().Truncate(time.Microsecond) }

// NewSubscription is what subscribing takes: one of TopicID, SavedSearchID
// or Query.
type NewSubscription struct {
	Username      string
	Name          string
	TopicID       int64
	SavedSearchID int64
	Query         string
	Mode          Mode
	Email         string
	Outlets       []string
	OutletTypes   []ingest.OutletType
	SpikeFactor   float64
	QuietFrom     string
	QuietTo       string
}

var clock = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d$`)

// Subscribe adds a subscription. It follows new articles only: those
// stored from now on.
func (s *Store) Subscribe(ctx context.Context, in NewSubscription) (*Subscription, error) {
	v := &ValidationError{}
	sub := &Subscription{Username: in.Username, Name: strings.TrimSpace(in.Name), Mode: in.Mode,
		SpikeFactor: in.SpikeFactor, QuietFrom: strings.TrimSpace(in.QuietFrom), QuietTo: strings.TrimSpace(in.QuietTo),
		CreatedAt: s.now()}
	sources := 0
	if in.TopicID != 0 {
		sources++
	}
	if in.SavedSearchID != 0 {
		sources++
	}
	if strings.TrimSpace(in.Query) != "" {
		sources++
	}
	switch {
	case sources == 0:
		v.Add("topic_id", "Välj ett ämne, en sparad sökning eller skriv en sökfråga.")
	case sources > 1:
		v.Add("topic_id", "Välj bara ett av ämne, sparad sökning och sökfråga.")
	case in.TopicID != 0:
		t, err := s.feeds.Topic(ctx, in.TopicID)
		if errors.Is(err, ingest.ErrNotFound) {
			v.Add("topic_id", "Ämnet finns inte.")
		} else if err != nil {
			return nil, err
		} else {
			sub.TopicID = t.ID
			if sub.Name == "" {
				sub.Name = t.Name
			}
		}
	case in.SavedSearchID != 0:
		ss, err := s.feeds.SavedSearch(ctx, in.Username, in.SavedSearchID)
		if errors.Is(err, ingest.ErrNotFound) {
			v.Add("saved_search_id", "Den sparade sökningen finns inte.")
		} else if err != nil {
			return nil, err
		} else {
			sub.SavedSearchID, sub.Query = ss.ID, ss.Query
			if sub.Name == "" {
				sub.Name = ss.Name
			}
		}
	default:
		sub.Query = strings.TrimSpace(in.Query)
		var qe *search.QueryError
		if _, err := search.Compile(sub.Query); errors.As(err, &qe) {
			v.Add("query", qe.Error())
		} else if err != nil {
			return nil, err
		} else if utf8.RuneCountInString(sub.Query) > 2000 {
			v.Add("query", "Sökfrågan är för lång.")
		}
		if sub.Name == "" {
			sub.Name = truncate(sub.Query, 200)
		}
	}
	if utf8.RuneCountInString(sub.Name) > 200 {
		v.Add("name", "Namnet är för långt.")
	}
	if sub.Mode == "" {
		sub.Mode = ModeInstant
	}
	if !sub.Mode.Valid() {
		v.Add("mode", "Välj direkt, vid ovanligt många artiklar eller bara i morgonutskicket.")
	}
	if e := strings.TrimSpace(in.Email); e != "" {
		addr, err := mail.ParseAddress(e)
		if err != nil {
			v.Add("email", "Ange en giltig e-postadress.")
		} else {
			sub.Email = addr.Address
		}
	}
	var outlets []string
	for _, o := range in.Outlets {
		if o = strings.TrimSpace(o); o != "" {
			outlets = append(outlets, strings.ReplaceAll(o, ";", ","))
		}
	}
	sub.Outlets = strings.Join(outlets, "; ")
	var types []string
	for _, t := range in.OutletTypes {
		if t == ingest.OutletUnknown || !t.Valid() {
			v.Add("outlet_types", "Välj bland rikstäckande, regional, lokal, fackpress, radio och tv och sociala medier.")
			break
		}
		types = append(types, string(t))
	}
	sub.OutletTypes = strings.Join(types, ",")
	if sub.SpikeFactor == 0 {
		sub.SpikeFactor = 3
	}
	if sub.SpikeFactor < 1.1 || sub.SpikeFactor > 100 {
		v.Add("spike_factor", "Faktorn ska vara mellan 1,1 och 100.")
	}
	if (sub.QuietFrom == "") != (sub.QuietTo == "") {
		v.Add("quiet_hours", "Ange både när den tysta tiden börjar och slutar.")
	} else if sub.QuietFrom != "" && (!clock.MatchString(sub.QuietFrom) || !clock.MatchString(sub.QuietTo)) {
		v.Add("quiet_hours", "Ange tiderna som TT:MM, till exempel 22:00 och 07:00.")
	}
	if v.Any() {
		return nil, v
	}
	after, err := s.feeds.MaxArticleID(ctx)
	if err != nil {
		return nil, err
	}
	sub.AfterID = after
	if err := s.db.WithContext(ctx).Create(sub).Error; err != nil {
		return nil, fmt.Errorf("subscribe: %w", err)
	}
	return sub, nil
}

// addresses are the users' own addresses by login name (none without Users).
func (s *Store) addresses(ctx context.Context) (map[string]string, error) {
	if s.opts.Users == nil {
		return nil, nil
	}
	m, err := s.opts.Users.Addresses(ctx)
	if err != nil {
		return nil, fmt.Errorf("users' addresses: %w", err)
	}
	return m, nil
}

// To is where the subscription's mail goes: its own address, else the
// user's (own, by login name); "" in the app only.
func (sub *Subscription) To(own map[string]string) string {
	if sub.Email != "" {
		return sub.Email
	}
	return own[sub.Username]
}

// Subscriptions lists a user's subscriptions, newest first.
func (s *Store) Subscriptions(ctx context.Context, username string) ([]Subscription, error) {
	var out []Subscription
	if err := s.db.WithContext(ctx).Where("username = ?", username).Order("id DESC").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	return out, nil
}

// Unsubscribe removes one of a user's subscriptions (another's is ErrNotFound).
func (s *Store) Unsubscribe(ctx context.Context, username string, id int64) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Where("username = ?", username).Delete(&Subscription{}, id)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return ErrNotFound
		}
		return tx.Exec("DELETE FROM alert_pending WHERE subscription_id = ?", id).Error
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("unsubscribe %d: %w", id, err)
	}
	return err
}

// Notification is one alert in the app.
type Notification struct {
	ID             int64 `gorm:"primaryKey"`
	Username       string
	SubscriptionID int64
	Kind           Mode // instant or spike
	StoryKey       string
	Title          string
	Body           string
	URL            string
	ArticleID      int64
	Outlets        string // "; "-separated
	ArticleCount   int
	Email          string
	Mailed         bool
	CreatedAt      time.Time
	ReadAt         *time.Time
}

// TableName is the notifications table.
func (Notification) TableName() string { return "notifications" }

// AfterFind keeps times in UTC whatever zone the database session uses.
func (n *Notification) AfterFind(*gorm.DB) error {
	n.CreatedAt = n.CreatedAt.UTC()
	if n.ReadAt != nil {
		t := n.ReadAt.UTC()
		n.ReadAt = &t
	}
	return nil
}

// OutletList is Outlets as a list.
func (n *Notification) OutletList() []string { return splitList(n.Outlets, ";") }

// Notifications lists a user's latest notifications (at most limit), newest
// first, and how many are unread in all.
func (s *Store) Notifications(ctx context.Context, username string, limit int) ([]Notification, int64, error) {
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	var out []Notification
	if err := s.db.WithContext(ctx).Where("username = ?", username).Order("created_at DESC, id DESC").Limit(limit).
		Find(&out).Error; err != nil {
		return nil, 0, fmt.Errorf("list notifications: %w", err)
	}
	unread, err := s.Unread(ctx, username)
	return out, unread, err
}

// Unread counts a user's unread notifications.
func (s *Store) Unread(ctx context.Context, username string) (int64, error) {
	var n int64
	if err := s.db.WithContext(ctx).Model(&Notification{}).Where("username = ? AND read_at IS NULL", username).
		Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count unread notifications: %w", err)
	}
	return n, nil
}

// MarkRead marks a user's notifications read: those of ids, or all when ids is empty.
func (s *Store) MarkRead(ctx context.Context, username string, ids []int64) error {
	q := s.db.WithContext(ctx).Model(&Notification{}).Where("username = ? AND read_at IS NULL", username)
	if len(ids) > 0 {
		q = q.Where("id IN ?", ids)
	}
	if err := q.Update("read_at", s.now()).Error; err != nil {
		return fmt.Errorf("mark notifications read: %w", err)
	}
	return nil
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// AllSubscriptions lists every user's subscriptions, by user (the morning
// digest goes to each).
func (s *Store) AllSubscriptions(ctx context.Context) ([]Subscription, error) {
	var out []Subscription
	if err := s.db.WithContext(ctx).Order("username, id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	return out, nil
}
