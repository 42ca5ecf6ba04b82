package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"github.com/lagesbild/lagesbild"
	"html/template"
	"io"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
)

// The report's three readable forms share one view of it: what each line
// says, in Swedish, with numbers written the Swedish way.

type reportView struct {
	ID        string // prefix for element ids: "lb-2024-11-18-2024-11-24"
	Title     string // "Kommunikativ lägesbild v. 47 2024"
	Status    string // "Sammanställt: … Version 2, publicerad av erik." or "Utkast …"
	Draft     bool
	Topic     string
	Sections  []sectionView
	Available bool // coverage connected

	Pressure     string // "Hög. Högt medietryck: …"
	PressureWord string
	CoverageRows []rowView // label, value
	Days         []barView
	Outlets      []barView // top outlets, the rest as "Övriga"
	Themes       []themeView
	Tone         []rowView
	Opinion      []opinionView
	BacklogLabel string // "vid periodens slut" or "just nu (2024-11-19 klockan 14:05)"
	Register     []registerRow
	Inquiries    []rowView // press inquiries per outlet
	Spokes       []rowView // name (title), mentions
}

type sectionView struct {
	Heading string
	Bullets []string
}

type rowView struct{ Label, Value string }

// themeView is a theme with its figures in words and its example articles.
type themeView struct {
	Label, Value string // "Extern granskning", "22 artiklar i 6 redaktioner; föregående period 3"
	Examples     []exampleView
}

type exampleView struct{ Outlet, Title, URL string }

type barView struct {
	Label string // "18/11", "Göteborgs-Tidningen"
	Long  string // "mån 18/11"
	N     int
	Value string // "1 234"
}

type registerRow struct{ Label, DR, PI string }

type opinionView struct {
	Title, URL, Outlet, Tone, Evidence string
	Corrected                          bool
}

const maxChartOutlets = 10

