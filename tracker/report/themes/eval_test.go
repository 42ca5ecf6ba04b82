package themes

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
)

// week is one crisis week of the evaluation set (testdata/week*.json),
// written and labelled by a hand other than the theme finder's: the angles
// a communications officer would name, each with the words that a label
// naming it contains.
type week struct {
	Name         string   `json:"name"`
	Organisation string   `json:"organisation"`
	Aliases      []string `json:"organisation_aliases"`
	Articles     []struct {
		Outlet    string    `json:"outlet"`
		Kind      string    `json:"kind"`
		Published time.Time `json:"published"`
		Title     string    `json:"title"`
		Lead      string    `json:"lead"`
	} `json:"articles"`
	Previous []struct {
		Outlet    string    `json:"outlet"`
		Published time.Time `json:"published"`
		Title     string    `json:"title"`
		Lead      string    `json:"lead"`
	} `json:"previous_articles"`
	Angles []struct {
		Name  string   `json:"name"`
		Match []string `json:"match"`
	} `json:"angles"`
}

// storyKeys groups near-duplicates the way ingest does: the same MinHash
// fingerprint, similar enough.
func storyKeys(arts []Article) {
	type sig struct{ key, sig string }
	var seen []sig
	for i := range arts {
		key, s := ingest.StoryFingerprint(arts[i].Title, arts[i].Lead)
		for _, o := range seen {
			if ingest.StorySimilarity(s, o.sig) >= 0.5 {
				key = o.key
				break
			}
		}
		seen = append(seen, sig{key, s})
		arts[i].StoryKey = key
	}
}

func loadWeek(tb testing.TB, path string) (week, []Article, []Article) {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var w week
	if err := json.Unmarshal(b, &w); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	var now, prev []Article
	for i, a := range w.Articles {
		now = append(now, Article{ID: int64(i + 1), Outlet: a.Outlet, Title: a.Title, Lead: a.Lead, Published: a.Published})
	}
	for i, a := range w.Previous {
		prev = append(prev, Article{ID: int64(1000 + i), Outlet: a.Outlet, Title: a.Title, Lead: a.Lead, Published: a.Published})
	}
	storyKeys(now)
	storyKeys(prev)
	return w, now, prev
}

// score is how the found themes meet the week's angles: a theme is right
// when its label contains a match word of an angle.
func score(w week, found []Theme) (right, angles, named int, wrong []string) {
	hit := map[int]bool{}
	for _, t := range found {
		label := strings.ToLower(t.Label)
		ok := false
		for i, a := range w.Angles {
			for _, m := range a.Match {
				if strings.Contains(label, strings.ToLower(m)) {
					hit[i], ok = true, true
				}
			}
		}
		if ok {
			right++
		} else {
			wrong = append(wrong, t.Label)
		}
	}
	return right, len(w.Angles), len(hit), wrong
}

// TestThemeEvaluation states precision and recall of the angles on the
// evaluation weeks: weeks 1–4 were read while the rules were written, the
// rest are held out.
func TestThemeEvaluation(t *testing.T) {
	paths, _ := filepath.Glob("testdata/week*.json")
	if len(paths) == 0 {
		t.Fatal("no evaluation weeks")
	}
	type sum struct{ right, found, named, angles int }
	var tune, held sum
	for _, p := range paths {
		w, now, prev := loadWeek(t, p)
		found := Find(now, prev, Options{Organisation: append([]string{w.Organisation}, w.Aliases...)})
		right, angles, named, wrong := score(w, found)
		s := &held
		name := filepath.Base(p)
		if name <= "week4.json" {
			s = &tune
		}
		s.right += right
		s.found += len(found)
		s.named += named
		s.angles += angles
		var labels []string
		for _, f := range found {
			labels = append(labels, fmt.Sprintf("%q (%d, %d utgivare, förra %d)", f.Label, f.Count, len(f.Outlets), f.PreviousCount))
		}
		if s == &tune || testing.Verbose() && os.Getenv("THEMES_SHOW_HELD_OUT") != "" {
			t.Logf("%s: %d/%d themes right, %d/%d angles named\n  found: %s\n  wrong: %q", name, right, len(found), named, angles, strings.Join(labels, "; "), wrong)
		}
		for _, f := range found {
			if w := strings.ToLower(f.Label); generic[w] || stopWords[w] || calendarWords[w] {
				t.Errorf("%s: a common word as a theme: %q", name, f.Label)
			}
		}
	}
	for _, s := range []struct {
		name string
		s    sum
	}{{"tuning weeks", tune}, {"held-out weeks", held}} {
		t.Logf("%s: precision %.2f (%d/%d), recall %.2f (%d/%d)", s.name,
			float64(s.s.right)/float64(max(s.s.found, 1)), s.s.right, s.s.found,
			float64(s.s.named)/float64(max(s.s.angles, 1)), s.s.named, s.s.angles)
	}
}
