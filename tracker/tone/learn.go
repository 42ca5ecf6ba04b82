package tone

import (
	"bufio"
	"cmp"
	_ "embed"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"

	"github.com/lagesbild/lagesbild/search"
)

// Example is a text with the tone a person gave it.
type Example struct {
	Text string
	Tone Tone
}

//go:embed seed.tsv
var seedText string

// SeedExamples are the labelled examples shipped with the product
// (seed.tsv: invented sentences written for Lägesbild, "tone<TAB>text").
func SeedExamples() []Example {
	var out []Example
	sc := bufio.NewScanner(strings.NewReader(seedText))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, text, ok := strings.Cut(line, "\t")
		if ok && Tone(label).Valid() {
			out = append(out, Example{Text: text, Tone: Tone(label)})
		}
	}
	return out
}

// Model is a multinomial logistic regression over the presence of word
// stems, stems under negation, stem pairs and marks of structure (a
// rhetorical question, an exclamation, scare quotes), together with the
// lexicon's critical and supportive sums: the lexicon reaches the words the
// examples never had, the learned weights how this kind of text is written.
type Model struct {
	weights map[string]*[3]float64
	bias    [3]float64
	lexicon [3][2]float64 // per tone: weight of the critical and the supportive sum
}

// How the model is trained. Chosen on the tuning sentences (see eval_test.go).
const (
	correctionWeight = 3    // a person's correction counts as three seed examples
	epochs           = 15   // passes over the examples
	learningRate     = 0.1  // at the first pass; it decays by a tenth a pass
	l2               = 0.05 // weight decay: keeps rare words from deciding alone
)

// Train fits a model to the seed examples and corrections, reading each
// through the scorer's lexicon. The order of the passes is fixed, so the
// same examples give the same model.
func Train(s *Scorer, seed, corrections []Example) *Model {
	return fit(append(readExamples(s, seed, 1), readExamples(s, corrections, correctionWeight)...))
}

// trainItem is an example as the model is fitted to it: the scorer's
// reading of the text and the index of its tone.
type trainItem struct {
	r    reading
	tone int
}

// readExamples reads each example through the scorer's lexicon, times
// times (a correction weighs as several seed examples).
func readExamples(s *Scorer, examples []Example, times int) []trainItem {
	var items []trainItem
	for _, ex := range examples {
		k := toneIndex(ex.Tone)
		if k < 0 {
			continue
		}
		r := s.read(ex.Text)
		for range times {
			items = append(items, trainItem{r, k})
		}
	}
	return items
}

// seedReadings are the seed examples read once through a lexicon, shared by
// a scorer and every scorer Learn makes from it: learning from a new
// correction then reads only the corrections, not the 2,500 seed texts again.
type seedReadings struct {
	once  sync.Once
	items []trainItem
}

func (s *Scorer) seedItems() []trainItem {
	s.seed.once.Do(func() { s.seed.items = readExamples(s, SeedExamples(), 1) })
	return s.seed.items
}

