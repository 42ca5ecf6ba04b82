package search

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/lagesbild/lagesbild/ingest"
)

// TestPhraseSearcherAsBleves: phraseQuery finds the documents Bleve's own
// multi-phrase finds, with the same scores, on the title and on the text's
// pairs: every phrase the judged corpora's queries quote, and word runs of
// two to five taken at random from their articles (across a sentence's end
// too, where neither may match), scored and unscored.
func TestPhraseSearcherAsBleves(t *testing.T) {
	m := NewMapping()
	idx, err := bleve.NewMemOnly(m)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	b := idx.NewBatch()
	var texts []string
	id := int64(0)
	corpora := loadJudged(t)
	names := slices.Sorted(maps.Keys(corpora))
	for _, name := range names[:len(names)/4] { // a quarter of them: enough hits, a few seconds
		for _, a := range corpora[name].Articles {
			id++
			art := ingest.Article{ID: id, Title: a.Title, Text: a.Title + " " + a.Text, Outlet: a.Outlet,
				Kind: ingest.Kind(a.Kind), PublishedAt: a.Published}
			if err := indexArticle(b, m, &art, nil, nil); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, a.Title, a.Text)
		}
	}
	if err := idx.Batch(b); err != nil {
		t.Fatal(err)
	}

	var phrases []string
	for _, name := range names {
		for _, q := range corpora[name].Queries {
			for i, part := range strings.Split(q.Q, `"`) {
				if i%2 == 1 {
					phrases = append(phrases, part)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(14, 56))
	for range 400 {
		words := strings.Fields(texts[r.IntN(len(texts))])
		n := 2 + r.IntN(4)
		if len(words) < n {
			continue
		}
		at := r.IntN(len(words) - n + 1)
		phrases = append(phrases, strings.Join(words[at:at+n], " "))
	}

	matched := 0
	for _, p := range phrases {
		toks := svAnalyzer.Analyze([]byte(p))
		if len(toks) < 2 {
			continue
		}
		terms := phraseTerms(p, toks)
		for field, ts := range map[string][][]string{fieldTitle: terms, fieldTextPairs: pairTerms(terms)} {
			if len(ts) < 2 {
				continue
			}
			for _, score := range []string{"", "none"} {
				want := phraseHits(t, idx, query.NewMultiPhraseQuery(ts, field), score)
				got := phraseHits(t, idx, newPhraseQuery(ts, field), score)
				if !slices.Equal(got, want) {
					t.Errorf("%q on %s (score %q): %d hits %v, Bleve's %d %v", p, field, score, len(got), got, len(want), want)
				}
				matched += len(want)
			}
		}
	}
	t.Logf("%d phrases, %d hits", len(phrases), matched)
	if matched < 1000 {
		t.Fatalf("only %d hits over %d phrases: the comparison would prove little", matched, len(phrases))
	}
}

// phraseHits are the ids and scores of every hit of q, in id order.
func phraseHits(t *testing.T, idx bleve.Index, q query.Query, score string) []string {
	t.Helper()
	sr := bleve.NewSearchRequestOptions(q, 10000, 0, false)
	sr.Score = score
	res, err := idx.Search(sr)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = fmt.Sprintf("%s:%.6g", h.ID, h.Score)
	}
	slices.Sort(out)
	return out
}
