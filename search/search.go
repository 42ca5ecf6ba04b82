package search

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/lagesbild/lagesbild/ingest"
)

// Limits of a search request.
const (
	DefaultSize = 20
	MaxSize     = 100
	// MaxWindow bounds how deep pages go (page × size): every hit before the
	// page is ranked too.
	MaxWindow = 10000
)

// Sort orders.
const (
	SortRelevance = "relevance"
	SortNewest    = "newest"
)

// Request is one search. The zero value lists everything, newest first.
type Request struct {
	Q string // the query, in the syntax ParseQuery reads; empty lists everything in the filters

	// From and To are calendar days, both included; only their year, month
	// and day count (as written, in their own location) and the day runs
	// from 00:00 to 24:00 Europe/Stockholm. A zero time leaves that end open.
	From, To time.Time

	Kind   string // news, opinion or own (Swedish names too); "" for all
	Outlet string // exact outlet name, any case; "" for all
	Topic  string // monitored topic id; "" for all

	Sort string // SortRelevance (default when Q has words) or SortNewest (default without)
	Size int    // hits per page, 1–100 (0: 20)
	Page int    // 1-based (0: 1)

	Compounds bool // a word also finds compounds ending with it ("haveri" → "systemhaveri")
	Facets    bool // count hits per outlet, kind, topic and day

	// namesAsWords searches a capitalised name the query asks for alone
	// (Ström) as the word too: Search's second try when the name alone
	// found nothing.
	namesAsWords bool
}

// Hit is one article found.
type Hit struct {
	ID          int64       `json:"id"`
	Title       string      `json:"title"` // plain text: escape it where it is shown
	URL         string      `json:"url"`
	Outlet      string      `json:"outlet"`
	Kind        ingest.Kind `json:"kind"`
	PublishedAt time.Time   `json:"published_at"`
	StoryKey    string      `json:"story_key,omitempty"`
	// TitleHTML and Snippet are safe HTML: everything is escaped except the
	// <mark> tags around the words the query matched.
	TitleHTML string  `json:"title_html"`
	Snippet   string  `json:"snippet"`
	Score     float64 `json:"score,omitempty"`
}

// Result is one page of hits.
type Result struct {
	Total  uint64  `json:"total"`
	Hits   []Hit   `json:"hits"`
	Facets *Facets `json:"facets,omitempty"`
	// NamesAsWords: a word written with a capital that the query asked for
	// as a name only (Ström, Vilja) found nothing so, and was searched as
	// the word too (ström): a phone writes the capital by itself.
	NamesAsWords bool          `json:"names_as_words,omitempty"`
	Took         time.Duration `json:"-"`
	nameAlone    bool          // some word asked for a name only (marker.nameAlone)
}

// Search runs req. A malformed query or parameter is a *QueryError. A query
// whose capitalised names, asked for as names only (queryName), find
// nothing is run again with them as words too (Result.NamesAsWords); the
// marker, which reads every word the query asks for, tells whether any
// asked for a name alone.
func (x *Index) Search(ctx context.Context, req Request) (*Result, error) {
	res, err := x.search(ctx, req)
	if err != nil || res.Total > 0 || !res.nameAlone {
		return res, err
	}
	req.namesAsWords = true
	wide, err := x.search(ctx, req)
	if err != nil || wide.Total == 0 {
		return res, err
	}
	wide.NamesAsWords = true
	return wide, nil
}

func (x *Index) search(ctx context.Context, req Request) (*Result, error) {
	start := time.Now()
	node, err := ParseQuery(req.Q)
	if err != nil {
		return nil, err
	}
	size, from, err := pageWindow(req.Size, req.Page)
	if err != nil {
		return nil, err
	}
	m := newMarker(node, req.Compounds, req.namesAsWords)
	sortBy := req.Sort
	switch sortBy {
	case "":
		// Relevance when there are words to rank by; a query of filters
		// and NOTs only lists, newest first, as an empty one does.
		sortBy = SortNewest
		if !m.empty() {
			sortBy = SortRelevance
		}
	case SortRelevance, SortNewest:
	default:
		return nil, &QueryError{Field: "sort", Pos: -1, Msg: "Sortera efter relevance eller newest"}
	}
	q, err := buildQuery(node, req)
	if err != nil {
		return nil, err
	}

	// A list without words (the search page's default) comes from the
	// database when the source can give it: its page along the
	// published_at index, its total and facets from the counts kept at
	// ingest. The index would visit every article of the period.
	if ls, ok := x.src.(ListSource); ok && node == nil && sortBy == SortNewest {
		page, err := ls.ListArticles(ctx, facetQuery(req), from, size)
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		out := &Result{Total: uint64(page.Counts.Total), Hits: make([]Hit, 0, len(page.Articles))}
		for i := range page.Articles {
			out.Hits = append(out.Hits, articleHit(&page.Articles[i], m))
		}
		if req.Facets {
			out.Facets = countFacets(page.Counts, req)
		}
		out.Took = time.Since(start)
		return out, nil
	}

	sr := bleve.NewSearchRequestOptions(q, size, from, false)
	sr.Fields = []string{fieldTitle, fieldText, fieldURL, fieldOutlet, fieldKind, fieldPublished, fieldStory}
	if sortBy == SortNewest {
		sr.SortBy([]string{"-" + fieldPublished, "-_id"})
		sr.Score = "none"
	} else {
		// Score only: a tie-break on published would read its DocValues for
		// every hit, which costs more than the scoring.
		sr.SortBy([]string{"-_score"})
	}
	if req.Facets {
		addFacets(sr, req)
	}

	leave, err := x.enter(ctx)
	if err != nil {
		return nil, err
	}
	defer leave()
	set, release, err := x.reader()
	if err != nil {
		return nil, err
	}
	defer release()
	shards := set.covering(req.From, req.To)
	if req.Facets {
		ctx = withFacetQuestion(ctx, facetQuestionOf(req))
	}
	var res *bleve.SearchResult
	if sortBy == SortNewest {
		res, err = searchNewest(ctx, shards, sr)
	} else {
		res, err = searchShards(ctx, shards, sr)
	}
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", req.Q, err)
	}

	out := &Result{Total: res.Total, Hits: make([]Hit, 0, len(res.Hits)), nameAlone: m.nameAlone}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, makeHit(h.ID, h.Score, h.Fields, m))
	}
	if req.Facets {
		out.Facets = readFacets(res.Facets)
	}
	out.Took = time.Since(start)
	return out, nil
}

