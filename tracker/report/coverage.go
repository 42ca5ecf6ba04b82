package report

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report/themes"
)

// ArticleCoverage is the report's news side, counted from the articles
// through ingest's coverage queries (ingest.Store.CoverageArticles and its
// kin): no search index is involved, so the figures are exact and cost the same
// however broad the coverage is. It implements Coverage, DailyVolumer and
// MentionCounter.
//
// What counts, everywhere below:
//
//   - Coverage: the articles of kind news or opinion whose published_at
//     lies in the period's bounds (Stockholm midnights, [start, end)). Items
//     of own feeds (kind own) are never coverage: OwnItems returns them.
//   - Monitored topics: when any topic exists, only articles tagged with at
//     least one of them count; with no topic defined every article counts.
//     A topic given to CoverageFigures or DailyVolume (its id or its name)
//     narrows the count to the articles tagged with that topic.
//   - Once per outlet: the articles of one near-duplicate group (story_key)
//     in one outlet count once; an article without a group is its own. The
//     unit counted is thus the pair (outlet, story), and it counts on the
//     Stockholm day, and as the kind, of its earliest article in the period,
//     so that the days and the kinds add up to the total.
type ArticleCoverage struct {
	feeds *ingest.Store
	o     ArticleCoverageOptions
	memo  *memo // what the same articles gave last time: figures, themes, mentions, own items, daily counts
}

// memo keeps the answers of the coverage (a period's figures and themes,
// its mentions and own items, the daily counts of a baseline window) with
// a fingerprint of the articles they were computed from; an answer is used
// again only while the fingerprint is the same. An editor who reloads a draft, or the report of
// a week that has ended, does not pay for them twice.
type memo struct {
	mu      sync.Mutex
	entries map[string]memoEntry
}

type memoEntry struct {
	version string
	value   any
}

// maxMemo bounds the entries kept: a few periods and topics.
const maxMemo = 64

func (m *memo) get(key, version string) (any, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.entries[key]
	return e.value, ok && e.version == version
}

func (m *memo) put(key, version string, v any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.entries) >= maxMemo {
		clear(m.entries) // rare: more periods than an editor works with
	}
	m.entries[key] = memoEntry{version, v}
}

// ArticleCoverageOptions tune the themes and the opinion texts; the zero
// value is the default.
type ArticleCoverageOptions struct {
	// Organisation names the organisation ("Region Västkust"): its words,
	// and what the press calls it ("regionen"), are never a theme.
	Organisation string
	// Themes is how many themes the report lists (default 6).
	Themes int
	// OpinionTextRunes bounds the text of an opinion piece handed to the tone
	// scorer (default 4,000 characters, cut at a word boundary).
	OpinionTextRunes int
}

// Theme kinds, as the theme finder names them in Theme.Kind.
const (
	ThemeTopic  = themes.KindTopic
	ThemeStory  = themes.KindStory
	ThemePhrase = themes.KindPhrase
)

// coverageKinds are the kinds of article that are coverage (own items are not).
var coverageKinds = []ingest.Kind{ingest.KindNews, ingest.KindOpinion}

// leadRunes is how much of each article's text the themes read beside its
// title: the lead, where a story says what it is about.
const leadRunes = 300

var (
	_ Coverage       = (*ArticleCoverage)(nil)
	_ DailyVolumer   = (*ArticleCoverage)(nil)
	_ MentionCounter = (*ArticleCoverage)(nil)
)

// NewArticleCoverage returns the coverage over the articles of feeds.
func NewArticleCoverage(feeds *ingest.Store, o ArticleCoverageOptions) *ArticleCoverage {
	if o.Themes <= 0 {
		o.Themes = 6
	}
	if o.OpinionTextRunes <= 0 {
		o.OpinionTextRunes = 4000
	}
	return &ArticleCoverage{feeds: feeds, o: o, memo: &memo{entries: map[string]memoEntry{}}}
}

// coverageScope is which articles of a period are coverage: with Tagged,
// only articles tagged with a monitored topic; with TopicID, only those
// tagged with that topic.
type coverageScope = ingest.CoverageQuery

