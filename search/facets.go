package search

import (
	"sort"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
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
	days := maxDayFacet
	if !req.From.IsZero() && !req.To.IsZero() {
		days = int(min(dateOf(req.To)-dateOf(req.From)+1, maxDayFacet))
	}
	sr.AddFacet(fieldDay, bleve.NewFacetRequest(fieldDay, max(days, 1)))
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
