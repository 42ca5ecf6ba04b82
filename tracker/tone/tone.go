// Package tone suggests how a Swedish opinion text sounds about the
// organisation that handles a crisis: critical, neutral or supportive, with
// the evidence for it, so that a person can confirm or correct it.
//
// The suggestion has two halves. A lexicon of weighted words and phrases
// (lexicon.txt) is read clause by clause with the structure Swedish opinion
// writing uses: negation turns a term around, a concession ("visserligen",
// "trots att", "även om") counts little and the clause after "men" much, a
// rhetorical question or an irony marker turns praise into criticism. Beside
// it a small naive Bayes model over the words' stems (through the Swedish
// analyzer of the search) learns from labelled examples: the seed examples
// shipped with the product and every correction a person makes.
package tone

import (
	"math"
	"slices"
	"strings"
	"sync"
)

// Tone is how an opinion piece sounds about the organisation.
type Tone string

const (
	Critical   Tone = "critical"   // kritisk
	Neutral    Tone = "neutral"    // neutral
	Supportive Tone = "supportive" // positiv, stödjande
)

// All lists every tone in display order.
var All = []Tone{Critical, Neutral, Supportive}

// Valid tells whether t is a known tone.
func (t Tone) Valid() bool { return slices.Contains(All, t) }

// Label is the Swedish name of the tone.
func (t Tone) Label() string {
	switch t {
	case Critical:
		return "Kritisk"
	case Neutral:
		return "Neutral"
	case Supportive:
		return "Positiv"
	}
	return string(t)
}

// Evidence is one reason for a suggestion: the words that matched (or a
// rule, such as a rhetorical question) and what they weighed, negative for
// critical. Note says what changed the weight ("negerat", "medgivande").
type Evidence struct {
	Term   string  `json:"term"`
	Weight float64 `json:"weight"`
	Note   string  `json:"note,omitempty"`
}

// Result is a suggested tone and why.
type Result struct {
	Tone Tone `json:"tone"`
	// Score is below 0 for critical and above 0 for supportive; its size is
	// how sure the suggestion is.
	Score    float64    `json:"score"`
	Evidence []Evidence `json:"evidence"`
}

// Scorer suggests tones. It is safe for concurrent use; Learn returns a new one.
type Scorer struct {
	lex   *lexicon
	model *Model        // nil: the lexicon alone decides
	seed  *seedReadings // the seed examples read through lex, for Learn
}

// New builds a scorer over terms (the shipped lexicon when nil) and a
// learned model (nil: the lexicon alone).
func New(terms []Term, model *Model) *Scorer {
	if terms == nil {
		terms = DefaultTerms()
	}
	return &Scorer{lex: compile(terms), model: model, seed: &seedReadings{}}
}

// The default scorer is trained when first asked for: training reads every
// seed example through the lexicon, which a program that never scores a
// tone should not pay for at start.
var defaultScorer = sync.OnceValue(func() *Scorer {
	s := New(nil, nil)
	s.model = fit(slices.Clone(s.seedItems()))
	return s
})

// Default is the shipped lexicon with the model trained on the seed examples.
func Default() *Scorer { return defaultScorer() }

// Suggest scores text with the default scorer.
func Suggest(text string) Result { return Default().Score(text) }

// Learn returns a scorer whose model is trained on the seed examples and
// the given corrections (confirmed tones), which count three times as much
// as a seed example: they are this organisation's own readers.
func (s *Scorer) Learn(corrections []Example) *Scorer {
	out := &Scorer{lex: s.lex, seed: s.seed}
	items := slices.Clone(s.seedItems())
	out.model = fit(append(items, readExamples(out, corrections, correctionWeight)...))
	return out
}

// lexiconThreshold is how much lexicon evidence either way leaves neutral
// when no model is trained.
const lexiconThreshold = 1.0

// Score suggests the tone of one text.
func (s *Scorer) Score(text string) Result {
	r := s.read(text)
	res := Result{Evidence: r.evidence}
	if s.model == nil {
		res.Score = round2(r.lexScore)
		switch {
		case r.lexScore <= -lexiconThreshold:
			res.Tone = Critical
		case r.lexScore >= lexiconThreshold:
			res.Tone = Supportive
		default:
			res.Tone = Neutral
		}
	} else {
		p, learned := s.model.predict(r)
		res.Evidence = append(res.Evidence, learned...)
		res.Score = round2(p[2] - p[0])
		res.Tone = All[argmax(p)]
	}
	if res.Evidence == nil {
		res.Evidence = []Evidence{}
	}
	return res
}

// reading is what the scorer reads in a text: the lexicon's evidence and
// sums, and the features the model weighs.
type reading struct {
	lexScore float64
	evidence []Evidence
	features map[string]bool
	// The lexicon's readings as numbers for the model: log(1+x) of the
	// critical and supportive sums.
	critical, supportive float64
}