func newReportView(r *Report) reportView {
	v := reportView{
		ID:        "lb-" + r.Period.From + "-" + r.Period.To,
		Title:     HeadingSituation + " " + r.Label,
		Topic:     r.Topic,
		Available: r.Coverage.Available,
	}
	if r.Published != nil {
		v.Status = fmt.Sprintf("%s Version %d, publicerad av %s.", r.Published.Compiled, r.Published.Version, r.Published.PublishedBy)
	} else {
		v.Draft = true
		v.Status = "Utkast, ej publicerat. " + tracker.CompiledLine(r.CompiledAt)
	}
	v.Sections = reportSections(r)

	if v.Available {
		v.PressureWord = capitalise(string(r.Pressure.Level))
	}
	v.Pressure = r.Pressure.Explanation
	cov := r.Coverage
	v.CoverageRows = []rowView{
		{"Artiklar i perioden", tracker.FormatNumber(int64(cov.Total))},
		{"varav nyheter", tracker.FormatNumber(int64(cov.ByKind.News))},
		{"varav opinion", tracker.FormatNumber(int64(cov.ByKind.Opinion))},
		{"Föregående period (" + cov.PreviousPeriod.Label() + ")", tracker.FormatNumber(int64(cov.PreviousTotal))},
		{"Förändring", tracker.FormatPercentChange(int64(cov.Total), int64(cov.PreviousTotal))},
	}
	if r.Pressure.Ratio != nil {
		v.CoverageRows = append(v.CoverageRows,
			rowView{"Genomsnitt per dag i perioden", tracker.FormatDecimal(r.Pressure.DailyMean, 1)},
			rowView{normalLabel(r.Pressure), tracker.FormatDecimal(r.Pressure.BaselineMedian, 1)},
			rowView{"Genomsnitt per dag, samma dagar (spridning)",
				tracker.FormatDecimal(r.Pressure.BaselineMean, 1) + " (± " + tracker.FormatDecimal(r.Pressure.BaselineStdDev, 1) + ")"})
		if r.Pressure.Trend != "" {
			v.CoverageRows = append(v.CoverageRows, rowView{"Trend mot föregående period",
				capitalise(string(r.Pressure.Trend)) + " (" + tracker.FormatDecimal(r.Pressure.PreviousDailyMean, 1) + " per dag)"})
		}
	}
	for _, d := range cov.ByDay {
		v.Days = append(v.Days, barView{Label: tracker.ShortDate(d.Date), Long: shortWeekday(d.Date) + " " + tracker.ShortDate(d.Date),
			N: d.Count, Value: tracker.FormatNumber(int64(d.Count))})
	}
	rest := 0
	for i, o := range cov.ByOutlet {
		if i < maxChartOutlets {
			v.Outlets = append(v.Outlets, barView{Label: ellipsis(o.Outlet, 26), Long: o.Outlet, N: o.Count, Value: tracker.FormatNumber(int64(o.Count))})
		} else {
			rest += o.Count
		}
	}
	if rest > 0 {
		v.Outlets = append(v.Outlets, barView{Label: "Övriga", Long: "Övriga redaktioner", N: rest, Value: tracker.FormatNumber(int64(rest))})
	}
	for _, t := range r.Themes {
		tv := themeView{Label: t.Label, Value: themeFigures(t)}
		for _, e := range t.Examples {
			tv.Examples = append(tv.Examples, exampleView{Outlet: e.Outlet, Title: e.Title, URL: linkTarget(e.URL)})
		}
		v.Themes = append(v.Themes, tv)
	}
	tc := r.OpinionTone
	v.Tone = []rowView{{"Kritisk", tracker.FormatNumber(int64(tc.Critical))}, {"Neutral", tracker.FormatNumber(int64(tc.Neutral))},
		{"Positiv", tracker.FormatNumber(int64(tc.Supportive))}}
	for _, op := range r.OpinionPieces {
		ov := opinionView{Title: op.Title, URL: op.URL, Outlet: op.Outlet, Tone: op.Tone.Label(),
			Evidence: strings.Join(op.Evidence, "; "), Corrected: op.CorrectedBy != ""}
		if ov.Corrected {
			ov.Evidence = "Rättad av analytiker. " + ov.Evidence
		}
		v.Opinion = append(v.Opinion, ov)
	}

	_, end := r.Period.Bounds()
	v.BacklogLabel = "vid periodens slut"
	if r.Register.BacklogAt.Before(end) {
		at := r.Register.BacklogAt.In(tracker.Stockholm)
		v.BacklogLabel = "just nu (" + at.Format(time.DateOnly) + " klockan " + at.Format("15:04") + ")"
	}
	dr, pi := r.Register.DocumentRequest, r.Register.PressInquiry
	num := func(n int) string { return tracker.FormatNumber(int64(n)) }
	med := func(m *float64) string {
		if m == nil {
			return "–"
		}
		return tracker.FormatDecimal(*m, 1)
	}
	v.Register = []registerRow{
		{"Inkomna", num(dr.Received), num(pi.Received)},
		{"Avgjorda (beslut eller svar)", num(dr.Closed), num(pi.Closed)},
		{"Öppna " + v.BacklogLabel, num(dr.Open), num(pi.Open)},
		{"Försenade " + v.BacklogLabel, num(dr.Overdue), num(pi.Overdue)},
		{"Handläggningstid, median (arbetsdagar)", med(dr.MedianHandlingDays), med(pi.MedianHandlingDays)},
		{"Avslag och delvis avslag", num(dr.Refusals), "–"},
		{"Avgjorda efter tidsfristen", num(dr.MissedDeadline), num(pi.MissedDeadline)},
	}
	for _, o := range pi.ByOutlet {
		v.Inquiries = append(v.Inquiries, rowView{o.Outlet, num(o.Count)})
	}
	for _, sp := range r.Spokespersons {
		label := sp.Name
		if sp.Title != "" {
			label += ", " + sp.Title
		}
		m := "–"
		if sp.Mentions != nil {
			m = num(*sp.Mentions)
		}
		v.Spokes = append(v.Spokes, rowView{label, m})
	}
	return v
}

// themeFigures says a theme's size and change in words: "22 artiklar i 6
// redaktioner; föregående period 3".
func themeFigures(t Theme) string {
	s := countNoun(t.Count, "artikel", "artiklar")
	if n := len(t.Outlets); n > 0 {
		s += " i " + countNoun(n, "redaktion", "redaktioner")
	}
	return s + "; föregående period " + tracker.FormatNumber(int64(t.PreviousCount))
}

// normalLabel names the normal state's row: its window, and whether the
// editor chose it.
func normalLabel(pr Pressure) string {
	if pr.Reference {
		return "Normalläge per dag (median, referensperiod " + pr.Baseline.Label() + ")"
	}
	return fmt.Sprintf("Normalläge per dag (median, %d dagar före)", pr.BaselineDays)
}

