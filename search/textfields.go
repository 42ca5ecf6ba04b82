package search

import (
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	bdoc "github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/lagesbild/lagesbild/ingest"
)

// An article's text goes to two fields: its words (fieldText, AnalyzerName)
// and its pairs of adjacent words (fieldTextPairs, PairAnalyzerName). Both
// analyzers tokenise, lower-case and stem the same text; done apart, that is
// the largest part of indexing's analysis twice over. indexArticle maps the
// article as Bleve would and then gives the two fields one analysis between
// them (sharedText), from which each takes its own tokens.
//
// Why this and not another way:
//   - A custom index.Field type would restate Bleve's TextField (options,
//     sizes, frequencies) to change one call; a TextField with an analyzer of
//     its own changes only where the tokens come from.
//   - An analyzer that remembers texts it has seen would need a key (the
//     text, or a hash of it) and a cache shared by every indexing goroutine;
//     here the sharing is scoped to one document and ends with it.
//   - Leaving the mapping as it is (both fields still declare their
//     analyzers) keeps the index's mapping, queries and the percolator, which
//     maps documents the ordinary way, untouched.
//
// TestSharedTextIndexesAsTheMapping checks that both fields come out of it
// with the same terms, frequencies and positions as from their analyzers.

var textLower = lowercase.NewLowerCaseFilter()

// analyseText is AnalyzerName's and PairAnalyzerName's work on one text in
// one pass: the words (stems and compound parts, as AnalyzerName gives
// them; without the parts when mappingWithoutParts) and the pairs of
// adjacent stems (as PairAnalyzerName gives them). The words keep the
// positions of sentenceGaps: the text field has no term vectors, so its
// positions are not indexed.
func analyseText(text []byte) (words, pairs analysis.TokenStream) {
	toks := sentenceGaps{nameMarks{wordTokenizer}}.Tokenize(text)
	toks = textLower.Filter(toks)
	n := len(toks)
	words = stemFilter{parts: !mappingWithoutParts}.Filter(toks) // the parts go after the n words
	return words, pairFilter{}.Filter(words[:n])
}

// sharedText is the analysis of one article's text, made by whichever of
// its two fields Bleve analyses first and taken by each. The fields of a
// document are analysed one after the other, but Bleve does not promise
// so: a mutex keeps it right either way.
type sharedText struct {
	mu           sync.Mutex
	words, pairs analysis.TokenStream
	taken        [2]bool
}

// take returns the words (pairs false) or the pairs of text, analysing it
// when that part was never made or was taken already; what is taken is let
// go, so that a batch does not hold every document's tokens until it ends.
func (s *sharedText) take(text []byte, pairs bool) analysis.TokenStream {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := 0
	if pairs {
		i = 1
	}
	if s.taken[i] || (s.words == nil && s.pairs == nil) {
		s.words, s.pairs = analyseText(text)
		s.taken = [2]bool{}
	}
	s.taken[i] = true
	var out analysis.TokenStream
	if pairs {
		out, s.pairs = s.pairs, nil
	} else {
		out, s.words = s.words, nil
	}
	return out
}

// sharedWords and sharedPairs are the analyzers of one document's text and
// text_pairs fields (analysis.Analyzer).
type (
	sharedWords struct{ *sharedText }
	sharedPairs struct{ *sharedText }
)

func (a sharedWords) Analyze(text []byte) analysis.TokenStream { return a.take(text, false) }
func (a sharedPairs) Analyze(text []byte) analysis.TokenStream { return a.take(text, true) }

// indexArticle adds article a to batch b, as b.Index(docID, document(a,
// topics)) would, with one analysis of its text for its two fields.
func indexArticle(b *bleve.Batch, m mapping.IndexMapping, a *ingest.Article, topics []int64) error {
	doc, err := mapArticle(m, a, topics)
	if err != nil {
		return err
	}
	return b.IndexAdvanced(doc)
}

// mapArticle is the Bleve document of a under mapping m, its text fields
// sharing their analysis.
func mapArticle(m mapping.IndexMapping, a *ingest.Article, topics []int64) (*bdoc.Document, error) {
	doc := bdoc.NewDocument(docID(a.ID))
	if err := m.MapDocument(doc, document(a, topics)); err != nil {
		return nil, err
	}
	var text, pairs *bdoc.TextField
	var ti, pi int
	for i, f := range doc.Fields {
		switch tf, _ := f.(*bdoc.TextField); {
		case tf == nil:
		case tf.Name() == fieldText && text == nil:
			text, ti = tf, i
		case tf.Name() == fieldTextPairs && pairs == nil:
			pairs, pi = tf, i
		}
	}
	if text == nil || pairs == nil {
		return doc, nil // a mapping without the pairs (the percolator's): nothing to share
	}
	shared := &sharedText{}
	doc.Fields[ti] = bdoc.NewTextFieldCustom(text.Name(), text.ArrayPositions(), text.Value(), text.Options(), sharedWords{shared})
	doc.Fields[pi] = bdoc.NewTextFieldCustom(pairs.Name(), pairs.ArrayPositions(), pairs.Value(), pairs.Options(), sharedPairs{shared})
	return doc, nil
}
