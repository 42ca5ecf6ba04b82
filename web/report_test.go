package web_test

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"github.com/lagesbild/lagesbild/web"
	"golang.org/x/text/encoding/charmap"
)

// fakeCoverage stands in for the news side: two news articles a day from
// "Testbladet" and the opinion pieces it is given.
type fakeCoverage struct {
	opinion []report.OpinionPiece
}

func (f *fakeCoverage) CoverageFigures(_ context.Context, p tracker.Period, _ string) (report.CoverageFigures, error) {
	var cf report.CoverageFigures
	for _, d := range p.Dates() {
		cf.ByDay = append(cf.ByDay, report.DayCount{Date: d, Count: 2})
		cf.Total += 2
		cf.ByKind.News += 2
	}
	for _, op := range f.opinion {
		if p.Contains(op.PublishedAt.In(tracker.Stockholm).Format(time.DateOnly)) {
			cf.Opinion = append(cf.Opinion, op)
			cf.Total++
			cf.ByKind.Opinion++
		}
	}
	cf.ByOutlet = []tracker.OutletCount{{Outlet: "Testbladet", Count: cf.Total}}
	cf.Themes = []report.Theme{{Label: "Återstart av journalsystemet", Count: cf.Total, Kind: "topic"}}
	return cf, nil
}

func (f *fakeCoverage) OwnItems(context.Context, tracker.Period) ([]report.ReportAction, error) {
	return nil, nil
}

func (f *fakeCoverage) Mentions(_ context.Context, names []string, _ tracker.Period) (map[string]int, error) {
	out := map[string]int{}
	for _, n := range names {
		out[n] = 3
	}
	return out, nil
}

// withCoverage rebuilds the app's router with a coverage source.
func (a *app) withCoverage(cov *fakeCoverage) *app {
	a.router = web.New(web.Deps{Store: a.store, Reports: a.report, Logger: slog.New(slog.DiscardHandler), Coverage: cov, Mentions: cov})
	return a
}

const criticalPiece = "Ett fullständigt haveri och en skandal. Ledningen måste avgå."

func opinionCoverage() *fakeCoverage {
	return &fakeCoverage{opinion: []report.OpinionPiece{{ID: 4711, Outlet: "Testbladet", Title: "Stoppa systemet nu",
		URL: "https://example.se/debatt/4711", Text: criticalPiece, PublishedAt: fixedNow.Add(-time.Hour)}}}
}

// lookup walks a decoded JSON value along a path like "coverage.by_day.0.date".
func lookup(v any, path string) (any, bool) {
	for _, key := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[key]; !ok {
				return nil, false
			}
		case []any:
			var i int
			if _, err := fmt.Sscan(key, &i); err != nil || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

func TestReportAPIFollowsTheContract(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		a.withCoverage(opinionCoverage())
		a.mustCreate(docRequest)
		a.mustCreate(`{"kind":"press_inquiry","subject":"Frågor om återstarten","channel":"phone","received_at":"2024-11-19T08:00:00+01:00","requester":{"outlet":"Radio Väst","name":"Jonas Reporter"}}`)
		if rec := a.api(editor, "POST", "/api/v1/actions", `{"date":"2024-11-19","kind":"press_release","title":"Återstart av tidigare system","url":"https://example.se/press/1"}`); rec.Code != http.StatusCreated {
			t.Fatalf("create action: %d %s", rec.Code, rec.Body)
		}
		rec := a.api(analyst, "GET", "/api/v1/reports/lagesbild?from=2024-11-18&to=2024-11-19", "")
		if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
			t.Fatalf("status %d, content type %q: %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
		}
		report := decode[map[string]any](t, rec)
		for _, path := range []string{"period.from", "period.to", "compiled_at",
			"coverage.total", "coverage.previous_total", "coverage.by_kind.news", "coverage.by_kind.opinion",
			"coverage.by_outlet.0.outlet", "coverage.by_outlet.0.count", "coverage.by_day.0.date", "coverage.by_day.0.count",
			"pressure.level", "pressure.explanation", "themes.0.label", "themes.0.count",
			"opinion_tone.critical", "opinion_tone.neutral", "opinion_tone.supportive",
			"register.document_request.received", "register.document_request.closed", "register.document_request.open", "register.document_request.overdue",
			"register.press_inquiry.received", "register.press_inquiry.closed", "register.press_inquiry.open", "register.press_inquiry.overdue",
			"actions.0.date", "actions.0.kind", "actions.0.title", "actions.0.url"} {
			if _, ok := lookup(report, path); !ok {
				t.Errorf("the JSON lacks %s", path)
			}
		}
		for path, want := range map[string]any{"period.from": "2024-11-18", "period.to": "2024-11-19",
			"coverage.total": 5.0, "coverage.by_kind.opinion": 1.0, "coverage.by_day.1.date": "2024-11-19",
			"opinion_tone.critical": 1.0, "register.document_request.received": 1.0, "register.press_inquiry.open": 1.0,
			"actions.0.kind": "press_release", "actions.0.url": "https://example.se/press/1"} {
			if got, _ := lookup(report, path); got != want {
				t.Errorf("%s = %v, want %v", path, got, want)
			}
		}
		if lvl, _ := lookup(report, "pressure.level"); !strings.Contains("låg normal hög mycket hög", fmt.Sprint(lvl)) {
			t.Errorf("pressure.level = %v", lvl)
		}
		compiled, _ := lookup(report, "compiled_at")
		if _, err := time.Parse(time.RFC3339, fmt.Sprint(compiled)); err != nil || !strings.HasSuffix(fmt.Sprint(compiled), "+01:00") {
			t.Errorf("compiled_at = %v, want RFC 3339 with the Stockholm offset", compiled)
		}
		for _, secret := range []string{"Karin Exempel", "karin@example.org", "070-000 00 00", "Jonas Reporter"} {
			if strings.Contains(rec.Body.String(), secret) {
				t.Errorf("the report holds personal data: %q", secret)
			}
		}
	})
}

