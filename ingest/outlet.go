package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"
)

// OutletType says how far an outlet reaches.
type OutletType string

const (
	OutletUnknown   OutletType = ""
	OutletNational  OutletType = "national"
	OutletRegional  OutletType = "regional"
	OutletLocal     OutletType = "local"
	OutletTrade     OutletType = "trade"
	OutletBroadcast OutletType = "broadcast"
	OutletSocial    OutletType = "social"
)

// OutletTypes are the types in the order forms list them.
var OutletTypes = []OutletType{OutletNational, OutletRegional, OutletLocal, OutletTrade, OutletBroadcast, OutletSocial}

// Valid tells whether t is a known type ("" is: not yet said).
func (t OutletType) Valid() bool {
	if t == OutletUnknown {
		return true
	}
	for _, k := range OutletTypes {
		if t == k {
			return true
		}
	}
	return false
}

// Label is the Swedish name of the type.
func (t OutletType) Label() string {
	switch t {
	case OutletNational:
		return "Rikstäckande"
	case OutletRegional:
		return "Regional"
	case OutletLocal:
		return "Lokal"
	case OutletTrade:
		return "Fackpress"
	case OutletBroadcast:
		return "Radio och tv"
	case OutletSocial:
		return "Sociala medier"
	}
	return "Ej angiven"
}

// Outlet is a medium (a newspaper, a broadcaster, a social account) with
// one or more feeds: news, ledare, debatt. Feeds and articles name it by
// its name; renaming an outlet renames it on both.
type Outlet struct {
	ID     int64 `gorm:"primaryKey"`
	Name   string
	Type   OutletType
	Weight float64 // reach relative to other outlets; 1 by default
	// FeedCount is how many feeds (not removed) the outlet has.
	FeedCount int64 `gorm:"-"`
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Outlets lists the outlets by name, each with its number of feeds.
func (s *Store) Outlets(ctx context.Context) ([]Outlet, error) {
	var out []Outlet
	if err := s.db.WithContext(ctx).Order("name, id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list outlets: %w", err)
	}
	var rows []struct {
		Outlet string
		N      int64
	}
	if err := s.db.WithContext(ctx).Table("feeds").Select("outlet, COUNT(*) AS n").Where("removed_at IS NULL").
		Group("outlet").Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("count feeds per outlet: %w", err)
	}
	n := map[string]int64{}
	for _, r := range rows {
		n[r.Outlet] = r.N
	}
	for i := range out {
		out[i].FeedCount = n[out[i].Name]
	}
	return out, nil
}

// Outlet loads one outlet.
func (s *Store) Outlet(ctx context.Context, id int64) (*Outlet, error) {
	var o Outlet
	switch err := s.db.WithContext(ctx).First(&o, id).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load outlet %d: %w", id, err)
	}
	return &o, nil
}

// OutletTypesByName tells the type of every outlet that has one, by name.
func (s *Store) OutletTypesByName(ctx context.Context) (map[string]OutletType, error) {
	var rows []Outlet
	if err := s.db.WithContext(ctx).Select("name, type").Where("type <> ''").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("list outlet types: %w", err)
	}
	m := make(map[string]OutletType, len(rows))
	for _, o := range rows {
		m[o.Name] = o.Type
	}
	return m, nil
}

// Weights are outlets' weights for reach by name; an outlet not in it
// weighs the default 1.
type Weights map[string]float64

// Of is the weight of the outlet named name.
func (w Weights) Of(name string) float64 {
	if v, ok := w[name]; ok {
		return v
	}
	return 1
}

// OutletWeights tells the weight of every outlet whose weight is not the
// default 1, by name.
func (s *Store) OutletWeights(ctx context.Context) (Weights, error) {
	var rows []Outlet
	if err := s.db.WithContext(ctx).Select("name, weight").Where("weight <> 1").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("list outlet weights: %w", err)
	}
	w := make(Weights, len(rows))
	for _, o := range rows {
		w[o.Name] = o.Weight
	}
	return w, nil
}

// OutletUpdate changes the given fields of an outlet; nil leaves a field as it is.
type OutletUpdate struct {
	Name   *string
	Type   *OutletType
	Weight *float64
}

// UpdateOutlet renames an outlet (its feeds and articles with it), or sets
// its type or weight. A name another outlet has is ErrConflict.
func (s *Store) UpdateOutlet(ctx context.Context, id int64, up OutletUpdate) (*Outlet, error) {
	var v ValidationError
	cols := map[string]any{}
	if up.Name != nil {
		name := strings.TrimSpace(*up.Name)
		if name == "" || utf8.RuneCountInString(name) > maxOutlet {
			v.Add("name", "Ange mediets namn (högst 200 tecken).")
		}
		cols["name"] = name
	}
	if up.Type != nil {
		if !up.Type.Valid() {
			v.Add("type", "Välj rikstäckande, regional, lokal, fackpress, radio och tv eller sociala medier.")
		}
		cols["type"] = string(*up.Type)
	}
	if up.Weight != nil {
		if *up.Weight < 0 || *up.Weight > 100 {
			v.Add("weight", "Vikten ska vara ett tal mellan 0 och 100.")
		}
		cols["weight"] = *up.Weight
	}
	if v.Any() {
		return nil, &v
	}
	renamed := false
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var o Outlet
		switch err := tx.First(&o, id).Error; {
		case errors.Is(err, gorm.ErrRecordNotFound):
			return ErrNotFound
		case err != nil:
			return err
		}
		if len(cols) == 0 {
			return nil
		}
		cols["updated_at"] = s.now()
		if err := tx.Model(&Outlet{}).Where("id = ?", id).Updates(cols).Error; err != nil {
			if isUniqueViolation(err) {
				return fmt.Errorf("outlet %v exists: %w", cols["name"], ErrConflict)
			}
			return err
		}
		if name, ok := cols["name"].(string); ok && name != o.Name {
			renamed = true
			if err := tx.Exec("UPDATE feeds SET outlet = ? WHERE outlet = ?", name, o.Name).Error; err != nil {
				return err
			}
			return moveArticlesOutlet(tx, name, "a.outlet = ?", o.Name)
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, ErrNotFound) || errors.Is(err, ErrConflict) {
			return nil, err
		}
		return nil, fmt.Errorf("update outlet %d: %w", id, err)
	}
	if renamed {
		s.notify()
	}
	return s.Outlet(ctx, id)
}

