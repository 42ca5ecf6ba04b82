package report

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Tone is how an opinion piece sounds about the organisation.
type Tone string

const (
	ToneCritical   Tone = "critical"   // kritisk
	ToneNeutral    Tone = "neutral"    // neutral
	ToneSupportive Tone = "supportive" // positiv, stödjande
)

// Tones lists every tone in display order.
var Tones = []Tone{ToneCritical, ToneNeutral, ToneSupportive}

// Valid tells whether t is a known tone.
func (t Tone) Valid() bool { return slices.Contains(Tones, t) }

// Label is the Swedish name of the tone.
func (t Tone) Label() string {
	switch t {
	case ToneCritical:
		return "Kritisk"
	case ToneNeutral:
		return "Neutral"
	case ToneSupportive:
		return "Positiv"
	}
	return string(t)
}

// ToneResult is the scorer's verdict and why: each piece of evidence names
// the words that matched and what they weighed.
type ToneResult struct {
	Tone     Tone     `json:"tone"`
	Score    float64  `json:"score"`    // the sum of the weights; below 0 critical, above 0 supportive
	Evidence []string `json:"evidence"` // e.g. `"helt oacceptabelt" −3 (förstärkt)`
}

// ToneTerm is one entry of the lexicon. Pattern is one or more words
// separated by spaces; in each word "*" at the end matches any ending
// (inflections: "misslyck*" finds misslyckande, misslyckades), "*" at the
// start any beginning (compounds: "*kaos*" finds vårdkaoset), and the word
// "..." skips up to three words ("förlora* ... förtroende*"). Weight is
// negative for critical words, positive for supportive ones; a term with
// weight 0 only shields its words from shorter terms ("haverikommission*"
// keeps "*haveri*" from matching Statens haverikommission).
type ToneTerm struct {
	Pattern string
	Weight  float64
}

// ToneScorer is a transparent lexicon scorer for Swedish opinion text.
//
// It lower-cases the text and splits it into words; punctuation and the
// word "men" end a clause. At each word it takes the longest lexicon term
// that matches there and adds its weight. A negation (inte, ej, inget, ingen,
// inga, aldrig, knappast, varken, utan) among the three words before the term,
// in the same clause, turns the weight around: negated praise counts fully as
// criticism ("inte acceptabelt"), negated criticism counts half as support
// ("inget misslyckande"). An intensifier (helt, mycket, totalt …) just before
// a term multiplies its weight by 1.5. The verdict is critical when the sum is
// at most −Threshold, supportive when at least +Threshold, else neutral; for
// texts longer than 100 words the threshold grows with the length (Threshold
// per 100 words), so that a long column needs proportionally more evidence.
type ToneScorer struct {
	Terms     []ToneTerm
	Threshold float64 // default 1

	exact    map[string][]*compiledTerm // by the first word, for terms whose first word is exact
	byPrefix map[string][]*compiledTerm // by the first three letters of a prefix word
	anywhere []*compiledTerm            // first word starts with "*"
}

type wordPattern struct {
	text           string
	prefix, suffix bool // "abc*" matches words starting with abc; "*abc" ending with it (both: containing)
	gap            bool // "..." skips up to three words
}

type compiledTerm struct {
	ToneTerm
	words []wordPattern
	size  int // letters in the pattern: a longer term wins over a shorter one
}

