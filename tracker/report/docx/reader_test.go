package docx

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// tool returns the path of a program the reader tests run, or skips; with
// LAGESBILD_TEST_PANDOC set (as in CI) a missing pandoc fails instead.
func tool(t testing.TB, name string, required bool) string {
	t.Helper()
	path, err := exec.LookPath(name)
	switch {
	case err == nil:
		return path
	case required && os.Getenv("LAGESBILD_TEST_PANDOC") != "":
		t.Fatalf("LAGESBILD_TEST_PANDOC is set but %s is not installed: %v", name, err)
	case required:
		t.Skipf("%s is not installed; install it (apt-get install -y pandoc) or set LAGESBILD_TEST_PANDOC to make this a failure", name)
	default:
		t.Skipf("%s is not installed", name)
	}
	return ""
}

func writeFile(t testing.TB, d *Document) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lagesbild.docx")
	if err := os.WriteFile(path, write(t, d), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestPandoc reads the written file back with pandoc, a reader that did not
// write it.
func TestPandoc(t *testing.T) {
	pandoc := tool(t, "pandoc", true)
	path := writeFile(t, sampleDocument(t))
	tests := map[string]struct {
		format string
		want   []string // substrings of the output
		lines  []string // whole lines, spaces collapsed: the table's rows
	}{
		"markdown": {format: "markdown", want: []string{
			"# Sammanfattning\n",
			"## Återkommande frågor\n",
			"### Ärenden per kanal\n",
			"Läget är **stabilt** men *frågorna om vårdköerna* ökar. Se [regionens sida](https://example.se/vård?a=1&b=2).",
			"-   Väntetider på akuten\n",
			"-   Öppettider under påsken\n",
			`title: Kommunikativ lägesbild vecka 10`,
			`![Diagram: ärenden per dag, stigande från 3 till 12]`,
		}},
		"plain": {format: "plain", lines: []string{
			"Kanal Antal", "E-post 12", "Telefon 7", "Sociala medier",
		}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			out, err := exec.Command(pandoc, "--standalone", "--wrap=none", "-f", "docx", "-t", tt.format, path).CombinedOutput()
			if err != nil {
				t.Fatalf("pandoc: %v\n%s", err, out)
			}
			for _, want := range tt.want {
				if !strings.Contains(string(out), want) {
					t.Errorf("pandoc -t %s lacks %q; it wrote:\n%s", tt.format, want, out)
				}
			}
			lines := map[string]bool{}
			for _, l := range strings.Split(string(out), "\n") {
				lines[strings.Join(strings.Fields(l), " ")] = true
			}
			for _, want := range tt.lines {
				if !lines[want] {
					t.Errorf("pandoc -t %s lacks the line %q; it wrote:\n%s", tt.format, want, out)
				}
			}
		})
	}
}

// TestLibreOfficePDF converts the file to PDF when LibreOffice is installed.
func TestLibreOfficePDF(t *testing.T) {
	soffice := tool(t, "soffice", false)
	path := writeFile(t, sampleDocument(t))
	dir := filepath.Dir(path)
	out, err := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir, path).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf, err := os.ReadFile(strings.TrimSuffix(path, ".docx") + ".pdf")
	if err != nil {
		t.Fatalf("no PDF: %v\n%s", err, out)
	}
	if !strings.HasPrefix(string(pdf), "%PDF-") {
		t.Errorf("output is not a PDF: %q", pdf[:min(len(pdf), 20)])
	}
}