// ensureOutlet makes sure an outlet of that name exists.
func ensureOutlet(tx *gorm.DB, name string, now time.Time) error {
	if name == "" {
		return nil
	}
	// Plain SQL: the migration that made the table uses it too.
	if err := tx.Exec(`INSERT INTO outlets (name, type, weight, created_at, updated_at) VALUES (?, '', 1, ?, ?)
		ON CONFLICT (name) DO NOTHING`, name, now, now).Error; err != nil {
		return fmt.Errorf("create outlet %q: %w", name, err)
	}
	return nil
}

// dropEmptyOutlet removes an outlet that no feed names any longer; its
// articles keep the name.
func dropEmptyOutlet(tx *gorm.DB, name string) error {
	return tx.Exec(`DELETE FROM outlets WHERE name = ? AND NOT EXISTS
		(SELECT 1 FROM feeds WHERE feeds.outlet = outlets.name AND feeds.removed_at IS NULL)`, name).Error
}

// moveArticlesOutlet gives the articles where selects (over articles a) the
// outlet name: their kept counts move with them, and they get new revs, so
// the index takes the new name.
func moveArticlesOutlet(tx *gorm.DB, name string, where string, args ...any) error {
	if err := lockArticleWrites(tx); err != nil {
		return err
	}
	var ids []int64
	if err := tx.Table("articles a").Where(where, args...).Where("a.outlet <> ?", name).Order("a.id").
		Pluck("a.id", &ids).Error; err != nil {
		return fmt.Errorf("find articles to rename: %w", err)
	}
	counts := countDelta{}
	for lo := 0; lo < len(ids); lo += 500 {
		part := ids[lo:min(lo+500, len(ids))]
		if err := countArticles(tx, counts, -1, "a.id IN ?", part); err != nil {
			return err
		}
		if err := tx.Exec("UPDATE articles SET outlet = ? WHERE id IN ?", name, part).Error; err != nil {
			return fmt.Errorf("rename outlet of articles: %w", err)
		}
		if err := countArticles(tx, counts, 1, "a.id IN ?", part); err != nil {
			return err
		}
	}
	if err := counts.apply(tx); err != nil {
		return err
	}
	return bumpRevs(tx, ids)
}

// sectionSuffix is a section of an outlet named after its name in a feed's
// title: "Västkustposten – Ledare", "GP | Debatt", "Radio Väst: Nyheter".
var sectionSuffix = regexp.MustCompile(`(?i)^(.+?)\s*[-–—|:]\s*(nyheter|senaste nytt|senaste|inrikes|utrikes|lokalt|ledare|ledarsidan|debatt|opinion|kultur|kultur & nöje|sport|ekonomi|näringsliv|nöje|krönikor|insändare|insändare och debatt|ledare & debatt|ledare och debatt|alla nyheter|toppnyheter|rss|podd|poddar|podcast)$`)

// opinionSection tells the sections whose items are opinion.
var opinionSection = regexp.MustCompile(`(?i)ledare|debatt|opinion|krönik|insändare`)

// OutletFromTitle is the outlet's name in a feed's or an outline's title:
// the title without a section named after it ("Västkustposten – Ledare" →
// "Västkustposten"), and whether that section is opinion.
func OutletFromTitle(title string) (outlet string, opinion bool) {
	t := strings.TrimSpace(PlainText(title))
	if m := sectionSuffix.FindStringSubmatch(t); m != nil && strings.TrimSpace(m[1]) != "" {
		return truncateRunes(strings.TrimSpace(m[1]), maxOutlet), opinionSection.MatchString(m[2])
	}
	return truncateRunes(t, maxOutlet), false
}

// hostOf is a URL's host without "www.", the name of last resort.
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// nameOutletFromChannel names the outlet of a feed that was added without
// one after its channel's title, once it is fetched; the host is the name
// of last resort, kept until a title comes. Its articles move with it.
func (s *Store) nameOutletFromChannel(ctx context.Context, f *Feed, channelTitle string) error {
	name, _ := OutletFromTitle(channelTitle)
	named := name != ""
	if !named {
		if f.Outlet != "" {
			return nil
		}
		name = hostOf(f.URL)
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := ensureOutlet(tx, name, s.now()); err != nil {
			return err
		}
		if err := tx.Model(&Feed{}).Where("id = ?", f.ID).
			Updates(map[string]any{"outlet": name, "outlet_named": named}).Error; err != nil {
			return err
		}
		if err := moveArticlesOutlet(tx, name, "a.feed_id = ?", f.ID); err != nil {
			return err
		}
		if f.Outlet != "" && f.Outlet != name {
			return dropEmptyOutlet(tx, f.Outlet)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("name the outlet of feed %d: %w", f.ID, err)
	}
	f.Outlet, f.OutletNamed = name, named
	return nil
}
