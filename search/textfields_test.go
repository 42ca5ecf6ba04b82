package search

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	bdoc "github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search/synth"
)

// TestSharedTextIndexesAsTheMapping: an article's text and text_pairs
// fields, analysed once between them (mapArticle), hold what each field's
// own analyzer makes of the text: the same terms, frequencies, positions
// and lengths, under the index's mapping with and without compound parts.
func TestSharedTextIndexesAsTheMapping(t *testing.T) {
	arts := []ingest.Article{
		{Title: "Journalsystemet låg nere", Text: "Journalsystemet låg nere Hela systemet låg nere i går. " +
			"Sköterskorna på SÄS:s akutmottagning skrev för hand!\nKl. 15 var 1 200 patienter drabbade; " +
			"upphandlingsskandalen växer… Dricksvattnet i Borås är tjänligt: bl.a. Alingsås berörs."},
		{Title: "Tom", Text: ""},
		{Title: "", Text: "ett"},
		{Title: "Siffror", Text: "2024 11 19 123 456 och 7,5 procent"},
	}
	for i := range 40 {
		a := synth.New(benchSeed, 1000).Article(i * 7)
		arts = append(arts, a)
	}
	for name, c := range loadJudged(t) {
		for i, a := range c.Articles {
			if i%5 == 0 {
				arts = append(arts, ingest.Article{Title: a.Title, Text: a.Title + " " + a.Text, Outlet: name})
			}
		}
	}
	for _, parts := range []bool{true, false} {
		t.Run(fmt.Sprintf("compound_parts=%v", parts), func(t *testing.T) {
			mappingWithoutParts = !parts
			t.Cleanup(func() { mappingWithoutParts = false })
			m := NewMapping()
			for i := range arts {
				a := arts[i]
				a.ID, a.PublishedAt = int64(i+1), time.Date(2024, 11, 19, 8, 0, 0, 0, Stockholm)
				want := analysedFields(t, mapped(t, m, &a))
				doc, err := mapArticle(m, &a, nil, nil)
				if err != nil {
					t.Fatal(err)
				}
				got := analysedFields(t, doc)
				if len(got) != len(want) {
					t.Fatalf("article %d: %d fields, want %d", i, len(got), len(want))
				}
				for name, w := range want {
					if name == fieldTitle && titleFromText(doc) {
						continue // TestTitleIsReadWithItsArticle
					}
					if g := got[name]; !reflect.DeepEqual(g, w) {
						t.Errorf("article %d, field %s: shared analysis gives %d tokens %v,\nits analyzer %d tokens %v",
							i, name, g.length, terms(g.freqs), w.length, terms(w.freqs))
					}
				}
			}
		})
	}
}

