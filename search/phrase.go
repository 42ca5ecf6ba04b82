package search

import (
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// phraseQuery is a multi-phrase (the terms each position of a phrase
// allows, on one field) answered by phraseSearcher where nothing asks for
// the hits' term locations, and by Bleve's own searcher where something
// does (an explanation, highlighting by Bleve).
//
// Why: Bleve's PhraseSearcher turns every document that has all the
// phrase's terms into maps of its terms' locations before it looks at their
// positions, and lets the maps go. Over three years at 1,000,000 articles a
// phrase has tens of thousands of such documents; the maps and the garbage
// collection after them were half of its CPU (bench/RESULTS.md, fourteenth
// session). phraseSearcher reads the same locations from the candidate's
// list of them, into buffers it keeps. The candidates, their scores and so
// the hits and their order are the same: both take the documents of the
// same conjunction of the same term searchers and keep those where the
// terms stand at successive positions (TestPhraseSearcherAsBleves).
type phraseQuery struct {
	*query.MultiPhraseQuery
}

func newPhraseQuery(terms [][]string, field string) phraseQuery {
	return phraseQuery{query.NewMultiPhraseQuery(terms, field)}
}

func (q phraseQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping,
	options bsearch.SearcherOptions) (bsearch.Searcher, error) {
	if options.Explain || options.IncludeTermVectors || !anyTerm(q.Terms) {
		return q.MultiPhraseQuery.Searcher(ctx, r, m, options)
	}
	return newPhraseSearcher(ctx, r, q.Terms, q.FieldVal, q.BoostVal.Value(), options)
}

// textPhraseQuery is a phrase in the text of the months' indexes, each
// asked in its own way (newMapping): among the word pairs where the index
// has them (pairPhrase), by the words' positions where not. Both match the
// same documents (TestTextPhraseByPairsAndByPositions); their scores are
// of different terms.
type textPhraseQuery struct {
	terms [][]string // the stems each position of the phrase allows
}

func (q textPhraseQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping,
	options bsearch.SearcherOptions) (bsearch.Searcher, error) {
	if hasPairs(m) {
		return pairPhrase(q.terms).Searcher(ctx, r, m, options)
	}
	return newPhraseQuery(q.terms, fieldText).Searcher(ctx, r, m, options)
}

// anyTerm: some position of terms asks for a term (a position without one
// matches any word, as in Bleve's phrases).
func anyTerm(terms [][]string) bool {
	return slices.ContainsFunc(terms, func(alts []string) bool { return !wildcard(alts) })
}

func wildcard(alts []string) bool {
	return !slices.ContainsFunc(alts, func(t string) bool { return t != "" })
}

// phraseSearcher finds the documents where the terms stand at successive
// positions of one field. The text fields hold one value each, so array
// positions are not compared.
type phraseSearcher struct {
	must  bsearch.Searcher // the conjunction of the positions' terms, with their locations
	terms [][]string
	any   []bool     // per position of the phrase: it matches any word (no terms)
	first int        // the first position that asks for a term
	at    [][]uint64 // per position of the phrase, where its terms stand in the candidate
}

func newPhraseSearcher(ctx context.Context, r index.IndexReader, terms [][]string, field string, boost float64,
	options bsearch.SearcherOptions) (*phraseSearcher, error) {
	options.IncludeTermVectors = true
	var parts []bsearch.Searcher
	for _, alts := range terms {
		var ts []bsearch.Searcher
		var err error
		for _, t := range alts {
			if t == "" {
				continue
			}
			var s bsearch.Searcher
			if s, err = searcher.NewTermSearcher(ctx, r, t, field, boost, options); err != nil {
				break
			}
			ts = append(ts, s)
		}
		if err == nil && len(ts) > 1 {
			var d bsearch.Searcher
			if d, err = searcher.NewDisjunctionSearcher(ctx, r, ts, 1, options); err == nil {
				ts = []bsearch.Searcher{d}
			}
		}
		if err != nil {
			closeSearchers(append(parts, ts...))
			return nil, err
		}
		parts = append(parts, ts...) // none for a position without terms
	}
	must, err := searcher.NewConjunctionSearcher(ctx, r, parts, options)
	if err != nil {
		closeSearchers(parts)
		return nil, err
	}
	ps := &phraseSearcher{must: must, terms: terms, any: make([]bool, len(terms)), at: make([][]uint64, len(terms))}
	for i, alts := range terms {
		ps.any[i] = wildcard(alts)
	}
	ps.first = slices.Index(ps.any, false) // anyTerm made sure there is one
	return ps, nil
}

func closeSearchers(ss []bsearch.Searcher) {
	for _, s := range ss {
		_ = s.Close()
	}
}

func (s *phraseSearcher) Next(ctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	for {
		d, err := s.must.Next(ctx)
		if d == nil || err != nil {
			return nil, err
		}
		if s.inOrder(d) {
			return d, nil
		}
		ctx.DocumentMatchPool.Put(d)
	}
}

func (s *phraseSearcher) Advance(ctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	d, err := s.must.Advance(ctx, id)
	if d == nil || err != nil {
		return nil, err
	}
	if s.inOrder(d) {
		return d, nil
	}
	ctx.DocumentMatchPool.Put(d)
	return s.Next(ctx)
}

// inOrder tells whether the candidate d has the phrase's terms at
// successive positions: from some position of the first position's terms
// on, each next position's terms one further. As in Bleve's phrases, a
// position without terms matches any word, and leading ones are dropped.
func (s *phraseSearcher) inOrder(d *bsearch.DocumentMatch) bool {
	for i := range s.at {
		s.at[i] = s.at[i][:0]
	}
	for _, ftl := range d.FieldTermLocations {
		for i, alts := range s.terms {
			if slices.Contains(alts, ftl.Term) {
				s.at[i] = append(s.at[i], ftl.Location.Pos)
			}
		}
	}
	for _, start := range s.at[s.first] {
		found := true
		for i := s.first + 1; i < len(s.terms) && found; i++ {
			found = s.any[i] || slices.Contains(s.at[i], start+uint64(i-s.first))
		}
		if found {
			return true
		}
	}
	return false
}

func (s *phraseSearcher) Close() error               { return s.must.Close() }
func (s *phraseSearcher) Weight() float64            { return s.must.Weight() }
func (s *phraseSearcher) SetQueryNorm(n float64)     { s.must.SetQueryNorm(n) }
func (s *phraseSearcher) Count() uint64              { return s.must.Count() }
func (s *phraseSearcher) Min() int                   { return 0 }
func (s *phraseSearcher) Size() int                  { return s.must.Size() }
func (s *phraseSearcher) DocumentMatchPoolSize() int { return s.must.DocumentMatchPoolSize() + 1 }
