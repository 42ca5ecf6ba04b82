// Package themes names what the coverage of a period is about, the way an
// editor writes it in the lägesbild: angles such as "den externa
// granskningen" or "anmälan till IMY", not single words.
//
// An angle comes from one of three sources: a monitored topic that is a
// part of the coverage (not all of it), a phrase of two words or more that
// several stories in several outlets share, or a near-duplicate story group
// that several outlets carried. Phrases are compared by their words' stems
// (through the search's Swedish analyzer), so "den externa granskningen"
// and "extern granskning" are one phrase; phrases that cover the same
// articles are one angle. A single word, a weekday, a function word or the
// organisation's own name is never an angle.
package themes

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild/search"
)

// Article is one article of the period as the theme finder needs it.
type Article struct {
	ID        int64
	Outlet    string
	Title     string
	Lead      string // the first sentences of the text
	URL       string
	Published time.Time
	StoryKey  string   // near-duplicate group; empty when alone
	Topics    []string // monitored topics it is tagged with
}

// Kinds of theme.
const (
	KindPhrase = "phrase" // a phrase several stories share
	KindTopic  = "topic"  // a monitored topic
	KindStory  = "story"  // a near-duplicate story group
)

// Theme is one angle of the coverage.
type Theme struct {
	Label         string    `json:"label"`
	Count         int       `json:"count"` // stories (a syndicated story once per outlet)
	Kind          string    `json:"kind,omitempty"`
	Outlets       []string  `json:"outlets"`
	PreviousCount int       `json:"previous_count"` // the same angle in the previous period
	Examples      []Example `json:"examples"`
}