// TestSharedTextWasShared: mapArticle's text fields get their tokens from
// one analysis, not from their analyzers (which the test above could not
// tell apart).
func TestSharedTextWasShared(t *testing.T) {
	a := ingest.Article{ID: 1, Title: "Elavbrott", Text: "Elavbrott i Borås. Hela staden låg mörk.", PublishedAt: time.Now()}
	doc, err := mapArticle(NewMapping(), &a, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var shared []*sharedText
	for _, f := range doc.Fields {
		tf, ok := f.(*bdoc.TextField)
		if !ok {
			continue
		}
		if an, ok := tf.Analyzer().(sharedField); ok {
			shared = append(shared, an.sharedText)
		}
	}
	if len(shared) != 3 || shared[0] != shared[1] || shared[1] != shared[2] {
		t.Fatalf("want the title, the text and its pairs on one shared analysis, got %d analyzers sharing", len(shared))
	}
}

// titleFromText tells whether doc's title takes its words from its text.
func titleFromText(doc *bdoc.Document) bool {
	for _, f := range doc.Fields {
		if tf, ok := f.(*bdoc.TextField); ok && tf.Name() == fieldTitle {
			an, ok := tf.Analyzer().(sharedField)
			return ok && an.part == partTitle
		}
	}
	return false
}

// TestTitleIsReadWithItsArticle: where the text begins with the title on
// its own line, the title field holds the text's words of that line, so
// that a name the body gives a person is a name in the headline too; where
// the body gives none, the headline's word stays the word.
func TestTitleIsReadWithItsArticle(t *testing.T) {
	titleTerms := func(a ingest.Article) []string {
		t.Helper()
		a.ID, a.PublishedAt = 1, time.Date(2024, 11, 19, 8, 0, 0, 0, Stockholm)
		doc, err := mapArticle(NewMapping(), &a, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !titleFromText(doc) {
			t.Fatalf("%q: the title is analysed apart", a.Title)
		}
		var out []string
		for term := range analysedFields(t, doc)[fieldTitle].freqs {
			out = append(out, term)
		}
		slices.Sort(out)
		return out
	}
	hero := "Hjälten bakom ratten: Stig, 61, räddade passagerarna"
	got := titleTerms(ingest.Article{Title: hero, Text: hero + " Nu vårdas busschauffören Stig Almqvist på sjukhus."})
	if !slices.Contains(got, NameMark+"stig") || slices.Contains(got, "stig") {
		t.Errorf("the body names Stig Almqvist: the title's terms %q, want ^stig and no stig", got)
	}
	path := "Stig över berget stängs"
	got = titleTerms(ingest.Article{Title: path, Text: path + " Stigen är lerig efter regnet."})
	if !slices.Contains(got, "stig") {
		t.Errorf("no person named Stig: the title's terms %q, want stig (beside ^stig, as at any sentence's start)", got)
	}

	// Any title: the words of its line in the text's analysis, in the
	// judged corpora and the synthetic feeds alike.
	arts := []ingest.Article{}
	for i := range 40 {
		arts = append(arts, synth.New(benchSeed, 1000).Article(i*7))
	}
	for name, c := range loadJudged(t) {
		for i, a := range c.Articles {
			if i%3 == 0 {
				arts = append(arts, ingest.Article{Title: a.Title, Text: a.Title + " " + a.Text, Outlet: name})
			}
		}
	}
	for i := range arts {
		a := &arts[i]
		text := []byte(titleOnItsLine(a))
		words, _ := analyseText(text, false)
		want := map[string]bool{}
		for _, w := range words {
			if w.End <= len(a.Title) {
				want[string(w.Term)] = true
			}
		}
		got := titleTerms(*a)
		if len(got) != len(want) {
			t.Errorf("%q: title terms %q, want those of its line in the text %v", a.Title, got, want)
			continue
		}
		for _, term := range got {
			if !want[term] {
				t.Errorf("%q: title term %q is none of its line's in the text %v", a.Title, term, want)
			}
		}
	}
}

func mapped(t *testing.T, m mapping.IndexMapping, a *ingest.Article) *bdoc.Document {
	t.Helper()
	doc := bdoc.NewDocument(docID(a.ID))
	if err := m.MapDocument(doc, document(a, nil)); err != nil {
		t.Fatal(err)
	}
	return doc
}

type analysedField struct {
	length int
	freqs  map[string]any
}

// analysedFields analyses every indexed field of doc as Bleve does when it
// indexes it, in the document's order.
func analysedFields(t *testing.T, doc *bdoc.Document) map[string]analysedField {
	t.Helper()
	out := map[string]analysedField{}
	for _, f := range doc.Fields {
		if !f.Options().IsIndexed() {
			continue
		}
		f.Analyze()
		freqs := map[string]any{}
		for term, tf := range f.AnalyzedTokenFrequencies() {
			locs := make([]string, len(tf.Locations))
			for i, l := range tf.Locations {
				locs[i] = fmt.Sprintf("%d:%d-%d", l.Position, l.Start, l.End)
			}
			freqs[term] = fmt.Sprintf("%d %v", tf.Frequency(), locs)
		}
		out[f.Name()] = analysedField{length: f.AnalyzedLength(), freqs: freqs}
	}
	return out
}

func terms(freqs map[string]any) []string {
	out := make([]string, 0, len(freqs))
	for t, f := range freqs {
		out = append(out, fmt.Sprintf("%s=%v", t, f))
	}
	slices.Sort(out)
	return out
}
