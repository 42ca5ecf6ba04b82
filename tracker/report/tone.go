package report

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/tone"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Tone is how an opinion piece sounds about the organisation; the tone
// package suggests it, a person confirms or corrects it here.
type Tone = tone.Tone

const (
	ToneCritical   = tone.Critical   // kritisk
	ToneNeutral    = tone.Neutral    // neutral
	ToneSupportive = tone.Supportive // positiv, stödjande
)

// Tones lists every tone in display order.
var Tones = tone.All

// The status of an opinion piece's tone.
const (
	ToneSuggested = "suggested" // the scorer's suggestion, not yet seen by a person
	ToneConfirmed = "confirmed" // a person confirmed or corrected it
)

// evidenceLines writes a suggestion's evidence as the report shows it:
// `"helt oacceptabelt" −3 (förstärkt)`.
func evidenceLines(ev []tone.Evidence) []string {
	out := make([]string, 0, len(ev))
	for _, e := range ev {
		line := fmt.Sprintf("%q %s", e.Term, formatSigned(e.Weight))
		if e.Note != "" {
			line += " (" + e.Note + ")"
		}
		out = append(out, line)
	}
	return out
}

// formatSigned writes a weight the Swedish way, with a real minus sign: "−1,5", "+2".
func formatSigned(f float64) string {
	sign := "+"
	if f < 0 {
		sign, f = "−", -f
	}
	return sign + tracker.FormatDecimal(f, 2)
}

// TextSource gives the texts of articles by id, for learning from the
// tones people confirmed; the report's Coverage implements it.
type TextSource interface {
	ArticleTexts(ctx context.Context, ids []int64) (map[int64]string, error)
}

// suggestionCache holds the scorer's suggestion per article, keyed by the
// scorer (a new one after every correction) and a hash of the text.
type suggestionCache struct {
	mu      sync.Mutex
	entries map[int64]suggestion
}

type suggestion struct {
	scorer *tone.Scorer
	text   uint64
	result tone.Result
}

// maxSuggestions bounds the cache: a few weeks of opinion pieces.
const maxSuggestions = 20_000

func newSuggestionCache() *suggestionCache {
	return &suggestionCache{entries: map[int64]suggestion{}}
}

func (c *suggestionCache) score(scorer *tone.Scorer, articleID int64, text string) tone.Result {
	h := fnv.New64a()
	h.Write([]byte(text))
	sum := h.Sum64()
	c.mu.Lock()
	e, ok := c.entries[articleID]
	c.mu.Unlock()
	if ok && e.scorer == scorer && e.text == sum {
		return e.result
	}
	res := scorer.Score(text)
	c.mu.Lock()
	if len(c.entries) >= maxSuggestions {
		clear(c.entries)
	}
	c.entries[articleID] = suggestion{scorer, sum, res}
	c.mu.Unlock()
	return res
}

// MaxToneText is the longest text SuggestTone reads, in characters.
const MaxToneText = 20_000

// SuggestTone is the tone the report would suggest for text: the scorer
// that has learnt from the confirmed tones (texts gives their texts; nil:
// the shipped scorer).
func (s *Store) SuggestTone(ctx context.Context, text string, texts TextSource) (tone.Result, error) {
	v := &tracker.ValidationError{}
	switch n := utf8.RuneCountInString(strings.TrimSpace(text)); {
	case n == 0:
		v.Add("text", "Skriv texten som ska bedömas.")
	case n > MaxToneText:
		v.Add("text", fmt.Sprintf("Texten är för lång: högst %s tecken.", tracker.FormatNumber(MaxToneText)))
	}
	if v.Any() {
		return tone.Result{}, v
	}
	sc, err := s.toneScorer(ctx, texts)
	if err != nil {
		return tone.Result{}, err
	}
	return sc.Score(text), nil
}

// learned is the scorer trained on the seed examples and the corrections,
// kept until the corrections change.
type learned struct {
	mu     sync.Mutex
	key    string // count and latest time of the corrections it learnt from
	scorer *tone.Scorer
}

