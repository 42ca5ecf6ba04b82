package tracker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/go-pdf/fpdf"
)

// MaxRegisterPDFRows bounds a PDF extract (about 125 pages); the CSV has no limit.
const MaxRegisterPDFRows = 5000

var errEnoughRows = errors.New("enough rows")

// WriteRegisterPDF writes the public extract of the period as an A4 landscape
// PDF: a table with the extract's columns, its head repeated on every page.
// Past MaxRegisterPDFRows rows it says so and points to the CSV.
func (s *Store) WriteRegisterPDF(ctx context.Context, w io.Writer, p Period) error {
	pdf := fpdf.New("L", "mm", "A4", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	t := func(s string) string { return tr(letterSafe.Replace(s)) }
	title := "Utdrag ur diariet " + p.From + " – " + p.To
	pdf.SetTitle(title, true)
	pdf.SetCreator("Lägesbild", true)
	pdf.SetMargins(12, 12, 12)
	pdf.SetAutoPageBreak(false, 12)
	widths := []float64{28, 22, 36, 110, 40, 30, 22}
	_, pageH := pdf.GetPageSize()
	tableHead := func() {
		pdf.SetFont("Helvetica", "B", 8)
		for i, h := range RegisterColumns {
			pdf.CellFormat(widths[i], 6, t(h), "B", 0, "L", false, 0, "")
		}
		pdf.Ln(-1)
		pdf.SetFont("Helvetica", "", 8)
	}
	pdf.AddPage()
	pdf.SetFont("Helvetica", "B", 13)
	pdf.CellFormat(0, 8, t(s.authority+": "+title), "", 1, "L", false, 0, "")
	pdf.SetFont("Helvetica", "", 8)
	pdf.CellFormat(0, 5, t("Utdraget visar inte sökandes namn eller kontaktuppgifter. Sekretessmarkerade ärenden visas med diarienummer och datum."), "", 1, "L", false, 0, "")
	pdf.Ln(2)
	tableHead()
	n := 0
	err := s.EachRegisterEntry(ctx, p, func(e RegisterEntry) error {
		if n == MaxRegisterPDFRows {
			return errEnoughRows
		}
		n++
		cells := RegisterCells(e)
		lines := pdf.SplitLines([]byte(t(cells[3])), widths[3]-2)
		h := 4.5 * float64(max(len(lines), 1))
		if pdf.GetY()+h > pageH-12 {
			pdf.AddPage()
			tableHead()
		}
		x, y := pdf.GetXY()
		for i, c := range cells {
			pdf.SetXY(x, y)
			if i == 3 {
				pdf.MultiCell(widths[i], 4.5, t(c), "", "L", false)
			} else {
				pdf.CellFormat(widths[i], 4.5, t(c), "", 0, "L", false, 0, "")
			}
			x += widths[i]
		}
		pdf.SetXY(12, y+h)
		return nil
	})
	switch {
	case errors.Is(err, errEnoughRows):
		pdf.Ln(3)
		pdf.SetFont("Helvetica", "I", 8)
		pdf.CellFormat(0, 5, t(fmt.Sprintf("Utdraget visar de första %d ärendena. Hämta utdraget som CSV för hela perioden.", MaxRegisterPDFRows)), "", 1, "L", false, 0, "")
	case err != nil:
		return err
	case n == 0:
		pdf.CellFormat(0, 6, t("Inga ärenden kom in under perioden."), "", 1, "L", false, 0, "")
	}
	return pdf.Output(w)
}

// RegisterCells is the extract's row as text, in the order of
// RegisterColumns: dates as YYYY-MM-DD in Stockholm, kind and status in Swedish.
func RegisterCells(e RegisterEntry) []string {
	cells := []string{e.Number, e.Received.In(Stockholm).Format(time.DateOnly), "", e.Subject, e.Sender, "", ""}
	if e.Kind != "" {
		cells[2] = e.Kind.Label()
	}
	if e.Status != "" {
		cells[5] = e.Status.Label()
	}
	if e.Decided != nil {
		cells[6] = e.Decided.In(Stockholm).Format(time.DateOnly)
	}
	return cells
}

// RegisterColumns are the extract's column heads, in Swedish.
var RegisterColumns = []string{"Diarienummer", "Inkom", "Typ", "Ärendemening", "Avsändare", "Status", "Beslutad"}
