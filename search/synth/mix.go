package synth

import (
	"net/url"
	"time"
)

// Query is one question of the analysts' query mix, in the terms of the
// search API: words in the contract's syntax, a period of Stockholm
// calendar days (zero: open), a sort ("" for the default), and whether the
// compound parts and the facets are asked for.
type Query struct {
	Q         string
	From, To  time.Time // calendar dates
	Sort      string    // "", "relevance" or "newest"
	Compounds bool
	Facets    bool
}

// Values is the query as the parameters of GET /api/v1/articles/search
// (a question without facets asks for none).
func (q Query) Values() url.Values {
	v := url.Values{}
	if q.Q != "" {
		v.Set("q", q.Q)
	}
	if !q.From.IsZero() {
		v.Set("from", q.From.Format(time.DateOnly))
	}
	if !q.To.IsZero() {
		v.Set("to", q.To.Format(time.DateOnly))
	}
	if q.Sort != "" {
		v.Set("sort", q.Sort)
	}
	if q.Compounds {
		v.Set("compounds", "true")
	}
	if !q.Facets {
		v.Set("facets", "false")
	}
	return v
}

// MixQuery is one kind of question of the mix; At gives its i-th variant,
// so that caches see a spread of words and periods.
type MixQuery struct {
	Name string
	At   func(i int) Query
}

// The mix's words, phrases and three-word conjunctions, over the themes of
// the vocabulary (each in a few per cent of the articles).
var (
	mixWords     = []string{"journalsystemet", "akutmottagningen", "strejken", "ambulanser", "konserten", "polisen", "elavbrottet", "leverantören"}
	mixPhrases   = []string{`"hela systemet låg nere"`, `"patienter fick vänta i timmar"`, `"inloggningen slutade fungera"`, `"begäran om allmän handling"`}
	mixAnds      = []string{"journalsystem AND leverantören AND inloggningen", "akutmottagningen AND väntetider AND patienterna", "strejk AND övertid AND fackförbundet", "budget AND underskottet AND nämnden"}
	mixCompounds = []string{"haveri", "system", "mottagning"}
)

// Window180 is the i-th 180-day period, spread over the corpus's years.
func Window180(i int) (from, to time.Time) {
	start := time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)
	from = start.AddDate(0, 0, (i*97)%(3*365-200))
	return from, from.AddDate(0, 0, 179)
}

// Today is the "today" of the search page's questions: the last day of the
// corpus (dated as a million articles over 2022–2024), moved back by up to
// four days.
func Today(i int) time.Time {
	return time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -(i % 5))
}

// Window30 is the search page's default period: the last 30 days, today
// included (web/ui_search.go, defaultSearchDays).
func Window30(i int) (from, to time.Time) {
	to = Today(i)
	return to.AddDate(0, 0, -29), to
}

// Mix is the fixed query mix: what an analyst asks. The ui_ questions are
// what the search page sends: the last 30 days by default, facets always
// on. The others have no period, or an explicit 180-day one, and are
// reported separately so that the cost of an open-ended question is not
// hidden.
var Mix = []MixQuery{
	{"ui_word_30d", func(i int) Query {
		from, to := Window30(i)
		return Query{Q: mixWords[i%len(mixWords)], From: from, To: to, Facets: true}
	}},
	{"ui_phrase_30d", func(i int) Query {
		from, to := Window30(i)
		return Query{Q: mixPhrases[i%len(mixPhrases)], From: from, To: to, Facets: true}
	}},
	{"ui_and3_30d", func(i int) Query {
		from, to := Window30(i)
		return Query{Q: mixAnds[i%len(mixAnds)], From: from, To: to, Facets: true}
	}},
	{"ui_word_compounds_30d", func(i int) Query {
		from, to := Window30(i)
		return Query{Q: mixCompounds[i%len(mixCompounds)], Compounds: true, From: from, To: to, Facets: true}
	}},
	{"ui_empty_30d", func(i int) Query {
		from, to := Window30(i)
		return Query{From: from, To: to, Facets: true}
	}},
	{"word", func(i int) Query { return Query{Q: mixWords[i%len(mixWords)], Sort: "relevance"} }},
	{"phrase", func(i int) Query { return Query{Q: mixPhrases[i%len(mixPhrases)]} }},
	{"phrase_180d", func(i int) Query {
		from, to := Window180(i)
		return Query{Q: mixPhrases[i%len(mixPhrases)], From: from, To: to}
	}},
	{"and3_180d", func(i int) Query {
		from, to := Window180(i)
		return Query{Q: mixAnds[i%len(mixAnds)], From: from, To: to}
	}},
	{"and3_180d_facets", func(i int) Query {
		from, to := Window180(i)
		return Query{Q: mixAnds[i%len(mixAnds)], From: from, To: to, Facets: true}
	}},
	{"word_compounds", func(i int) Query {
		return Query{Q: mixCompounds[i%len(mixCompounds)], Compounds: true}
	}},
	{"empty_180d_newest_facets", func(i int) Query {
		from, to := Window180(i)
		return Query{From: from, To: to, Facets: true}
	}},
	{"open_word_facets", func(i int) Query { return Query{Q: mixWords[i%len(mixWords)], Facets: true} }},
	{"open_empty_newest", func(i int) Query { return Query{} }},
}

// MixAt is the i-th variant of the mix's question called name; it panics on
// a name the mix does not have (a benchmark's typo).
func MixAt(name string, i int) Query {
	for _, m := range Mix {
		if m.Name == name {
			return m.At(i)
		}
	}
	panic("synth: no question " + name + " in the mix")
}
