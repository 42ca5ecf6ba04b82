package ingest

import (
	"fmt"
	"testing"
	"time"
)

func TestEscapeBareAmpersands(t *testing.T) {
	tests := map[string]struct {
		in, want string
		changed  bool
	}{
		"bare":               {"a & b", "a &amp; b", true},
		"query string":       {"?a=1&b=2", "?a=1&amp;b=2", true},
		"named entity stays": {"&amp; &eacute; &nbsp;", "&amp; &eacute; &nbsp;", false},
		"numeric stays":      {"&#229; &#xE5;", "&#229; &#xE5;", false},
		"broken numeric":     {"&#; &#x;", "&amp;#; &amp;#x;", true},
		"at the end":         {"slut&", "slut&amp;", true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, changed := escapeBareAmpersands([]byte(tt.in))
			if string(got) != tt.want || changed != tt.changed {
				t.Errorf("got %q %v, want %q %v", got, changed, tt.want, tt.changed)
			}
		})
	}
}

func TestStripIllegalXMLChars(t *testing.T) {
	in := "a\x00b\x01c\x0bd\te\nf\rg&#1;h&#x1F;i&#229;j&#xFFFE;k\uFFFEl"
	if got := string(stripIllegalXMLChars([]byte(in))); got != "abcd\te\nf\rghi&#229;jkl" {
		t.Errorf("got %q", got)
	}
}

func TestStoryIndexPrune(t *testing.T) {
	now := time.Date(2024, 11, 20, 12, 0, 0, 0, time.UTC)
	x := storyIndex{bands: map[uint64][]int32{}}
	_, sig := StoryFingerprint("Journalsystemet stoppar operationer i regionen",
		"Regionen skjuter upp planerade operationer sedan journalsystemet slutat fungera under natten.")
	for i := 0; i < 25000; i++ {
		x.add(fmt.Sprintf("gammal-%d", i), sig, now.Add(-30*24*time.Hour))
	}
	x.add("ny", sig, now.Add(-time.Hour))
	x.prune(now)
	if len(x.entries) != 1 {
		t.Fatalf("%d entries after prune, want 1", len(x.entries))
	}
	if key, ok := x.group(sig, now); !ok || key != "ny" {
		t.Errorf("group after prune: %q %v", key, ok)
	}
	if _, ok := x.group(sig, now.Add(-10*24*time.Hour)); ok {
		t.Errorf("grouped with a story outside the window")
	}
}

func TestParseOPMLCountsWhatItLeavesOut(t *testing.T) {
	deep := `<outline xmlUrl="https://djup.example/rss"/>`
	for range maxOPMLDepth + 1 {
		deep = `<outline text="mapp">` + deep + `</outline>`
	}
	doc := `<opml><body>
<outline xmlUrl="https://a.example/rss"/><outline xmlUrl="https://b.example/rss"/>
<outline text="mapp"><outline xmlUrl="https://c.example/rss"/><outline xmlUrl="https://d.example/rss"/></outline>
<outline text="bara text"/>` + deep + `</body></opml>`
	feeds, res, err := parseOPML([]byte(doc), 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(feeds) != 3 || feeds[2].URL != "https://c.example/rss" {
		t.Errorf("feeds = %+v, want a, b and c", feeds)
	}
	if want := (ImportResult{OverLimit: 1, TooDeep: 1}); res != want {
		t.Errorf("result = %+v, want %+v", res, want)
	}
}
