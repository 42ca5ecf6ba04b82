package search

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/lagesbild/lagesbild/ingest"
)

// The query language of the API contract, in Swedish or English:
//
//	journalsystemet                 a word; inflected forms match (Stem)
//	"hela systemet låg nere"        a phrase
//	journalsystem*                  a prefix
//	vård AND journal, vård journal  both (AND is implicit); also OCH
//	vård OR omsorg                  either; also ELLER
//	NOT kaos, -kaos                 not; also INTE
//	(vård OR omsorg) -kaos          parentheses group
//	outlet:"Radio Väst" kind:opinion topic:3 title:haveri
//
// AND binds tighter than OR. Operators count in capitals (AND, OR, NOT, OCH,
// ELLER, INTE); "and" and "not" in lower case are Swedish words. Lower-case
// eller and inte are operators where one fits (see softOperator). A field
// name is also accepted
// in Swedish: källa (outlet), typ (kind), ämne (topic), rubrik (title).

// Limits that keep a query cheap to parse and to run.
const (
	maxQueryBytes = 2000
	maxQueryDepth = 20
	maxQueryTerms = 64
	minPrefixLen  = 2 // runes before * ("jo*" is fine, "j*" is not)
)

// QueryError is a query the parser or Search cannot take. Msg is Swedish and
// meant for the person who typed the query.
type QueryError struct {
	Field string // the request field at fault: "q", "size", "page", "from", "to", "kind"
	Pos   int    // character (not byte) offset in q where the problem is; -1 when none
	Msg   string
}

func (e *QueryError) Error() string {
	if e.Pos >= 0 {
		return fmt.Sprintf("%s (tecken %d)", e.Msg, e.Pos+1)
	}
	return e.Msg
}

// Node is a parsed query. String gives it back in canonical form, which
// ParseQuery reads to an equal Node.
type Node interface {
	String() string
	node()
}

// Word is a single word, or a prefix when Prefix is set.
type Word struct {
	Text   string
	Prefix bool
	Field  string // "" (title and text) or "title"
}

// Phrase is a quoted sequence of words.
type Phrase struct {
	Text  string
	Field string // "" (title and text) or "title"
}

// Filter restricts by a keyword field: outlet, kind or topic.
type Filter struct {
	Field string // "outlet", "kind" or "topic"
	Value string
}

// Not excludes what X matches.
type Not struct{ X Node }

// And matches what all of Xs match.
type And struct{ Xs []Node }

// Or matches what any of Xs matches.
type Or struct{ Xs []Node }

func (Word) node()   {}
func (Phrase) node() {}
func (Filter) node() {}
func (Not) node()    {}
func (And) node()    {}
func (Or) node()     {}

func fieldPrefix(f string) string {
	if f == "" {
		return ""
	}
	return f + ":"
}

func (w Word) String() string {
	s := fieldPrefix(w.Field) + w.Text
	if w.Prefix {
		s += "*"
	}
	return s
}

func (p Phrase) String() string { return fieldPrefix(p.Field) + `"` + p.Text + `"` }

func (f Filter) String() string {
	if f.Value == "" || strings.ContainsFunc(f.Value, func(r rune) bool {
		return unicode.IsSpace(r) || r == '(' || r == ')' || r == '"' || r == '*'
	}) || isOperator(f.Value) != "" {
		return f.Field + `:"` + f.Value + `"`
	}
	return f.Field + ":" + f.Value
}

func (n Not) String() string {
	switch n.X.(type) {
	case And, Or, Not:
		return "NOT (" + n.X.String() + ")"
	}
	return "NOT " + n.X.String()
}

func (a And) String() string {
	parts := make([]string, len(a.Xs))
	for i, x := range a.Xs {
		if _, ok := x.(Or); ok {
			parts[i] = "(" + x.String() + ")"
		} else {
			parts[i] = x.String()
		}
	}
	return strings.Join(parts, " AND ")
}