// toneScorer is the scorer that has learnt from every confirmed tone whose
// text texts can give; with nothing confirmed it is tone.Default().
func (s *Store) toneScorer(ctx context.Context, texts TextSource) (*tone.Scorer, error) {
	if texts == nil {
		return tone.Default(), nil
	}
	var stat struct {
		N      int64
		Latest *time.Time
	}
	if err := s.db.WithContext(ctx).Model(&ToneCorrection{}).
		Select("COUNT(*) AS n, MAX(corrected_at) AS latest").Scan(&stat).Error; err != nil {
		return nil, fmt.Errorf("count tone corrections: %w", err)
	}
	if stat.N == 0 {
		return tone.Default(), nil
	}
	key := fmt.Sprint(stat.N, stat.Latest)
	s.learned.mu.Lock()
	defer s.learned.mu.Unlock()
	if s.learned.key == key {
		return s.learned.scorer, nil
	}
	var rows []ToneCorrection
	if err := s.db.WithContext(ctx).Order("article_id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("load tone corrections: %w", err)
	}
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ArticleID
	}
	byID, err := texts.ArticleTexts(ctx, ids)
	if err != nil {
		return nil, err
	}
	var examples []tone.Example
	for _, r := range rows {
		if text := byID[r.ArticleID]; text != "" {
			examples = append(examples, tone.Example{Text: text, Tone: r.Tone})
		}
	}
	s.learned.key, s.learned.scorer = key, tone.Default().Learn(examples)
	return s.learned.scorer, nil
}

// ToneCorrection is a person's verdict on an article's tone: a confirmation
// of the suggestion or a correction of it. It wins over the scorer, stays
// until another verdict replaces it, and the scorer learns from it.
type ToneCorrection struct {
	ArticleID   int64     `gorm:"primaryKey;autoIncrement:false" json:"article_id"`
	Tone        Tone      `gorm:"size:20" json:"tone"`
	CorrectedBy string    `json:"corrected_by"`
	CorrectedAt time.Time `json:"corrected_at"`
}

func (ToneCorrection) TableName() string { return "article_tone" }

// SetTone records an analyst's tone for an article, replacing an earlier correction.
func (s *Store) SetTone(ctx context.Context, articleID int64, tone Tone, a tracker.Actor) (*ToneCorrection, error) {
	if !a.Role.CorrectsTone() {
		return nil, tracker.ErrForbidden
	}
	v := &tracker.ValidationError{}
	if articleID <= 0 {
		v.Add("article_id", "Ange artikelns id.")
	}
	if !tone.Valid() {
		v.Add("tone", "Okänd ton. Tillåtna: critical, neutral, supportive.")
	}
	if v.Any() {
		return nil, v
	}
	tc := &ToneCorrection{ArticleID: articleID, Tone: tone, CorrectedBy: a.Username, CorrectedAt: s.now()}
	err := s.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "article_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"tone", "corrected_by", "corrected_at"}),
	}).Create(tc).Error
	if err != nil {
		return nil, fmt.Errorf("set tone of article %d: %w", articleID, err)
	}
	return tc, nil
}

// ClearTone removes the correction of an article, so that the scorer decides again.
func (s *Store) ClearTone(ctx context.Context, articleID int64, a tracker.Actor) error {
	if !a.Role.CorrectsTone() {
		return tracker.ErrForbidden
	}
	res := s.db.WithContext(ctx).Where("article_id = ?", articleID).Delete(&ToneCorrection{})
	if res.Error != nil {
		return fmt.Errorf("clear tone of article %d: %w", articleID, res.Error)
	}
	if res.RowsAffected == 0 {
		return tracker.ErrNotFound
	}
	return nil
}

// ToneOverrides returns the corrections of the given articles, by article id.
func (s *Store) ToneOverrides(ctx context.Context, ids []int64) (map[int64]ToneCorrection, error) {
	out := make(map[int64]ToneCorrection)
	for chunk := range slices.Chunk(ids, 1000) {
		var rows []ToneCorrection
		if err := s.db.WithContext(ctx).Where("article_id IN ?", chunk).Find(&rows).Error; err != nil {
			return nil, fmt.Errorf("load tone corrections: %w", err)
		}
		for _, r := range rows {
			r.CorrectedAt = r.CorrectedAt.UTC()
			out[r.ArticleID] = r
		}
	}
	return out, nil
}

// ToneCorrection returns the correction of one article, or ErrNotFound.
func (s *Store) ToneCorrection(ctx context.Context, articleID int64) (*ToneCorrection, error) {
	var tc ToneCorrection
	switch err := s.db.WithContext(ctx).Take(&tc, "article_id = ?", articleID).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, tracker.ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load tone correction of article %d: %w", articleID, err)
	}
	tc.CorrectedAt = tc.CorrectedAt.UTC()
	return &tc, nil
}