func (s *Scorer) read(text string) reading {
	sents := sentences(tokenize(text))
	score, ev := s.lexiconScore(sents)
	words := 0
	for _, st := range sents {
		for _, c := range st.clauses {
			words += len(c)
		}
	}
	// A long column needs proportionally more evidence than one sentence.
	if words > 60 {
		score *= 60 / float64(words)
	}
	r := reading{lexScore: score, evidence: ev, features: features(sents)}
	var neg, pos float64
	for _, e := range ev {
		if e.Weight < 0 {
			neg -= e.Weight
		} else {
			pos += e.Weight
		}
	}
	r.critical, r.supportive = math.Log1p(neg), math.Log1p(pos)
	return r
}

func argmax(p [3]float64) int {
	best := 0
	for k := range p {
		if p[k] > p[best] {
			best = k
		}
	}
	return best
}

// Words that negate the term after them (within three words, same clause).
var negators = map[string]bool{"inte": true, "ej": true, "icke": true, "inget": true, "ingen": true,
	"inga": true, "aldrig": true, "knappast": true, "varken": true, "utan": true, "ingenting": true,
	"sällan": true, "näppeligen": true}

// Words after "inte" that make it no negation: "inte bara", "inte minst".
var notNegating = map[string]bool{"bara": true, "minst": true, "enbart": true, "endast": true,
	"blott": true}

var intensifiers = map[string]bool{"helt": true, "mycket": true, "totalt": true, "fullständigt": true,
	"extremt": true, "djupt": true, "oerhört": true, "verkligen": true, "rent": true, "synnerligen": true,
	"fullkomligt": true, "ytterst": true, "väldigt": true, "riktigt": true, "otroligt": true,
	"enormt": true, "grovt": true, "allvarligt": true, "ohyggligt": true, "fruktansvärt": true}

// Concession markers: what their clause grants counts little.
var concessive = map[string]bool{"visserligen": true, "förvisso": true, "trots": true, "fastän": true,
	"oavsett": true}

// Words that open a question an opinion writer does not expect answered.
var interrogatives = map[string]bool{"hur": true, "varför": true, "vem": true, "vilka": true, "vad": true,
	"när": true, "var": true, "ska": true, "skall": true, "är": true, "kan": true, "borde": true, "måste": true,
	"hade": true, "finns": true, "blir": true, "vilken": true, "vilket": true, "vart": true,
	"har": true, "får": true, "tror": true, "vågar": true, "behöver": true, "måhända": true}

// Irony markers: praise in their sentence is meant the other way.
var ironyWords = map[string]bool{"grattis": true, "bravo": true, "heja": true, "hurra": true, "minsann": true,
	"jaha": true, "toppen": true, "strålande": true, "snyggt": true, "succé": true,
	"igen": true, "ironiskt": true, "tjoho": true, "wow": true, "applåd": true, "applåder": true}

var ironyPhrases = []string{"som vanligt", "som alltid", "vilken överraskning", "tack för ingenting",
	"så klart", "än en gång", "ännu en gång", "vem kunde ana", "vem kunde tro", "vem hade kunnat ana",
	"snyggt jobbat", "mästerligt", "i vanlig ordning", "som väntat", "föredömligt som vanligt"}

// lexiconScore reads the sentences clause by clause.
func (s *Scorer) lexiconScore(sents []sentence) (float64, []Evidence) {
	var total float64
	var evidence []Evidence
	for si, st := range sents {
		irony := st.ironic()
		rhetorical := st.rhetorical()
		var sentScore float64
		conceded := false
		for ci, c := range st.clauses {
			factor := 1.0
			note := ""
			concessionEnd := len(c) // the words a concession covers
			switch {
			case concedes(c):
				factor, note, conceded = 0.35, "medgivande", true
				if j := slices.Index(c, "trots"); j >= 0 && (j+1 >= len(c) || c[j+1] != "att") {
					// "Trots kritiken i våras är det bra nu": the concession is
					// the noun phrase after "trots", the rest is the main clause.
					concessionEnd = min(j+4, len(c))
				}
			case contrast[c[0]] && conceded:
				factor, note = 1.6, "efter medgivande"
			case contrast[c[0]]:
				factor, note = 1.3, "men-sats"
			case ci+1 < len(st.clauses) && contrast[st.clauses[ci+1][0]]:
				factor, note = 0.6, "före men"
			}
			atCritics := aimedAtCritics(c)
			for i := 0; i < len(c); {
				best, n := s.lex.best(c, i)
				if best == nil || s.lex.overtaken(c, i, n) {
					i++
					continue
				}
				if best.Weight != 0 {
					w, n2 := best.Weight*factor, note
					if i >= concessionEnd {
						w, n2 = best.Weight*1.3, "huvudsats"
					}
					notes := []string{}
					if n2 != "" {
						notes = append(notes, n2)
					}
					if atCritics >= 0 {
						if i <= atCritics {
							// The criticism itself is what the clause judges.
							i += n
							continue
						}
						// Hard words about the critics defend the organisation;
						// calling the criticism fair ("befogad") joins it.
						switch {
						case w < 0:
							w = -w * 0.8
							notes = append(notes, "om kritikerna")
						case justifies(c[i]):
							w = -w
							notes = append(notes, "om kritikerna")
						}
					}
					if negatedAt(c, i) && !weakDemand(c[i]) {
						if w > 0 {
							w = -w
						} else {
							w = -w * 0.6
						}
						notes = append(notes, "negerat")
					}
					if i > 0 && intensifiers[c[i-1]] {
						w *= 1.5
						notes = append(notes, "förstärkt")
					}
					if w > 0 && (irony || rhetorical) {
						w = -w
						if irony {
							notes = append(notes, "ironi")
						} else {
							notes = append(notes, "retorisk fråga")
						}
					}
					if st.end == exclaim {
						w *= 1.25
					}
					sentScore += w
					evidence = append(evidence, Evidence{Term: strings.Join(c[i:i+n], " "),
						Weight: round2(w), Note: strings.Join(notes, ", ")})
				}
				i += n
			}
		}
		if rhetorical {
			sentScore -= 1
			evidence = append(evidence, Evidence{Term: "?", Weight: -1, Note: "retorisk fråga"})
		}
		if irony && sentScore < 0 {
			sentScore -= 0.5
		}
		// The last sentence is often the writer's verdict.
		if si == len(sents)-1 && len(sents) > 1 {
			sentScore *= 1.2
		}
		total += sentScore
	}
	return total, evidence
}