func (o Or) String() string {
	parts := make([]string, len(o.Xs))
	for i, x := range o.Xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, " OR ")
}

// field names a query may use, Swedish and English.
var queryFields = map[string]string{
	"outlet": "outlet", "källa": "outlet",
	"kind": "kind", "typ": "kind",
	"topic": "topic", "ämne": "topic",
	"title": "title", "rubrik": "title",
}

// kinds accepted after kind:, Swedish and English.
var kindNames = map[string]ingest.Kind{
	"news": ingest.KindNews, "nyhet": ingest.KindNews, "nyheter": ingest.KindNews,
	"opinion": ingest.KindOpinion, "åsikt": ingest.KindOpinion,
	"own": ingest.KindOwn, "egna": ingest.KindOwn, "egen": ingest.KindOwn,
}

// isOperator returns "AND", "OR" or "NOT" when word is one in capitals.
func isOperator(word string) string {
	switch word {
	case "AND", "OCH":
		return "AND"
	case "OR", "ELLER":
		return "OR"
	case "NOT", "INTE":
		return "NOT"
	}
	return ""
}

// softOperator returns "OR" or "NOT" for eller and inte in any case but
// capitals. They are operators only where an operator fits ("vård eller
// omsorg", "vård inte kaos") and words elsewhere; och is always a word, a
// stop word that the implicit AND makes an AND anyway.
func softOperator(t token) string {
	if t.kind != tokWord {
		return ""
	}
	switch strings.ToLower(t.text) {
	case "eller":
		return "OR"
	case "inte":
		return "NOT"
	}
	return ""
}

type tokKind int

const (
	tokEOF tokKind = iota
	tokWord
	tokPhrase // text is the phrase without quotes
	tokField  // text is the field; the value follows as tokWord or tokPhrase
	tokLParen
	tokRParen
	tokAnd
	tokOr
	tokNot
)

type token struct {
	kind tokKind
	text string
	pos  int
}

func isBreak(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == ')' || r == '"' }

