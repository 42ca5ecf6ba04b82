package synth

import (
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/ingest"
)

func TestGeneratorIsDeterministicAndShaped(t *testing.T) {
	g := New(42, 10000)
	if a, b := g.Article(17), New(42, 10000).Article(17); a != b {
		t.Fatal("the same seed and index gave different articles")
	}
	if g.Article(1).Title == New(43, 10000).Article(1).Title {
		t.Error("another seed gave the same title")
	}
	var words, titleWords, opinion int
	outlets := map[string]bool{}
	const n = 2000
	start, end := g.Span()
	for i := range n {
		a := g.Article(i * 5)
		words += len(strings.Fields(strings.TrimPrefix(a.Text, a.Title)))
		titleWords += len(strings.Fields(a.Title))
		if a.Kind == ingest.KindOpinion {
			opinion++
		}
		outlets[a.Outlet] = true
		if a.PublishedAt.Before(start) || a.PublishedAt.After(end) {
			t.Fatalf("article %d published %v", i, a.PublishedAt)
		}
	}
	if avg := words / n; avg < 260 || avg > 340 {
		t.Errorf("body %d words on average", avg)
	}
	if avg := titleWords / n; avg < 8 || avg > 13 {
		t.Errorf("title %d words on average", avg)
	}
	if share := float64(opinion) / n; share < 0.17 || share > 0.23 {
		t.Errorf("opinion share %.2f", share)
	}
	if len(outlets) != 40 {
		t.Errorf("%d outlets", len(outlets))
	}
}
