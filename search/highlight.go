package search

import (
	"html"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Snippets are built here, for the returned page only: the stored title and
// text of each hit are analysed again and the words that the query's
// positive terms match are marked. That costs a few hundred microseconds per
// hit and needs no term vectors for highlighting nor locations from every
// matching document (see shared/notes/search-performance.md, lever 6).
// Everything that is not a <mark> tag is HTML-escaped.

// marker knows which words of a text a query asks for.
type marker struct {
	terms     map[string]bool // stems of words
	parts     map[string]bool // stems a compound's part matches beside terms: a name's word (Säpo: säpochefen)
	prefixes  []string        // stems a word may start with
	phrases   [][][]string    // a phrase is a list of positions, each the stems allowed there (nil: any)
	compounds bool            // a word also matches through its compound parts
	// namesAsWords marks a capitalised name asked for alone as the word too
	// (Request.namesAsWords).
	namesAsWords bool
	// nameAlone: some word asks for a name only (nameAlone), so a search
	// that finds nothing may try it as the word (Index.Search).
	nameAlone bool
}

func newMarker(n Node, compounds, namesAsWords bool) *marker {
	m := &marker{terms: map[string]bool{}, parts: map[string]bool{}, compounds: compounds, namesAsWords: namesAsWords}
	m.collect(n)
	return m
}

func (m *marker) empty() bool {
	return len(m.terms) == 0 && len(m.prefixes) == 0 && len(m.phrases) == 0
}

func (m *marker) collect(n Node) {
	switch v := n.(type) {
	case Word:
		if v.Prefix {
			m.prefixes = append(m.prefixes, prefixTerm(v.Text))
			return
		}
		m.addWords(v.Text, false)
	case Phrase:
		m.addWords(v.Text, true)
	case And:
		for _, x := range v.Xs {
			m.collect(x)
		}
	case Or:
		for _, x := range v.Xs {
			m.collect(x)
		}
	}
	// Not and Filter mark nothing.
}

func (m *marker) addWords(text string, phrase bool) {
	toks := svAnalyzer.Analyze([]byte(text))
	if !phrase {
		toks = withoutStopWords(text, toks)
	}
	switch len(toks) {
	case 0:
	case 1:
		terms := queryTerms(text, toks[0], !m.namesAsWords)
		for _, t := range terms {
			m.terms[t] = true
		}
		if nameAlone(terms) {
			m.nameAlone = true
			m.parts[string(toks[0].Term)] = true // the word's compound parts, though it asks for the name only
		}
	default:
		m.phrases = append(m.phrases, phraseTerms(text, toks))
	}
}

type span struct{ start, end int }

// wordMatches tells whether one word (its stem; word is the word itself in
// lower case) is asked for on its own.
func (m *marker) wordMatches(stem, word string) bool {
	if m.terms[stem] || m.hasPrefix(stem) {
		return true
	}
	if m.compounds && !strings.HasPrefix(stem, NameMark) { // a name has no parts
		for _, p := range CompoundParts(word) {
			if m.terms[p] || m.parts[p] || m.hasPrefix(p) {
				return true
			}
		}
	}
	return false
}

func (m *marker) hasPrefix(stem string) bool {
	for _, p := range m.prefixes {
		if strings.HasPrefix(stem, p) {
			return true
		}
	}
	return false
}

// spans returns the byte ranges of text to mark, in order, not overlapping.
func (m *marker) spans(text string) []span {
	if m.empty() || text == "" {
		return nil
	}
	toks := markTokens(text)
	var out []span
	for _, t := range toks {
		if m.wordMatches(t.Term, strings.ToLower(text[t.Start:t.End])) {
			out = append(out, span{t.Start, t.End})
		}
	}
	if len(m.phrases) > 0 {
		at := make(map[int][]int, len(toks)) // position → token indexes: a word and its name (alsoNames) share one
		for i, t := range toks {
			at[t.Position] = append(at[t.Position], i)
		}
		for _, p := range m.phrases {
			for _, t := range toks {
				if !contains(p[0], t.Term) {
					continue
				}
				end, ok := t.End, true
				for k := 1; k < len(p) && ok; k++ {
					if p[k] == nil {
						continue
					}
					ok = false
					for _, j := range at[t.Position+k] {
						if contains(p[k], toks[j].Term) {
							ok, end = true, toks[j].End
							break
						}
					}
				}
				if ok {
					out = append(out, span{t.Start, end}) // the whole phrase, stop words included
				}
			}
		}
	}
	// In order; overlapping spans and spans with only white space between
	// them become one.
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && (merged[n-1].end >= s.start ||
			strings.TrimSpace(text[merged[n-1].end:s.start]) == "") {
			merged[n-1].end = max(merged[n-1].end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// markToken is a word of a text as the index has it (Explain's, without the
// compound parts): what the marks are chosen from.
type markToken struct {
	Term                 string
	Start, End, Position int
}

// markTokens analyses text as the index does (names marked), through a
// cache of the texts analysed last: a press office searches the same crisis
// all day, and its hits are the same articles, whose titles and ledes were
// analysed again for every page of hits (a third of a search's CPU under
// the mixed load, bench/RESULTS.md). A text is its own key, so an article
// whose text changes is analysed anew.
func markTokens(text string) []markToken {
	if toks, ok := markCache.get(text); ok {
		return toks
	}
	ts := svTextAnalyzer.Analyze([]byte(text))
	toks := make([]markToken, len(ts))
	for i, t := range ts {
		toks[i] = markToken{Term: string(t.Term), Start: t.Start, End: t.End, Position: t.Position}
	}
	markCache.put(strings.Clone(text), toks) // a lede is a slice of the whole text: keep the lede only
	return toks
}

// markCache holds the analysis of about markCacheTexts texts (titles and
// ledes of a kilobyte, with their tokens: some 20 MB) in two generations: a text is looked up
// in the current one, then in the one before (and brought back); when the
// current one is full it becomes the one before, and the oldest go. An LRU
// of two steps, without a list to keep in order under the lock.
var markCache = &twoGenCache{limit: markCacheTexts / 2}

const markCacheTexts = 2048

type twoGenCache struct {
	mu        sync.Mutex
	limit     int
	cur, prev map[string][]markToken
}

func (c *twoGenCache) get(text string) ([]markToken, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if toks, ok := c.cur[text]; ok {
		return toks, true
	}
	toks, ok := c.prev[text]
	if ok {
		c.putLocked(text, toks)
	}
	return toks, ok
}

func (c *twoGenCache) put(text string, toks []markToken) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.putLocked(text, toks)
}

func (c *twoGenCache) putLocked(text string, toks []markToken) {
	if c.cur == nil || len(c.cur) >= c.limit {
		c.prev, c.cur = c.cur, make(map[string][]markToken, c.limit)
	}
	c.cur[text] = toks
}

// snippetLede is how much of a long text is analysed first for its
// snippet: the lede, about a thousand bytes. Analysing each hit's text
// again was a quarter of a search's CPU (the articles are 2-3 KB); most
// hits have the asked words in the lede, and then the snippet's window is
// chosen among the lede's mentions (pastLede marks what it shows beyond).
// Only a text without them there is analysed to its end.
const snippetLede = 1024

// snippetSpans are the spans of text for its snippet: those of the lede
// when it has any, else those of the whole text.
func (m *marker) snippetSpans(text string) []span {
	if len(text) > 2*snippetLede {
		// Cut after a sentence (or at least a word) near the lede's end, so
		// that a phrase is not cut in two.
		cut := strings.LastIndexAny(text[:snippetLede], ".!?\n")
		if cut < snippetLede/2 {
			cut = strings.LastIndexAny(text[:snippetLede], " \t")
		}
		if cut > 0 {
			if spans := m.spans(text[:cut+1]); len(spans) > 0 {
				return m.pastLede(text, spans, cut+1)
			}
		}
	}
	return m.spans(text)
}

// pastLede adds to the spans of text's lede (its first lede bytes) those of
// the text after it that the snippet's window, chosen by the lede's spans,
// shows: a mention just past the lede's end is marked like one before it.
// The spans added end inside that window, so it stays where it was.
func (m *marker) pastLede(text string, spans []span, lede int) []span {
	end := wordEnd(text, min(len(text), snippetStart(spans)+snippetLen))
	if end <= lede {
		return spans
	}
	for _, s := range m.spans(text[lede:end]) {
		spans = append(spans, span{lede + s.start, lede + s.end})
	}
	return spans
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// markHTML escapes text[from:to] and wraps the spans in <mark>.
func markHTML(text string, spans []span, from, to int) string {
	var b strings.Builder
	pos := from
	for _, s := range spans {
		if s.start < from || s.end > to {
			continue
		}
		b.WriteString(html.EscapeString(text[pos:s.start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[s.start:s.end]))
		b.WriteString("</mark>")
		pos = s.end
	}
	b.WriteString(html.EscapeString(text[pos:to]))
	return b.String()
}

// snippetLen is about how many bytes of text a snippet shows.
const snippetLen = 240

// snippet is safe HTML: the stretch of text with the most marked words (or
// its beginning), escaped, marks in <mark>, "…" where text was cut.
func snippet(text string, spans []span) string {
	if len(text) <= snippetLen {
		return markHTML(text, spans, 0, len(text))
	}
	start := snippetStart(spans)
	end := min(len(text), start+snippetLen)
	if end == len(text) {
		start = max(0, end-snippetLen)
	}
	start, end = wordStart(text, start), wordEnd(text, end)
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	b.WriteString(markHTML(text, spans, start, end))
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// snippetStart is where the snippet's window begins before it is moved to
// a word's start: a little before the first of the spans of the window that
// holds the most of them.
func snippetStart(spans []span) int {
	if len(spans) == 0 {
		return 0
	}
	best, bestN := 0, 0
	for i, s := range spans {
		n := sort.Search(len(spans), func(j int) bool { return spans[j].end > s.start+snippetLen-40 }) - i
		if n > bestN {
			best, bestN = i, n
		}
	}
	return max(0, spans[best].start-40)
}

// wordStart moves i forward to the start of a word (or leaves it at 0).
func wordStart(text string, i int) int {
	if i <= 0 {
		return 0
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsSpace(r) {
		return i
	}
	if j := strings.IndexFunc(text[i:], unicode.IsSpace); j >= 0 && j < 30 {
		i += j
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
	}
	return i
}

// wordEnd moves i back to the end of a word (or leaves it at len(text)).
func wordEnd(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	if r, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
		return len(strings.TrimRightFunc(text[:i], unicode.IsSpace))
	}
	if j := strings.LastIndexFunc(text[:i], unicode.IsSpace); j >= 0 && i-j < 30 {
		return len(strings.TrimRightFunc(text[:j], unicode.IsSpace))
	}
	return i
}