// scope resolves the topic argument: empty is every monitored topic (or
// everything when none is defined); otherwise a topic's exact name, else its
// id, else its name regardless of case. An unknown topic is a *ValidationError.
func (c *ArticleCoverage) scope(ctx context.Context, topic string) (coverageScope, []ingest.Topic, error) {
	topic = strings.TrimSpace(topic)
	topics, err := c.feeds.TopicNames(ctx)
	if err != nil {
		return coverageScope{}, nil, err
	}
	if topic == "" {
		return coverageScope{Tagged: len(topics) > 0}, topics, nil
	}
	id, _ := strconv.ParseInt(topic, 10, 64)
	for _, match := range []func(id int64, name string) bool{
		func(_ int64, name string) bool { return name == topic },
		func(tid int64, _ string) bool { return id > 0 && tid == id },
		func(_ int64, name string) bool { return strings.EqualFold(name, topic) },
	} {
		for _, t := range topics {
			if match(t.ID, t.Name) {
				return coverageScope{Tagged: true, TopicID: t.ID}, topics, nil
			}
		}
	}
	v := &tracker.ValidationError{}
	v.Add("topic", fmt.Sprintf("Det finns inget bevakat ämne %q.", topic))
	return coverageScope{}, nil, v
}

// dayIndex is the index of the day of t among starts (t within the bounds).
func dayIndex(starts []time.Time, t time.Time) int {
	return sort.Search(len(starts), func(i int) bool { return starts[i].After(t) }) - 1
}

// unitKey identifies what counts once: the outlet and the story.
func unitKey(outlet, storyKey string, id int64) string {
	if storyKey == "" {
		storyKey = "a" + strconv.FormatInt(id, 10)
	}
	return outlet + "\x00" + storyKey
}

// coverageRow is an article of the coverage; the text of opinion pieces
// only, cut to opinionRunes+1 characters.
type coverageRow = ingest.CoverageArticle