// DefaultToneTerms is the lexicon of ScoreTone, written for crisis coverage of
// a public authority (a failed IT roll-out, overloaded emergency wards).
var DefaultToneTerms = []ToneTerm{
	// Critical.
	{"*kaos*", -2}, {"kaoti*", -2}, {"*haveri*", -2}, {"*skandal*", -2}, {"*fiasko*", -2}, {"*katastrof*", -2},
	{"misslyck*", -2}, {"oacceptab*", -2}, {"avgå*", -2}, {"ansvar* måste utkräv*", -2}, {"ansvarsutkräv*", -2},
	{"utkräv*", -1.5}, {"kräver", -1}, {"krävde", -1}, {"krav på", -1}, {"stopp*", -1.5}, {"pausa*", -1},
	{"ansvarslös*", -2}, {"oansvarig*", -2}, {"vårdslös*", -2}, {"slarv*", -1.5}, {"nonchalan*", -2},
	{"arrogan*", -2}, {"svek", -2}, {"sveket", -2}, {"svik*", -2}, {"svikit", -2}, {"skam*", -2},
	{"pinsam*", -1.5}, {"upprör*", -1.5}, {"skrämman*", -1.5}, {"ofattbar*", -2}, {"obegriplig*", -1.5},
	{"orimlig*", -1.5}, {"oförsvar*", -2}, {"undermålig*", -2}, {"bedrövlig*", -2}, {"usel*", -2}, {"urusel*", -2},
	{"dålig*", -1}, {"sämre", -0.5}, {"brist*", -1}, {"*brister", -1}, {"allvarlig*", -1}, {"felaktig*", -1},
	{"kritik*", -1}, {"kritiser*", -1}, {"ifrågasätt*", -1}, {"varnade", -1}, {"varningar*", -1},
	{"*slöseri*", -2}, {"slösa*", -1.5}, {"illa", -1}, {"problem*", -0.5}, {"hemlighåll*", -1.5}, {"mörka*", -1.5},
	{"fungerar inte", -1.5}, {"fungerade inte", -1.5}, {"klarar inte", -1}, {"klarade inte", -1},
	{"förtroendekris*", -2}, {"förlora* ... förtroende*", -2}, {"tappa* ... förtroende*", -2},
	{"förtroende* ... rasa*", -2}, {"rasa*", -1}, {"måste ta ansvar*", -1.5}, {"måste bära ansvar*", -1.5},
	{"lida*", -1}, {"far illa", -1.5}, {"for illa", -1.5}, {"hån*", -1.5},
	{"hot mot", -1.5}, {"måste ... ta ansvar*", -1.5}, {"oroande", -1}, {"oroväckande", -1.5}, {"ohållbar*", -1.5}, {"omöjlig*", -1},
	// Neutral words that only shield their letters from a shorter critical term.
	{"haverikommission*", 0}, {"krävs", 0}, {"problemet är", 0}, {"tack vare", 0}, {"tydligen", 0},

	// Supportive.
	{"rätt beslut*", 2}, {"var rätt", 1.5}, {"är rätt", 1.5}, {"gjorde rätt", 1.5}, {"gör rätt", 1.5},
	{"modig*", 2}, {"förtroende*", 1}, {"bra att", 1.5}, {"bra", 1}, {"klok*", 2}, {"ansvarsfull*", 2},
	{"ansvarstagande", 1.5}, {"tar ansvar*", 1.5}, {"tog ansvar*", 1.5}, {"tagit ansvar*", 1.5},
	{"beröm*", 2}, {"lovvärd*", 2}, {"föredöm*", 2}, {"imponera*", 2}, {"tydlig*", 1}, {"öppenhet*", 1},
	{"transparen*", 1}, {"ödmjuk*", 1.5}, {"välkom*", 1.5}, {"glädj*", 1.5}, {"positiv*", 1},
	{"hoppfull*", 1.5}, {"professionell*", 1.5}, {"hjälte*", 2}, {"hedervärd*", 2}, {"heder*", 1.5},
	{"fantastisk*", 2}, {"utmärkt*", 2}, {"lyckad*", 1.5}, {"lyckades", 1.5}, {"framgång*", 1.5},
	{"förståelig*", 1}, {"rimlig*", 1}, {"nödvändig*", 1}, {"arbetsro", 1.5}, {"tålamod*", 1},
	{"sansa*", 1.5}, {"balanserad*", 1}, {"genomtänkt*", 1.5}, {"försvarbar*", 1}, {"acceptab*", 1},
	{"stöttar", 1}, {"stötta", 1}, {"uppskatta*", 1.5}, {"tack", 1}, {"tacka*", 1}, {"eloge*", 2},
	{"förtjänar", 1}, {"kloka", 2}, {"handlingskraft*", 2}, {"resolut*", 1.5}, {"snabbt agerande", 1.5},
	{"agerade snabbt", 1.5}, {"lärdom*", 0.5}, {"god", 1}, {"goda", 1},
	{"lyssnar på", 1}, {"lyssnade på", 1}, {"lyssnat på", 1},
}