// pdfText inflates the PDF's content streams: the text its pages draw.
func pdfText(pdf []byte) []byte {
	var out bytes.Buffer
	re := regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)
	for _, m := range re.FindAllSubmatch(pdf, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			out.Write(m[1])
			continue
		}
		if b, err := io.ReadAll(zr); err == nil {
			out.Write(b)
		}
	}
	return out.Bytes()
}

func cp1252(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReportAPIFormats(t *testing.T) {
	a := newSQLiteApp(t)
	const label = "v. 47 2024"
	tests := map[string]struct{ contentType, file string }{
		"json": {"application/json", "lagesbild-2024-W47.json"},
		"md":   {"text/markdown; charset=utf-8", "lagesbild-2024-W47.md"},
		"html": {"text/html; charset=utf-8", "lagesbild-2024-W47.html"},
		"pdf":  {"application/pdf", "lagesbild-2024-W47.pdf"},
		"docx": {docxType, "lagesbild-2024-W47.docx"},
	}
	for format, tt := range tests {
		t.Run(format, func(t *testing.T) {
			rec := a.api(press, "GET", "/api/v1/reports/lagesbild?week=2024-W47&format="+format, "")
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("content type %q, want %q", ct, tt.contentType)
			}
			body := rec.Body.Bytes()
			switch format {
			case "pdf":
				if !bytes.HasPrefix(body, []byte("%PDF-")) || !bytes.Contains(pdfText(body), cp1252(t, "Kommunikativ lägesbild "+label)) {
					t.Errorf("the PDF does not draw the title with the period label")
				}
				if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, tt.file) {
					t.Errorf("Content-Disposition %q, want the file %s", cd, tt.file)
				}
			case "docx":
				if doc := docxDocument(t, body); !strings.Contains(doc, "Kommunikativ lägesbild "+label) {
					t.Errorf("the Word document lacks the title with the period label")
				}
				if cd := rec.Header().Get("Content-Disposition"); cd != `attachment; filename="`+tt.file+`"` {
					t.Errorf("Content-Disposition %q, want an attachment named %s", cd, tt.file)
				}
			default:
				if !bytes.Contains(body, []byte(label)) {
					t.Errorf("the %s lacks the period label %q", format, label)
				}
			}
		})
	}
	t.Run("html is a page whose style the CSP allows", func(t *testing.T) {
		rec := a.api(press, "GET", "/api/v1/reports/lagesbild?date=2024-11-19&format=html", "")
		csp := rec.Header().Get("Content-Security-Policy")
		m := regexp.MustCompile(`<style nonce="([^"]+)">`).FindStringSubmatch(rec.Body.String())
		// The attribute may hold "+" as "&#43;": the browser reads the entity.
		if m == nil || !strings.Contains(csp, "style-src 'self' 'nonce-"+html.UnescapeString(m[1])+"'") {
			t.Errorf("the page's <style> nonce is not in the CSP %q", csp)
		}
		if !strings.Contains(rec.Body.String(), `<html lang="sv">`) || !strings.Contains(rec.Body.String(), "tisdag 19 november 2024") {
			t.Errorf("not a Swedish standalone page for the day")
		}
		if strings.Contains(csp, "script-src 'self' 'nonce-") == false || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("the CSP was loosened beyond the style nonce: %q", csp)
		}
	})
}

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

// docxDocument returns word/document.xml of a Word document.
func docxDocument(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a Word document: %v", err)
	}
	f, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatalf("no word/document.xml: %v", err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestReportAPIDocx: the live report and a published one as Word
// documents, to be filed, on both databases.
func TestReportAPIDocx(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		a.mustCreate(docRequest)
		id := publishDay(t, a, "En begäran har kommit in, se [regionens sida](https://example.se/läge).")
		for name, tt := range map[string]struct{ path, file, text string }{
			"live":      {"/api/v1/reports/lagesbild?date=2024-11-19&format=docx", "lagesbild-2024-11-19.docx", "Utkast, ej publicerat."},
			"published": {fmt.Sprintf("/api/v1/reports/published/%d?format=docx", id), "lagesbild-2024-11-19-v1.docx", "Version 1, publicerad av redaktor"},
		} {
			t.Run(name, func(t *testing.T) {
				rec := a.api(analyst, "GET", tt.path, "")
				if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != docxType {
					t.Fatalf("status %d, content type %q: %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
				}
				if cd := rec.Header().Get("Content-Disposition"); cd != `attachment; filename="`+tt.file+`"` {
					t.Errorf("Content-Disposition %q, want an attachment named %s", cd, tt.file)
				}
				doc := docxDocument(t, rec.Body.Bytes())
				for _, want := range []string{"Kommunikativ lägesbild tisdag 19 november 2024", tt.text, "Begäran om allmän handling",
					`<w:pStyle w:val="Heading1"/>`, `<w:hyperlink r:id=`} {
					if !strings.Contains(doc, want) {
						t.Errorf("the Word document lacks %q", want)
					}
				}
			})
		}
	})
}