// fit trains a model on items, whose order it shuffles (with a fixed
// seed, so the same items give the same model).
func fit(items []trainItem) *Model {
	m := &Model{weights: map[string]*[3]float64{}}
	for _, it := range items {
		for f := range it.r.features {
			if m.weights[f] == nil {
				m.weights[f] = &[3]float64{}
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	rate := learningRate
	for range epochs {
		rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		for _, it := range items {
			p := m.probabilities(it.r)
			for k := range 3 {
				g := p[k]
				if k == it.tone {
					g--
				}
				m.bias[k] -= rate * g
				m.lexicon[k][0] -= rate * g * it.r.critical
				m.lexicon[k][1] -= rate * g * it.r.supportive
				for f := range it.r.features {
					w := m.weights[f]
					w[k] -= rate * (g + l2*w[k])
				}
			}
		}
		rate *= 0.9
	}
	return m
}

func toneIndex(t Tone) int {
	switch t {
	case Critical:
		return 0
	case Neutral:
		return 1
	case Supportive:
		return 2
	}
	return -1
}

// probabilities are P(tone | text) under the model.
func (m *Model) probabilities(r reading) [3]float64 {
	var z [3]float64
	for k := range 3 {
		z[k] = m.bias[k] + m.lexicon[k][0]*r.critical + m.lexicon[k][1]*r.supportive
		for f := range r.features {
			if w := m.weights[f]; w != nil {
				z[k] += w[k]
			}
		}
	}
	top := max(z[0], z[1], z[2])
	var p [3]float64
	var sum float64
	for k := range 3 {
		p[k] = math.Exp(z[k] - top)
		sum += p[k]
	}
	for k := range 3 {
		p[k] /= sum
	}
	return p
}

// predict is the model's probabilities and the learned words that weighed
// most towards its verdict, as evidence.
func (m *Model) predict(r reading) ([3]float64, []Evidence) {
	p := m.probabilities(r)
	type contrib struct {
		f string
		d float64 // towards supportive (+) or critical (−)
	}
	var cs []contrib
	for f := range r.features {
		if w := m.weights[f]; w != nil {
			cs = append(cs, contrib{f, w[2] - w[0]})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		return cmp.Or(cmp.Compare(math.Abs(cs[j].d), math.Abs(cs[i].d)), strings.Compare(cs[i].f, cs[j].f)) < 0
	})
	var top []Evidence
	for _, c := range cs[:min(3, len(cs))] {
		if math.Abs(c.d) < 0.3 {
			break
		}
		top = append(top, Evidence{Term: featureLabel(c.f), Weight: round2(c.d), Note: "inlärt"})
	}
	return p, top
}

// featureLabel is how a feature reads as evidence.
func featureLabel(f string) string {
	kind, v, _ := strings.Cut(f, ":")
	switch kind {
	case "n":
		return "inte " + v
	case "b":
		return strings.ReplaceAll(v, "_", " ")
	}
	return v
}

// Words too common to tell anything; negators are kept as marks on the
// words they govern instead.
var stopWords = map[string]bool{"och": true, "att": true, "det": true, "som": true, "en": true, "ett": true,
	"på": true, "är": true, "av": true, "för": true, "med": true, "till": true, "den": true, "har": true,
	"de": true, "om": true, "var": true, "i": true, "så": true, "vi": true, "han": true, "hon": true,
	"sig": true, "från": true, "vid": true, "eller": true, "när": true, "kan": true, "ska": true,
	"efter": true, "under": true, "också": true, "nu": true, "sin": true, "sitt": true, "sina": true,
	"hade": true, "denna": true, "detta": true, "dessa": true, "där": true, "här": true, "man": true,
	"oss": true, "vår": true, "vårt": true, "våra": true, "dem": true, "deras": true, "hans": true,
	"hennes": true, "jag": true, "mig": true, "min": true, "mitt": true, "mina": true, "du": true,
	"blir": true, "bli": true, "blev": true, "varit": true, "vara": true, "än": true, "alla": true}

// features are the presence features of a text.
func features(sents []sentence) map[string]bool {
	fs := map[string]bool{}
	for _, st := range sents {
		if st.rhetorical() {
			fs["m:fråga"] = true
		}
		if st.ironic() {
			fs["m:ironi"] = true
		}
		for _, c := range st.clauses {
			if concedes(c) {
				fs["m:medgivande"] = true
			}
			if contrast[c[0]] {
				fs["m:men"] = true
			}
		}
		if st.end == exclaim {
			fs["m:utrop"] = true
		}
		if st.scare {
			fs["m:citattecken"] = true
		}
		for _, c := range st.clauses {
			prev := ""
			negLeft := 0
			for _, w := range c {
				if negators[w] {
					negLeft = 3
					fs["w:"+w] = true
					prev = ""
					continue
				}
				if stopWords[w] || len(w) < 2 {
					prev = ""
					if negLeft > 0 {
						negLeft--
					}
					continue
				}
				st := search.Stem(w)
				if negLeft > 0 {
					fs["n:"+st] = true
					negLeft--
				} else {
					fs["w:"+st] = true
				}
				if prev != "" {
					fs["b:"+prev+"_"+st] = true
				}
				prev = st
			}
		}
	}
	return fs
}
