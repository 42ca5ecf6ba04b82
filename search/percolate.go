package search

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/lagesbild/lagesbild/ingest"
)

// Percolator matches a batch of new articles against many stored queries
// (alert subscriptions): the batch goes into a small index in memory, with
// the same mapping and analysis as the real one, and each query runs
// against it. A query therefore finds in the batch exactly what the search
// page would find among the same articles.
type Percolator struct {
	idx     bleve.Index
	dir     string
	n       int
	outlets []string // the batch's outlet names, lower-cased
}

// NewPercolator indexes the articles in memory. topics are the monitored
// topics of each article (ämne: in a query), nil for none.
func NewPercolator(arts []ingest.Article, topics map[int64][]int64) (*Percolator, error) {
	// Scorch, as the real index: the batch becomes one segment held in
	// memory (it is never persisted before Close). Bleve's NewMemOnly
	// (upsidedown over a treap) is a hundred times slower to query.
	dir, err := os.MkdirTemp("", "lagesbild-percolate-")
	if err != nil {
		return nil, fmt.Errorf("percolate: %w", err)
	}
	idx, err := bleve.NewUsing(filepath.Join(dir, "batch"), percolatorMapping(), scorch.Name, scorch.Name,
		map[string]any{"unsafe_batch": true})
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("percolate: open batch index: %w", err)
	}
	p := &Percolator{idx: idx, dir: dir, n: len(arts), outlets: []string{}}
	seen := map[string]bool{}
	for i := range arts {
		if o := keyLower(arts[i].Outlet); !seen[o] {
			seen[o] = true
			p.outlets = append(p.outlets, o)
		}
	}
	b := idx.NewBatch()
	for i := range arts {
		if err := b.Index(docID(arts[i].ID), document(&arts[i], topics[arts[i].ID])); err != nil {
			p.Close()
			return nil, fmt.Errorf("percolate: index article %d: %w", arts[i].ID, err)
		}
	}
	if err := idx.Batch(b); err != nil {
		p.Close()
		return nil, fmt.Errorf("percolate: index batch: %w", err)
	}
	return p, nil
}

// Close frees the batch's index.
func (p *Percolator) Close() error {
	err := p.idx.Close()
	return errors.Join(err, os.RemoveAll(p.dir))
}

// CompiledQuery is a stored query parsed once, to run on many batches.
type CompiledQuery struct{ node Node }

// Compile parses q (the search page's syntax); a *QueryError when it does not parse.
func Compile(q string) (*CompiledQuery, error) {
	node, err := ParseQuery(q)
	if err != nil {
		return nil, err
	}
	return &CompiledQuery{node: node}, nil
}

// Match lists the ids of the batch's articles that q matches, in no order.
func (p *Percolator) Match(ctx context.Context, q *CompiledQuery) ([]int64, error) {
	if p.n == 0 {
		return nil, nil
	}
	bq := toQuery(q.node, queryOptions{outlets: p.outlets})
	// A page of 64, sorted by id and paged after the last: a stored query
	// matches few of a batch, and a page the size of the batch would
	// allocate a match for every article on every query.
	const page = 64
	var out []int64
	var after []string
	for {
		sr := bleve.NewSearchRequestOptions(bq, page, 0, false)
		sr.Score = "none"
		sr.SortBy([]string{"_id"})
		sr.SearchAfter = after
		res, err := p.idx.SearchInContext(ctx, sr)
		if err != nil {
			return nil, fmt.Errorf("percolate: %w", err)
		}
		for _, h := range res.Hits {
			if id, err := strconv.ParseInt(h.ID, 10, 64); err == nil {
				out = append(out, id)
			}
		}
		if len(res.Hits) < page {
			break
		}
		after = res.Hits[len(res.Hits)-1].Sort
	}
	return out, nil
}

// percolatorMapping is the index's mapping without what a stored query
// cannot ask for: compound parts (Compile never searches them), stored
// values and DocValues (nothing is shown or sorted), the address, dates,
// story and feed.
func percolatorMapping() *mapping.IndexMappingImpl {
	text := func(name string) *mapping.DocumentMapping {
		dm := mapping.NewDocumentStaticMapping()
		dm.Fields = []*mapping.FieldMapping{{Name: name, Type: "text", Analyzer: PlainAnalyzerName, Index: true,
			IncludeTermVectors: true}}
		return dm
	}
	kw := func(name, analyzer string) *mapping.FieldMapping {
		return &mapping.FieldMapping{Name: name, Type: "text", Analyzer: analyzer, Index: true, SkipFreqNorm: true}
	}
	doc := mapping.NewDocumentStaticMapping()
	doc.AddSubDocumentMapping(fieldTitle, text(fieldTitle))
	doc.AddSubDocumentMapping(fieldText, text(fieldText))
	outlet := mapping.NewDocumentStaticMapping()
	outlet.Fields = []*mapping.FieldMapping{kw(fieldOutlet, keyword.Name), kw(fieldOutletKey, KeyLowerAnalyzerName)}
	doc.AddSubDocumentMapping(fieldOutlet, outlet)
	for _, f := range []string{fieldKind, fieldTopic} {
		dm := mapping.NewDocumentStaticMapping()
		dm.Fields = []*mapping.FieldMapping{kw(f, keyword.Name)}
		doc.AddSubDocumentMapping(f, dm)
	}
	im := mapping.NewIndexMapping()
	im.DefaultMapping = doc
	im.DefaultAnalyzer = PlainAnalyzerName
	im.IndexDynamic, im.StoreDynamic, im.DocValuesDynamic = false, false, false
	return im
}