func TestReportAPIRejectsBadInput(t *testing.T) {
	a := newSQLiteApp(t)
	tests := map[string]struct {
		role         tracker.Role
		method, path string
		body         string
		status       int
		code, field  string
	}{
		"reversed period":            {analyst, "GET", "/api/v1/reports/lagesbild?from=2024-11-20&to=2024-11-18", "", 422, "validation_failed", "to"},
		"malformed from":             {analyst, "GET", "/api/v1/reports/lagesbild?from=19/11&to=2024-11-19", "", 422, "validation_failed", "from"},
		"malformed to":               {analyst, "GET", "/api/v1/reports/lagesbild?from=2024-11-18&to=igår", "", 422, "validation_failed", "to"},
		"no such day":                {analyst, "GET", "/api/v1/reports/lagesbild?from=2024-02-30", "", 422, "validation_failed", "from"},
		"no period":                  {analyst, "GET", "/api/v1/reports/lagesbild", "", 422, "validation_failed", "from"},
		"to without from":            {analyst, "GET", "/api/v1/reports/lagesbild?to=2024-11-19", "", 422, "validation_failed", "from"},
		"too long":                   {analyst, "GET", "/api/v1/reports/lagesbild?from=2020-01-01&to=2024-01-01", "", 422, "validation_failed", "to"},
		"no such week":               {analyst, "GET", "/api/v1/reports/lagesbild?week=2024-W60", "", 422, "validation_failed", "week"},
		"malformed date":             {analyst, "GET", "/api/v1/reports/lagesbild?date=idag", "", 422, "validation_failed", "date"},
		"week and range":             {analyst, "GET", "/api/v1/reports/lagesbild?week=2024-W47&from=2024-11-18", "", 422, "validation_failed", "week"},
		"unknown format":             {analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19&format=odt", "", 400, "bad_request", "format"},
		"no token":                   {"", "GET", "/api/v1/reports/lagesbild?date=2024-11-19", "", 401, "unauthorized", ""},
		"unknown published report":   {analyst, "GET", "/api/v1/reports/published/999", "", 404, "not_found", ""},
		"non-numeric published id":   {analyst, "GET", "/api/v1/reports/published/abc", "", 404, "not_found", ""},
		"bad history limit":          {analyst, "GET", "/api/v1/reports/published?limit=many", "", 400, "bad_request", "limit"},
		"bad history period":         {analyst, "GET", "/api/v1/reports/published?from=2024-11-20&to=2024-11-01", "", 422, "validation_failed", "to"},
		"analyst may not publish":    {analyst, "POST", "/api/v1/reports/lagesbild/publish", `{"from":"2024-11-19","to":"2024-11-19"}`, 403, "forbidden", ""},
		"press may not publish":      {press, "POST", "/api/v1/reports/lagesbild/publish", `{"from":"2024-11-19","to":"2024-11-19"}`, 403, "forbidden", ""},
		"publish malformed JSON":     {editor, "POST", "/api/v1/reports/lagesbild/publish", `{"from":`, 400, "bad_request", ""},
		"publish reversed period":    {editor, "POST", "/api/v1/reports/lagesbild/publish", `{"from":"2024-11-19","to":"2024-11-01"}`, 422, "validation_failed", "to"},
		"publish without period":     {editor, "POST", "/api/v1/reports/lagesbild/publish", `{}`, 422, "validation_failed", "from"},
		"publish a personal number":  {editor, "POST", "/api/v1/reports/lagesbild/publish", `{"date":"2024-11-19","narrative":{"situation":["Gäller 811218-9876"]}}`, 422, "validation_failed", "narrative.situation"},
		"publish with a wrong field": {editor, "POST", "/api/v1/reports/lagesbild/publish", `{"date":"2024-11-19","narrative":{"situation":"en sträng"}}`, 400, "bad_request", "narrative.situation"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			rec := a.api(tt.role, tt.method, tt.path, tt.body)
			if rec.Code != tt.status {
				t.Fatalf("status = %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			e := decode[apiErr](t, rec)
			if e.Error.Code != tt.code || e.Error.Message == "" {
				t.Errorf("error = %+v, want code %s with a message", e.Error, tt.code)
			}
			if tt.field != "" && e.Error.Fields[tt.field] == "" {
				t.Errorf("fields = %v, want one naming %s", e.Error.Fields, tt.field)
			}
		})
	}
	if list := decode[struct{ Total int }](t, a.api(admin, "GET", "/api/v1/reports/published", "")); list.Total != 0 {
		t.Errorf("refused publications left %d reports", list.Total)
	}
}

type publishedOut struct {
	Period    tracker.Period     `json:"period"`
	Register  map[string]any     `json:"register"`
	Narrative report.Narrative   `json:"narrative"`
	Published report.Publication `json:"published"`
}

// publishDay publishes 2024-11-19 with one line on the situation, as the
// editor, and returns the published report's id. The day has not ended at
// fixedNow, so the request confirms it.
func publishDay(t *testing.T, a *app, situation string) int64 {
	t.Helper()
	body, err := json.Marshal(map[string]any{"date": "2024-11-19", "confirm": true, "narrative": map[string]any{"situation": []string{situation}}})
	if err != nil {
		t.Fatal(err)
	}
	rec := a.api(editor, "POST", "/api/v1/reports/lagesbild/publish", string(body))
	if rec.Code != http.StatusCreated {
		t.Fatalf("publish: %d %s", rec.Code, rec.Body)
	}
	return decode[publishedOut](t, rec).Published.ID
}

func TestReportPublishRolesAndVersions(t *testing.T) {
	a := newSQLiteApp(t)
	body := `{"from":"2024-11-18","to":"2024-11-24","confirm":true,"narrative":{"situation":["Lugnt läge."],"actions":[],"spokespersons":[]}}`
	for _, role := range []tracker.Role{analyst, press} {
		if rec := a.api(role, "POST", "/api/v1/reports/lagesbild/publish", body); rec.Code != http.StatusForbidden {
			t.Errorf("%s publishing: %d, want 403", role, rec.Code)
		}
	}
	for i, role := range []tracker.Role{editor, admin} {
		rec := a.api(role, "POST", "/api/v1/reports/lagesbild/publish", body)
		if rec.Code != http.StatusCreated {
			t.Fatalf("%s publishing: %d %s", role, rec.Code, rec.Body)
		}
		pr := decode[publishedOut](t, rec)
		if pr.Published.Version != i+1 || pr.Published.ID == 0 || rec.Header().Get("Location") != fmt.Sprintf("/api/v1/reports/published/%d", pr.Published.ID) {
			t.Errorf("%s publishing: version %d, id %d, Location %q", role, pr.Published.Version, pr.Published.ID, rec.Header().Get("Location"))
		}
		if len(pr.Narrative.Situation) != 1 || pr.Narrative.Situation[0] != "Lugnt läge." {
			t.Errorf("published narrative = %q", pr.Narrative.Situation)
		}
	}
	list := decode[struct {
		Total   int
		Reports []report.PublishedSummary
	}](t, a.api(analyst, "GET", "/api/v1/reports/published?week=2024-W47", ""))
	if list.Total != 2 || len(list.Reports) != 2 || list.Reports[0].Version != 2 || list.Reports[0].Label != "v. 47 2024" {
		t.Errorf("history of v. 47 = %+v", list)
	}
}

func TestReportPublishedSnapshotIsFrozen(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		a.mustCreate(docRequest)
		rec := a.api(editor, "POST", "/api/v1/reports/lagesbild/publish",
			`{"date":"2024-11-19","confirm":true,"narrative":{"situation":["En begäran har kommit in."]}}`)
		if rec.Code != http.StatusCreated {
			t.Fatalf("publish: %d %s", rec.Code, rec.Body)
		}
		id := decode[publishedOut](t, rec).Published.ID

		a.now = a.now.Add(time.Hour)
		a.mustCreate(docRequest)
		received := func(path string) any {
			t.Helper()
			rec := a.api(analyst, "GET", path, "")
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
			}
			v, _ := lookup(decode[map[string]any](t, rec), "register.document_request.received")
			return v
		}
		if got := received("/api/v1/reports/lagesbild?date=2024-11-19"); got != 2.0 {
			t.Errorf("the live report counts %v received, want 2", got)
		}
		if got := received(fmt.Sprintf("/api/v1/reports/published/%d", id)); got != 1.0 {
			t.Errorf("the published report counts %v received after a later case, want the frozen 1", got)
		}
		md := a.api(analyst, "GET", fmt.Sprintf("/api/v1/reports/published/%d?format=md", id), "").Body.String()
		for _, want := range []string{"En begäran har kommit in.", "Sammanställt: 2024-11-19 klockan 10:00.", "Version 1, publicerad av redaktor"} {
			if !strings.Contains(md, want) {
				t.Errorf("the published Markdown lacks %q:\n%s", want, md)
			}
		}
		list := decode[struct {
			Total   int
			Reports []report.PublishedSummary
		}](t, a.api(press, "GET", "/api/v1/reports/published", ""))
		if list.Total != 1 || list.Reports[0].ID != id || list.Reports[0].PublishedBy != "redaktor" ||
			list.Reports[0].Compiled != "Sammanställt: 2024-11-19 klockan 10:00." {
			t.Errorf("history = %+v", list)
		}
	})
}

