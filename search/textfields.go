package search

import (
	"bytes"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	bdoc "github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/lagesbild/lagesbild/ingest"
)

// An article's text goes to two fields: its words (fieldText, AnalyzerName)
// and, in a closed month's index, its pairs of adjacent words
// (fieldTextPairs, PairAnalyzerName; see newMapping). Both
// analyzers tokenise, lower-case and stem the same text; done apart, that is
// the largest part of indexing's analysis twice over. indexArticle maps the
// article as Bleve would and then gives the two fields one analysis between
// them (sharedText), from which each takes its own tokens; the title field
// takes its words from it too, where the text begins with the title.
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
// with the same terms, frequencies and positions as from their analyzers,
// and TestTitleIsReadWithItsArticle what the title takes from it.

var textLower = lowercase.NewLowerCaseFilter()

// analyseText is AnalyzerName's and PairAnalyzerName's work on one text in
// one pass: the words (stems and compound parts, as AnalyzerName gives
// them; without the parts when mappingWithoutParts) and the pairs of
// adjacent stems (as PairAnalyzerName gives them), unless withPairs is
// false. The words keep the positions of sentenceGaps, which an open
// month's index keeps for phrases (the pairs leave the same gaps).
func analyseText(text []byte, withPairs bool) (words, pairs analysis.TokenStream) {
	toks := sentenceGaps{nameMarks{wordTokenizer}}.Tokenize(text)
	toks = textLower.Filter(toks)
	n := len(toks)
	words = stemFilter{parts: !mappingWithoutParts}.Filter(toks) // the parts go after the n words
	if withPairs {
		pairs = pairFilter{}.Filter(words[:n])
	}
	return words, pairs
}

// sharedText is the analysis of one article's text, made by whichever of
// its fields Bleve analyses first and taken by each: the text's words, its
// pairs, and, when the text begins with the title on its own line
// (titleOnItsLine), the title's words, cut from the text's. So the title
// is read with the article around it: a name the body gives a person is a
// name in the headline too (Stig, 61, räddade passagerarna; the body says
// busschauffören Stig Almqvist), and a phrase in the title stays within a
// sentence as the text's pairs do. The fields of a document are analysed
// one after the other, but Bleve does not promise so: a mutex keeps it
// right either way.
type sharedText struct {
	mu       sync.Mutex
	text     []byte
	titleEnd int  // the title's end in text; 0: the title is analysed apart
	pairs    bool // the document has the pairs field
	made     bool
	streams  [3]analysis.TokenStream // by sharedPart
	taken    [3]bool
	// before, when set, runs once before the text is first analysed, on
	// Bleve's analysis worker: the catch-up's yield (Index.yieldAt).
	before func()
}

// sharedPart is one field's part of a sharedText.
type sharedPart int

const (
	partWords sharedPart = iota
	partPairs
	partTitle
)

// take returns a part of the text's analysis, analysing the text when it
// was never analysed or that part was taken already; what is taken is let
// go, so that a batch does not hold every document's tokens until it ends.
func (s *sharedText) take(part sharedPart) analysis.TokenStream {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.made || s.taken[part] {
		if s.before != nil {
			s.before()
			s.before = nil
		}
		words, pairs := analyseText(s.text, s.pairs)
		s.streams = [3]analysis.TokenStream{words, pairs, nil}
		if s.titleEnd > 0 {
			for _, t := range words {
				if t.End <= s.titleEnd {
					s.streams[partTitle] = append(s.streams[partTitle], t)
				}
			}
		}
		s.made, s.taken = true, [3]bool{}
	}
	s.taken[part] = true
	out := s.streams[part]
	s.streams[part] = nil
	return out
}

// sharedField is the analyzer (analysis.Analyzer) of one field of a
// document whose text is analysed once, as sharedText says: it takes its
// part and ignores the text Bleve hands it (the field's own value).
type sharedField struct {
	*sharedText
	part sharedPart
}

func (a sharedField) Analyze([]byte) analysis.TokenStream { return a.take(a.part) }

// indexArticle adds article a to batch b, as b.Index(docID, document(a,
// topics)) would, with one analysis of its text for its text fields;
// before, when not nil, runs before that analysis.
func indexArticle(b *bleve.Batch, m mapping.IndexMapping, a *ingest.Article, topics []int64, before func()) error {
	doc, err := mapArticle(m, a, topics, before)
	if err != nil {
		return err
	}
	return b.IndexAdvanced(doc)
}

// mapArticle is the Bleve document of a under mapping m, its text fields
// sharing their analysis, before which before runs (when not nil).
func mapArticle(m mapping.IndexMapping, a *ingest.Article, topics []int64, before func()) (*bdoc.Document, error) {
	doc := bdoc.NewDocument(docID(a.ID))
	if err := m.MapDocument(doc, document(a, topics)); err != nil {
		return nil, err
	}
	var title, text, pairs *bdoc.TextField
	var hi, ti, pi int
	for i, f := range doc.Fields {
		switch tf, _ := f.(*bdoc.TextField); {
		case tf == nil:
		case tf.Name() == fieldTitle && title == nil:
			title, hi = tf, i
		case tf.Name() == fieldText && text == nil:
			text, ti = tf, i
		case tf.Name() == fieldTextPairs && pairs == nil:
			pairs, pi = tf, i
		}
	}
	if text == nil {
		if before != nil {
			before()
		}
		return doc, nil // no text: nothing to share
	}
	// A copy: the analysis lower-cases its words in place, and the text
	// field's value is stored (Bleve copies a stored field's value before
	// its analyzer sees it; this analyzer reads the text itself).
	shared := &sharedText{text: bytes.Clone(text.Value()), pairs: pairs != nil, before: before}
	doc.Fields[ti] = bdoc.NewTextFieldCustom(text.Name(), text.ArrayPositions(), text.Value(), text.Options(), sharedField{shared, partWords})
	if pairs != nil {
		doc.Fields[pi] = bdoc.NewTextFieldCustom(pairs.Name(), pairs.ArrayPositions(), pairs.Value(), pairs.Options(), sharedField{shared, partPairs})
	}
	if title == nil {
		return doc, nil // no title (an article may have none)
	}
	if t, v := title.Value(), text.Value(); len(t) > 0 && len(v) > len(t) && v[len(t)] == '\n' && bytes.HasPrefix(v, t) {
		shared.titleEnd = len(t)
		doc.Fields[hi] = bdoc.NewTextFieldCustom(title.Name(), title.ArrayPositions(), title.Value(), title.Options(), sharedField{shared, partTitle})
	}
	return doc, nil
}
