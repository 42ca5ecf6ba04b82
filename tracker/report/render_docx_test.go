package report_test

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/tracker/report"
)

// pandoc returns the path of pandoc or skips; with LAGESBILD_TEST_PANDOC set
// (as in CI) a missing pandoc fails instead.
func pandoc(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("pandoc")
	if err != nil {
		if os.Getenv("LAGESBILD_TEST_PANDOC") != "" {
			t.Fatalf("LAGESBILD_TEST_PANDOC is set but pandoc is not installed: %v", err)
		}
		t.Skip("pandoc is not installed; install it (apt-get install -y pandoc) or set LAGESBILD_TEST_PANDOC to make this a failure")
	}
	return path
}

// readDocx converts a .docx with pandoc, a reader that did not write it;
// format "markdown-smart" keeps the dashes as they are, not "--".
func readDocx(t *testing.T, pandoc string, data []byte, format string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lagesbild.docx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pandoc, "--standalone", "--wrap=none", "-f", "docx", "-t", format, path).CombinedOutput()
	if err != nil {
		t.Fatalf("pandoc -t %s: %v\n%s", format, err, out)
	}
	return string(out)
}

// oneDay is a day's report with coverage: one day of figures.
func oneDay(t *testing.T) *report.Report {
	t.Helper()
	r := emptyDraft(t)
	r.Coverage.Available = true
	r.Coverage.Total, r.Coverage.ByKind.News = 12, 12
	r.Coverage.ByDay[0].Count = 12
	r.Pressure.Explanation = "Normalt medietryck: 12 artiklar."
	return r
}

func TestRenderDocx(t *testing.T) {
	pandoc := pandoc(t)
	tests := map[string]struct {
		r        *report.Report
		markdown []string // substrings of pandoc's Markdown
		lines    []string // whole lines of pandoc's plain text, spaces collapsed: the tables' rows
		absent   []string // in neither
	}{
		"week": {r: fixedReport(t),
			markdown: []string{
				"title: Kommunikativ lägesbild v. 47 2024\n",
				"Sammanställt: 2024-11-19 klockan 16:45. Version 2, publicerad av erik.",
				"\n# Kommunikativ lägesbild\n",
				"\n# Kommunikativa åtgärder, urval\n",
				"\n# Talespersoner\n",
				"\n# Underlag\n",
				"\n## Medietryck\n",
				"**Mycket hög.** Mycket högt och ökande medietryck: 8 549 artiklar, i snitt 1 221,3 per dag",
				"\n## Artiklar per dag\n",
				"\n## Teman\n",
				"-   Återgång till tidigare system (2 104 artiklar i 3 redaktioner; föregående period 310): SVT Väst, " +
					"[Regionen går tillbaka till de gamla systemen](https://svtvast.example/a/1); Göteborgsbladet,",
				"\n### Opinionstexterna och varför de fick sin ton\n",
				"\n## Diariet\n",
				"\n## Talespersoner i medierna\n",
				"-   18/11: Pressmeddelande [Extern granskning av införandet](https://example.se/press/granskning)\n",
				"-   Karin Lund, hälso- och sjukvårdsdirektör\n",
			},
			lines: []string{
				"Bevakning Antal", "Artiklar i perioden 8 549", "Förändring +109 %",
				"Dag Artiklar", "mån 18/11 1 480", "tis 19/11 2 951",
				"Redaktion Artiklar", "Göteborgsbladet 2 504", "Övriga redaktioner 34",
				"Kritisk Neutral Positiv", "29 6 3",
				"Inkomna 14 1 203", "Handläggningstid, median (arbetsdagar) 1,5 0",
				"Göteborgsbladet | Debatt 503",
				"Karin Lund, hälso- och sjukvårdsdirektör 1 312",
				"- Ett <script>alert(1)</script> och en [länk som inte är http](javascript:alert(1)) blir text; [hakparentes] också.",
			},
			absent: []string{"[länk som inte är http](javascript"},
		},
		"empty day": {r: emptyDraft(t),
			markdown: []string{
				"title: Kommunikativ lägesbild söndag 27 oktober 2024\n",
				"*Utkast, ej publicerat. Sammanställt: 2024-10-27 klockan 14:05.*",
				"\n# Kommunikativa åtgärder, urval\n\n-   –\n",
				"Medietrycket kan inte bedömas: ingen nyhetsbevakning är ansluten.",
			},
			lines:  []string{"Öppna just nu (2024-10-27 klockan 14:05) 0 0", "Handläggningstid, median (arbetsdagar) – –"},
			absent: []string{"Artiklar per dag", "Bevakning"},
		},
		"one day": {r: oneDay(t),
			markdown: []string{"\n## Artiklar per dag\n\n12 artiklar under dagen (sön 27/10).\n"},
			absent:   []string{"Dag Artiklar"},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := report.WriteDocx(&b, tt.r); err != nil {
				t.Fatal(err)
			}
			if _, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len())); err != nil {
				t.Fatalf("not a zip package: %v", err)
			}
			md := readDocx(t, pandoc, b.Bytes(), "markdown-smart")
			plain := readDocx(t, pandoc, b.Bytes(), "plain-smart")
			for _, want := range tt.markdown {
				if !strings.Contains(md, want) {
					t.Errorf("pandoc's Markdown lacks %q; it wrote:\n%s", want, md)
				}
			}
			lines := map[string]bool{}
			for _, l := range strings.Split(plain, "\n") {
				lines[strings.Join(strings.Fields(l), " ")] = true
			}
			for _, want := range tt.lines {
				if !lines[want] {
					t.Errorf("pandoc's plain text lacks the line %q; it wrote:\n%s", want, plain)
				}
			}
			for _, not := range tt.absent {
				if strings.Contains(md, not) || lines[not] {
					t.Errorf("the document has %q", not)
				}
			}
		})
	}
}

// TestRenderDocxIsReproducible: the same report gives the same bytes, so a
// filed copy can be compared with a new export.
func TestRenderDocxIsReproducible(t *testing.T) {
	var a, b bytes.Buffer
	if err := report.WriteDocx(&a, fixedReport(t)); err != nil {
		t.Fatal(err)
	}
	if err := report.WriteDocx(&b, fixedReport(t)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two exports of one report differ")
	}
}
