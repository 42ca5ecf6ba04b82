package report

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/lagesbild/lagesbild/tracker"
)

// ActionSelection are a period's communication actions as the report lists
// them ("Kommunikativa åtgärder, urval"): one line per item however many
// channels carried it, newest first; the items of a series that recurs
// (a daily update, the regional reports) as one line under "Dagligen".
// The editor picks the lines that go into the text.
type ActionSelection struct {
	Lines []string `json:"lines"`
	Daily []string `json:"daily"`
}

// RecurringDays: a series of items (the same kind and title but for dates
// and numbers) published on this many days of the lookback is a routine.
const (
	RecurringDays     = 3
	RecurringLookback = 14 // days before the period's end
)

// actionSelection selects the report's actions, with the recurring series
// found in the RecurringLookback days up to the end of the period.
func (s *Store) actionSelection(ctx context.Context, r *Report, cov Coverage) (ActionSelection, error) {
	window := r.Period
	if n := r.Period.Days(); n < RecurringLookback {
		before := r.Period.Before(RecurringLookback - n)
		window = tracker.Period{From: before.From, To: r.Period.To}
	}
	past, err := s.reportActions(ctx, window, cov)
	if err != nil {
		return ActionSelection{}, err
	}
	days := map[string]map[string]bool{}
	for _, a := range past {
		k := seriesKey(a)
		if days[k] == nil {
			days[k] = map[string]bool{}
		}
		days[k][a.Date] = true
	}
	recurring := map[string]bool{}
	for k, ds := range days {
		if len(ds) >= RecurringDays {
			recurring[k] = true
		}
	}
	return SelectActions(r.Actions, recurring), nil
}

// SelectActions groups actions (newest first) into the selection's lines:
// the items of one day with the same title are one line naming every
// channel ("18/11: Pressmeddelande och nyhet internt och externt om
// [Titel](https://…)"); a series in recurring (by seriesKey) is one line
// under Daily ("Intern nyhet: Aktuellt om Aurora").
func SelectActions(actions []ReportAction, recurring map[string]bool) ActionSelection {
	sel := ActionSelection{Lines: []string{}, Daily: []string{}}
	type group struct {
		first  ReportAction
		kinds  []ActionKind
		url    string
		uptake string
	}
	var order []string
	groups := map[string]*group{}
	for _, a := range actions {
		if k := seriesKey(a); recurring[k] {
			line := a.Kind.Label() + ": " + EscapeBullet(seriesTitle(a.Title))
			if !slices.Contains(sel.Daily, line) {
				sel.Daily = append(sel.Daily, line)
			}
			continue
		}
		key := a.Date + "\x00" + foldTitle(a.Title)
		g, ok := groups[key]
		if !ok {
			g = &group{first: a}
			groups[key] = g
			order = append(order, key)
		}
		if !slices.Contains(g.kinds, a.Kind) {
			g.kinds = append(g.kinds, a.Kind)
		}
		if a.URL != "" && (g.url == "" || a.Kind == ActionPressRelease) {
			g.url = a.URL
		}
		if g.uptake == "" {
			g.uptake = a.Uptake
		}
	}
	for _, key := range order {
		g := groups[key]
		if len(g.kinds) == 1 {
			a := g.first
			a.URL, a.Uptake = g.url, g.uptake
			sel.Lines = append(sel.Lines, ActionLine(a))
			continue
		}
		title := EscapeBullet(g.first.Title)
		if g.url != "" {
			title = "[" + title + "](" + linkTarget(g.url) + ")"
		}
		sel.Lines = append(sel.Lines, tracker.ShortDate(g.first.Date)+": "+channelsLabel(g.kinds)+" om "+title+uptakeSuffix(g.uptake))
	}
	return sel
}

// channelsLabel names the channels one item went out in:
// "Pressmeddelande och nyhet internt och externt", "Extern och intern nyhet".
func channelsLabel(kinds []ActionKind) string {
	has := func(k ActionKind) bool { return slices.Contains(kinds, k) }
	var parts []string
	if has(ActionPressRelease) {
		parts = append(parts, "pressmeddelande")
	}
	switch {
	case has(ActionInternalNews) && has(ActionExternalNews):
		parts = append(parts, "nyhet internt och externt")
	case has(ActionInternalNews):
		parts = append(parts, "intern nyhet")
	case has(ActionExternalNews):
		parts = append(parts, "extern nyhet")
	}
	if has(ActionOther) {
		parts = append(parts, "övrigt")
	}
	return capitalise(joinSwedish(parts))
}

var (
	dateWords = regexp.MustCompile(`(?i)\b(den\s+)?\d{1,2}(/\d{1,2})?\s*(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)?\b|\b\d{4}-\d{2}-\d{2}\b|\b(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(en|s)?\b|\d+`)
	trimRuns  = regexp.MustCompile(`[\s,:–-]+$`)
)

// seriesTitle is a title without its dates and numbers: "Aktuellt om
// Aurora den 19 november" → "Aktuellt om Aurora".
func seriesTitle(title string) string {
	t := strings.Join(strings.Fields(dateWords.ReplaceAllString(title, " ")), " ")
	t = trimRuns.ReplaceAllString(t, "")
	if t == "" {
		return strings.TrimSpace(title)
	}
	return t
}

// seriesKey groups the items of a series: the kind and the folded title without dates.
func seriesKey(a ReportAction) string {
	return string(a.Kind) + "\x00" + foldTitle(seriesTitle(a.Title))
}

func foldTitle(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// PickActions adds the picked lines of the action selection to the
// narrative's actions, those it does not have yet, in the order given.
func (n Narrative) PickActions(lines []string) Narrative {
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l != "" && !slices.Contains(n.Actions, l) {
			n.Actions = append(n.Actions, l)
		}
	}
	return n
}
