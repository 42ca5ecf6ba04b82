package search

import (
	"fmt"
	"slices"
	"testing"

	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search/synth"
)

// TestPercolatorAgreesWithTheIndex: a stored query finds in a batch what
// the search index finds among the same articles.
func TestPercolatorAgreesWithTheIndex(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{outlet: "Västsvenska Dagbladet", title: "Journalsystemet låg nere i natt", text: "Personalen skrev på papper."},
		art{outlet: "Radio Väst", title: "Nya journalsystemen kostar miljarder", text: "Regionerna byter system."},
		art{outlet: "Radio Väst", kind: ingest.KindOpinion, title: "Stoppa journalsystemet nu", text: "Ett kaos."},
		art{outlet: "Kuststaden Nu", title: "Extern granskning beställd", text: "En extern granskning av upphandlingen."},
		art{outlet: "Kuststaden Nu", title: "Elpriserna fortsatt höga", text: "Elpriserna stiger i norr. Höga elpriser oroar."},
	)
	arts, err := f.store.ArticlesAfter(f.ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	p, err := NewPercolator(arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	// A phrase stays within a sentence, and the title is a sentence of its
	// own, in both: "fortsatt höga elpriser" runs from the title into the
	// text, "norr höga" across a full stop.
	for _, q := range []string{"journalsystemet", `"extern granskning"`, "journalsystem* -kaos", "källa:Väst", "typ:opinion", "vård",
		`"höga elpriser"`, `"fortsatt höga elpriser"`, `"norr höga"`} {
		want, err := f.idx.Matching(f.ctx, q, ids)
		if err != nil {
			t.Fatal(err)
		}
		cq, err := Compile(q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.Match(f.ctx, cq)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: percolator %v, index %v", q, got, want)
		}
		if across := q == `"fortsatt höga elpriser"` || q == `"norr höga"`; across && len(got) > 0 {
			t.Errorf("%s runs across a sentence and matched %v", q, got)
		} else if q == `"höga elpriser"` && len(got) != 1 {
			t.Errorf("%s within its sentence matched %v, want one article", q, got)
		}
	}
	if _, err := Compile(`"öppen`); err == nil {
		t.Errorf("a query that does not parse compiled")
	}
}

// BenchmarkPercolate matches a batch of 1,000 new articles against 500
// stored queries (words, phrases, three-word ANDs, prefixes, outlet words,
// NOTs), the memory index included:
//
//	go test ./search/ -run '^$' -bench Percolate -benchtime 10x
func BenchmarkPercolate(b *testing.B) {
	g := synth.New(benchSeed, 100_000)
	arts := make([]ingest.Article, 1000)
	for i := range arts {
		arts[i] = g.Article(99_000 + i)
		arts[i].ID = int64(99_001 + i)
	}
	outlets := synth.Outlets()
	queries := make([]*CompiledQuery, 500)
	for i := range queries {
		var q string
		switch i % 5 {
		case 0:
			q = synth.MixAt("word", i).Q
		case 1:
			q = synth.MixAt("phrase", i).Q
		case 2:
			q = synth.MixAt("and3_180d", i).Q
		case 3:
			q = fmt.Sprintf("%s källa:%q", synth.MixAt("word", i+1).Q, outlets[i%len(outlets)])
		default:
			q = synth.MixAt("word", i+2).Q + "* -" + synth.MixAt("word", i+3).Q
		}
		cq, err := Compile(q)
		if err != nil {
			b.Fatalf("%s: %v", q, err)
		}
		queries[i] = cq
	}
	ctx := b.Context()
	matched := 0
	for b.Loop() {
		p, err := NewPercolator(arts, nil)
		if err != nil {
			b.Fatal(err)
		}
		matched = 0
		for _, q := range queries {
			ids, err := p.Match(ctx, q)
			if err != nil {
				b.Fatal(err)
			}
			matched += len(ids)
		}
		p.Close()
	}
	b.ReportMetric(float64(matched), "matches/batch")
}
