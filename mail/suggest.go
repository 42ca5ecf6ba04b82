package mail

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
)

//go:embed outlets.tsv
var defaultOutlets string

// Outlets maps a sender's domain to a media outlet.
type Outlets map[string]string

// DefaultOutlets is the table shipped with the product.
func DefaultOutlets() Outlets {
	o, err := ReadOutlets(strings.NewReader(defaultOutlets))
	if err != nil {
		panic(err)
	}
	return o
}

// ReadOutlets reads "domain<TAB>outlet" lines; blank lines and lines
// starting with # are skipped.
func ReadOutlets(r io.Reader) (Outlets, error) {
	o := Outlets{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		domain, outlet, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(outlet) == "" {
			return nil, fmt.Errorf("outlets line %d: want domain<TAB>outlet", n)
		}
		o[strings.ToLower(strings.TrimSpace(domain))] = strings.TrimSpace(outlet)
	}
	return o, sc.Err()
}

// Lookup finds the outlet of an address or domain, trying each parent
// domain in turn (nyheter.svt.se → svt.se).
func (o Outlets) Lookup(addr string) string {
	domain := strings.ToLower(addr)
	if i := strings.LastIndexByte(domain, '@'); i >= 0 {
		domain = domain[i+1:]
	}
	for domain != "" {
		if out, ok := o[domain]; ok {
			return out
		}
		_, rest, ok := strings.Cut(domain, ".")
		if !ok {
			break
		}
		domain = rest
	}
	return ""
}

// Suggestion is what the inbox proposes for a message; the press officer decides.
type Suggestion struct {
	Kind           tracker.Kind // "" when nothing points either way
	Outlet         string
	Deadline       *time.Time
	PersonalNumber bool     // the text holds what looks like a personnummer
	Reasons        []string // the wording that decided the kind, for the page
}

var (
	documentWords = []string{"begär att få ta del av", "begär att ta del av", "ta del av", "allmän handling",
		"allmänna handlingar", "utlämnande", "offentlighetsprincipen", "kopia av", "kopior av", "diarium", "diariet"}
	pressWords = []string{"intervju", "kommentar", "kommentera", "uttala", "uttalande", "journalist", "reporter",
		"redaktion", "pressfråga", "presskontakt", "publicering", "inslag", "reportage"}
)

// Suggest reads a message's wording and sender: the kind of case, the
// outlet, a deadline in the text and whether a personnummer is in it.
func Suggest(m *Message, outlets Outlets) Suggestion {
	return combine(readSignals(m.Subject, m.Text, m.ReceivedAt), m.FromAddr, outlets)
}

// signals are what a suggestion reads from a message's subject and text.
// Reading them is the slow part (regular expressions over the whole text),
// so the intake keeps them with the message; the outlet, from a table that
// may be edited, is looked up each time.
type signals struct {
	Reasons        []string // the request and press wording found, in the order of the word lists
	Deadline       *time.Time
	PersonalNumber bool
}

func readSignals(subject, text string, received time.Time) signals {
	all := subject + "\n" + text
	lower := strings.ToLower(all)
	var sg signals
	for _, words := range [][]string{documentWords, pressWords} {
		for _, w := range words {
			if strings.Contains(lower, w) {
				sg.Reasons = append(sg.Reasons, w)
			}
		}
	}
	sg.Deadline = FindDeadline(all, received)
	sg.PersonalNumber = len(tracker.FindPersonalNumbers(all)) > 0
	return sg
}

// combine weighs the wording and the sender's outlet into a suggestion.
func combine(sg signals, fromAddr string, outlets Outlets) Suggestion {
	s := Suggestion{Deadline: sg.Deadline, PersonalNumber: sg.PersonalNumber, Reasons: sg.Reasons,
		Outlet: outlets.Lookup(fromAddr)}
	var doc, press int
	for _, w := range sg.Reasons {
		if slices.Contains(documentWords, w) {
			doc++
		} else {
			press++
		}
	}
	if s.Outlet != "" {
		press++ // a journalist writes from the newsroom
	}
	switch {
	case doc > press:
		s.Kind = tracker.DocumentRequest
	case press > doc:
		s.Kind = tracker.PressInquiry
	case doc > 0:
		s.Kind = tracker.DocumentRequest // a request for documents is the stricter duty
	}
	return s
}

var (
	deadlineTime = regexp.MustCompile(`(?i)(?:senast|före|innan|till)\s+(?:kl\.?|klockan)\s*(\d{1,2})(?:[:.](\d{2}))?(?:\s+(i\s*dag|idag|i\s*morgon|imorgon|på\s+(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)|(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)))?`)
	deadlineDay  = regexp.MustCompile(`(?i)(senast|före|innan)\s+(?:på\s+)?(i\s*dag|idag|i\s*morgon|imorgon|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:\s+(?:kl\.?|klockan)\s*(\d{1,2})(?:[:.](\d{2}))?)?`)
)

var weekdays = map[string]time.Weekday{"måndag": time.Monday, "tisdag": time.Tuesday, "onsdag": time.Wednesday,
	"torsdag": time.Thursday, "fredag": time.Friday, "lördag": time.Saturday, "söndag": time.Sunday}

// FindDeadline finds a deadline such as "senast kl. 15 i dag", "före
// fredag" or "senast i morgon kl 10" in text, read from the time the mail
// was received (Europe/Stockholm). "före fredag" means by the end of the
// day before; a day without an hour means the end of that day.
func FindDeadline(text string, received time.Time) *time.Time {
	day := received.In(tracker.Stockholm)
	if m := deadlineTime.FindStringSubmatch(text); m != nil {
		hour, _ := strconv.Atoi(m[1])
		minute, _ := strconv.Atoi(m[2])
		if hour > 23 || minute > 59 {
			return nil
		}
		d := resolveDay(day, strings.ToLower(strings.TrimPrefix(strings.ToLower(m[3]), "på ")), false)
		t := time.Date(d.Year(), d.Month(), d.Day(), hour, minute, 0, 0, tracker.Stockholm)
		if m[3] == "" && !t.After(received) {
			t = t.AddDate(0, 0, 1) // "senast kl. 9" said at noon means tomorrow
		}
		return &t
	}
	if m := deadlineDay.FindStringSubmatch(text); m != nil {
		before := strings.ToLower(m[1]) != "senast"
		d := resolveDay(day, strings.ToLower(m[2]), before)
		if m[3] != "" && !before {
			hour, _ := strconv.Atoi(m[3])
			minute, _ := strconv.Atoi(m[4])
			if hour > 23 || minute > 59 {
				return nil
			}
			t := time.Date(d.Year(), d.Month(), d.Day(), hour, minute, 0, 0, tracker.Stockholm)
			return &t
		}
		t := time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, tracker.Stockholm).Add(-time.Second)
		return &t
	}
	return nil
}

// resolveDay turns "i dag", "i morgon" or a weekday into a date from day;
// a weekday is the next one after day. before steps back one day ("före fredag").
func resolveDay(day time.Time, word string, before bool) time.Time {
	w := strings.Join(strings.Fields(word), "")
	var d time.Time
	switch w {
	case "", "idag":
		d = day
	case "imorgon":
		d = day.AddDate(0, 0, 1)
	default:
		wd, ok := weekdays[w]
		if !ok {
			return day
		}
		ahead := (int(wd) - int(day.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		d = day.AddDate(0, 0, ahead)
	}
	if before {
		d = d.AddDate(0, 0, -1)
	}
	return d
}