// facetQuestionOf is the search's question for the facet cache: its words
// as written and how they are read, its filters, its period and the day
// facet's size. The sort and the page do not change a month's facets.
func facetQuestionOf(req Request) facetQuestion {
	return facetQuestion{
		base: fmt.Sprintf("%q|%t|%t|%q|%q|%q", req.Q, req.Compounds, req.namesAsWords, req.Kind, req.Outlet,
			req.Topic),
		from: req.From, to: req.To, daySize: dayFacetSize(req),
	}
}

func pageWindow(size, page int) (n, from int, err error) {
	switch {
	case size == 0:
		size = DefaultSize
	case size < 0 || size > MaxSize:
		return 0, 0, &QueryError{Field: "size", Pos: -1, Msg: fmt.Sprintf("Antal träffar per sida ska vara 1–%d", MaxSize)}
	}
	switch {
	case page == 0:
		page = 1
	case page < 0:
		return 0, 0, &QueryError{Field: "page", Pos: -1, Msg: "Sidnumret ska vara 1 eller mer"}
	}
	if page*size > MaxWindow {
		return 0, 0, &QueryError{Field: "page", Pos: -1,
			Msg: fmt.Sprintf("Så långt bak går det inte att bläddra (högst %d träffar): snäva in sökningen", MaxWindow)}
	}
	return size, (page - 1) * size, nil
}

// buildQuery joins the query and the request's filters. The filters are
// terms and a day range in a conjunction with the query, so the most
// selective part leads.
func buildQuery(node Node, req Request) (query.Query, error) {
	var parts []query.Query
	if node != nil {
		parts = append(parts, toQuery(node, queryOptions{compounds: req.Compounds, pairs: true, namesAsWords: req.namesAsWords}))
	}
	if req.Kind != "" {
		k, ok := kindNames[strings.ToLower(strings.TrimSpace(req.Kind))]
		if !ok {
			return nil, &QueryError{Field: "kind", Pos: -1, Msg: "Typen ska vara news, opinion eller own"}
		}
		parts = append(parts, filterQuery(Filter{Field: "kind", Value: string(k)}))
	}
	if req.Outlet != "" {
		parts = append(parts, filterQuery(Filter{Field: "outlet", Value: req.Outlet}))
	}
	if req.Topic != "" {
		parts = append(parts, filterQuery(Filter{Field: "topic", Value: strings.TrimSpace(req.Topic)}))
	}
	dayRange, err := dayRangeQuery(req.From, req.To)
	if err != nil {
		return nil, err
	}
	if dayRange != nil {
		parts = append(parts, dayRange)
	}
	switch len(parts) {
	case 0:
		return query.NewMatchAllQuery(), nil
	case 1:
		return parts[0], nil
	}
	return query.NewConjunctionQuery(parts), nil
}

// dateOf is the day number of t's calendar date as written.
func dateOf(t time.Time) int64 {
	y, m, d := t.Date()
	return dateNumber(y, m, d)
}

// dayRangeQuery filters by Stockholm day, both ends included; nil when both
// ends are open.
func dayRangeQuery(from, to time.Time) (query.Query, error) {
	if from.IsZero() && to.IsZero() {
		return nil, nil
	}
	var lo, hi *float64
	if !from.IsZero() {
		v := float64(dateOf(from))
		lo = &v
	}
	if !to.IsZero() {
		v := float64(dateOf(to))
		hi = &v
	}
	if lo != nil && hi != nil && *lo > *hi {
		return nil, &QueryError{Field: "to", Pos: -1, Msg: "Slutdatumet ligger före startdatumet"}
	}
	incl := true
	q := query.NewNumericRangeInclusiveQuery(lo, hi, &incl, &incl)
	q.SetField(fieldPubDay)
	return q, nil
}

