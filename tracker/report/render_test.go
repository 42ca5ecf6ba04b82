package report_test

import (
	"bytes"
	"compress/zlib"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"github.com/lagesbild/lagesbild/tracker/report/themes"
	"golang.org/x/text/encoding/charmap"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixedReport is a report as Compose would make it for v. 47 2024, written
// out by hand so that the golden files depend on the rendering only.
func fixedReport(t *testing.T) *report.Report {
	t.Helper()
	at := func(s string) time.Time { return sthlm(t, s) }
	med := func(f float64) *float64 { return &f }
	n := func(i int) *int { return &i }
	ratio := 2.66
	week, _ := tracker.WeekPeriod("2024-W47")
	var outlets []tracker.OutletCount
	for i, name := range []string{"Göteborgsbladet", "SVT Väst", "Radio Älvdalen", "Dagens Vård", "Vårdfokus",
		"Nyhetsbyrån Norr", "Kustposten", "Läkartidningen i Väst", "Fyrstadsbladet", "Borås Dagblad", "Lokalradion Sjuhärad", "Älvsborgs Allehanda"} {
		counts := []int{2504, 1650, 1202, 988, 640, 512, 433, 301, 188, 97, 23, 11}
		outlets = append(outlets, tracker.OutletCount{Outlet: name, Count: counts[i]})
	}
	total := 0
	for _, o := range outlets {
		total += o.Count
	}
	return &report.Report{
		Period:     week,
		CompiledAt: at("2024-11-19 16:45"),
		Coverage: report.ReportCoverage{
			Total: total, PreviousTotal: 4100, ByKind: report.KindCounts{News: total - 38, Opinion: 38},
			ByOutlet: outlets,
			ByDay: []report.DayCount{{"2024-11-18", 1480}, {"2024-11-19", 2951}, {"2024-11-20", 1877}, {"2024-11-21", 1012},
				{"2024-11-22", 640}, {"2024-11-23", 310}, {"2024-11-24", total - 1480 - 2951 - 1877 - 1012 - 640 - 310}},
			Available: true, PreviousPeriod: week.Previous(),
		},
		Pressure: report.Pressure{Level: report.PressureVeryHigh,
			Explanation: "Mycket högt och ökande medietryck: 8 549 artiklar, i snitt 1 221,3 per dag, 2,7 gånger det normala " +
				"(median 452 per dag de 90 dagarna före); föregående period 585,7 per dag.",
			DailyMean: 1221.29, BaselineMean: 459.5, BaselineStdDev: 61.25, BaselineDays: 90, Ratio: &ratio,
			BaselineMedian: 452, Baseline: week.Before(90), Trend: report.TrendRising, PreviousDailyMean: 585.71},
		Themes: []report.Theme{{Label: "Återgång till tidigare system", Count: 2104, Kind: "topic", PreviousCount: 310,
			Outlets: []string{"Göteborgsbladet", "Radio Älvdalen", "SVT Väst"},
			Examples: []themes.Example{{ID: 1, Outlet: "SVT Väst", Title: "Regionen går tillbaka till de gamla systemen", URL: "https://svtvast.example/a/1"},
				{ID: 2, Outlet: "Göteborgsbladet", Title: "Så går återgången till", URL: "https://gbladet.example/2"}}},
			{Label: "Extern granskning", Count: 877, Kind: "story"}, {Label: "IMY-anmälan", Count: 301, Kind: "phrase"}},
		OpinionTone: report.ToneCounts{Critical: 29, Neutral: 6, Supportive: 3},
		OpinionPieces: []report.OpinionToneEntry{
			{ArticleID: 11, Outlet: "Göteborgsbladet", Title: "Stoppa systemet nu", URL: "https://example.se/debatt/11",
				Tone: report.ToneCritical, Score: -3.5, Evidence: []string{`"stoppa" −1,5`, `"haveri" −2`}},
			{ArticleID: 12, Outlet: "SVT Väst", Title: "Ett modigt beslut <men sent>", URL: "https://example.se/debatt/12",
				Tone: report.ToneCritical, Score: 2, Evidence: []string{`"modigt" +2`}, CorrectedBy: "ada"},
		},
		Register: report.ReportRegister{
			DocumentRequest: tracker.RegisterFigure{Received: 14, Closed: 9, Open: 11, Overdue: 3, MedianHandlingDays: med(1.5),
				Refusals: 2, MissedDeadline: 4, ByOutlet: []tracker.OutletCount{}},
			PressInquiry: tracker.RegisterFigure{Received: 1203, Closed: 1187, Open: 25, Overdue: 0, MedianHandlingDays: med(0),
				MissedDeadline: 31, ByOutlet: []tracker.OutletCount{{Outlet: "SVT Väst", Count: 700}, {Outlet: "Göteborgsbladet | Debatt", Count: 503}}},
			BacklogAt: at("2024-11-25 00:00"),
		},
		Actions: []report.ReportAction{
			{Date: "2024-11-19", Kind: report.ActionInternalNews, Title: "Aktuellt om Millennium den 19 november", URL: "https://intra.example.se/19", Source: "feed"},
			{Date: "2024-11-18", Kind: report.ActionPressRelease, Title: "Extern granskning av införandet", URL: "https://example.se/press/granskning", Source: "manual"},
		},
		Label: week.Label(),
		Spokespersons: []report.SpokespersonMentions{
			{Name: "Karin Lund", Title: "hälso- och sjukvårdsdirektör", Mentions: n(1312)},
			{Name: "Per Ek", Title: "överläkare, processansvarig akutsjukvård", Mentions: n(0)},
		},
		Narrative: report.Narrative{
			Situation: []string{
				"Mycket högt medietryck med fokus på återgången till de tidigare systemen och den externa granskningen. På opinionsplats är tonen fortsatt kritisk.",
				"Flera begäranden om allmän handling och e-post har inkommit till presstjänsten; 3 är försenade.",
				`Ett <script>alert(1)</script> och en [länk som inte är http](javascript:alert(1)) blir text; \[hakparentes\] också.`,
			},
			Actions: []string{
				"19/11: Intern nyhet [Aktuellt om Millennium den 19 november](https://intra.example.se/19)",
				"18/11: Pressmeddelande [Extern granskning av införandet](https://example.se/press/granskning)",
			},
			Spokespersons: []string{"Karin Lund, hälso- och sjukvårdsdirektör", "Per Ek, överläkare, processansvarig akutsjukvård", "Förvaltningar utser talespersoner"},
		},
		Published: &report.Publication{ID: 7, Version: 2, PublishedBy: "erik", PublishedAt: at("2024-11-19 17:02"),
			Compiled: "Sammanställt: 2024-11-19 klockan 16:45."},
	}
}

// emptyDraft is a day's draft with no coverage connected and nothing in the register.
func emptyDraft(t *testing.T) *report.Report {
	t.Helper()
	day, _ := tracker.DayPeriod("2024-10-27")
	r := &report.Report{Period: day, CompiledAt: sthlm(t, "2024-10-27 14:05"), Label: day.Label(),
		Coverage: report.ReportCoverage{ByOutlet: []tracker.OutletCount{}, ByDay: []report.DayCount{{Date: "2024-10-27"}},
			PreviousPeriod: day.Previous()},
		Pressure: report.Pressure{Level: report.PressureLow, Explanation: "Medietrycket kan inte bedömas: ingen nyhetsbevakning är ansluten."},
		Themes:   []report.Theme{}, Actions: []report.ReportAction{}, OpinionPieces: []report.OpinionToneEntry{},
		Spokespersons: []report.SpokespersonMentions{},
		Register: report.ReportRegister{DocumentRequest: tracker.RegisterFigure{ByOutlet: []tracker.OutletCount{}},
			PressInquiry: tracker.RegisterFigure{ByOutlet: []tracker.OutletCount{}}, BacklogAt: sthlm(t, "2024-10-27 14:05")},
	}
	r.Narrative = report.SuggestNarrative(r)
	return r
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./tracker -run TestRender -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run with -update and review the diff.\ngot:\n%s", name, got)
	}
}