var negators = map[string]bool{"inte": true, "ej": true, "icke": true, "inget": true, "ingen": true,
	"inga": true, "aldrig": true, "knappast": true, "varken": true, "utan": true}

// Words after "inte" that make it no negation: "inte bara", "inte minst".
var notNegating = map[string]bool{"bara": true, "minst": true, "enbart": true, "endast": true, "blott": true}

var intensifiers = map[string]bool{"helt": true, "mycket": true, "totalt": true, "fullständigt": true,
	"extremt": true, "djupt": true, "oerhört": true, "verkligen": true, "rent": true, "synnerligen": true,
	"fullkomligt": true, "ytterst": true, "väldigt": true, "riktigt": true}

// NewToneScorer compiles a scorer over terms (DefaultToneTerms when nil).
func NewToneScorer(terms []ToneTerm) *ToneScorer {
	if terms == nil {
		terms = DefaultToneTerms
	}
	s := &ToneScorer{Terms: terms, Threshold: 1,
		exact: map[string][]*compiledTerm{}, byPrefix: map[string][]*compiledTerm{}}
	for _, t := range terms {
		ct := &compiledTerm{ToneTerm: t}
		for _, w := range strings.Fields(strings.ToLower(t.Pattern)) {
			if w == "..." {
				ct.words = append(ct.words, wordPattern{gap: true})
				continue
			}
			wp := wordPattern{prefix: strings.HasSuffix(w, "*"), suffix: strings.HasPrefix(w, "*")}
			wp.text = strings.Trim(w, "*")
			ct.size += utf8.RuneCountInString(wp.text)
			ct.words = append(ct.words, wp)
		}
		if len(ct.words) == 0 || ct.words[0].gap {
			continue
		}
		first := ct.words[0]
		switch {
		case first.suffix:
			s.anywhere = append(s.anywhere, ct)
		case first.prefix && utf8.RuneCountInString(first.text) >= 3:
			k := firstRunes(first.text, 3)
			s.byPrefix[k] = append(s.byPrefix[k], ct)
		case first.prefix:
			s.anywhere = append(s.anywhere, ct)
		default:
			s.exact[first.text] = append(s.exact[first.text], ct)
		}
	}
	return s
}

var defaultScorer = NewToneScorer(nil)

// ScoreTone scores text with the default lexicon.
func ScoreTone(text string) ToneResult { return defaultScorer.Score(text) }

type toneToken struct {
	word     string
	boundary bool // punctuation or "men": a clause ends here
}

func tokenizeTone(text string) []toneToken {
	var out []toneToken
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		w := b.String()
		b.Reset()
		if w == "men" {
			out = append(out, toneToken{boundary: true})
			return
		}
		out = append(out, toneToken{word: w})
	}
	for _, r := range strings.ToLower(text) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case strings.ContainsRune(".,;:!?()[]\"”“«»—–\n", r):
			flush()
			out = append(out, toneToken{boundary: true})
		default: // spaces, hyphens, apostrophes: a word ends
			flush()
		}
	}
	flush()
	return out
}

func (w wordPattern) matches(word string) bool {
	switch {
	case w.prefix && w.suffix:
		return strings.Contains(word, w.text)
	case w.prefix:
		return strings.HasPrefix(word, w.text)
	case w.suffix:
		return strings.HasSuffix(word, w.text)
	}
	return word == w.text
}

// matchAt tells how many tokens the term covers from i, or 0.
func (ct *compiledTerm) matchAt(toks []toneToken, i int) int {
	var try func(pi, ti int) int
	try = func(pi, ti int) int {
		if pi == len(ct.words) {
			return ti
		}
		wp := ct.words[pi]
		if wp.gap {
			for skip := 0; skip <= 3; skip++ {
				if skip > 0 && (ti+skip-1 >= len(toks) || toks[ti+skip-1].boundary) {
					break
				}
				if end := try(pi+1, ti+skip); end > 0 {
					return end
				}
			}
			return 0
		}
		if ti >= len(toks) || toks[ti].boundary || !wp.matches(toks[ti].word) {
			return 0
		}
		return try(pi+1, ti+1)
	}
	if end := try(0, i); end > i {
		return end - i
	}
	return 0
}

