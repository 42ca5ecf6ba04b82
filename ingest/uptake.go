package ingest

import (
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild"
)

// Uptake is the coverage that took up one of the organisation's own items
// (a press release, a news item of an own feed): the articles of other
// feeds in the same story group, and those that quote its headline within
// a week.
type Uptake struct {
	Outlets  []string // each outlet once, in order of first pickup
	Articles int
	National int // how many of Outlets are national (their outlet type)
	// Reach is the sum of the Outlets' weights (Outlet.Weight, 1 unless
	// set); Weighted tells that one of them weighs other than 1.
	Reach    float64
	Weighted bool
}

// Phrase says it in Swedish: "citerades av 6 medier, varav 2 rikstäckande",
// with the weighted reach beside the count when an outlet's weight is set
// ("…; viktad räckvidd 9,5"); "" when no one took it up.
func (u Uptake) Phrase() string {
	n := len(u.Outlets)
	if n == 0 {
		return ""
	}
	s := "citerades av 1 medium"
	if n > 1 {
		s = fmt.Sprintf("citerades av %d medier", n)
	}
	switch {
	case u.National == 0:
	case n == 1:
		s += ", rikstäckande"
	default:
		s += fmt.Sprintf(", varav %d rikstäckande", u.National)
	}
	if u.Weighted {
		s += "; viktad räckvidd " + strings.ReplaceAll(strconv.FormatFloat(math.Round(u.Reach*10)/10, 'f', -1, 64), ".", ",")
	}
	return s
}

const (
	uptakeWindow     = 7 * 24 * time.Hour
	minQuotedHeading = 20 // runes: shorter headlines are quoted by chance
)

// UptakesVersion is a fingerprint of what Uptakes reads for the own
// articles published in [start, end): those articles, the other articles
// that can take them up (from an hour before start to uptakeWindow after
// end), and the outlets' types and weights. An answer kept with it holds while it does.
func (s *Store) UptakesVersion(ctx context.Context, start, end time.Time) (string, error) {
	own, err := s.ArticlesVersion(ctx, start, end, KindOwn)
	if err != nil {
		return "", err
	}
	others, err := s.ArticlesVersion(ctx, start.Add(-time.Hour), end.Add(uptakeWindow), KindNews, KindOpinion)
	if err != nil {
		return "", err
	}
	types, err := s.OutletTypesByName(ctx)
	if err != nil {
		return "", err
	}
	weights, err := s.OutletWeights(ctx)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString(own + "|" + others)
	for _, n := range slices.Sorted(maps.Keys(types)) {
		b.WriteString("|" + n + "=" + string(types[n]))
	}
	for _, n := range slices.Sorted(maps.Keys(weights)) {
		b.WriteString("|" + n + "*" + strconv.FormatFloat(weights[n], 'g', -1, 64))
	}
	return b.String(), nil
}

// Uptakes tells, for own articles by id, who took them up (see Uptake).
// Ids that are not own articles are left out.
func (s *Store) Uptakes(ctx context.Context, ownIDs []int64) (map[int64]Uptake, error) {
	out := map[int64]Uptake{}
	if len(ownIDs) == 0 {
		return out, nil
	}
	var owns []struct {
		ID          int64
		StoryKey    string
		Title       string
		PublishedAt time.Time
	}
	db := s.db.WithContext(ctx)
	if err := db.Table("articles").Select("id, story_key, title, published_at").
		Where("id IN ? AND kind = ?", uniqueIDs(ownIDs), string(KindOwn)).Order("id").Scan(&owns).Error; err != nil {
		return nil, fmt.Errorf("read own items: %w", err)
	}
	types, err := s.OutletTypesByName(ctx)
	if err != nil {
		return nil, err
	}
	weights, err := s.OutletWeights(ctx)
	if err != nil {
		return nil, err
	}
	contains := "instr(a.text, ?) > 0"
	if lagesbild.IsPostgres(db) {
		contains = "strpos(a.text, ?) > 0"
	}
	for _, o := range owns {
		pub := o.PublishedAt.UTC()
		var rows []struct {
			ID     int64
			Outlet string
		}
		q := db.Table("articles a").Select("a.id, a.outlet").
			Where("a.kind <> ? AND a.published_at >= ? AND a.published_at < ?", string(KindOwn), pub.Add(-time.Hour), pub.Add(uptakeWindow))
		title := strings.TrimSpace(o.Title)
		switch quoted := utf8.RuneCountInString(title) >= minQuotedHeading; {
		case o.StoryKey != "" && quoted:
			q = q.Where("(a.story_key = ? OR "+contains+")", o.StoryKey, title)
		case o.StoryKey != "":
			q = q.Where("a.story_key = ?", o.StoryKey)
		case quoted:
			q = q.Where(contains, title)
		default:
			continue
		}
		if err := q.Order("a.published_at, a.id").Scan(&rows).Error; err != nil {
			return nil, fmt.Errorf("uptake of own item %d: %w", o.ID, err)
		}
		var u Uptake
		for _, r := range rows {
			u.Articles++
			if !slices.Contains(u.Outlets, r.Outlet) {
				u.Outlets = append(u.Outlets, r.Outlet)
				if types[r.Outlet] == OutletNational {
					u.National++
				}
				w := weights.Of(r.Outlet)
				u.Reach += w
				u.Weighted = u.Weighted || w != 1
			}
		}
		out[o.ID] = u
	}
	return out, nil
}