var textareaSituation = regexp.MustCompile(`(?s)<textarea id="f-narrative.situation"[^>]*>(.*?)</textarea>`)

func situationText(t *testing.T, body string) string {
	t.Helper()
	m := textareaSituation.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no textarea for %q on the page", report.HeadingSituation)
	}
	return m[1]
}

func TestUIDraftSavePublishAndHistory(t *testing.T) {
	eachApp(t, func(t *testing.T, a *app) {
		a.mustCreate(docRequest)
		b := a.browser()
		b.login("redaktor")

		page := b.do("GET", "/lagesbild", nil)
		body := page.Body.String()
		if page.Code != http.StatusOK || !strings.Contains(body, "tisdag 19 november 2024") || !strings.Contains(body, "Inget utkast sparat ännu") {
			t.Fatalf("the draft of today: %d", page.Code)
		}
		// The sentences made from the figures are shown apart from the
		// editor's own bullets, which start empty.
		if got := situationText(t, body); got != "" || !strings.Contains(body, "<li>Till presstjänsten har 1 begäran om allmän handling") {
			t.Errorf("the suggested bullets = %q", got)
		}

		form := url.Values{"date": {"2024-11-19"}, "situation": {"Lågt medietryck.\r\nEn begäran om handlingar har kommit in."},
			"actions": {""}, "spokespersons": {"Karin Lund, hälso- och sjukvårdsdirektör"}}
		rec := b.post("/lagesbild", "/lagesbild/utkast", form)
		if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/lagesbild?date=2024-11-19&m=draftsaved" {
			t.Fatalf("save draft: %d to %q: %s", rec.Code, rec.Header().Get("Location"), rec.Body)
		}
		body = b.do("GET", rec.Header().Get("Location"), nil).Body.String()
		if got := situationText(t, body); got != "Lågt medietryck.\nEn begäran om handlingar har kommit in." {
			t.Errorf("the saved bullets = %q", got)
		}
		for _, want := range []string{"Utkastet är sparat.", "senast sparat av redaktor", "Karin Lund, hälso- och sjukvårdsdirektör"} {
			if !strings.Contains(body, want) {
				t.Errorf("the saved draft's page lacks %q", want)
			}
		}

		bad := url.Values{"date": {"2024-11-19"}, "situation": {"Patienten 811218-9876 har hört av sig."}, "actions": {""}, "spokespersons": {""}}
		rec = b.post("/lagesbild", "/lagesbild/utkast", bad)
		body = rec.Body.String()
		if rec.Code != http.StatusUnprocessableEntity {
			t.Fatalf("a bullet with a personal number: %d, want 422", rec.Code)
		}
		if got := situationText(t, body); got != "Patienten 811218-9876 har hört av sig." {
			t.Errorf("the typed text was not kept: %q", got)
		}
		if !strings.Contains(body, "Något behöver rättas") || !strings.Contains(body, "personnummer") || !strings.Contains(body, `aria-invalid="true"`) {
			t.Errorf("the refusal does not say why")
		}
		if got := situationText(t, b.do("GET", "/lagesbild?date=2024-11-19", nil).Body.String()); strings.Contains(got, "811218") {
			t.Errorf("the refused text was saved: %q", got)
		}
		rec = b.post("/lagesbild", "/lagesbild/publicera", bad)
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "Patienten 811218-9876") {
			t.Errorf("publishing a personal number: %d, want 422 keeping the text", rec.Code)
		}

		form.Set("situation", "Lågt medietryck, inga nya frågor från medierna.")
		form.Set("confirm", "1") // the day has not ended
		rec = b.post("/lagesbild", "/lagesbild/publicera", form)
		loc := rec.Header().Get("Location")
		if rec.Code != http.StatusSeeOther || !regexp.MustCompile(`^/lagesbild/publicerad/\d+\?m=published$`).MatchString(loc) {
			t.Fatalf("publish: %d to %q: %s", rec.Code, loc, rec.Body)
		}
		published := b.do("GET", loc, nil)
		body = published.Body.String()
		for _, want := range []string{"Lågt medietryck, inga nya frågor från medierna.", "Sammanställt: 2024-11-19 klockan 10:00.",
			"Version 1, publicerad av redaktor", "Lägesbilden är publicerad."} {
			if !strings.Contains(body, want) {
				t.Errorf("the published page lacks %q", want)
			}
		}
		id := strings.TrimSuffix(strings.TrimPrefix(loc, "/lagesbild/publicerad/"), "?m=published")

		history := b.do("GET", "/lagesbild/historik", nil).Body.String()
		for _, want := range []string{`href="/lagesbild/publicerad/` + id + `"`, "tisdag 19 november 2024", "redaktor", "Sammanställt: 2024-11-19 klockan 10:00."} {
			if !strings.Contains(history, want) {
				t.Errorf("the history lacks %q", want)
			}
		}
		if !strings.Contains(b.do("GET", "/lagesbild?date=2024-11-19", nil).Body.String(), "version 1</a>") {
			t.Errorf("the draft page does not link the published version")
		}

		for format, ct := range map[string]string{"md": "text/markdown", "pdf": "application/pdf", "docx": docxType, "json": "application/json", "html": "text/html"} {
			rec := b.do("GET", "/lagesbild/publicerad/"+id+"/export?format="+format, nil)
			if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), ct) {
				t.Errorf("download %s: %d %q", format, rec.Code, rec.Header().Get("Content-Type"))
			}
			if attach := strings.HasPrefix(rec.Header().Get("Content-Disposition"), "attachment"); attach != (format != "html") {
				t.Errorf("download %s: Content-Disposition %q", format, rec.Header().Get("Content-Disposition"))
			}
		}
	})
}