// lex splits q into tokens.
func lex(q string) ([]token, error) {
	var toks []token
	i := 0
	for i < len(q) {
		r, size := utf8.DecodeRuneInString(q[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(':
			toks = append(toks, token{tokLParen, "(", i})
			i++
		case r == ')':
			toks = append(toks, token{tokRParen, ")", i})
			i++
		case r == '"':
			end := strings.IndexByte(q[i+1:], '"')
			if end < 0 {
				return nil, &QueryError{Field: "q", Pos: i, Msg: "Citattecknet här avslutas aldrig: sätt ett \" efter frasen"}
			}
			toks = append(toks, token{tokPhrase, q[i+1 : i+1+end], i})
			i += end + 2
		default:
			start := i
			for i < len(q) {
				r, size := utf8.DecodeRuneInString(q[i:])
				if isBreak(r) {
					break
				}
				i += size
			}
			word := q[start:i]
			// -word and +word (also -"phrase" and -(group)); a lone - or +
			// between spaces is a word of its own, which matches nothing.
			for len(word) > 0 && (word[0] == '-' || word[0] == '+') &&
				(len(word) > 1 || (i < len(q) && (q[i] == '"' || q[i] == '('))) {
				if word[0] == '-' {
					toks = append(toks, token{tokNot, "-", start})
				}
				word, start = word[1:], start+1
			}
			if word == "" {
				continue
			}
			if op := isOperator(word); op != "" {
				switch op {
				case "AND":
					toks = append(toks, token{tokAnd, word, start})
				case "OR":
					toks = append(toks, token{tokOr, word, start})
				case "NOT":
					toks = append(toks, token{tokNot, word, start})
				}
				continue
			}
			if c := strings.IndexByte(word, ':'); c > 0 {
				if f, ok := queryFields[strings.ToLower(word[:c])]; ok {
					toks = append(toks, token{tokField, f, start})
					if rest := word[c+1:]; rest != "" {
						toks = append(toks, token{tokWord, rest, start + c + 1})
					} else if i >= len(q) || q[i] != '"' {
						return nil, &QueryError{Field: "q", Pos: start, Msg: fmt.Sprintf("%s saknar ett värde efter kolon", word[:c])}
					}
					continue
				}
			}
			toks = append(toks, token{tokWord, word, start})
		}
	}
	return append(toks, token{tokEOF, "", len(q)}), nil
}

type parser struct {
	toks  []token
	i     int
	depth int
	terms int
}

func (p *parser) peek() token { return p.toks[p.i] }

// startsTerm tells whether the token at i can begin a term.
func (p *parser) startsTerm(i int) bool {
	switch p.toks[i].kind {
	case tokWord, tokPhrase, tokField, tokLParen, tokNot:
		return true
	}
	return false
}

// softAt tells whether the token at i is eller or inte used as op.
func (p *parser) softAt(i int, op string) bool {
	return softOperator(p.toks[i]) == op && p.startsTerm(i+1)
}
func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != tokEOF {
		p.i++
	}
	return t
}

// ParseQuery parses q in the contract's syntax. An empty (or blank) q gives
// a nil Node and no error: it matches everything. Errors are *QueryError
// with a Swedish message.
func ParseQuery(q string) (Node, error) {
	if len(q) > maxQueryBytes {
		return nil, &QueryError{Field: "q", Pos: -1, Msg: fmt.Sprintf("Sökfrågan är för lång (högst %d tecken)", maxQueryBytes)}
	}
	if !utf8.ValidString(q) {
		return nil, &QueryError{Field: "q", Pos: -1, Msg: "Sökfrågan innehåller tecken som inte är giltig UTF-8"}
	}
	n, err := parse(q)
	if qe, ok := err.(*QueryError); ok && qe.Pos > 0 {
		qe.Pos = utf8.RuneCountInString(q[:qe.Pos]) // a character, not a byte, for the reader
	}
	return n, err
}

func parse(q string) (Node, error) {
	toks, err := lex(q)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	if p.peek().kind == tokEOF {
		return nil, nil
	}
	n, err := p.parseOr()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tokEOF {
		if t.kind == tokRParen {
			return nil, &QueryError{Field: "q", Pos: t.pos, Msg: "Högerparentesen här saknar en vänsterparentes"}
		}
		return nil, &QueryError{Field: "q", Pos: t.pos, Msg: fmt.Sprintf("Oväntat %q", t.text)}
	}
	return n, nil
}

func (p *parser) parseOr() (Node, error) {
	first, err := p.parseAnd()
	if err != nil {
		return nil, err
	}
	xs := []Node{first}
	for p.peek().kind == tokOr || p.softAt(p.i, "OR") {
		op := p.next()
		if k := p.peek().kind; k == tokEOF || k == tokRParen || k == tokOr || k == tokAnd {
			return nil, &QueryError{Field: "q", Pos: op.pos, Msg: fmt.Sprintf("%s behöver ett sökord efter sig", op.text)}
		}
		x, err := p.parseAnd()
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
	if len(xs) == 1 {
		return first, nil
	}
	return Or{Xs: flatten[Or](xs)}, nil
}

func (p *parser) parseAnd() (Node, error) {
	var xs []Node
	for {
		t := p.peek()
		if len(xs) > 0 && p.softAt(p.i, "OR") {
			return And{Xs: flatten[And](xs)}.single(), nil
		}
		switch t.kind {
		case tokEOF, tokRParen, tokOr:
			if len(xs) == 0 {
				return nil, &QueryError{Field: "q", Pos: t.pos, Msg: "Här saknas ett sökord"}
			}
			if len(xs) == 1 {
				return xs[0], nil
			}
			return And{Xs: flatten[And](xs)}, nil
		case tokAnd:
			p.next()
			if len(xs) == 0 {
				return nil, &QueryError{Field: "q", Pos: t.pos, Msg: fmt.Sprintf("%s behöver ett sökord före sig", t.text)}
			}
			if k := p.peek().kind; k == tokEOF || k == tokRParen || k == tokOr || k == tokAnd {
				return nil, &QueryError{Field: "q", Pos: t.pos, Msg: fmt.Sprintf("%s behöver ett sökord efter sig", t.text)}
			}
		}
		x, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
}

// single is the only child of a, or a.
func (a And) single() Node {
	if len(a.Xs) == 1 {
		return a.Xs[0]
	}
	return a
}

// flatten lifts the children of nested nodes of the same kind: a AND (b AND c)
// is a AND b AND c.
func flatten[T And | Or](xs []Node) []Node {
	var out []Node
	for _, x := range xs {
		switch v := x.(type) {
		case And:
			if _, same := any(*new(T)).(And); same {
				out = append(out, v.Xs...)
				continue
			}
		case Or:
			if _, same := any(*new(T)).(Or); same {
				out = append(out, v.Xs...)
				continue
			}
		}
		out = append(out, x)
	}
	return out
}

func (p *parser) parseUnary() (Node, error) {
	t := p.peek()
	if t.kind == tokNot || p.softAt(p.i, "NOT") {
		p.next()
		if k := p.peek().kind; k == tokEOF || k == tokRParen || k == tokOr || k == tokAnd {
			return nil, &QueryError{Field: "q", Pos: t.pos, Msg: fmt.Sprintf("%s behöver ett sökord efter sig", t.text)}
		}
		p.depth++
		defer func() { p.depth-- }()
		if p.depth > maxQueryDepth {
			return nil, &QueryError{Field: "q", Pos: t.pos, Msg: "Sökfrågan är för djupt nästlad"}
		}
		x, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		if n, ok := x.(Not); ok { // NOT NOT x is x
			return n.X, nil
		}
		return Not{X: x}, nil
	}
	return p.parsePrimary()
}

func (p *parser) parsePrimary() (Node, error) {
	t := p.next()
	switch t.kind {
	case tokLParen:
		p.depth++
		defer func() { p.depth-- }()
		if p.depth > maxQueryDepth {
			return nil, &QueryError{Field: "q", Pos: t.pos, Msg: "Sökfrågan är för djupt nästlad"}
		}
		if p.peek().kind == tokRParen {
			return nil, &QueryError{Field: "q", Pos: t.pos, Msg: "Parentesen är tom"}
		}
		x, err := p.parseOr()
		if err != nil {
			return nil, err
		}
		if p.peek().kind != tokRParen {
			return nil, &QueryError{Field: "q", Pos: t.pos, Msg: "Parentesen här avslutas aldrig: sätt en ) efter det som hör ihop"}
		}
		p.next()
		return x, nil
	case tokPhrase:
		if err := p.count(t); err != nil {
			return nil, err
		}
		return Phrase{Text: cleanPhrase(t.text)}, nil
	case tokWord:
		if err := p.count(t); err != nil {
			return nil, err
		}
		return wordNode(t, "")
	case tokField:
		v := p.next()
		if err := p.count(t); err != nil {
			return nil, err
		}
		switch {
		case v.kind == tokPhrase && t.text == "title":
			return Phrase{Text: cleanPhrase(v.text), Field: "title"}, nil
		case v.kind == tokWord && t.text == "title":
			return wordNode(v, "title")
		case v.kind == tokPhrase || v.kind == tokWord:
			return filterNode(t.text, v)
		}
		return nil, &QueryError{Field: "q", Pos: t.pos, Msg: fmt.Sprintf("%s: saknar ett värde", t.text)}
	case tokRParen:
		return nil, &QueryError{Field: "q", Pos: t.pos, Msg: "Högerparentesen här saknar en vänsterparentes"}
	case tokEOF:
		return nil, &QueryError{Field: "q", Pos: t.pos, Msg: "Sökfrågan slutar för tidigt"}
	}
	return nil, &QueryError{Field: "q", Pos: t.pos, Msg: fmt.Sprintf("Oväntat %q", t.text)}
}

func (p *parser) count(t token) error {
	p.terms++
	if p.terms > maxQueryTerms {
		return &QueryError{Field: "q", Pos: t.pos, Msg: fmt.Sprintf("Sökfrågan har för många sökord (högst %d)", maxQueryTerms)}
	}
	return nil
}

// cleanPhrase collapses runs of white space, so that the canonical form
// reads back the same.
func cleanPhrase(s string) string { return strings.Join(strings.Fields(s), " ") }

func wordNode(t token, field string) (Node, error) {
	w := Word{Text: t.text, Field: field}
	if strings.HasSuffix(w.Text, "*") {
		w.Text = strings.TrimRight(w.Text, "*")
		w.Prefix = true
		if utf8.RuneCountInString(w.Text) < minPrefixLen || strings.Contains(w.Text, "*") {
			return nil, &QueryError{Field: "q", Pos: t.pos, Msg: fmt.Sprintf("Skriv minst %d bokstäver före * (som i journalsystem*)", minPrefixLen)}
		}
	}
	if strings.Contains(w.Text, "*") {
		return nil, &QueryError{Field: "q", Pos: t.pos, Msg: "* går bara att sätta sist i ett ord (som i journalsystem*)"}
	}
	if w.Text == "" {
		return nil, &QueryError{Field: "q", Pos: t.pos, Msg: "Här saknas ett sökord"}
	}
	return w, nil
}

func filterNode(field string, v token) (Node, error) {
	val := strings.TrimSpace(v.text)
	if v.kind == tokPhrase {
		val = cleanPhrase(val)
	}
	if val == "" {
		return nil, &QueryError{Field: "q", Pos: v.pos, Msg: fmt.Sprintf("%s: saknar ett värde", field)}
	}
	if field == "kind" {
		k, ok := kindNames[strings.ToLower(val)]
		if !ok {
			return nil, &QueryError{Field: "q", Pos: v.pos, Msg: fmt.Sprintf("Okänd typ %q: använd news, opinion eller own", val)}
		}
		val = string(k)
	}
	return Filter{Field: field, Value: val}, nil
}

// Terms of the query in the index: the Bleve query for a parsed Node.

// queryOptions say how a Node becomes a Bleve query.
type queryOptions struct {
	compounds bool // also search the compound parts (PartMark terms)
	// pairs looks a phrase in the text up among the text's word pairs
	// (fieldTextPairs), which the index has and the percolator's has not.
	pairs bool
	// outlets, when set, are every outlet name (lower-cased) the searched
	// documents can have: källa: then becomes term queries on the names it
	// matches instead of a regexp over the index's dictionary (the
	// percolator's batch knows its few outlets).
	outlets []string
	// namesAsWords asks for a capitalised name the query asks for alone as
	// the word too (Request.namesAsWords).
	namesAsWords bool
}

// BleveQuery parses q and returns the Bleve query for it; compounds also
// searches the compound parts (see CompoundParts). An empty q matches all.
func BleveQuery(q string, compounds bool) (query.Query, error) {
	n, err := ParseQuery(q)
	if err != nil {
		return nil, err
	}
	return toQuery(n, queryOptions{compounds: compounds}), nil
}

// toQuery converts a Node. A nil Node matches everything; a Node whose words
// are all stop words or punctuation matches nothing.
func toQuery(n Node, o queryOptions) query.Query {
	if n == nil {
		return query.NewMatchAllQuery()
	}
	if q := o.convert(n); q != nil {
		return q
	}
	return query.NewMatchNoneQuery()
}

// convert returns nil for a Node that asks nothing (only stop words).
func (o queryOptions) convert(n Node) query.Query {
	switch v := n.(type) {
	case Word:
		if v.Prefix {
			return o.prefix(v)
		}
		return o.words(v.Text, v.Field, false)
	case Phrase:
		return o.words(v.Text, v.Field, true)
	case Filter:
		if v.Field == "outlet" {
			if o.outlets != nil {
				return outletTermsQuery(v.Value, o.outlets)
			}
			return outletWordQuery(v.Value)
		}
		return filterQuery(v)
	case Not:
		x := o.convert(v.X)
		if x == nil {
			return nil
		}
		return query.NewBooleanQuery([]query.Query{query.NewMatchAllQuery()}, nil, []query.Query{x})
	case And:
		var must, mustNot []query.Query
		for _, x := range v.Xs {
			if not, ok := x.(Not); ok {
				if q := o.convert(not.X); q != nil {
					mustNot = append(mustNot, q)
				}
				continue
			}
			if q := o.convert(x); q != nil {
				must = append(must, q)
			}
		}
		switch {
		case len(must) == 0 && len(mustNot) == 0:
			return nil
		case len(mustNot) == 0 && len(must) == 1:
			return must[0]
		case len(mustNot) == 0:
			return query.NewConjunctionQuery(must)
		case len(must) == 0:
			must = []query.Query{query.NewMatchAllQuery()}
		}
		b := query.NewBooleanQuery(nil, nil, nil)
		b.AddMust(must...)
		b.AddMustNot(mustNot...)
		return b
	case Or:
		var xs []query.Query
		for _, x := range v.Xs {
			if q := o.convert(x); q != nil {
				xs = append(xs, q)
			}
		}
		switch len(xs) {
		case 0:
			return nil
		case 1:
			return xs[0]
		}
		return query.NewDisjunctionQuery(xs)
	}
	return nil
}

// textFields are the fields a word is looked up in.
func (queryOptions) textFields(field string) []string {
	fs := []string{fieldTitle, fieldText}
	if field == "title" {
		fs = []string{fieldTitle}
	}
	return fs
}

const titleBoost = 2

// partBoost weighs a match through a compound part against a match of the
// whole word (1), so that whole-word matches rank first.
const partBoost = 0.3

// words looks up analysed text: one term, or a phrase when it gives several
// (a quoted phrase, or a word such as "covid-19"). A phrase keeps its stop
// words; a word that is a stop word asks for nothing.
func (o queryOptions) words(text, field string, phrase bool) query.Query {
	toks := svAnalyzer.Analyze([]byte(text))
	if !phrase {
		toks = withoutStopWords(text, toks)
	}
	if len(toks) == 0 {
		return nil
	}
	var xs []query.Query
	if len(toks) == 1 {
		terms := queryTerms(text, toks[0], !o.namesAsWords) // Strand: the word, and the surname
		for _, f := range o.textFields(field) {
			for _, t := range terms {
				q := query.NewTermQuery(t)
				q.SetField(f)
				if f == fieldTitle {
					q.SetBoost(titleBoost)
				}
				xs = append(xs, q)
			}
		}
		if o.compounds { // the word's parts, a name's too (Säpo: säpochefen)
			for _, f := range o.textFields(field) {
				for _, p := range partTerms(text, toks[0]) {
					q := query.NewTermQuery(p)
					q.SetField(f)
					q.SetBoost(partBoost)
					xs = append(xs, q)
				}
			}
		}
	} else {
		// Every word of a phrase is in the index, stop words too: "vård och
		// omsorg" matches "vård och omsorg", not "vård av omsorg".
		terms := phraseTerms(text, toks)
		for _, f := range o.textFields(field) {
			if f == fieldText && o.pairs {
				xs = append(xs, textPhraseQuery{terms})
				continue
			}
			q := newPhraseQuery(terms, f)
			if f == fieldTitle {
				q.SetBoost(titleBoost)
			}
			xs = append(xs, q)
		}
	}
	if len(xs) == 1 {
		return xs[0]
	}
	return query.NewDisjunctionQuery(xs)
}

// pairPhrase is the phrase of terms (the stems at each position, as a
// multi-phrase takes them) looked up in the text's word pairs: the pair
// terms of adjacent positions at successive positions, which match where
// and only where the words do (each position of the index holds one pair,
// whose second word is the next pair's first). Two words are one pair
// term, with no positions to read.
func pairPhrase(terms [][]string) query.Query {
	pairs := pairTerms(terms)
	if len(pairs) == 1 {
		xs := make([]query.Query, len(pairs[0]))
		for i, p := range pairs[0] {
			q := query.NewTermQuery(p)
			q.SetField(fieldTextPairs)
			xs[i] = q
		}
		if len(xs) == 1 {
			return xs[0]
		}
		return query.NewDisjunctionQuery(xs)
	}
	return newPhraseQuery(pairs, fieldTextPairs)
}

// pairTerms are the pair terms of each two adjacent positions of terms.
func pairTerms(terms [][]string) [][]string {
	pairs := make([][]string, len(terms)-1)
	for i := range pairs {
		for _, a := range terms[i] {
			for _, b := range terms[i+1] {
				pairs[i] = append(pairs[i], PairTerm(a, b))
			}
		}
	}
	return pairs
}

// prefixTerm is what a prefix is matched against in the index: the index
// holds stems, so "läkare*" looks for "läk…" (the stem of "läkare").
func prefixTerm(text string) string {
	lower := strings.ToLower(text)
	if s := Stem(lower); s != "" && strings.HasPrefix(lower, s) && utf8.RuneCountInString(s) >= minPrefixLen {
		return s
	}
	return lower
}

func (o queryOptions) prefix(w Word) query.Query {
	p := prefixTerm(w.Text)
	var xs []query.Query
	for _, f := range o.textFields(w.Field) {
		q := query.NewPrefixQuery(p)
		q.SetField(f)
		xs = append(xs, q)
		if o.compounds {
			q := query.NewPrefixQuery(PartMark + p)
			q.SetField(f)
			xs = append(xs, q)
		}
	}
	if len(xs) == 1 {
		return xs[0]
	}
	return query.NewDisjunctionQuery(xs)
}

// outletWordQuery matches an outlet by its whole name or by any word (or run
// of words) of it: källa:Dagbladet finds "Västsvenska Dagbladet". A regexp
// over the lower-cased names, which are few, so it stays cheap.
func outletWordQuery(value string) query.Query {
	q := query.NewRegexpQuery(outletWordPattern(value))
	q.SetField(fieldOutletKey)
	return q
}

// outletWordPattern is outletWordQuery's regexp: value as the whole name or
// as a run of its words.
func outletWordPattern(value string) string {
	const sep = `[ \-/&.,:|–]`
	return `(.*` + sep + `)?` + regexp.QuoteMeta(keyLower(value)) + `(` + sep + `.*)?`
}

// outletTermsQuery is outletWordQuery over a known list of lower-cased
// outlet names: the names it matches, as terms.
func outletTermsQuery(value string, outlets []string) query.Query {
	re := regexp.MustCompile(`^(?:` + outletWordPattern(value) + `)$`)
	var xs []query.Query
	for _, o := range outlets {
		if re.MatchString(o) {
			q := query.NewTermQuery(o)
			q.SetField(fieldOutletKey)
			xs = append(xs, q)
		}
	}
	switch len(xs) {
	case 0:
		return query.NewMatchNoneQuery()
	case 1:
		return xs[0]
	}
	return query.NewDisjunctionQuery(xs)
}

func filterQuery(f Filter) query.Query {
	var q *query.TermQuery
	switch f.Field {
	case "outlet":
		q = query.NewTermQuery(keyLower(f.Value))
		q.SetField(fieldOutletKey)
	case "kind":
		q = query.NewTermQuery(f.Value)
		q.SetField(fieldKind)
	case "topic":
		q = query.NewTermQuery(f.Value)
		q.SetField(fieldTopic)
	default:
		return nil
	}
	return q
}