// Score scores one text.
func (s *ToneScorer) Score(text string) ToneResult {
	toks := tokenizeTone(text)
	words := 0
	for _, t := range toks {
		if !t.boundary {
			words++
		}
	}
	res := ToneResult{Tone: ToneNeutral, Evidence: []string{}}
	for i := 0; i < len(toks); {
		if toks[i].boundary {
			i++
			continue
		}
		best, n := s.best(toks, i)
		if best == nil || s.overtaken(toks, i, n) {
			i++
			continue
		}
		if best.Weight != 0 {
			w, notes := best.Weight, []string{}
			if negatedAt(toks, i) {
				if w > 0 {
					w = -w
				} else {
					w = -w / 2
				}
				notes = append(notes, "negerat")
			}
			if i > 0 && !toks[i-1].boundary && intensifiers[toks[i-1].word] {
				w *= 1.5
				notes = append(notes, "förstärkt")
			}
			res.Score += w
			ev := fmt.Sprintf("%q %s", phrase(toks[i:i+n]), formatSigned(w))
			if len(notes) > 0 {
				ev += " (" + strings.Join(notes, ", ") + ")"
			}
			res.Evidence = append(res.Evidence, ev)
		}
		i += n
	}
	res.Score = math.Round(res.Score*100) / 100
	threshold := s.Threshold
	if threshold <= 0 {
		threshold = 1
	}
	if words > 100 {
		threshold *= float64(words) / 100
	}
	switch {
	case res.Score <= -threshold:
		res.Tone = ToneCritical
	case res.Score >= threshold:
		res.Tone = ToneSupportive
	}
	return res
}

// best is the longest term matching at i: most words, then most letters.
func (s *ToneScorer) best(toks []toneToken, i int) (*compiledTerm, int) {
	w := toks[i].word
	var best *compiledTerm
	bestN := 0
	consider := func(cands []*compiledTerm) {
		for _, ct := range cands {
			n := ct.matchAt(toks, i)
			if n == 0 {
				continue
			}
			if best == nil || n > bestN || (n == bestN && ct.size > best.size) {
				best, bestN = ct, n
			}
		}
	}
	consider(s.exact[w])
	consider(s.byPrefix[firstRunes(w, 3)])
	consider(s.anywhere)
	return best, bestN
}

// overtaken tells whether a term starting inside the match at i (n words)
// reaches further: "var rätt beslut" is "rätt beslut", not "var rätt".
func (s *ToneScorer) overtaken(toks []toneToken, i, n int) bool {
	for j := i + 1; j < i+n; j++ {
		if ct, m := s.best(toks, j); ct != nil && j+m > i+n {
			return true
		}
	}
	return false
}

// negatedAt tells whether a negation stands among the three words before i
// in the same clause ("inte bara" and "inte minst" do not negate).
func negatedAt(toks []toneToken, i int) bool {
	for j, seen := i-1, 0; j >= 0 && seen < 3; j-- {
		if toks[j].boundary {
			return false
		}
		seen++
		if negators[toks[j].word] {
			return j+1 >= len(toks) || !notNegating[toks[j+1].word]
		}
	}
	return false
}

func phrase(toks []toneToken) string {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.word)
	}
	return strings.Join(words, " ")
}

func firstRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// formatSigned writes a weight the Swedish way, with a real minus sign: "−1,5", "+2".
func formatSigned(f float64) string {
	sign := "+"
	if f < 0 {
		sign, f = "−", -f
	}
	return sign + tracker.FormatDecimal(f, 2)
}

// ToneCorrection is an analyst's verdict on an article's tone. It wins over
// the scorer and stays until another correction replaces it.
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
