// Package synth generates invented Swedish news and opinion articles for
// benchmarks and load tests: titles of about ten words, bodies of about 300,
// 40 outlets, 80 % news and 20 % opinion, published over three years. The
// vocabulary is inflected (definite, plural, genitive), has compounds and a
// few fixed phrases; each article is on one of twelve themes, and words are
// drawn with a Zipf-like skew, so that a theme's words are in a few per cent
// of the articles, as the words of one story are in a real archive. Article i is the same for the
// same seed on every run and every machine, and can be made on its own.
package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
)

// Version changes whenever the generator makes other articles for the same
// seed (benchmarks key cached indexes on it).
const Version = 2

// Generator makes articles. It is safe for concurrent use.
type Generator struct {
	seed       uint64
	total      int
	start, end time.Time
}

// New returns a generator of total articles published evenly (with jitter)
// from 2022-01-01 to 2024-12-31, article 0 the oldest.
func New(seed uint64, total int) *Generator {
	return &Generator{seed: seed, total: max(total, 1),
		start: time.Date(2022, 1, 1, 6, 0, 0, 0, time.UTC),
		end:   time.Date(2024, 12, 31, 22, 0, 0, 0, time.UTC)}
}

// Span is the period the articles are published in.
func (g *Generator) Span() (start, end time.Time) { return g.start, g.end }

// Outlets are the 40 invented outlets.
func Outlets() []string { return outlets }

var outlets = func() []string {
	places := []string{"Väst", "Borås", "Skaraborg", "Trollhättan", "Uddevalla", "Kungälv", "Alingsås",
		"Lidköping", "Skövde", "Mariestad"}
	kinds := []string{"Tidning", "Posten", "Kuriren", "Radio"}
	var out []string
	for _, k := range kinds {
		for _, p := range places {
			out = append(out, k+" "+p)
		}
	}
	return out
}()

// Article returns article i (0 ≤ i < total); ID and FeedID are left to the
// caller, GUID and URL are unique per i.
func (g *Generator) Article(i int) ingest.Article {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)))
	outlet := outlets[int(zipf(r, len(outlets)))]
	kind := ingest.KindNews
	if r.IntN(5) == 0 {
		kind = ingest.KindOpinion
	}
	span := g.end.Sub(g.start)
	step := span / time.Duration(g.total)
	pub := g.start.Add(step*time.Duration(i) + time.Duration(r.Int64N(int64(max(step, time.Second))))).Truncate(time.Second)

	theme := r.IntN(len(themes))
	title := sentence(r, theme, 8+r.IntN(5), false)
	var body strings.Builder
	if kind == ingest.KindOpinion {
		body.WriteString(opinionOpeners[r.IntN(len(opinionOpeners))])
		body.WriteString(" ")
	}
	words := 0
	target := 270 + r.IntN(60)
	for words < target {
		n := 8 + r.IntN(10)
		body.WriteString(sentence(r, theme, n, true))
		body.WriteString(" ")
		words += n
		if r.IntN(8) == 0 {
			body.WriteString("\n\n")
		}
	}
	text := strings.TrimSpace(body.String())
	slug := fmt.Sprintf("%d-%d", g.seed, i)
	return ingest.Article{
		GUID:        "synth-" + slug,
		URL:         "https://" + strings.ToLower(strings.ReplaceAll(strings.NewReplacer("å", "a", "ä", "a", "ö", "o").Replace(outlet), " ", "-")) + ".example/artikel/" + slug,
		Title:       title,
		Content:     "<p>" + strings.ReplaceAll(text, "\n\n", "</p><p>") + "</p>",
		Text:        title + "\n" + text,
		Outlet:      outlet,
		Kind:        kind,
		PublishedAt: pub,
		FirstSeenAt: pub,
		UpdatedAt:   pub,
	}
}

// zipf draws 0..n-1, low values much more often: the inverse of a 1/x
// density over [1, n+1).
func zipf(r *rand.Rand, n int) uint64 {
	v := math.Pow(float64(n+1), r.Float64()) - 1
	return uint64(min(v, float64(n-1)))
}
