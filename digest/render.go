package digest

import (
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/tone"
)

// dayLabel: "tisdag 19 november".
func dayLabel(d Digest) string {
	l := d.At.In(tracker.Stockholm)
	return fmt.Sprintf("%s %d %s", lagesbild.Weekdays[l.Weekday()], l.Day(), lagesbild.Months[l.Month()-1])
}

// sinceLine: "Sedan 2024-11-18 klockan 07:00".
func sinceLine(d Digest) string {
	t := d.Since.In(tracker.Stockholm)
	return "Sedan " + t.Format(time.DateOnly) + " klockan " + t.Format("15:04")
}

// Subject is the mail's subject: "Dagens bevakning tisdag 19 november: 12 nya".
func (d Digest) Subject() string {
	return fmt.Sprintf("Dagens bevakning %s: %d nya", dayLabel(d), d.TotalItems)
}

func toneWord(t tone.Tone) string {
	switch t {
	case tone.Critical:
		return "kritisk"
	case tone.Supportive:
		return "positiv"
	}
	return "neutral"
}

func storyLine(st Story) string {
	s := st.Title + " (" + strings.Join(st.Outlets, ", ")
	if st.Count > len(st.Outlets) {
		s += fmt.Sprintf("; %d artiklar", st.Count)
	}
	return s + "; ton: " + toneWord(st.Tone) + ")"
}

// Text is the digest as plain text.
func (d Digest) Text(base string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Dagens bevakning, %s\n", dayLabel(d))
	fmt.Fprintf(&b, "%s\n\n", sinceLine(d))
	for _, sec := range d.Sections {
		fmt.Fprintf(&b, "%s (%d)\n", sec.Name, len(sec.Stories))
		if len(sec.Stories) == 0 {
			b.WriteString("  Inget nytt.\n")
		}
		for _, st := range sec.Stories {
			fmt.Fprintf(&b, "- %s\n  %s\n", storyLine(st), st.URL)
		}
		b.WriteString("\n")
	}
	if len(d.Opinion) > 0 {
		b.WriteString("Opinion\n")
		for _, st := range d.Opinion {
			fmt.Fprintf(&b, "- %s\n  %s\n", storyLine(st), st.URL)
		}
		b.WriteString("\n")
	}
	if len(d.NewCases) > 0 {
		b.WriteString("Nya ärenden i diariet\n")
		for _, c := range d.NewCases {
			fmt.Fprintf(&b, "- %s %s: %s\n", c.Number, c.Kind, c.Subject)
		}
		b.WriteString("\n")
	}
	if len(d.DueToday) > 0 {
		b.WriteString("Ska besvaras i dag\n")
		for _, c := range d.DueToday {
			fmt.Fprintf(&b, "- %s %s: %s\n", c.Number, c.Kind, c.Subject)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "Bevakningarna ändras under Aviseringar: %s/alerts\n", base)
	return b.String()
}

// HTML is the digest as an HTML mail body.
func (d Digest) HTML(base string) string {
	e := html.EscapeString
	var b strings.Builder
	fmt.Fprintf(&b, "<h1>Dagens bevakning, %s</h1>\n<p>%s</p>\n", e(dayLabel(d)), e(sinceLine(d)))
	list := func(stories []Story) {
		b.WriteString("<ul>\n")
		for _, st := range stories {
			fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a> <span>(%s; ton: %s)</span></li>\n", e(st.URL), e(st.Title),
				e(strings.Join(st.Outlets, ", ")), toneWord(st.Tone))
		}
		b.WriteString("</ul>\n")
	}
	for _, sec := range d.Sections {
		fmt.Fprintf(&b, "<h2>%s (%d)</h2>\n", e(sec.Name), len(sec.Stories))
		if len(sec.Stories) == 0 {
			b.WriteString("<p>Inget nytt.</p>\n")
			continue
		}
		list(sec.Stories)
	}
	if len(d.Opinion) > 0 {
		b.WriteString("<h2>Opinion</h2>\n")
		list(d.Opinion)
	}
	cases := func(title string, cs []CaseLine) {
		if len(cs) == 0 {
			return
		}
		fmt.Fprintf(&b, "<h2>%s</h2>\n<ul>\n", e(title))
		for _, c := range cs {
			fmt.Fprintf(&b, "<li>%s %s: %s</li>\n", e(c.Number), e(c.Kind), e(c.Subject))
		}
		b.WriteString("</ul>\n")
	}
	cases("Nya ärenden i diariet", d.NewCases)
	cases("Ska besvaras i dag", d.DueToday)
	fmt.Fprintf(&b, "<p>Bevakningarna ändras under <a href=\"%s/alerts\">Aviseringar</a>.</p>\n", e(base))
	return b.String()
}
