package report

import (
	"fmt"
	"io"

	"github.com/lagesbild/lagesbild/tracker/report/docx"
)

// WriteDocx writes the report as a Word document for the registrar to file:
// the same sections, texts and tables as the Markdown, with the narrative's
// headings in Word's heading styles, its bullets as lists and their links as
// hyperlinks. The day chart is its table; a one-day report says its one
// figure in a sentence.
func WriteDocx(w io.Writer, r *Report) error {
	v := newReportView(r)
	d := docx.New(v.Title)
	d.Creator = "Lägesbild"
	d.Created = r.CompiledAt
	d.Paragraph(docx.Run{Text: v.Status, Italic: v.Draft})
	if v.Topic != "" {
		d.Paragraph(docx.Run{Text: "Ämne: " + v.Topic})
	}
	for _, s := range v.Sections {
		d.Heading(1, s.Heading)
		if len(s.Bullets) == 0 {
			d.Bullets([]docx.Run{{Text: "–"}})
			continue
		}
		items := make([][]docx.Run, len(s.Bullets))
		for i, b := range s.Bullets {
			for _, seg := range parseBullet(b) {
				items[i] = append(items[i], docx.Run{Text: seg.Text, Link: seg.URL})
			}
		}
		d.Bullets(items...)
	}

	num := []docx.Align{docx.AlignLeft, docx.AlignRight, docx.AlignRight, docx.AlignRight}
	d.Heading(1, "Underlag")
	d.Heading(2, "Medietryck")
	var pressure []docx.Run
	if v.PressureWord != "" {
		pressure = append(pressure, docx.Run{Text: v.PressureWord + ".", Bold: true}, docx.Run{Text: " "})
	}
	d.Paragraph(append(pressure, docx.Run{Text: v.Pressure})...)
	if v.Available {
		d.Table([]string{"Bevakning", "Antal"}, rows2(v.CoverageRows), num...)
		d.Heading(2, "Artiklar per dag")
		if s := daySentence(v); s != "" {
			d.Paragraph(docx.Run{Text: s})
		} else {
			d.Table([]string{"Dag", "Artiklar"}, barRows(v.Days), num...)
		}
		d.Heading(2, "Artiklar per redaktion")
		if len(v.Outlets) == 0 {
			d.Paragraph(docx.Run{Text: "Inga artiklar."})
		} else {
			d.Table([]string{"Redaktion", "Artiklar"}, barRows(v.Outlets), num...)
		}
		d.Heading(2, "Teman")
		if len(v.Themes) == 0 {
			d.Paragraph(docx.Run{Text: "Inga teman."})
		}
		var themes [][]docx.Run
		for _, t := range v.Themes {
			item := []docx.Run{{Text: t.Label + " (" + t.Value + ")"}}
			for i, e := range t.Examples {
				sep := ": "
				if i > 0 {
					sep = "; "
				}
				item = append(item, docx.Run{Text: sep + e.Outlet + ", "}, docx.Run{Text: e.Title, Link: e.URL, Italic: e.URL == ""})
			}
			themes = append(themes, item)
		}
		d.Bullets(themes...)
		d.Heading(2, "Ton på opinionsplats")
		var head, counts []string
		for _, t := range v.Tone {
			head, counts = append(head, t.Label), append(counts, t.Value)
		}
		d.Table(head, [][]string{counts}, docx.AlignRight, docx.AlignRight, docx.AlignRight)
		if len(v.Opinion) > 0 {
			d.Heading(3, "Opinionstexterna och varför de fick sin ton")
			var rows [][]string
			for _, op := range v.Opinion {
				rows = append(rows, []string{op.Title, op.Outlet, op.Tone, op.Evidence})
			}
			d.Table([]string{"Text", "Redaktion", "Ton", "Underlag"}, rows)
		}
	}

	d.Heading(2, "Diariet")
	var reg [][]string
	for _, row := range v.Register {
		reg = append(reg, []string{row.Label, row.DR, row.PI})
	}
	d.Table([]string{"", "Begäran om allmän handling", "Pressförfrågningar"}, reg, num...)
	if len(v.Inquiries) > 0 {
		d.Table([]string{"Redaktion", "Pressförfrågningar"}, rows2(v.Inquiries), num...)
	}
	if len(v.Spokes) > 0 {
		d.Heading(2, "Talespersoner i medierna")
		d.Table([]string{"Talesperson", "Artiklar som nämner"}, rows2(v.Spokes), num...)
	}
	if _, err := d.WriteTo(w); err != nil {
		return fmt.Errorf("write report docx: %w", err)
	}
	return nil
}

// barRows are a chart's bars as table rows: the full label and the figure.
func barRows(bars []barView) [][]string {
	rows := make([][]string, len(bars))
	for i, b := range bars {
		rows[i] = []string{b.Long, b.Value}
	}
	return rows
}
