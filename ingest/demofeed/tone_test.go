package demofeed

import (
	"testing"

	"github.com/lagesbild/lagesbild/tracker/tone"
)

// The demo's opinion blocks carry the stance their author (an earlier
// session, who never saw the tone scorer of issue 8) wrote them with. They
// are a fifth evaluation set of the tone suggestion, never used for tuning,
// and a harder one: titles and argument blocks stand alone, without the
// rest of their piece. The floor guards against a regression; the figures
// are in bench/RESULTS.md.
func TestToneSuggestionOnTheDemoStances(t *testing.T) {
	right, total := 0, 0
	for name, set := range map[string][]block{"titles": opinionTitles, "arguments": arguments, "closings": closings} {
		r := 0
		for _, b := range set {
			if string(tone.Suggest(b.text).Tone) == b.stance {
				r++
			}
		}
		t.Logf("%s: %d of %d", name, r, len(set))
		right, total = right+r, total+len(set)
	}
	acc := float64(right) / float64(total)
	t.Logf("all blocks: %.3f (%d of %d)", acc, right, total)
	if acc < 0.5 {
		t.Errorf("accuracy %.3f on the demo's stances, want at least 0.5", acc)
	}
}