func TestUIReportRoles(t *testing.T) {
	a := newSQLiteApp(t)
	for _, user := range []string{"analys", "press"} {
		t.Run(user, func(t *testing.T) {
			b := a.browser()
			b.login(user)
			body := b.do("GET", "/lagesbild", nil).Body.String()
			if strings.Contains(body, "Spara utkast") || strings.Contains(body, `formaction="/lagesbild/publicera"`) {
				t.Errorf("%s is offered the editor's buttons", user)
			}
			form := url.Values{"date": {"2024-11-19"}, "situation": {"Inte min text"}}
			for _, action := range []string{"/lagesbild/utkast", "/lagesbild/publicera"} {
				if rec := b.post("/lagesbild", action, form); rec.Code != http.StatusForbidden {
					t.Errorf("%s posting %s: %d, want 403", user, action, rec.Code)
				}
			}
			if rec := b.post("/talespersoner", "/talespersoner", url.Values{"name": {"Någon"}}); rec.Code != http.StatusForbidden {
				t.Errorf("%s adding a spokesperson: %d, want 403", user, rec.Code)
			}
		})
	}
}

func TestUIPeriodPicker(t *testing.T) {
	a := newSQLiteApp(t)
	b := a.browser()
	b.login("analys")
	tests := map[string]struct {
		query  string
		status int
		want   []string
	}{
		"today by default":   {"", 200, []string{"tisdag 19 november 2024", `href="/lagesbild?date=2024-11-19" aria-current="page">Idag`}},
		"quick links":        {"", 200, []string{`href="/lagesbild?date=2024-11-18"`, `href="/lagesbild?week=2024-W47"`, `href="/lagesbild?week=2024-W46"`}},
		"an ISO week":        {"?week=2024-W47", 200, []string{"v. 47 2024", `href="/lagesbild?week=2024-W47" aria-current="page">Denna vecka`}},
		"a short week":       {"?week=v.+46", 200, []string{"v. 46 2024", `aria-current="page">Förra veckan`}},
		"a range":            {"?from=2024-11-18&to=2024-11-20", 200, []string{"18–20 november 2024"}},
		"a topic":            {"?date=2024-11-18&topic=Millennium", 200, []string{"ämne ”Millennium”", `name="topic" value="Millennium"`}},
		"a reversed range":   {"?from=2024-11-20&to=2024-11-18", 422, []string{"Slutdatumet ligger före startdatumet.", `value="2024-11-18"`, `id="f-to"`}},
		"a malformed day":    {"?date=tisdag", 422, []string{"Datumet &#34;tisdag&#34; är inte ett datum", `href="#f-date"`}},
		"an impossible week": {"?week=2024-W54", 422, []string{"År 2024 har ingen vecka 54"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			rec := b.do("GET", "/lagesbild"+tt.query, nil)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			for _, want := range tt.want {
				if !strings.Contains(rec.Body.String(), want) {
					t.Errorf("the page lacks %q", want)
				}
			}
		})
	}
}