func TestRenderGolden(t *testing.T) {
	for name, r := range map[string]*report.Report{"report_week": fixedReport(t), "report_empty_day": emptyDraft(t)} {
		t.Run(name+".md", func(t *testing.T) {
			var b bytes.Buffer
			if err := report.WriteMarkdown(&b, r); err != nil {
				t.Fatal(err)
			}
			golden(t, name+".md.golden", b.Bytes())
		})
		t.Run(name+".html", func(t *testing.T) {
			var b bytes.Buffer
			if err := report.WriteHTML(&b, r, report.HTMLOptions{}); err != nil {
				t.Fatal(err)
			}
			golden(t, name+".html.golden", b.Bytes())
		})
	}
	t.Run("page", func(t *testing.T) {
		var b bytes.Buffer
		if err := report.WriteHTML(&b, fixedReport(t), report.HTMLOptions{Page: true, StyleNonce: "n0nce"}); err != nil {
			t.Fatal(err)
		}
		golden(t, "report_week_page.html.golden", b.Bytes())
	})
}

func TestRenderMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := report.WriteMarkdown(&b, fixedReport(t)); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"# Kommunikativ lägesbild v. 47 2024\n",
		"Sammanställt: 2024-11-19 klockan 16:45. Version 2, publicerad av erik.",
		"\n## Kommunikativ lägesbild\n",
		"\n## Kommunikativa åtgärder, urval\n",
		"- 18/11: Pressmeddelande [Extern granskning av införandet](https://example.se/press/granskning)\n",
		"\n## Talespersoner\n",
		"| Artiklar i perioden | 8 549 |", // space between thousands
		"| Förändring | +109 % |",         // the change against the previous week
		"i snitt 1 221,3 per dag",         // decimal comma
		"| Handläggningstid, median (arbetsdagar) | 1,5 | 0 |",
		`| Göteborgsbladet \| Debatt | 503 |`, // a pipe in a cell does not break the table
		"| Övriga redaktioner | 34 |",         // beyond ten outlets
		`Ett \<script>alert(1)\</script> och en \[länk som inte är http\](javascript:alert(1)) blir text; \[hakparentes\] också.`,
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
}

func TestRenderHTML(t *testing.T) {
	var b bytes.Buffer
	if err := report.WriteHTML(&b, fixedReport(t), report.HTMLOptions{Page: true}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{
		`<html lang="sv">`,
		`<h2>Kommunikativa åtgärder, urval</h2>`,
		`<li>19/11: Intern nyhet <a href="https://intra.example.se/19">Aktuellt om Millennium den 19 november</a></li>`,
		`role="img"`,
		`aria-labelledby="lb-2024-11-18-2024-11-24-days-title lb-2024-11-18-2024-11-24-days-desc"`,
		`<title id="lb-2024-11-18-2024-11-24-days-title">Artiklar per dag, v. 47 2024</title>`,
		`<desc id="lb-2024-11-18-2024-11-24-days-desc">mån 18/11: 1 480, tis 19/11: 2 951,`,
		`<title id="lb-2024-11-18-2024-11-24-outlets-title">Artiklar per redaktion, v. 47 2024</title>`,
		`Ett &lt;script&gt;alert(1)&lt;/script&gt; och en [länk som inte är http](javascript:alert(1)) blir text; [hakparentes] också.`,
		`Ett modigt beslut &lt;men sent&gt;`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("html lacks %q", want)
		}
	}
	if strings.Contains(page, "<script>") || strings.Contains(page, `href="javascript`) {
		t.Error("html lets a script through")
	}
	if got := strings.Count(page, "<rect "); got != 7+11 {
		t.Errorf("%d bars, want 7 days and 11 outlet rows", got)
	}
}

// pdfText inflates the PDF's content streams: the text the pages draw.
func pdfText(t *testing.T, pdf []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	re := regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)
	for _, m := range re.FindAllSubmatch(pdf, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			out.Write(m[1]) // not compressed
			continue
		}
		b, err := io.ReadAll(zr)
		if err != nil {
			continue // a font or image stream
		}
		out.Write(b)
	}
	return out.Bytes()
}

func TestRenderPDF(t *testing.T) {
	cp1252 := func(s string) []byte {
		b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for name, tt := range map[string]struct {
		r     *report.Report
		wants []string
	}{
		"week":      {fixedReport(t), []string{"Kommunikativ lägesbild v. 47 2024", "Kommunikativa åtgärder, urval", "Extern granskning av införandet", "Göteborgsbladet", "8 549"}},
		"empty day": {emptyDraft(t), []string{"Kommunikativ lägesbild söndag 27 oktober 2024", "Utkast, ej publicerat. Sammanställt: 2024-10-27 klockan 14:05."}},
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := report.WritePDF(&b, tt.r); err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
				t.Fatalf("starts with %q", b.Bytes()[:min(8, b.Len())])
			}
			text := pdfText(t, b.Bytes())
			for _, want := range tt.wants {
				if !bytes.Contains(text, cp1252(want)) {
					t.Errorf("the PDF does not draw %q (in cp1252)", want)
				}
			}
			if bytes.Contains(text, []byte("lÃ¤")) {
				t.Error("UTF-8 bytes drawn as cp1252: the Swedish characters are garbled")
			}
		})
	}
}

func TestNewActionLines(t *testing.T) {
	r := fixedReport(t)
	if got := report.NewActionLines(r); len(got) != 0 {
		t.Errorf("every action is in the narrative, got %q", got)
	}
	r.Narrative.Actions = r.Narrative.Actions[1:]
	want := "19/11: Intern nyhet [Aktuellt om Millennium den 19 november](https://intra.example.se/19)"
	if got := report.NewActionLines(r); len(got) != 1 || got[0] != want {
		t.Errorf("new lines = %q, want %q", got, want)
	}
}

// pdfPageTexts returns, page by page, the strings the PDF's pages draw
// (their Tj operands, in cp1252), the footer last.
func pdfPageTexts(t *testing.T, pdf []byte) [][]string {
	t.Helper()
	var pages [][]string
	stream := regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)
	text := regexp.MustCompile(`\(((?:\\.|[^\\)])*)\) ?Tj`)
	unescape := strings.NewReplacer(`\\`, `\`, `\(`, `(`, `\)`, `)`)
	for _, m := range stream.FindAllSubmatch(pdf, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		b, err := io.ReadAll(zr)
		if err != nil || !bytes.Contains(b, []byte("Tj")) {
			continue // not a page
		}
		var page []string
		for _, s := range text.FindAllSubmatch(b, -1) {
			page = append(page, unescape.Replace(string(s[1])))
		}
		pages = append(pages, page)
	}
	return pages
}

// TestRenderPDFKeepsHeadingsWithText pushes the headings down a little at a
// time with more and more narrative, until each has met the foot of a page:
// no page may end with a heading.
func TestRenderPDFKeepsHeadingsWithText(t *testing.T) {
	headings := map[string]bool{}
	for _, h := range []string{report.HeadingSituation, report.HeadingActions, report.HeadingSpokespersons, "Underlag", "Medietryck",
		"Artiklar per dag", "Artiklar per redaktion", "Teman", "Ton på opinionsplats", "Diariet", "Talespersoner i medierna"} {
		b, err := charmap.Windows1252.NewEncoder().String(h)
		if err != nil {
			t.Fatal(err)
		}
		headings[b] = true
	}
	breaks := 0
	for n := range 60 {
		r := fixedReport(t)
		for i := range n {
			line := "En rad till i lägesbilden."
			if i%3 == 0 {
				line = strings.Repeat("En längre mening om läget som bryts över två rader i dokumentet. ", 2)
			}
			r.Narrative.Situation = append(r.Narrative.Situation, line)
		}
		var b bytes.Buffer
		if err := report.WritePDF(&b, r); err != nil {
			t.Fatal(err)
		}
		pages := pdfPageTexts(t, b.Bytes())
		breaks += len(pages) - 1
		for i, page := range pages[:len(pages)-1] {
			if len(page) < 2 {
				t.Fatalf("%d lines: page %d draws %q", n, i+1, page)
			}
			if last := page[len(page)-2]; headings[last] { // the last before the footer
				t.Errorf("%d lines of narrative: page %d ends with the heading %q", n, i+1, last)
			}
		}
	}
	if breaks < 60 {
		t.Errorf("only %d page breaks in 60 reports: the test does not reach the foot of the pages", breaks)
	}
}

func TestPDFNeedsBreak(t *testing.T) {
	tests := map[string]struct {
		yLeft, heading, follow float64
		want                   bool
	}{
		"room for the heading and its first lines": {yLeft: 40, heading: 10, follow: 10, want: false},
		"exactly room":                         {yLeft: 20, heading: 10, follow: 10, want: false},
		"room for the heading only":            {yLeft: 12, heading: 10, follow: 10, want: true},
		"room for the heading and half a line": {yLeft: 17.5, heading: 10, follow: 10, want: true},
		"a chart that does not fit under it":   {yLeft: 60, heading: 10, follow: 57, want: true},
		"nothing left":                         {yLeft: 0, heading: 10, follow: 5, want: true},
		"a table row without a heading":        {yLeft: 5, heading: 0, follow: 5.5, want: true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := report.NeedsBreak(tt.yLeft, tt.heading, tt.follow); got != tt.want {
				t.Errorf("NeedsBreak(%g, %g, %g) = %v, want %v", tt.yLeft, tt.heading, tt.follow, got, tt.want)
			}
		})
	}
}

// TestRenderOneDayHasNoDayChart: a chart of one bar says less than a
// sentence, in the PDF and in the HTML.
func TestRenderOneDayHasNoDayChart(t *testing.T) {
	const sentence = "12 artiklar under dagen (sön 27/10)."
	t.Run("pdf", func(t *testing.T) {
		var b bytes.Buffer
		if err := report.WritePDF(&b, oneDay(t)); err != nil {
			t.Fatal(err)
		}
		text := pdfText(t, b.Bytes())
		if n := bytes.Count(text, []byte(" re f")); n != 0 {
			t.Errorf("the PDF fills %d bars; a day with no outlets has none", n)
		}
		want, _ := charmap.Windows1252.NewEncoder().String(`12 artiklar under dagen \(sön 27/10\).`) // parentheses escaped
		if !bytes.Contains(text, []byte(want)) {
			t.Errorf("the PDF does not say %q", sentence)
		}
		var week bytes.Buffer
		if err := report.WritePDF(&week, fixedReport(t)); err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(pdfText(t, week.Bytes()), []byte(" re f")); n != 7+11 {
			t.Errorf("a week's PDF fills %d bars, want 7 days and 11 outlet rows", n)
		}
	})
	t.Run("html", func(t *testing.T) {
		var b bytes.Buffer
		if err := report.WriteHTML(&b, oneDay(t), report.HTMLOptions{}); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		if strings.Contains(page, "<svg") || strings.Contains(page, "<caption>Artiklar per dag</caption>") {
			t.Error("the HTML charts or tabulates one day")
		}
		if !strings.Contains(page, "<h3>Artiklar per dag</h3>\n<p>"+sentence+"</p>") {
			t.Errorf("the HTML does not say %q under its heading", sentence)
		}
	})
}
