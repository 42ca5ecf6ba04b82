package search

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"

	"github.com/lagesbild/lagesbild/ingest"
)

// Facets count the hits of a search per value. Only low-cardinality keyword
// fields with DocValues are faceted (notes, lever 7); the day histogram
// comes from the day keyword, not from date-range buckets (lever 4).
type Facets struct {
	Outlet []TermCount `json:"outlet"`
	Kind   []TermCount `json:"kind"`
	Topic  []TermCount `json:"topic"`
	Day    []DayCount  `json:"day"` // in date order; days without hits are left out
}

// TermCount is one value of a facet, most hits first.
type TermCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// DayCount is the number of hits published on one Stockholm day.
type DayCount struct {
	Date  string `json:"date"` // YYYY-MM-DD
	Count int    `json:"count"`
}

// How many values a facet keeps.
const (
	maxOutletFacet = 100
	maxTopicFacet  = 100
	maxDayFacet    = 4000 // eleven years; a bounded range asks for its own length
)

func addFacets(sr *bleve.SearchRequest, req Request) {
	sr.AddFacet(fieldOutlet, bleve.NewFacetRequest(fieldOutlet, maxOutletFacet))
	sr.AddFacet(fieldKind, bleve.NewFacetRequest(fieldKind, 3))
	sr.AddFacet(fieldTopic, bleve.NewFacetRequest(fieldTopic, maxTopicFacet))
	sr.AddFacet(fieldDay, bleve.NewFacetRequest(fieldDay, dayFacetSize(req)))
}

// dayFacetSize is how many days the day facet keeps.
func dayFacetSize(req Request) int {
	days := maxDayFacet
	if !req.From.IsZero() && !req.To.IsZero() {
		days = int(min(dateOf(req.To)-dateOf(req.From)+1, maxDayFacet))
	}
	return max(days, 1)
}

func readFacets(fr bsearch.FacetResults) *Facets {
	terms := func(name string) []TermCount {
		out := []TermCount{}
		r, ok := fr[name]
		if !ok || r.Terms == nil {
			return out
		}
		for _, t := range r.Terms.Terms() {
			out = append(out, TermCount{Term: t.Term, Count: t.Count})
		}
		sort.SliceStable(out, func(i, j int) bool {
			if out[i].Count != out[j].Count {
				return out[i].Count > out[j].Count
			}
			return out[i].Term < out[j].Term
		})
		return out
	}
	f := &Facets{Outlet: terms(fieldOutlet), Kind: terms(fieldKind), Topic: terms(fieldTopic)}
	f.Day = []DayCount{}
	for _, t := range terms(fieldDay) {
		f.Day = append(f.Day, DayCount{Date: t.Term, Count: t.Count})
	}
	sort.Slice(f.Day, func(i, j int) bool { return f.Day[i].Date < f.Day[j].Date })
	return f
}

// DayOf returns the Stockholm calendar day of t, as the day facet and the
// date filters count it ("2024-11-19").
func DayOf(t time.Time) string { return t.In(Stockholm).Format(time.DateOnly) }

// ListSource is a Source that can answer a list without words itself:
// *ingest.Store, with its page along the published_at index and its total
// and facets from the counts it keeps at ingest. When the Source of an
// Index is one, a search without words, newest first (the search page's
// default), goes to it and not to the index, which would visit every
// article of the period to sort and count them (notes, lever 3). The answer
// is the database's: an article committed but not yet indexed is listed
// already, and topics are those of article_topics (what Options.Topics
// reads in the server).
type ListSource interface {
	ListArticles(ctx context.Context, q ingest.FacetQuery, offset, limit int) (*ingest.ArticlePage, error)
}

// facetQuery is the FacetQuery of a request without words: its calendar
// days become Stockholm midnights, its kind the stored name.
func facetQuery(req Request) ingest.FacetQuery {
	q := ingest.FacetQuery{Outlet: req.Outlet, Topic: strings.TrimSpace(req.Topic)}
	if req.Kind != "" {
		q.Kind = string(kindNames[strings.ToLower(strings.TrimSpace(req.Kind))])
	}
	if !req.From.IsZero() {
		y, m, d := req.From.Date()
		q.From = time.Date(y, m, d, 0, 0, 0, 0, Stockholm)
	}
	if !req.To.IsZero() {
		y, m, d := req.To.Date()
		q.To = time.Date(y, m, d+1, 0, 0, 0, 0, Stockholm)
	}
	return q
}

// countFacets turns the database's counts into Facets as readFacets does
// the index's: most first (then by name), as many as the index's facet
// requests keep, days in date order.
func countFacets(c *ingest.FacetCounts, req Request) *Facets {
	terms := func(m map[string]int, size int) []TermCount {
		out := make([]TermCount, 0, len(m))
		for t, n := range m {
			if n > 0 {
				out = append(out, TermCount{Term: t, Count: n})
			}
		}
		sort.Slice(out, func(i, j int) bool {
			if out[i].Count != out[j].Count {
				return out[i].Count > out[j].Count
			}
			return out[i].Term < out[j].Term
		})
		return out[:min(len(out), size)]
	}
	f := &Facets{Outlet: terms(c.Outlet, maxOutletFacet), Kind: terms(c.Kind, 3), Topic: terms(c.Topic, maxTopicFacet)}
	f.Day = []DayCount{}
	for _, t := range terms(c.Day, dayFacetSize(req)) {
		f.Day = append(f.Day, DayCount{Date: t.Term, Count: t.Count})
	}
	sort.Slice(f.Day, func(i, j int) bool { return f.Day[i].Date < f.Day[j].Date })
	return f
}