// Words that, as the subject of a clause, make it a judgement of the critics
// rather than of the organisation: "kritiken mot länsstyrelsen är okunnig",
// "det är lätt att kräva avgångar".
var criticSubjects = []string{"kritik", "opposition", "kvällstidning", "löpsedl", "medie", "journalist",
	"tyckar", "debattör", "drevet", "skriket"}

// aimedAtCritics returns the index of the last word of the critic subject
// when the clause judges the critics, or -1.
func aimedAtCritics(c []string) int {
	for i := 0; i < len(c) && i < 3; i++ {
		w := c[i]
		if i+1 < len(c) {
			switch w + " " + c[i+1] {
			case "alla som", "folk som", "ni som", "lätt att":
				return i + 1
			}
		}
		for _, p := range criticSubjects {
			if strings.HasPrefix(w, p) {
				return i
			}
		}
	}
	return -1
}

// justifies tells whether a word grants the critics their point.
func justifies(w string) bool {
	for _, p := range []string{"befoga", "berättiga", "rimlig", "relevant", "förståelig", "rättvis", "välgrundad"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return w == "rätt" || w == "riktig" || w == "riktigt"
}

// weakDemand words keep their sense under a negation: "aldrig borde ha
// genomförts" is as critical as "borde ha stoppats".
func weakDemand(w string) bool {
	return w == "borde" || w == "bör" || w == "måste" || strings.HasPrefix(w, "kräv")
}

// ironic tells whether a sentence carries a marker of irony: scare quotes,
// "grattis", "som vanligt", "vilken överraskning".
func (st sentence) ironic() bool {
	if st.scare {
		return true
	}
	for _, c := range st.clauses {
		for _, w := range c {
			if ironyWords[w] {
				return true
			}
		}
	}
	text := " " + strings.Join(flatten(st.clauses), " ") + " "
	for _, p := range ironyPhrases {
		if strings.Contains(text, " "+p+" ") {
			return true
		}
	}
	return false
}

// rhetorical tells whether a sentence is a question that opens with a
// question word or a verb: in opinion text one the writer answers himself.
func (st sentence) rhetorical() bool {
	return st.end == question && len(st.clauses[0]) > 0 && interrogatives[st.clauses[0][0]]
}

// concedes tells whether a clause grants a point it then sets aside.
func concedes(c []string) bool {
	for i, w := range c {
		if concessive[w] {
			return true
		}
		if i+1 < len(c) {
			switch w + " " + c[i+1] {
			case "även om", "må vara", "låt vara", "i och", "om än", "trots att", "även fast", "hur som":
				return true
			}
		}
	}
	return false
}

// negatedAt tells whether a negation stands among the three words before i
// in the clause ("inte bara" and "inte minst" do not negate), or opens the
// clause as a subject ("ingen kan anklaga regionen för slarv").
func negatedAt(c []string, i int) bool {
	for j, seen := i-1, 0; j >= 0 && seen < 3; j-- {
		seen++
		if negators[c[j]] {
			// "aldrig haft så bra kontakt" praises: a superlative, no negation.
			if c[j] == "aldrig" && slices.Contains(c[j+1:i], "så") {
				return false
			}
			return j+1 >= len(c) || !notNegating[c[j+1]]
		}
	}
	if i > 3 && (c[0] == "ingen" || c[0] == "inget" || c[0] == "ingenting" || c[0] == "inga") {
		return true
	}
	return false
}

func flatten(clauses [][]string) []string {
	var out []string
	for _, c := range clauses {
		out = append(out, c...)
	}
	return out
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }
