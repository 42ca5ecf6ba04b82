package tone

import (
	"bufio"
	_ "embed"
	"math"
	"sort"
	"strings"

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

var seedModel = Train(SeedExamples(), nil)

// SeedModel is the model trained on the seed examples alone.
func SeedModel() *Model { return seedModel }

// Model is a naive Bayes model over the presence of word stems, stems under
// negation, stem pairs and a few marks of structure (a question, irony).
type Model struct {
	prior [3]float64            // log P(tone)
	logp  map[string][3]float64 // log P(feature present | tone)
	unk   [3]float64            // log P(an unseen feature | tone)
	docs  int
}

// correctionWeight is how many seed examples one person's correction counts as.
const correctionWeight = 3

// Train builds a model from seed examples and corrections.
func Train(seed, corrections []Example) *Model {
	var docs [3]float64
	counts := map[string]*[3]float64{}
	add := func(ex Example, w float64) {
		k := toneIndex(ex.Tone)
		if k < 0 {
			return
		}
		docs[k] += w
		for f := range features(sentences(tokenize(ex.Text))) {
			c := counts[f]
			if c == nil {
				c = &[3]float64{}
				counts[f] = c
			}
			c[k] += w
		}
	}
	for _, ex := range seed {
		add(ex, 1)
	}
	for _, ex := range corrections {
		add(ex, correctionWeight)
	}
	m := &Model{logp: make(map[string][3]float64, len(counts))}
	total := docs[0] + docs[1] + docs[2]
	if total == 0 {
		return m
	}
	m.docs = int(total)
	const alpha = 0.5 // smoothing
	for k := range 3 {
		m.prior[k] = math.Log((docs[k] + 1) / (total + 3))
		m.unk[k] = math.Log(alpha / (docs[k] + 2*alpha))
	}
	for f, c := range counts {
		if c[0]+c[1]+c[2] < 2 { // seen once: noise more than knowledge
			continue
		}
		var lp [3]float64
		for k := range 3 {
			lp[k] = math.Log((c[k] + alpha) / (docs[k] + 2*alpha))
		}
		m.logp[f] = lp
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

// probabilities are P(tone | text) under the model, tempered so that a
// long text's many weak features do not make it falsely sure.
func (m *Model) probabilities(sents []sentence) (p [3]float64, top []Evidence) {
	if m == nil || m.docs == 0 {
		return [3]float64{0, 1, 0}, nil
	}
	lp := m.prior
	type contrib struct {
		f string
		d float64
	}
	var cs []contrib
	n := 0
	for f := range features(sents) {
		l, ok := m.logp[f]
		if !ok {
			continue
		}
		n++
		for k := range 3 {
			lp[k] += l[k]
		}
		cs = append(cs, contrib{f, l[2] - l[0]})
	}
	temper := 1.0
	if n > 4 {
		temper = math.Sqrt(float64(n) / 4)
	}
	maxLP := math.Inf(-1)
	for k := range 3 {
		lp[k] /= temper
		maxLP = max(maxLP, lp[k])
	}
	var sum float64
	for k := range 3 {
		p[k] = math.Exp(lp[k] - maxLP)
		sum += p[k]
	}
	for k := range 3 {
		p[k] /= sum
	}
	sort.Slice(cs, func(i, j int) bool { return math.Abs(cs[i].d) > math.Abs(cs[j].d) })
	for _, c := range cs[:min(3, len(cs))] {
		if math.Abs(c.d) < 0.7 {
			break
		}
		top = append(top, Evidence{Term: featureLabel(c.f), Weight: round2(c.d / 4), Note: "inlärt"})
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
		if st.end == question && len(st.clauses) > 0 && interrogatives[st.clauses[0][0]] {
			fs["m:fråga"] = true
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
