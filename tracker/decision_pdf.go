package tracker

import (
	"io"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

// letterSafe writes the few characters cp1252 lacks as their nearest kin.
var letterSafe = strings.NewReplacer("−", "-", "‑", "-", "≈", "~")

// WriteLetterPDF writes a decision letter as an A4 PDF, with the same text as the page.
func WriteLetterPDF(w io.Writer, l *Letter) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	t := func(s string) string { return tr(letterSafe.Replace(s)) }
	pdf.SetTitle(l.Title+" "+l.Number, true)
	pdf.SetCreator("Lägesbild", true)
	pdf.SetCreationDate(l.Date)
	pdf.SetModificationDate(l.Date)
	pdf.SetMargins(25, 20, 25)
	pdf.SetAutoPageBreak(true, 20)
	pdf.AddPage()
	para := func(style string, size float64, text string) {
		pdf.SetFont("Helvetica", style, size)
		pdf.MultiCell(0, size*0.5, t(text), "", "L", false)
		pdf.Ln(2)
	}
	para("B", 12, l.Authority)
	para("", 10, "Beslut\n"+l.Date.In(Stockholm).Format(time.DateOnly)+"\nDiarienummer "+l.Number)
	para("", 10, strings.Join(l.Recipient, "\n"))
	pdf.Ln(4)
	para("B", 14, l.Title)
	para("B", 11, "Ärendet")
	para("", 10, l.Request)
	para("B", 11, "Beslut")
	para("", 10, l.Decision)
	if l.Conditions != "" {
		para("B", 11, "Förbehåll")
		para("", 10, l.Conditions)
	}
	if l.Fee != "" {
		para("B", 11, "Avgift")
		para("", 10, l.Fee)
	}
	para("B", 11, "Skälen för beslutet")
	for _, g := range l.Grounds {
		para("", 10, g)
	}
	pdf.Ln(4)
	para("", 10, l.Signature)
	if l.Delegation != "" {
		para("I", 9, "Beslutet är fattat med stöd av "+l.Delegation+".")
	}
	para("B", 11, "Hur man överklagar")
	para("", 10, l.Appeal)
	if l.AppealBy != nil {
		para("", 10, "Överklagandet ska ha kommit in senast "+l.AppealBy.In(Stockholm).Format(time.DateOnly)+".")
	}
	return pdf.Output(w)
}
