package tone

import (
	"strings"
	"testing"
)

// BenchmarkSuggest scores an opinion piece of the length the report reads
// (4,000 characters), as the report does for each of a week's pieces.
//
//	go test ./tracker/tone/ -run '^$' -bench Suggest -benchtime 200x
func BenchmarkSuggest(b *testing.B) {
	tune, _ := tuningSet(b)
	var sb strings.Builder
	for _, l := range tune {
		if sb.Len() > 4000 {
			break
		}
		sb.WriteString(l.text + " ")
	}
	text := sb.String()
	s := Default()
	s.Score(text) // train outside the timer
	b.ReportAllocs()
	for b.Loop() {
		s.Score(text)
	}
}