// Example is an article that shows what a theme is about.
type Example struct {
	ID     int64  `json:"id"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	URL    string `json:"url,omitempty"`
}

// Options tune Find.
type Options struct {
	// Organisation names the organisation and what the press calls it
	// ("Region Västkust", "regionen", "VGR"): its words are never a theme.
	Organisation []string
	// Max is the most themes returned (default 6).
	Max int
}

// Limits of an angle: how many stories and outlets carry it.
const (
	minArticles = 3
	minOutlets  = 2
	maxExamples = 3
	maxWords    = 4 // content words in a phrase
	// maxShare is the largest part of the period's stories an angle may
	// cover: more is the crisis itself ("journalsystemet").
	maxShare = 0.5
)

// unit is a story counted once per outlet: the articles of one near-duplicate
// group in one outlet are one unit.
type unit struct {
	articles []Article
	outlet   string
	phrases  map[string]bool // keys of the phrases in its titles and leads
	stems    map[string]bool // stems of its content words
}

// Find returns the period's angles, most important first: by outlets, then
// by stories. previous is the period before, for each angle's change.
func Find(articles, previous []Article, o Options) []Theme {
	if o.Max <= 0 {
		o.Max = 6
	}
	ex := excluded(o.Organisation)
	surfaces := map[string]map[string]int{}
	units := group(articles, ex, surfaces)
	prevUnits := group(previous, ex, nil)

	var cands []candidate
	crisis := crisisStems(units)
	for _, c := range phraseCandidates(units, surfaces) {
		if !allIn(strings.Fields(c.key), crisis) {
			cands = append(cands, c)
		}
	}
	cands = append(cands, topicCandidates(units)...)
	cands = append(cands, storyCandidates(units)...)
	slices.SortStableFunc(cands, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.score(), a.score()), cmp.Compare(a.kindRank(), b.kindRank()), cmp.Compare(a.label, b.label))
	})

	// Greedy cover: an angle must bring stories no chosen angle has.
	covered := map[int]bool{}
	var chosen []candidate
	for _, c := range cands {
		if len(chosen) == o.Max {
			break
		}
		fresh := 0
		for _, i := range c.units {
			if !covered[i] {
				fresh++
			}
		}
		if fresh < 2 || float64(fresh) < 0.4*float64(len(c.units)) {
			continue
		}
		if c.kind == KindPhrase && overlapsLabel(c, chosen) {
			continue
		}
		for _, i := range c.units {
			covered[i] = true
		}
		chosen = append(chosen, c)
	}

	out := make([]Theme, 0, len(chosen))
	for _, c := range chosen {
		t := Theme{Label: c.label, Count: len(c.units), Kind: c.kind, Outlets: c.outlets(units)}
		t.PreviousCount = c.countIn(prevUnits)
		t.Examples = c.examples(units)
		out = append(out, t)
	}
	return out
}

// candidate is a possible angle and the units it covers.
type candidate struct {
	kind   string
	label  string
	key    string // the phrase's stems; topic or story key otherwise
	units  []int
	nOutl  int
	weight float64
}

func (c candidate) score() float64 {
	return float64(c.nOutl)*2 + float64(len(c.units)) + c.weight
}

func (c candidate) kindRank() int {
	switch c.kind {
	case KindPhrase:
		return 0
	case KindTopic:
		return 1
	}
	return 2
}

func (c candidate) outlets(units []unit) []string {
	seen := map[string]bool{}
	var out []string
	for _, i := range c.units {
		if o := units[i].outlet; !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	slices.Sort(out)
	return out
}

// countIn counts the units of another period that the candidate covers.
func (c candidate) countIn(units []unit) int {
	n := 0
	for _, u := range units {
		switch c.kind {
		case KindPhrase:
			if u.phrases[c.key] {
				n++
			}
		case KindTopic:
			if slices.Contains(u.articles[0].Topics, c.key) {
				n++
			}
		case KindStory:
			if u.articles[0].StoryKey == c.key {
				n++
			}
		}
	}
	return n
}

// examples are up to three articles of the angle from different outlets,
// the earliest first.
func (c candidate) examples(units []unit) []Example {
	var arts []Article
	for _, i := range c.units {
		arts = append(arts, units[i].articles[0])
	}
	slices.SortStableFunc(arts, func(a, b Article) int { return a.Published.Compare(b.Published) })
	seen := map[string]bool{}
	var out []Example
	for _, a := range arts {
		if seen[a.Outlet] {
			continue
		}
		seen[a.Outlet] = true
		out = append(out, Example{ID: a.ID, Outlet: a.Outlet, Title: a.Title, URL: a.URL})
		if len(out) == maxExamples {
			break
		}
	}
	return out
}

// overlapsLabel tells whether a phrase shares all its stems with a chosen
// phrase ("extern granskning" after "beslut extern granskning").
func overlapsLabel(c candidate, chosen []candidate) bool {
	stems := strings.Fields(c.key)
	for _, o := range chosen {
		if o.kind != KindPhrase {
			continue
		}
		other := strings.Fields(o.key)
		shared := 0
		for _, s := range stems {
			if slices.Contains(other, s) {
				shared++
			}
		}
		if shared == len(stems) || shared == len(other) {
			return true
		}
	}
	return false
}

// group splits articles into units: a near-duplicate group once per outlet.
func group(articles []Article, ex map[string]bool, surfaces map[string]map[string]int) []unit {
	index := map[string]int{}
	var units []unit
	for _, a := range articles {
		k := a.Outlet + "\x00" + a.StoryKey
		if a.StoryKey == "" {
			k = a.Outlet + "\x00#" + strings.ToLower(strings.TrimSpace(a.Title))
		}
		i, ok := index[k]
		if !ok {
			i = len(units)
			index[k] = i
			units = append(units, unit{outlet: a.Outlet, phrases: map[string]bool{}, stems: map[string]bool{}})
		}
		u := &units[i]
		u.articles = append(u.articles, a)
		segs := segments(a.Title + " . " + a.Lead)
		for _, p := range phrasesOf(segs, ex) {
			u.phrases[p.key] = true
			if surfaces != nil {
				m := surfaces[p.key]
				if m == nil {
					m = map[string]int{}
					surfaces[p.key] = m
				}
				m[p.surface]++
			}
		}
		for _, seg := range segs {
			for _, t := range seg {
				if t.content && !ex[t.lower] {
					u.stems[t.stem] = true
				}
			}
		}
	}
	return units
}

// phraseCandidates are the phrases in at least minArticles units of at
// least minOutlets outlets.
func phraseCandidates(units []unit, surfaces map[string]map[string]int) []candidate {
	byKey := map[string][]int{}
	for i, u := range units {
		for k := range u.phrases {
			byKey[k] = append(byKey[k], i)
		}
	}
	// The phrases of two words or more, by each of their stems: what
	// names a single word's angle (see widest).
	byStem := map[string][]string{}
	for k, us := range byKey {
		if len(us) < 2 || !strings.Contains(k, " ") {
			continue
		}
		for _, st := range strings.Fields(k) {
			byStem[st] = append(byStem[st], k)
		}
	}
	var out []candidate
	for k, us := range byKey {
		if len(us) < minArticles {
			continue
		}
		if float64(len(us)) > maxShare*float64(len(units)) {
			continue // the crisis itself, not an angle of it
		}
		c := candidate{kind: KindPhrase, key: k, units: us}
		c.nOutl = len(c.outlets(units))
		if c.nOutl < minOutlets {
			continue
		}
		// A longer phrase that says the same is a better label: weigh it a little.
		c.weight = 0.5 * float64(len(strings.Fields(k))-2)
		c.label = bestSurface(surfaces[k])
		if !strings.Contains(k, " ") {
			// One word: named by the phrase around it that most of its
			// stories share ("kommundirektörens avgång"), if there is one.
			if p := widest(byStem[k], byKey, us); p != "" {
				c.label = bestSurface(surfaces[p])
			} else if !isAbbreviation(c.label) && utf8.RuneCountInString(c.label) < 12 {
				continue
			}
			if startsUpper(c.label) && !isAbbreviation(c.label) && !strings.Contains(c.label, " ") {
				continue // a place or a name alone is where, not what
			}
			c.weight = -1
		}
		out = append(out, c)
	}
	// Of phrases that cover (nearly) the same units, keep the longest.
	slices.SortFunc(out, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(len(strings.Fields(b.key)), len(strings.Fields(a.key))), cmp.Compare(a.key, b.key))
	})
	var kept []candidate
	for _, c := range out {
		dup := false
		for _, k := range kept {
			if subsetStems(c.key, k.key) && float64(len(k.units)) >= 0.8*float64(len(c.units)) {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, c)
		}
	}
	return kept
}

// crisisStems are the stems that a third or more of the period's stories
// carry: the crisis itself ("journalsystemet Nova", "skogsbranden vid
// Tjärnberget"). A phrase of nothing but them names no angle of it.
func crisisStems(units []unit) map[string]bool {
	n := map[string]int{}
	for _, u := range units {
		for s := range u.stems {
			n[s]++
		}
	}
	out := map[string]bool{}
	for s, c := range n {
		if float64(c) >= 0.3*float64(len(units)) {
			out[s] = true
		}
	}
	return out
}

func allIn(stems []string, set map[string]bool) bool {
	for _, s := range stems {
		if !set[s] {
			return false
		}
	}
	return true
}

// widest is the phrase (of phrases, those around one word) that most of
// the word's units share, or "" when none reaches 30 % of them.
func widest(phrases []string, byKey map[string][]int, units []int) string {
	best, n := "", 0
	for _, k := range phrases {
		us := byKey[k]
		if len(us) > n || (len(us) == n && (len(k) > len(best) || len(k) == len(best) && k < best)) {
			best, n = k, len(us)
		}
	}
	if float64(n) < 0.3*float64(len(units)) {
		return ""
	}
	return best
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func subsetStems(short, long string) bool {
	ls := strings.Fields(long)
	for _, s := range strings.Fields(short) {
		if !slices.Contains(ls, s) {
			return false
		}
	}
	return true
}

// topicCandidates are the monitored topics that are a part of the coverage:
// a topic that tags most of it is the crisis itself, not an angle.
func topicCandidates(units []unit) []candidate {
	byTopic := map[string][]int{}
	for i, u := range units {
		seen := map[string]bool{}
		for _, a := range u.articles {
			for _, t := range a.Topics {
				if !seen[t] {
					seen[t] = true
					byTopic[t] = append(byTopic[t], i)
				}
			}
		}
	}
	var out []candidate
	for t, us := range byTopic {
		if len(us) < minArticles || float64(len(us)) > 0.7*float64(len(units)) {
			continue
		}
		c := candidate{kind: KindTopic, key: t, label: t, units: us}
		c.nOutl = len(c.outlets(units))
		if c.nOutl >= minOutlets {
			out = append(out, c)
		}
	}
	return out
}

// storyCandidates are the near-duplicate groups that at least three outlets carried.
func storyCandidates(units []unit) []candidate {
	byStory := map[string][]int{}
	for i, u := range units {
		if k := u.articles[0].StoryKey; k != "" {
			byStory[k] = append(byStory[k], i)
		}
	}
	var out []candidate
	for k, us := range byStory {
		c := candidate{kind: KindStory, key: k, units: us, label: strings.TrimSpace(units[us[0]].articles[0].Title)}
		c.nOutl = len(c.outlets(units))
		if c.nOutl >= 3 && c.label != "" {
			c.weight = -2 // a phrase that names the same angle reads better
			out = append(out, c)
		}
	}
	return out
}

// phrase is one occurrence of a phrase: its key (content words' stems in
// order) and how it was written.
type phrase struct {
	key, surface string
}

// phrasesOf lists the phrases of a text: runs of two to four content words,
// with at most one function word between two of them ("anmälan till IMY"),
// inside one sentence or title part.
func phrasesOf(segs [][]tok, ex map[string]bool) []phrase {
	var out []phrase
	for _, seg := range segs {
		for i := range seg {
			if !seg[i].content {
				continue
			}
			var stems, words []string
			gap := 0
			for j := i; j < len(seg) && len(stems) < maxWords; j++ {
				w := seg[j]
				if ex[w.lower] {
					break
				}
				if !w.content {
					if gap > 0 || !bridge[w.lower] {
						break
					}
					gap++
					words = append(words, w.text)
					continue
				}
				gap = 0
				stems = append(stems, w.stem)
				words = append(words, w.text)
				if len(stems) == 1 && specific(w) {
					out = append(out, phrase{key: w.stem, surface: w.text})
				}
				if len(stems) >= 2 && !allGeneric(seg[i:j+1]) && !verbLike(seg[i].lower) && !verbLike(w.lower) {
					out = append(out, phrase{key: strings.Join(stems, " "), surface: strings.Join(words, " ")})
				}
			}
		}
	}
	return out
}

// bestSurface is the commonest way a phrase was written, in lower case
// unless a word is an abbreviation or a name in the middle of a sentence.
func bestSurface(m map[string]int) string {
	best, n := "", 0
	for s, c := range m {
		if c > n || (c == n && s < best) {
			best, n = s, c
		}
	}
	return best
}

type tok struct {
	text, lower, stem string
	content           bool
}

// segments splits text into runs of words between punctuation, so that a
// phrase never crosses a title's dash or a sentence's end.
func segments(text string) [][]tok {
	var out [][]tok
	var cur []tok
	var b strings.Builder
	first := true // the first word of a segment loses its capital
	flushWord := func() {
		if b.Len() == 0 {
			return
		}
		w := b.String()
		b.Reset()
		lower := strings.ToLower(w)
		t := tok{text: w, lower: lower}
		if first && !isAbbreviation(w) {
			t.text = lower
		}
		first = false
		t.content = isContent(lower)
		if t.content {
			t.stem = search.Stem(lower)
		}
		cur = append(cur, t)
	}
	flushSeg := func() {
		flushWord()
		if len(cur) > 0 {
			out = append(out, cur)
		}
		cur, first = nil, true
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '-' && b.Len() > 0: // "IMY-anmälan", "Nova-haveriet" stay one word
			b.WriteRune(r)
		case r == ':' && b.Len() > 0 && startsLetter(text[i+1:]): // "IMY:s", not "snabbt: akuten"
			b.WriteRune(r)
		case unicode.IsSpace(r):
			flushWord()
		default: // . , ; – — ! ? " ( ) and the like
			flushSeg()
		}
	}
	flushSeg()
	return out
}

func isAbbreviation(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// isContent tells whether a word can carry an angle.
func isContent(w string) bool {
	w = strings.Trim(w, "-:")
	if utf8.RuneCountInString(w) < 3 || stopWords[w] || calendarWords[w] {
		return false
	}
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// verbLike tells whether a word looks like a verb: a phrase that begins or
// ends with one is a clause ("integrationer fungerar", "dominera nästa
// sammanträde"), not the name of an angle. Common verbs, the endings of
// verbs of the first conjugation and of the loan verbs in -era, and the
// supine passive in -its ("operationer skjutits", "beslut tagits").
func verbLike(w string) bool {
	if commonVerbs[w] {
		return true
	}
	for _, end := range []string{"erar", "erade", "eras", "erats", "erat", "ades", "ade", "its"} {
		if strings.HasSuffix(w, end) && utf8.RuneCountInString(w) > len(end)+2 {
			return true
		}
	}
	return strings.HasSuffix(w, "era") && utf8.RuneCountInString(w) > 6
}

var commonVerbs = wordSet(`
	är var vara varit blir blev bli blivit har hade ha haft finns fanns fanns funnits får fick fått
	går gick gått gör gjorde gjort kommer kom kommit tar tog tagit ger gav gett säger sa sade sagt
	vill ville kan kunde ska skulle måste bör borde verkar verkade visar visade kräver krävde krävs
	fungerar fungerade fortsätter fortsatte börjar började slutar slutade stoppas stoppades pausas
	pausades stängs stängdes öppnar öppnade öppnas öppnades leder ledde anser ansåg menar ligger låg
	står stod sitter satt håller höll lägger lade lämnar lämnade saknas saknades tvingas tvingades
	väntar väntade riskerar riskerade behöver behövde`)

// specific tells whether one word can name an angle by itself: an
// abbreviation ("IMY", "SHK") or a long compound ("kokningsrekommendationen",
// "eldningsförbudet") that is not a general word.
func specific(t tok) bool {
	if generic[t.lower] {
		return false
	}
	return isAbbreviation(t.text) && utf8.RuneCountInString(t.lower) >= 2 ||
		utf8.RuneCountInString(t.lower) >= 11
}

// allGeneric tells whether every content word of a phrase is too general to
// name an angle on its own or with the others ("nya uppgifter").
func allGeneric(ts []tok) bool {
	for _, t := range ts {
		// A name alone ("norr om Ödeby") says where, not what.
		name := startsUpper(t.text) && !isAbbreviation(t.text)
		if t.content && !generic[t.lower] && !name {
			return false
		}
	}
	return true
}

// Function words that may stand inside a phrase: "anmälan till IMY",
// "återgången till de tidigare systemen".
var bridge = map[string]bool{"till": true, "av": true, "om": true, "mot": true, "för": true, "på": true,
	"i": true, "vid": true, "med": true, "från": true, "de": true, "den": true, "det": true, "efter": true}

// excluded are the words of the organisation's names.
func excluded(names []string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		for _, w := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != ':'
		}) {
			m[w] = true
			m[strings.TrimSuffix(strings.TrimSuffix(w, ":s"), "s")] = true
			m[w+"s"] = true
			m[w+":s"] = true
		}
	}
	return m
}

var stopWords = wordSet(`
	alla allt alltid andra annan annat att av bara bland blev bli blir blivit både båda
	de dem den denna deras dess dessa det detta dig din dina ditt du där då efter eller
	ett en er era ert från för före genom ha hade han hans har hela helt hen henne
	hennes hit hon honom hur här hos i igen ingen inget inga inom inte innan jag ju kan
	kunde kommer kom komma man med mellan men mer mest mig min mina mitt mot mycket
	många måste ni nu när någon något några och också om oss på redan rätt sa sade
	sagt samma sedan sig sin sina sitt själv ska skall skulle som så säger sägs
	till tar ta tog under upp ut utan vad var vara varför varit varje vars vem vi vid
	vilka vilken vilket vill ville än ännu är år åt över får fått få gör göra gjorde
	går gå gick enligt även igår idag just inför icke sådan sådant sådana vår vårt våra
	vart medan eftersom därför dessutom samtidigt fortfarande uppger skriver menar kring
	cirka del efter hos bakom kommer kunna borde bör säga sade hade blir nästan bara
	ändå dock däremot trots alltså också redan väl nog kanske lite mindre mer fler flera
	uppgifter uppgifterna uppgift enligt källor källa tt`)

// Generic words: a phrase of nothing but these names no angle.
var generic = wordSet(`
	vissa somliga nya nytt ny nye stor stora stort största liten lilla små första andra tredje sista senaste
	tidigare fortsatt fortsätter fortsatta nästa hela många flera fler mer mest
	dag dagen dagar vecka veckan veckor veckorna timme timmar tid tiden gång gången
	fråga frågan frågor frågorna problem problemen problemet läge läget situation situationen
	beslut beslutet arbete arbetet sätt sättet del delen delar hälften procent kronor miljoner
	miljarder antal antalet person personer människor folk alla många hur vad
	säger sade menar uppger kräver vill ska kan måste bör borde efter inför under
	nu igen just redan idag igår imorgon kväll morgon natt nyheter nyhet live direkt
	tre fyra fem sex sju åtta nio tio två en ett
	norr söder öster väster norra södra östra västra norrut söderut`)

// Weekdays, months and words of the calendar never make an angle.
var calendarWords = wordSet(`
	måndag tisdag onsdag torsdag fredag lördag söndag
	måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen
	måndags tisdags onsdags torsdags fredags lördags söndags
	januari februari mars april maj juni juli augusti september oktober november december
	idag igår imorgon förmiddag eftermiddag kvällen morgonen natten helgen helg`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// OrganisationNames are the names the press gives an organisation: its
// own ("Region Västkust", "Norrby kommun") and what it is called in the
// definite form ("regionen", "kommunen", "länsstyrelsen", "myndigheten").
func OrganisationNames(name string) []string {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil
	}
	out := []string{name}
	lower := strings.ToLower(name)
	for _, k := range []struct{ word, definite string }{
		{"region", "regionen"}, {"kommun", "kommunen"}, {"länsstyrelse", "länsstyrelsen"},
		{"myndighet", "myndigheten"}, {"verk", "verket"}, {"förvaltning", "förvaltningen"},
		{"sjukhus", "sjukhuset"}, {"stad", "staden"},
	} {
		if strings.Contains(lower, k.word) {
			out = append(out, k.definite, k.definite+"s")
		}
	}
	return out
}