func makeHit(id string, score float64, fields map[string]any, m *marker) Hit {
	str := func(name string) string {
		s, _ := fields[name].(string)
		return s
	}
	h := Hit{
		Title:    str(fieldTitle),
		URL:      str(fieldURL),
		Outlet:   str(fieldOutlet),
		Kind:     ingest.Kind(str(fieldKind)),
		StoryKey: str(fieldStory),
		Score:    score,
	}
	h.ID, _ = strconv.ParseInt(id, 10, 64)
	if t, err := time.Parse(time.RFC3339Nano, str(fieldPublished)); err == nil {
		h.PublishedAt = t.UTC()
	}
	h.fill(str(fieldText), m)
	return h
}

// articleHit is the hit of an article from the database, as makeHit makes
// it from the fields the index stores (document).
func articleHit(a *ingest.Article, m *marker) Hit {
	h := Hit{ID: a.ID, Title: a.Title, URL: a.URL, Outlet: strings.TrimSpace(a.Outlet), Kind: a.Kind,
		StoryKey: a.StoryKey, PublishedAt: a.PublishedAt.UTC()}
	h.fill(a.Text, m)
	return h
}

// fill marks the title and makes the snippet from the article's text.
func (h *Hit) fill(text string, m *marker) {
	h.TitleHTML = markHTML(h.Title, m.spans(h.Title), 0, len(h.Title))
	// The text of an article begins with its title; the snippet need not.
	if t := strings.TrimSpace(h.Title); t != "" && strings.HasPrefix(text, t) {
		text = text[len(t):]
	}
	text = strings.TrimSpace(text)
	h.Snippet = snippet(text, m.snippetSpans(text))
}

// Count tells how many articles match q (a query in the same syntax as
// Request.Q) published from one day to another, both included (zero: open).
// Monitored topics use it for their counts.
func (x *Index) Count(ctx context.Context, q string, from, to time.Time) (uint64, error) {
	return x.CountIn(ctx, q, nil, from, to)
}

// CountIn is Count of the articles of some outlets only (exact names, any
// case); no outlets counts every outlet's.
func (x *Index) CountIn(ctx context.Context, q string, outlets []string, from, to time.Time) (uint64, error) {
	node, err := ParseQuery(q)
	if err != nil {
		return 0, err
	}
	bq, err := buildQuery(node, Request{From: from, To: to})
	if err != nil {
		return 0, err
	}
	if len(outlets) > 0 {
		either := make([]query.Query, len(outlets))
		for i, o := range outlets {
			either[i] = filterQuery(Filter{Field: "outlet", Value: o})
		}
		bq = query.NewConjunctionQuery([]query.Query{bq, query.NewDisjunctionQuery(either)})
	}
	sr := bleve.NewSearchRequestOptions(bq, 0, 0, false)
	sr.Score = "none"
	set, release, err := x.reader()
	if err != nil {
		return 0, err
	}
	defer release()
	res, err := searchShards(ctx, set.covering(from, to), sr)
	if err != nil {
		return 0, fmt.Errorf("count %q: %w", q, err)
	}
	return res.Total, nil
}

// Matching returns those of ids whose articles match q: a monitored topic
// tags new articles with it. With no ids it looks through the whole index
// (a topic just created tags the old articles too). Ids come back in
// ascending order.
func (x *Index) Matching(ctx context.Context, q string, ids []int64) ([]int64, error) {
	node, err := ParseQuery(q)
	if err != nil {
		return nil, err
	}
	set, release, err := x.reader()
	if err != nil {
		return nil, err
	}
	defer release()
	base := toQuery(node, queryOptions{pairs: true})
	var out []int64
	var collectShard func(bi bleve.Index, bq query.Query, size int) error
	shards := set.all()
	collect := func(bq query.Query, size int) error {
		for _, bi := range shards {
			if err := collectShard(bi, bq, size); err != nil {
				return err
			}
		}
		return nil
	}
	collectShard = func(bi bleve.Index, bq query.Query, size int) error {
		var after []string
		for {
			sr := bleve.NewSearchRequestOptions(bq, size, 0, false)
			sr.Score = "none"
			sr.SortBy([]string{"_id"})
			sr.SearchAfter = after
			res, err := bi.SearchInContext(ctx, sr)
			if err != nil {
				return fmt.Errorf("match %q: %w", q, err)
			}
			for _, h := range res.Hits {
				if id, err := strconv.ParseInt(h.ID, 10, 64); err == nil {
					out = append(out, id)
				}
			}
			if len(res.Hits) < size {
				return nil
			}
			after = res.Hits[len(res.Hits)-1].Sort
		}
	}
	if ids == nil {
		if err := collect(base, 5000); err != nil {
			return nil, err
		}
	} else {
		const chunk = 1000
		for lo := 0; lo < len(ids); lo += chunk {
			part := ids[lo:min(lo+chunk, len(ids))]
			docIDs := make([]string, len(part))
			for i, id := range part {
				docIDs[i] = docID(id)
			}
			bq := query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery(docIDs), base})
			if err := collect(bq, len(part)); err != nil {
				return nil, err
			}
		}
	}
	slices.Sort(out)
	return out, nil
}