// reportSections are the narrative under the situation report's headings,
// in its order. The three first sections of the report are always there; the
// others (key messages, resident information, daily routines, links, about)
// only when they have something to say, so that a snapshot published before
// they existed reads as it did.
func reportSections(r *Report) []sectionView {
	n := r.Narrative
	out := []sectionView{{HeadingSituation, n.Situation}}
	optional := func(heading string, bullets []string) {
		if len(bullets) > 0 {
			out = append(out, sectionView{heading, bullets})
		}
	}
	optional(HeadingKeyMessages, n.KeyMessages)
	optional(HeadingResidents, n.ResidentInformation)
	out = append(out, sectionView{HeadingActions, n.Actions})
	optional(HeadingDaily, n.Daily)
	optional(HeadingLinks, n.Links)
	out = append(out, sectionView{HeadingSpokespersons, withPhones(n.Spokespersons, r.Spokespersons)})
	if line := r.About.Line(); line != "" {
		out = append(out, sectionView{HeadingAbout, []string{EscapeBullet(line)}})
	}
	return out
}

// withPhones adds a spokesperson's phone to the bullet that starts with
// their name: ", tel. 010-…". Only the internal version carries phones.
func withPhones(bullets []string, sps []SpokespersonMentions) []string {
	out := slices.Clone(bullets)
	for i, b := range out {
		for _, sp := range sps {
			if sp.Phone != "" && sp.Name != "" && strings.HasPrefix(b, sp.Name) && !strings.Contains(b, sp.Phone) {
				out[i] = strings.TrimRight(b, ". ") + ", tel. " + sp.Phone
				break
			}
		}
	}
	return out
}

// ellipsis shortens s to at most n characters, the last one "…".
func ellipsis(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return strings.TrimSpace(string(rs[:n-1])) + "…"
}

func shortWeekday(date string) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	return lagesbild.ShortWeekday(d.Weekday())
}

// ---------------------------------------------------------------- Markdown

