package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/go-pdf/fpdf"
)

// WritePDF writes the report as an A4 PDF for e-mail: the narrative, the
// figures and the two charts. The core Helvetica font with the cp1252 code
// page renders å, ä, ö, é and the dashes; the few characters cp1252 lacks
// (the minus sign) are written as their nearest ASCII.
func WritePDF(w io.Writer, r *Report) error {
	v := newReportView(r)
	pdf := fpdf.New("P", "mm", "A4", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	t := func(s string) string { return tr(pdfSafe.Replace(s)) }
	pdf.SetTitle(v.Title, true)
	pdf.SetCreator("Lägesbild", true)
	pdf.SetCreationDate(r.CompiledAt)
	pdf.SetModificationDate(r.CompiledAt)
	pdf.SetMargins(20, 18, 20)
	pdf.SetAutoPageBreak(true, 18)
	pdf.AliasNbPages("{nb}")
	pdf.SetFooterFunc(func() {
		pdf.SetY(-12)
		pdf.SetFont("Helvetica", "", 8)
		pdf.SetTextColor(80, 80, 80)
		pdf.CellFormat(0, 5, t(fmt.Sprintf("%s – sida %d av {nb}", v.Title, pdf.PageNo())), "", 0, "C", false, 0, "")
	})
	pdf.AddPage()
	pdf.SetTextColor(26, 26, 26)

	pdf.SetFont("Helvetica", "B", 16)
	pdf.MultiCell(0, 8, t(v.Title), "", "L", false)
	pdf.SetFont("Helvetica", "I", 9)
	pdf.MultiCell(0, 5, t(v.Status), "", "L", false)
	if v.Topic != "" {
		pdf.MultiCell(0, 5, t("Ämne: "+v.Topic), "", "L", false)
	}

	// room is the height left on the page above the bottom margin.
	room := func() float64 {
		_, h := pdf.GetPageSize()
		_, bottom := pdf.GetAutoPageBreak()
		return h - bottom - pdf.GetY()
	}
	// heading starts a new page unless the heading and the first follow mm
	// of what it heads fit on this one.
	heading := func(s string, size, follow float64) {
		if needsBreak(room(), pdfHeadingHeight, follow) {
			pdf.AddPage()
		}
		pdf.Ln(3)
		pdf.SetFont("Helvetica", "B", size)
		pdf.MultiCell(0, 7, t(s), "", "L", false)
		pdf.SetFont("Helvetica", "", 10)
	}
	for _, sec := range v.Sections {
		heading(sec.Heading, 13, 2*pdfLine)
		bullets := sec.Bullets
		if len(bullets) == 0 {
			bullets = []string{"–"}
		}
		for _, b := range bullets {
			pdf.SetX(20)
			pdf.Write(5, t("•  "))
			pdf.SetLeftMargin(25)
			for _, seg := range parseBullet(b) {
				if seg.URL != "" {
					pdf.SetTextColor(11, 74, 139)
					pdf.WriteLinkString(5, t(seg.Text), seg.URL)
					pdf.SetTextColor(26, 26, 26)
				} else {
					pdf.Write(5, t(seg.Text))
				}
			}
			pdf.SetLeftMargin(20)
			pdf.Ln(6)
		}
	}

	heading("Underlag", 13, pdfHeadingHeight+2*pdfLine)
	heading("Medietryck", 11, 2*pdfLine)
	pressure := v.Pressure
	if v.PressureWord != "" {
		pressure = v.PressureWord + ". " + pressure
	}
	pdf.MultiCell(0, 5, t(pressure), "", "L", false)
	// table draws rows under a head; columns after the first hold numbers
	// (all of them do when allNumbers).
	table := func(head []string, rows [][]string, widths []float64, allNumbers bool) {
		al := func(i int) string {
			if allNumbers {
				return "R"
			}
			return align(i)
		}
		header := func() {
			pdf.SetFont("Helvetica", "B", 9)
			for i, h := range head {
				pdf.CellFormat(widths[i], 6, t(h), "B", 0, al(i), false, 0, "")
			}
			pdf.Ln(-1)
			pdf.SetFont("Helvetica", "", 9)
		}
		if needsBreak(room(), 0, pdfTableHeight(min(len(rows), 1))) { // nor its head without a row
			pdf.AddPage()
		}
		header()
		for _, row := range rows {
			if needsBreak(room(), 0, 5.5) { // a row is never split; the head repeats
				pdf.AddPage()
				header()
			}
			for i, c := range row {
				pdf.CellFormat(widths[i], 5.5, t(c), "B", 0, al(i), false, 0, "")
			}
			pdf.Ln(-1)
		}
		pdf.Ln(2)
	}
	if v.Available {
		pdf.Ln(2)
		table([]string{"Bevakning", "Antal"}, rows2(v.CoverageRows), []float64{110, 40}, false)
		if s := daySentence(v); s != "" { // one day is a sentence, not a chart of one bar
			heading("Artiklar per dag", 11, pdfLine)
			pdf.MultiCell(0, 5, t(s), "", "L", false)
		} else {
			heading("Artiklar per dag", 11, pdfColumnsHeight)
			pdfColumns(pdf, t, v.Days)
		}
		heading("Artiklar per redaktion", 11, max(pdfLine, pdfBarsHeight(len(v.Outlets))))
		if len(v.Outlets) == 0 {
			pdf.MultiCell(0, 5, t("Inga artiklar."), "", "L", false)
		} else {
			pdfBars(pdf, t, v.Outlets)
		}
		heading("Teman", 11, pdfLine)
		if len(v.Themes) == 0 {
			pdf.MultiCell(0, 5, t("Inga teman."), "", "L", false)
		}
		for _, th := range v.Themes {
			pdf.MultiCell(0, 5, t("•  "+th.Label+" ("+th.Value+")"), "", "L", false)
			for _, e := range th.Examples {
				pdf.SetX(pdf.GetX() + 6)
				pdf.MultiCell(0, 5, t("–  "+e.Outlet+": "+e.Title), "", "L", false)
			}
		}
		heading("Ton på opinionsplats", 11, pdfTableHeight(1))
		table([]string{"Kritisk", "Neutral", "Positiv"}, [][]string{{v.Tone[0].Value, v.Tone[1].Value, v.Tone[2].Value}},
			[]float64{30, 30, 30}, true)
	}
	heading("Diariet", 11, pdfTableHeight(2))
	var reg [][]string
	for _, row := range v.Register {
		reg = append(reg, []string{row.Label, row.DR, row.PI})
	}
	table([]string{"", "Allmän handling", "Pressförfrågningar"}, reg, []float64{90, 40, 40}, false)
	if len(v.Inquiries) > 0 {
		table([]string{"Redaktion", "Pressförfrågningar"}, rows2(v.Inquiries), []float64{110, 40}, false)
	}
	if len(v.Spokes) > 0 {
		heading("Talespersoner i medierna", 11, pdfTableHeight(min(2, len(v.Spokes))))
		table([]string{"Talesperson", "Artiklar som nämner"}, rows2(v.Spokes), []float64{130, 40}, false)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("render report pdf: %w", err)
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("write report pdf: %w", err)
	}
	return nil
}

// The heights the layout keeps a heading with, in mm: a heading of one
// line (its space above and the line), a line of text, a table's head and
// rows, the charts.
const (
	pdfHeadingHeight = 3 + 7
	pdfLine          = 5
	pdfColumnsHeight = 45 + 12
)

func pdfTableHeight(rows int) float64 { return 6 + 5.5*float64(rows) }

func pdfBarsHeight(bars int) float64 { return 6*float64(bars) + 6 }

// needsBreak says whether a heading must start a new page: it does when the
// heading (headingHeight mm) and the first minFollow mm of what it heads do
// not fit in the yLeft mm left above the bottom margin, so that a heading
// never stands alone at the foot of a page.
func needsBreak(yLeft, headingHeight, minFollow float64) bool {
	return yLeft < headingHeight+minFollow
}

// pdfSafe replaces what cp1252 cannot hold.
var pdfSafe = strings.NewReplacer("−", "-", "\u202f", " ", "≥", ">=", "≤", "<=")

func align(col int) string {
	if col == 0 {
		return "L"
	}
	return "R"
}

// pdfColumns draws a column chart of articles per day.
func pdfColumns(pdf *fpdf.Fpdf, t func(string) string, days []barView) {
	const w, h = 170.0, 45.0
	if pdf.GetY()+pdfColumnsHeight > 297-18 {
		pdf.AddPage()
	}
	x0, y0 := 20.0, pdf.GetY()+2
	maxN := 1
	for _, d := range days {
		maxN = max(maxN, d.N)
	}
	slot := w / float64(max(len(days), 1))
	every := (len(days) + 13) / 14
	pdf.SetFillColor(29, 79, 145)
	pdf.SetFont("Helvetica", "", 7)
	for i, d := range days {
		bh := h * float64(d.N) / float64(maxN)
		x := x0 + slot*float64(i)
		if bh > 0 {
			pdf.Rect(x+slot*0.15, y0+h-bh, slot*0.7, bh, "F")
		}
		if len(days) <= 31 {
			pdf.SetXY(x, y0+h-bh-4)
			pdf.CellFormat(slot, 4, t(d.Value), "", 0, "C", false, 0, "")
		}
		if i%max(every, 1) == 0 {
			pdf.SetXY(x-2, y0+h+1)
			pdf.CellFormat(slot+4, 4, t(d.Label), "", 0, "C", false, 0, "")
		}
	}
	pdf.Line(x0, y0+h, x0+w, y0+h)
	pdf.SetXY(20, y0+h+7)
	pdf.SetFont("Helvetica", "", 10)
}

// pdfBars draws a bar chart of articles per outlet.
func pdfBars(pdf *fpdf.Fpdf, t func(string) string, bars []barView) {
	const label, span, row = 55.0, 95.0, 6.0
	if pdf.GetY()+pdfBarsHeight(len(bars)) > 297-18 {
		pdf.AddPage()
	}
	y := pdf.GetY() + 1
	maxN := 1
	for _, b := range bars {
		maxN = max(maxN, b.N)
	}
	pdf.SetFillColor(29, 79, 145)
	pdf.SetFont("Helvetica", "", 8)
	for _, b := range bars {
		bw := span * float64(b.N) / float64(maxN)
		pdf.SetXY(20, y)
		pdf.CellFormat(label-2, row, t(b.Label), "", 0, "R", false, 0, "")
		if bw > 0 {
			pdf.Rect(20+label, y+1, bw, row-2, "F")
		}
		pdf.SetXY(20+label+bw+1, y)
		pdf.CellFormat(20, row, t(b.Value), "", 0, "L", false, 0, "")
		y += row
	}
	pdf.SetXY(20, y+3)
	pdf.SetFont("Helvetica", "", 10)
}