func TestUINewActionsAreHighlighted(t *testing.T) {
	a := newSQLiteApp(t)
	b := a.browser()
	b.login("redaktor")
	form := url.Values{"date": {"2024-11-19"}, "situation": {"Lugnt."}, "actions": {""}, "spokespersons": {""}}
	if rec := b.post("/lagesbild", "/lagesbild/utkast", form); rec.Code != http.StatusSeeOther {
		t.Fatalf("save draft: %d", rec.Code)
	}
	if rec := a.api(editor, "POST", "/api/v1/actions", `{"date":"2024-11-19","kind":"press_release","title":"Ny rutin för akuten","url":"https://example.se/press/2"}`); rec.Code != http.StatusCreated {
		t.Fatalf("create action: %d", rec.Code)
	}
	body := b.do("GET", "/lagesbild?date=2024-11-19", nil).Body.String()
	for _, want := range []string{"Nya åtgärder som inte finns i texten", "<code>19/11: Pressmeddelande [Ny rutin för akuten](https://example.se/press/2)</code>",
		`<tr class="lb-new">`, "Ny, inte i texten"} {
		if !strings.Contains(body, want) {
			t.Errorf("the draft lacks %q", want)
		}
	}
	form.Set("actions", "19/11: Pressmeddelande [Ny rutin för akuten](https://example.se/press/2)")
	b.post("/lagesbild", "/lagesbild/utkast", form)
	if body := b.do("GET", "/lagesbild?date=2024-11-19", nil).Body.String(); strings.Contains(body, "lb-new") {
		t.Errorf("an action in the text is still marked new")
	}
}

func TestUIToneCorrection(t *testing.T) {
	a := newSQLiteApp(t).withCoverage(opinionCoverage())
	tone := func() (critical, supportive any) {
		r := decode[map[string]any](t, a.api(analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19", ""))
		critical, _ = lookup(r, "opinion_tone.critical")
		supportive, _ = lookup(r, "opinion_tone.supportive")
		return critical, supportive
	}
	if c, s := tone(); c != 1.0 || s != 0.0 {
		t.Fatalf("scored tone: critical %v, supportive %v; want the piece critical", c, s)
	}
	b := a.browser()
	b.login("analys")
	body := b.do("GET", "/lagesbild?date=2024-11-19", nil).Body.String()
	for _, want := range []string{"Stoppa systemet nu", `id="f-tone-4711"`, `&#34;haveri&#34;`, "Kritisk 1"} {
		if !strings.Contains(body, want) {
			t.Errorf("the tone section lacks %q", want)
		}
	}
	rec := b.post("/lagesbild", "/lagesbild/ton", url.Values{"date": {"2024-11-19"}, "article_id": {"4711"}, "tone": {"supportive"}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/lagesbild?date=2024-11-19&m=tone#ton" {
		t.Fatalf("correct tone: %d to %q", rec.Code, rec.Header().Get("Location"))
	}
	if c, s := tone(); c != 0.0 || s != 1.0 {
		t.Errorf("after the correction: critical %v, supportive %v", c, s)
	}
	if body := b.do("GET", "/lagesbild?date=2024-11-19", nil).Body.String(); !strings.Contains(body, "bekräftad av analys (förslaget var Kritisk)") {
		t.Errorf("the page does not say who corrected the tone, and from what")
	}
	rec = b.post("/lagesbild", "/lagesbild/ton", url.Values{"date": {"2024-11-19"}, "article_id": {"4711"}, "tone": {"glad"}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), `href="#f-tone-4711"`) {
		t.Errorf("an unknown tone: %d, want 422 pointing at the row", rec.Code)
	}
	rec = b.post("/lagesbild", "/lagesbild/ton", url.Values{"date": {"2024-11-19"}, "article_id": {"4711"}, "tone": {"auto"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("clear tone: %d", rec.Code)
	}
	if c, _ := tone(); c != 1.0 {
		t.Errorf("after clearing the correction the scorer does not decide again")
	}
	p := a.browser()
	p.login("press")
	if rec := p.post("/lagesbild", "/lagesbild/ton", url.Values{"date": {"2024-11-19"}, "article_id": {"4711"}, "tone": {"neutral"}}); rec.Code != http.StatusForbidden {
		t.Errorf("a press officer correcting tone: %d, want 403", rec.Code)
	}
}

// The draft lists the pieces no one has confirmed first; confirming takes
// one keystroke each: the next piece's button has the focus after a
// confirmation, and the report counts what people confirmed.
func TestUIToneConfirmation(t *testing.T) {
	at := fixedNow.Add(-time.Hour)
	cov := &fakeCoverage{opinion: []report.OpinionPiece{
		{ID: 1, Outlet: "Testbladet", Title: "Första", Text: criticalPiece, PublishedAt: at},
		{ID: 2, Outlet: "Testbladet", Title: "Andra", Text: "Ett klokt och modigt beslut som förtjänar beröm.", PublishedAt: at},
		{ID: 3, Outlet: "Testbladet", Title: "Tredje", Text: "Regionen håller presskonferens på torsdag.", PublishedAt: at},
	}}
	a := newSQLiteApp(t).withCoverage(cov)
	b := a.browser()
	b.login("analys")
	confirmed := func() any {
		r := decode[map[string]any](t, a.api(analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19", ""))
		n, _ := lookup(r, "opinion_tone.confirmed")
		return n
	}
	if n := confirmed(); n != 0.0 {
		t.Fatalf("confirmed before anyone did: %v", n)
	}
	rec := b.post("/lagesbild", "/lagesbild/ton", url.Values{"date": {"2024-11-19"}, "article_id": {"1"}, "tone": {"critical"}, "confirm": {"1"}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/lagesbild?date=2024-11-19&m=toneconfirmed#ton" {
		t.Fatalf("confirm: %d to %q", rec.Code, rec.Header().Get("Location"))
	}
	body := b.do("GET", "/lagesbild?date=2024-11-19&m=toneconfirmed", nil).Body.String()
	body = body[strings.Index(body, `id="ton"`):]
	first, second, third := strings.Index(body, ">Första<"), strings.Index(body, ">Andra<"), strings.Index(body, ">Tredje<")
	if first < 0 || second < 0 || third < 0 || !(second < third && third < first) {
		t.Errorf("order of the pieces: Första at %d, Andra %d, Tredje %d; want the unconfirmed first, the confirmed last", first, second, third)
	}
	focus := strings.Index(body, "autofocus")
	if focus < 0 || focus < second || focus > third || strings.Count(body, "autofocus") != 1 {
		t.Errorf("the focus is not on the next unconfirmed piece's button (at %d)", focus)
	}
	for _, want := range []string{"1 av 3 bekräftade av en person", "bekräftad av analys", "förslag, ej bekräftat", "Bekräfta: Positiv"} {
		if !strings.Contains(body, want) {
			t.Errorf("the tone section lacks %q", want)
		}
	}
	if n := confirmed(); n != 1.0 {
		t.Errorf("opinion_tone.confirmed = %v, want 1", n)
	}
}

// POST /api/v1/tone answers with the suggestion the report would make.
func TestAPITone(t *testing.T) {
	a := newSQLiteApp(t).withCoverage(&fakeCoverage{})
	rec := a.api(analyst, "POST", "/api/v1/tone", `{"text":"`+criticalPiece+`"}`)
	if rec.Code != http.StatusOK {
		t.Fatalf("POST /api/v1/tone: %d %s", rec.Code, rec.Body)
	}
	got := decode[struct {
		Tone     string
		Score    float64
		Evidence []struct {
			Term   string
			Weight float64
		}
	}](t, rec)
	if got.Tone != "critical" || got.Score >= 0 || len(got.Evidence) == 0 || got.Evidence[0].Term == "" || got.Evidence[0].Weight >= 0 {
		t.Errorf("suggestion = %+v", got)
	}
	for name, body := range map[string]string{
		"no text":       `{"text":"  "}`,
		"too long":      `{"text":"` + strings.Repeat("ord ", report.MaxToneText/4+1) + `"}`,
		"not a string":  `{"text":42}`,
		"not even JSON": `tone?`,
	} {
		t.Run(name, func(t *testing.T) {
			rec := a.api(analyst, "POST", "/api/v1/tone", body)
			if rec.Code != http.StatusUnprocessableEntity && rec.Code != http.StatusBadRequest {
				t.Errorf("%d %s, want the API's error body", rec.Code, rec.Body)
			}
			if !strings.Contains(rec.Body.String(), `"error"`) {
				t.Errorf("body %s, want the API's error body", rec.Body)
			}
		})
	}
}

func TestUISpokespersons(t *testing.T) {
	a := newSQLiteApp(t).withCoverage(&fakeCoverage{})
	b := a.browser()
	b.login("redaktor")
	rec := b.post("/talespersoner", "/talespersoner", url.Values{"name": {"Karin Lund"}, "title": {"hälso- och sjukvårdsdirektör"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("add: %d %s", rec.Code, rec.Body)
	}
	rec = b.post("/talespersoner", "/talespersoner", url.Values{"name": {"karin  lund"}, "title": {"en dubblett"}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "Det finns redan") || !strings.Contains(rec.Body.String(), `value="en dubblett"`) {
		t.Errorf("a duplicate: %d, want 422 keeping the input", rec.Code)
	}
	if rec := b.post("/talespersoner", "/talespersoner", url.Values{"name": {" "}, "unit": {"Regionhälsan"}}); rec.Code != http.StatusUnprocessableEntity ||
		!strings.Contains(rec.Body.String(), `value="Regionhälsan"`) {
		t.Errorf("no name: %d, want 422 keeping the input", rec.Code)
	}
	body := b.do("GET", "/talespersoner", nil).Body.String()
	if !strings.Contains(body, "Karin Lund") || !strings.Contains(body, "Aktiv") {
		t.Fatalf("the list lacks the new spokesperson")
	}
	report := decode[map[string]any](t, a.api(analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19", ""))
	if name, _ := lookup(report, "spokespersons.0.name"); name != "Karin Lund" {
		t.Errorf("the report's spokespersons start with %v", name)
	}
	if n, _ := lookup(report, "spokespersons.0.mentions"); n != 3.0 {
		t.Errorf("mentions = %v, want 3 from the coverage", n)
	}
	id := regexp.MustCompile(`action="/talespersoner/(\d+)/aktiv"`).FindStringSubmatch(body)
	if id == nil {
		t.Fatal("no deactivate form")
	}
	if rec := b.post("/talespersoner", "/talespersoner/"+id[1]+"/aktiv", url.Values{"active": {"0"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("deactivate: %d", rec.Code)
	}
	if body := b.do("GET", "/talespersoner?m=spokesretired", nil).Body.String(); !strings.Contains(body, "Inaktiv") || !strings.Contains(body, "inaktiverad") {
		t.Errorf("the list does not show the spokesperson inactive")
	}
	report = decode[map[string]any](t, a.api(analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19", ""))
	if _, ok := lookup(report, "spokespersons.0"); ok {
		t.Errorf("an inactive spokesperson is in the report")
	}
	reader := a.browser()
	reader.login("analys")
	if body := reader.do("GET", "/talespersoner", nil).Body.String(); !strings.Contains(body, "Karin Lund") || strings.Contains(body, "Lägg till talesperson") {
		t.Errorf("an analyst should read the list without the forms")
	}
}

func TestUIEveryReportPageRenders(t *testing.T) {
	a := newSQLiteApp(t).withCoverage(opinionCoverage())
	rec := a.api(editor, "POST", "/api/v1/reports/lagesbild/publish", `{"week":"2024-W47","confirm":true}`)
	if rec.Code != http.StatusCreated {
		t.Fatalf("publish: %d %s", rec.Code, rec.Body)
	}
	id := decode[publishedOut](t, rec).Published.ID
	b := a.browser()
	b.login("admin")
	for _, path := range []string{"/lagesbild", "/lagesbild?week=2024-W47", "/lagesbild?from=2024-10-01&to=2024-11-19",
		"/lagesbild/historik", "/lagesbild/historik?page=2", fmt.Sprintf("/lagesbild/publicerad/%d", id),
		fmt.Sprintf("/lagesbild/publicerad/%d/export?format=html", id), "/lagesbild/export?week=2024-W47&format=html", "/talespersoner"} {
		rec := b.do("GET", path, nil)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `<html lang="sv">`) {
			t.Errorf("%s: %d", path, rec.Code)
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("%s: CSP = %q", path, csp)
		}
	}
	body := b.do("GET", "/lagesbild?week=2024-W47", nil).Body.String()
	for _, want := range []string{`<h1>Lägesbild`, `<h2>Kommunikativ lägesbild v. 47 2024</h2>`, "<svg", `href="/lagesbild/export?format=pdf&amp;week=2024-W47"`, `href="/lagesbild/export?format=docx&amp;week=2024-W47"`, `href="/lagesbild" aria-current="page">Lägesbild</a>`} {
		if !strings.Contains(body, want) {
			t.Errorf("the weekly draft lacks %q", want)
		}
	}
	if strings.Count(body, "<h1") != 1 {
		t.Errorf("the draft page has %d h1 headings, want 1", strings.Count(body, "<h1"))
	}
	published := b.do("GET", fmt.Sprintf("/lagesbild/publicerad/%d", id), nil).Body.String()
	for _, want := range []string{"<h1>Kommunikativ lägesbild v. 47 2024</h1>", "Version 1, publicerad av redaktor", "format=md", "format=pdf", "format=docx", "format=json"} {
		if !strings.Contains(published, want) {
			t.Errorf("the published page lacks %q", want)
		}
	}
	for _, path := range []string{"/lagesbild/publicerad/999", "/lagesbild/publicerad/abc"} {
		if rec := b.do("GET", path, nil); rec.Code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", path, rec.Code)
		}
	}
	if rec := b.do("GET", "/lagesbild/export?date=2024-11-19&format=odt", nil); rec.Code != http.StatusBadRequest {
		t.Errorf("an unknown download format: %d, want 400", rec.Code)
	}
}

// The editor may set the window of normal coverage the pressure level is
// measured against; a half-given or malformed window is named in the error.
func TestReportReferenceWindow(t *testing.T) {
	a := newSQLiteApp(t).withCoverage(&fakeCoverage{})
	r := decode[map[string]any](t, a.api(analyst, "GET",
		"/api/v1/reports/lagesbild?date=2024-11-19&reference_from=2024-09-01&reference_to=2024-09-30", ""))
	ref, _ := lookup(r, "pressure.reference")
	from, _ := lookup(r, "pressure.baseline.from")
	days, _ := lookup(r, "pressure.baseline_days")
	if ref != true || from != "2024-09-01" || days != 30.0 {
		t.Errorf("pressure with a reference window: reference %v, from %v, %v days", ref, from, days)
	}
	if e, _ := lookup(r, "pressure.explanation"); !strings.Contains(fmt.Sprint(e), "referensperioden") {
		t.Errorf("explanation %q does not name the reference window", e)
	}
	for name, tt := range map[string]struct{ query, field string }{
		"only the start":      {"&reference_from=2024-09-01", "reference_from"},
		"not a date":          {"&reference_from=2024-09-01&reference_to=september", "reference_to"},
		"ends before it ends": {"&reference_from=2024-09-30&reference_to=2024-09-01", "reference_to"},
	} {
		t.Run(name, func(t *testing.T) {
			rec := a.api(analyst, "GET", "/api/v1/reports/lagesbild?date=2024-11-19"+tt.query, "")
			if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), `"`+tt.field+`"`) {
				t.Errorf("%d %s, want 422 naming %s", rec.Code, rec.Body, tt.field)
			}
		})
	}
}