// WriteMarkdown writes the report as Markdown to paste into an intranet:
// the narrative under the situation report's headings, then the figures.
func WriteMarkdown(w io.Writer, r *Report) error {
	v := newReportView(r)
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n%s\n", v.Title, v.Status)
	if v.Topic != "" {
		fmt.Fprintf(&b, "\nÄmne: %s\n", mdText(v.Topic))
	}
	for _, s := range v.Sections {
		fmt.Fprintf(&b, "\n## %s\n\n", s.Heading)
		if len(s.Bullets) == 0 {
			b.WriteString("- –\n")
		}
		for _, bullet := range s.Bullets {
			fmt.Fprintf(&b, "- %s\n", mdBullet(bullet))
		}
	}

	b.WriteString("\n## Underlag\n\n### Medietryck\n\n")
	if v.PressureWord != "" {
		fmt.Fprintf(&b, "**%s.** ", v.PressureWord)
	}
	fmt.Fprintf(&b, "%s\n", v.Pressure)
	if v.Available {
		b.WriteString("\n")
		mdTable(&b, []string{"Bevakning", "Antal"}, rows2(v.CoverageRows), true)
		b.WriteString("\n### Artiklar per dag\n\n")
		var days [][]string
		for _, d := range v.Days {
			days = append(days, []string{d.Long, d.Value})
		}
		mdTable(&b, []string{"Dag", "Artiklar"}, days, true)
		b.WriteString("\n### Artiklar per redaktion\n\n")
		if len(v.Outlets) == 0 {
			b.WriteString("Inga artiklar.\n")
		} else {
			var outlets [][]string
			for _, o := range v.Outlets {
				outlets = append(outlets, []string{o.Long, o.Value})
			}
			mdTable(&b, []string{"Redaktion", "Artiklar"}, outlets, true)
		}
		b.WriteString("\n### Teman\n\n")
		if len(v.Themes) == 0 {
			b.WriteString("Inga teman.\n")
		}
		for _, t := range v.Themes {
			fmt.Fprintf(&b, "- %s (%s)\n", mdText(t.Label), t.Value)
			for _, e := range t.Examples {
				title := mdText(e.Title)
				if e.URL != "" {
					title = "[" + title + "](" + e.URL + ")"
				}
				fmt.Fprintf(&b, "  - %s: %s\n", mdText(e.Outlet), title)
			}
		}
		b.WriteString("\n### Ton på opinionsplats\n\n")
		mdTable(&b, []string{"Kritisk", "Neutral", "Positiv"}, [][]string{{v.Tone[0].Value, v.Tone[1].Value, v.Tone[2].Value}}, true)
	}

	b.WriteString("\n### Diariet\n\n")
	var reg [][]string
	for _, row := range v.Register {
		reg = append(reg, []string{row.Label, row.DR, row.PI})
	}
	mdTable(&b, []string{"", "Begäran om allmän handling", "Pressförfrågningar"}, reg, true)
	if len(v.Inquiries) > 0 {
		b.WriteString("\n")
		mdTable(&b, []string{"Redaktion", "Pressförfrågningar"}, rows2(v.Inquiries), true)
	}
	if len(v.Spokes) > 0 {
		b.WriteString("\n### Talespersoner i medierna\n\n")
		mdTable(&b, []string{"Talesperson", "Artiklar som nämner"}, rows2(v.Spokes), true)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func rows2(rs []rowView) [][]string {
	out := make([][]string, len(rs))
	for i, r := range rs {
		out[i] = []string{r.Label, r.Value}
	}
	return out
}

// mdTable writes a pipe table; numbers (every column but the first) right-aligned.
func mdTable(b *strings.Builder, head []string, rows [][]string, rightAlign bool) {
	cells := func(cs []string) {
		b.WriteString("|")
		for _, c := range cs {
			b.WriteString(" " + mdCell(c) + " |")
		}
		b.WriteString("\n")
	}
	cells(head)
	b.WriteString("|")
	for i := range head {
		if i > 0 && rightAlign {
			b.WriteString(" ---: |")
		} else {
			b.WriteString(" --- |")
		}
	}
	b.WriteString("\n")
	for _, r := range rows {
		cells(r)
	}
}

func mdCell(s string) string {
	return strings.ReplaceAll(mdText(strings.Join(strings.Fields(s), " ")), "|", `\|`)
}

// mdText escapes what Markdown would read as markup in plain text.
func mdText(s string) string {
	return strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`, `<`, `\<`, `*`, `\*`, `_`, `\_`, "`", "\\`").Replace(s)
}

// mdBullet writes a narrative bullet: its links stay links, the rest is text.
func mdBullet(s string) string {
	var b strings.Builder
	for _, seg := range parseBullet(s) {
		if seg.URL != "" {
			b.WriteString("[" + mdText(seg.Text) + "](" + seg.URL + ")")
		} else {
			b.WriteString(mdText(seg.Text))
		}
	}
	return b.String()
}

// bulletSegment is a run of plain text, or a link when URL is set.
type bulletSegment struct{ Text, URL string }

// parseBullet splits a bullet into text and [text](http…) links. A backslash
// makes the next character plain; a link to anything but http(s) stays text.
func parseBullet(s string) []bulletSegment {
	var out []bulletSegment
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			out = append(out, bulletSegment{Text: text.String()})
			text.Reset()
		}
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case r == '\\' && i+1 < len(rs):
			i++
			text.WriteRune(rs[i])
		case r == '[':
			label, href, next, ok := scanLink(rs, i)
			if !ok {
				text.WriteRune(r)
				continue
			}
			flush()
			out = append(out, bulletSegment{Text: label, URL: href})
			i = next - 1
		default:
			text.WriteRune(r)
		}
	}
	flush()
	return out
}

// scanLink reads "[label](href)" from rs[i]; next is the index after it.
func scanLink(rs []rune, i int) (label, href string, next int, ok bool) {
	var lb strings.Builder
	j := i + 1
	for ; j < len(rs) && rs[j] != ']'; j++ {
		if rs[j] == '\\' && j+1 < len(rs) {
			j++
		} else if rs[j] == '[' {
			return "", "", 0, false
		}
		lb.WriteRune(rs[j])
	}
	if j+1 >= len(rs) || rs[j] != ']' || rs[j+1] != '(' {
		return "", "", 0, false
	}
	k := j + 2
	for ; k < len(rs) && rs[k] != ')' && rs[k] != ' '; k++ {
	}
	if k >= len(rs) || rs[k] != ')' {
		return "", "", 0, false
	}
	href = string(rs[j+2 : k])
	if u, err := url.Parse(href); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", "", 0, false
	}
	return lb.String(), href, k + 1, true
}

// linkTarget makes a URL safe to stand inside "(…)" in a bullet.
func linkTarget(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29").Replace(u)
}

// ------------------------------------------------------------------- HTML

// HTMLOptions shape the HTML form.
type HTMLOptions struct {
	Page       bool   // a whole printable page; else a fragment to put in the app's layout
	StyleNonce string // the CSP nonce for the page's <style>
}

//go:embed report.html.tmpl
var reportHTML string

var reportTemplate = template.Must(template.New("lagesbild").Funcs(template.FuncMap{
	"bullet": func(s string) []bulletSegment { return parseBullet(s) },
}).Parse(reportHTML))

type chartView struct {
	ID, Title, Desc string
	Width, Height   int
	Bars            []chartBar
}

type chartBar struct {
	X, Y, W, H  string
	Label       string
	LabelX      string
	LabelY      string
	Value       string
	ValueX      string
	ValueY      string
	LabelAnchor string
}

func px(f float64) string { return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64) }

// daySentence says a one-day report's one figure, which a chart of one bar
// would only draw; "" when there are days to chart.
func daySentence(v reportView) string {
	if len(v.Days) != 1 {
		return ""
	}
	d := v.Days[0]
	noun := "artiklar"
	if d.N == 1 {
		noun = "artikel"
	}
	return fmt.Sprintf("%s %s under dagen (%s).", d.Value, noun, d.Long)
}

// dayChart is a column chart of articles per day.
func dayChart(v reportView) chartView {
	const w, h, left, right, top, bottom = 640.0, 220.0, 8.0, 8.0, 22.0, 28.0
	c := chartView{ID: v.ID + "-days", Title: "Artiklar per dag, " + strings.TrimPrefix(v.Title, HeadingSituation+" "),
		Width: int(w), Height: int(h)}
	var desc []string
	maxN := 1
	for _, d := range v.Days {
		maxN = max(maxN, d.N)
		desc = append(desc, d.Long+": "+d.Value)
	}
	c.Desc = strings.Join(desc, ", ") + "."
	n := float64(max(len(v.Days), 1))
	slot := (w - left - right) / n
	every := int(math.Ceil(n / 14))
	for i, d := range v.Days {
		bh := (h - top - bottom) * float64(d.N) / float64(maxN)
		x := left + slot*float64(i)
		bar := chartBar{X: px(x + slot*0.15), W: px(slot * 0.7), Y: px(h - bottom - bh), H: px(bh),
			LabelX: px(x + slot/2), LabelY: px(h - bottom + 16), LabelAnchor: "middle",
			ValueX: px(x + slot/2), ValueY: px(h - bottom - bh - 5)}
		if i%every == 0 {
			bar.Label = d.Label
		}
		if len(v.Days) <= 31 {
			bar.Value = d.Value
		}
		c.Bars = append(c.Bars, bar)
	}
	return c
}

// outletChart is a bar chart of articles per outlet.
func outletChart(v reportView) chartView {
	const w, label, row, top = 640.0, 190.0, 26.0, 6.0
	h := top*2 + row*float64(max(len(v.Outlets), 1))
	c := chartView{ID: v.ID + "-outlets", Title: "Artiklar per redaktion, " + strings.TrimPrefix(v.Title, HeadingSituation+" "),
		Width: int(w), Height: int(h)}
	var desc []string
	maxN := 1
	for _, o := range v.Outlets {
		maxN = max(maxN, o.N)
		desc = append(desc, o.Long+": "+o.Value)
	}
	c.Desc = strings.Join(desc, ", ") + "."
	span := w - label - 60
	for i, o := range v.Outlets {
		y := top + row*float64(i)
		bw := span * float64(o.N) / float64(maxN)
		c.Bars = append(c.Bars, chartBar{X: px(label), Y: px(y + 4), W: px(bw), H: px(row - 8),
			Label: o.Label, LabelX: px(label - 8), LabelY: px(y + row/2 + 4), LabelAnchor: "end",
			Value: o.Value, ValueX: px(label + bw + 6), ValueY: px(y + row/2 + 4)})
	}
	return c
}

type htmlData struct {
	reportView
	Options     HTMLOptions
	DayChart    chartView
	DaySentence string // instead of the chart and its table: one day is not charted
	OutletChart chartView
}

// WriteHTML writes the report as HTML: a fragment for the app's layout or,
// with Page, a printable page. The charts are inline SVG with a title and a
// description that a screen reader reads; a table with the same figures
// follows each.
func WriteHTML(w io.Writer, r *Report, o HTMLOptions) error {
	v := newReportView(r)
	d := htmlData{reportView: v, Options: o, DayChart: dayChart(v), DaySentence: daySentence(v), OutletChart: outletChart(v)}
	var buf bytes.Buffer
	if err := reportTemplate.Execute(&buf, d); err != nil {
		return fmt.Errorf("render report html: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}