// units reads the period's coverage articles, oldest first, and keeps the
// first of each (outlet, story): the articles that count. unitOf maps every
// article read, counted or not, to the index of its unit's article. With
// opinionRunes > 0 it also reads the kind, the URL and, of opinion pieces,
// the start of the text; without, only what the title words need.
func (c *ArticleCoverage) units(ctx context.Context, p tracker.Period, sc coverageScope, opinionRunes int) (counted []coverageRow, unitOf map[int64]int, err error) {
	sc.Start, sc.End = p.Bounds()
	sc.LeadRunes = leadRunes
	text := 0
	if opinionRunes > 0 {
		text = opinionRunes + 1 // one pass over the period: the opinion texts come with the counts
	}
	unitOf = map[int64]int{}
	first := map[string]int{}
	err = c.feeds.CoverageArticles(ctx, sc, text, func(r coverageRow) error {
		k := unitKey(r.Outlet, r.StoryKey, r.ID)
		i, ok := first[k]
		if !ok {
			i = len(counted)
			first[k] = i
			counted = append(counted, r)
		}
		unitOf[r.ID] = i
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read coverage of %s: %w", p, err)
	}
	return counted, unitOf, nil
}

// CoverageFigures counts the period's coverage (see ArticleCoverage): the
// total, per kind, per outlet (most first) and per Stockholm day (every day,
// zeros included), the opinion pieces with their text for the tone scorer,
// and the themes: the monitored topics with their counts in the period (most
// first), then the near-duplicate stories that reached the most outlets,
// then the title words that rose most against the previous period.
func (c *ArticleCoverage) CoverageFigures(ctx context.Context, p tracker.Period, topic string) (CoverageFigures, error) {
	if !p.Valid() {
		return CoverageFigures{}, fmt.Errorf("coverage for %q–%q: malformed period", p.From, p.To)
	}
	sc, topics, err := c.scope(ctx, topic)
	if err != nil {
		return CoverageFigures{}, err
	}
	// The figures read this period's articles and, for the themes, the
	// previous period's: kept with a fingerprint of both and of the topics,
	// they are not counted again while nothing in them changed.
	prevP := p.Previous()
	version, err := c.version(ctx, topics, coverageKinds, p, prevP)
	if err != nil {
		return CoverageFigures{}, err
	}
	key := fmt.Sprintf("figures|%s|%d|%t", p, sc.TopicID, sc.Tagged)
	if v, ok := c.memo.get(key, version); ok {
		return v.(CoverageFigures).clone(), nil
	}
	cf, err := c.countFigures(ctx, p, prevP, sc)
	if err != nil {
		return cf, err
	}
	c.memo.put(key, version, cf.clone())
	return cf, nil
}

// clone copies the lists of cf, so that what the memo keeps is not changed
// through what it gave.
func (cf CoverageFigures) clone() CoverageFigures {
	cf.ByOutlet, cf.ByDay, cf.Opinion, cf.Themes = slices.Clone(cf.ByOutlet), slices.Clone(cf.ByDay),
		slices.Clone(cf.Opinion), slices.Clone(cf.Themes)
	return cf
}

// version fingerprints what a coverage answer over the periods reads: their
// articles of the kinds (ingest.Store.ArticlesVersion) and the monitored
// topics.
func (c *ArticleCoverage) version(ctx context.Context, topics []ingest.Topic, kinds []ingest.Kind, periods ...tracker.Period) (string, error) {
	var b strings.Builder
	for _, t := range topics {
		fmt.Fprintf(&b, "%d:%s,", t.ID, t.Name)
	}
	for _, p := range periods {
		start, end := p.Bounds()
		v, err := c.feeds.ArticlesVersion(ctx, start, end, kinds...)
		if err != nil {
			return "", err
		}
		b.WriteString("|" + v)
	}
	return b.String(), nil
}

// countFigures counts the figures of CoverageFigures from the articles.
func (c *ArticleCoverage) countFigures(ctx context.Context, p, prevP tracker.Period, sc coverageScope) (CoverageFigures, error) {
	cf := CoverageFigures{ByOutlet: []tracker.OutletCount{}, Opinion: []OpinionPiece{}, Themes: []Theme{}}
	counted, unitOf, err := c.units(ctx, p, sc, c.o.OpinionTextRunes)
	if err != nil {
		return cf, err
	}
	starts := p.DayStarts()
	days := make([]int, len(starts)-1)
	outlets := map[string]int{}
	for _, r := range counted {
		if r.Kind == ingest.KindOpinion {
			cf.ByKind.Opinion++
			cf.Opinion = append(cf.Opinion, OpinionPiece{ID: r.ID, Outlet: r.Outlet, Title: r.Title, URL: r.URL,
				Text: c.opinionText(r.Title, r.Text), PublishedAt: r.PublishedAt.UTC()})
		} else {
			cf.ByKind.News++
		}
		outlets[r.Outlet]++
		days[dayIndex(starts, r.PublishedAt)]++
	}
	cf.Total = len(counted)
	for o, n := range outlets {
		cf.ByOutlet = append(cf.ByOutlet, tracker.OutletCount{Outlet: o, Count: n})
	}
	tracker.SortOutlets(cf.ByOutlet)
	cf.ByDay = make([]DayCount, len(days))
	for i, date := range p.Dates() {
		cf.ByDay[i] = DayCount{Date: date, Count: days[i]}
	}
	if cf.Total == 0 {
		return cf, nil
	}
	prev, _, err := c.units(ctx, prevP, sc, 0)
	if err != nil {
		return cf, err
	}
	cf.PreviousTotal, cf.PreviousCounted = len(prev), true
	now, err := c.themeArticles(ctx, sc, counted, unitOf)
	if err != nil {
		return cf, err
	}
	before, err := c.themeArticles(ctx, sc, prev, nil)
	if err != nil {
		return cf, err
	}
	cf.Themes = themes.Find(now, before, themes.Options{Organisation: themes.OrganisationNames(c.o.Organisation), Max: c.o.Themes})
	return cf, nil
}

// themeArticles are the counted articles as the theme finder reads them,
// with the monitored topics each unit's articles are tagged with (unitOf
// maps every article of the period to its unit; nil: the counted only).
func (c *ArticleCoverage) themeArticles(ctx context.Context, sc coverageScope, counted []coverageRow, unitOf map[int64]int) ([]themes.Article, error) {
	out := make([]themes.Article, len(counted))
	for i, r := range counted {
		out[i] = themes.Article{ID: r.ID, Outlet: r.Outlet, Title: r.Title, Lead: r.Lead, URL: r.URL,
			Published: r.PublishedAt, StoryKey: r.StoryKey}
	}
	if !sc.Tagged || len(counted) == 0 { // no topic is defined
		return out, nil
	}
	names, err := c.feeds.TopicNames(ctx)
	if err != nil {
		return nil, err
	}
	name := make(map[int64]string, len(names))
	for _, t := range names {
		name[t.ID] = t.Name
	}
	if unitOf == nil {
		unitOf = make(map[int64]int, len(counted))
		for i, r := range counted {
			unitOf[r.ID] = i
		}
	}
	ids := make([]int64, 0, len(unitOf))
	for id := range unitOf {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	tags, err := c.feeds.ArticleTopicIDs(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("read the topics of the coverage: %w", err)
	}
	for id, topicIDs := range tags {
		a := &out[unitOf[id]]
		for _, t := range topicIDs {
			if n := name[t]; n != "" && !slices.Contains(a.Topics, n) {
				a.Topics = append(a.Topics, n)
			}
		}
	}
	return out, nil
}

// opinionText is what the tone scorer reads of an opinion piece: its title
// and the beginning of its text, cut at a word boundary.
func (c *ArticleCoverage) opinionText(title, text string) string {
	return strings.TrimSpace(title + ". " + cutWords(text, c.o.OpinionTextRunes))
}

// ArticleTexts gives the tone scorer the texts of articles people have
// confirmed the tone of, read as the report reads an opinion piece.
func (c *ArticleCoverage) ArticleTexts(ctx context.Context, ids []int64) (map[int64]string, error) {
	rows, err := c.feeds.ArticleTexts(ctx, ids, c.o.OpinionTextRunes+100)
	if err != nil {
		return nil, err
	}
	out := make(map[int64]string, len(rows))
	for id, r := range rows {
		out[id] = c.opinionText(r.Title, r.Text)
	}
	return out, nil
}

// cutWords shortens s to at most n runes, at the last space when there is
// one in the second half.
func cutWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := runeOffsetOf(s, n)
	s = s[:cut]
	if i := strings.LastIndexAny(s, " \n\t"); i > cut/2 {
		s = s[:i]
	}
	return strings.TrimRightFunc(s, unicode.IsSpace)
}

func runeOffsetOf(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// DailyVolume counts the coverage per Stockholm day of the period in one
// query: the earliest article of each (outlet, story) in the period, placed
// on its day by a comparison tree over the day boundaries. Every day of the
// period is in the answer, zeros included; it equals CoverageFigures' ByDay.
func (c *ArticleCoverage) DailyVolume(ctx context.Context, p tracker.Period, topic string) ([]DayCount, error) {
	if !p.Valid() {
		return nil, fmt.Errorf("daily coverage for %q–%q: malformed period", p.From, p.To)
	}
	sc, _, err := c.scope(ctx, topic)
	if err != nil {
		return nil, err
	}
	starts := p.DayStarts()
	version, err := c.feeds.CoverageDaysVersion(ctx, p.From, p.To)
	if err != nil {
		return nil, err
	}
	key := fmt.Sprintf("daily|%s|%d|%t", p, sc.TopicID, sc.Tagged)
	var counts []int
	if v, ok := c.memo.get(key, version); ok {
		counts = v.([]int)
	} else {
		if counts, err = c.feeds.CoverageStoriesPerDay(ctx, sc, starts); err != nil {
			return nil, fmt.Errorf("count coverage per day of %s: %w", p, err)
		}
		c.memo.put(key, version, counts)
	}
	out := zeroDays(p)
	for i, n := range counts {
		out[i].Count = n
	}
	return out, nil
}

// OwnItems are the items of own feeds (kind own) published in the period,
// newest first, as communication actions: dated by their Stockholm day, of
// the kind their categories name (Pressmeddelande: press release; Intern
// nyhet: internal news; anything else: external news).
func (c *ArticleCoverage) OwnItems(ctx context.Context, p tracker.Period) ([]ReportAction, error) {
	if !p.Valid() {
		return nil, fmt.Errorf("own items for %q–%q: malformed period", p.From, p.To)
	}
	start, end := p.Bounds()
	version, err := c.feeds.UptakesVersion(ctx, start, end)
	if err != nil {
		return nil, err
	}
	key := "own|" + p.String()
	if v, ok := c.memo.get(key, version); ok {
		return slices.Clone(v.([]ReportAction)), nil
	}
	rows, err := c.feeds.OwnArticles(ctx, start, end)
	if err != nil {
		return nil, fmt.Errorf("read own items of %s: %w", p, err)
	}
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	uptakes, err := c.feeds.Uptakes(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("uptake of own items of %s: %w", p, err)
	}
	out := make([]ReportAction, 0, len(rows))
	for _, r := range rows {
		title := strings.TrimSpace(r.Title)
		if title == "" {
			title = "(utan rubrik)"
		}
		u := uptakes[r.ID]
		out = append(out, ReportAction{Date: r.PublishedAt.In(tracker.Stockholm).Format(time.DateOnly),
			Kind: OwnItemKind(r.Categories), Title: title, URL: r.URL, Source: "feed", Uptake: u.Phrase(), UptakeOutlets: u.Outlets})
	}
	c.memo.put(key, version, slices.Clone(out))
	return out, nil
}

// OwnItemKind is the action kind of an own feed's item from its categories
// (separated by "; "): a category Pressmeddelande (or Pressmeddelanden) makes a
// press release, Intern nyhet (Interna nyheter) an internal news item, anything
// else external news.
func OwnItemKind(categories string) ActionKind {
	kind := ActionExternalNews
	for _, c := range strings.Split(categories, ";") {
		c = strings.Join(strings.Fields(strings.ToLower(c)), " ")
		switch {
		case strings.HasPrefix(c, "pressmeddelande"):
			return ActionPressRelease
		case c == "intern nyhet" || c == "interna nyheter" || c == "internnyhet" || c == "internnyheter":
			kind = ActionInternalNews
		}
	}
	return kind
}

// Mentions counts, for each name, the period's coverage (every monitored
// topic; see ArticleCoverage) that mentions it: the (outlet, story) units
// with an article whose title or text contains the full name, regardless of
// case (Unicode: Åsa Öberg matches ÅSA ÖBERG), as whole words, with any
// whitespace between the parts and the genitive s allowed ("Åsa Öbergs").
// The folding is done in Go, not by the database's LOWER, which in SQLite
// folds only ASCII. Every name is in the answer, zeros included.
func (c *ArticleCoverage) Mentions(ctx context.Context, names []string, p tracker.Period) (map[string]int, error) {
	out := make(map[string]int, len(names))
	if !p.Valid() {
		return nil, fmt.Errorf("mentions for %q–%q: malformed period", p.From, p.To)
	}
	type pattern struct {
		name  string
		parts [][]byte
		units map[string]bool
	}
	var pats []*pattern
	for _, n := range names {
		out[n] = 0
		parts := strings.Fields(n)
		if len(parts) == 0 {
			continue
		}
		pt := &pattern{name: n, units: map[string]bool{}}
		for _, part := range parts {
			pt.parts = append(pt.parts, foldInto(nil, part))
		}
		pats = append(pats, pt)
	}
	if len(pats) == 0 {
		return out, nil
	}
	sc, topics, err := c.scope(ctx, "")
	if err != nil {
		return nil, err
	}
	version, err := c.version(ctx, topics, coverageKinds, p)
	if err != nil {
		return nil, err
	}
	key := fmt.Sprintf("mentions|%s|%q", p, names)
	if v, ok := c.memo.get(key, version); ok {
		return maps.Clone(v.(map[string]int)), nil
	}
	sc.Start, sc.End = p.Bounds()
	var buf []byte
	err = c.feeds.CoverageTexts(ctx, sc, func(r coverageRow) error {
		buf = foldInto(buf[:0], r.Title)
		buf = append(buf, '\n')
		buf = foldInto(buf, r.Text)
		for _, pt := range pats {
			if containsName(buf, pt.parts) {
				pt.units[unitKey(r.Outlet, r.StoryKey, r.ID)] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read coverage of %s: %w", p, err)
	}
	for _, pt := range pats {
		out[pt.name] = len(pt.units)
	}
	c.memo.put(key, version, maps.Clone(out))
	return out, nil
}

// foldInto appends s in lower case to dst: what strings.ToLower gives, with
// a fast path for ASCII and the Latin-1 letters (Å, Ä, Ö, É …), which keep
// their length.
func foldInto(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case c < 0xC3:
			dst = append(dst, c)
		case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9E && s[i+1] != 0x97:
			// U+00C0–U+00DE (not ×): the lower case is 0x20 further.
			dst = append(dst, c, s[i+1]+0x20)
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n <= 1 {
				dst = append(dst, c)
				continue
			}
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
			i += n - 1
		}
	}
	return dst
}

// containsName tells whether the folded text holds the folded parts of a
// name as whole words, separated by whitespace, perhaps followed by a
// genitive s.
func containsName(text []byte, parts [][]byte) bool {
	first := parts[0]
	for from := 0; from < len(text); {
		i := bytes.Index(text[from:], first)
		if i < 0 {
			return false
		}
		i += from
		from = i + 1
		if r, _ := utf8.DecodeLastRune(text[:i]); i > 0 && isWordRune(r) {
			continue
		}
		j := i + len(first)
		ok := true
		for _, part := range parts[1:] {
			k := j
			for k < len(text) {
				r, n := utf8.DecodeRune(text[k:])
				if !unicode.IsSpace(r) {
					break
				}
				k += n
			}
			if k == j || !bytes.HasPrefix(text[k:], part) {
				ok = false
				break
			}
			j = k + len(part)
		}
		if !ok {
			continue
		}
		if j < len(text) && text[j] == 's' {
			if r, _ := utf8.DecodeRune(text[j+1:]); j+1 == len(text) || !isWordRune(r) {
				return true
			}
		}
		if r, _ := utf8.DecodeRune(text[j:]); j == len(text) || !isWordRune(r) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
