package web

import (
	"bytes"
	"html/template"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

// letterHTML is the decision letter as a page of its own (the API's
// format=html); the UI shows the same letter in its layout (letter.html).
var letterHTML = template.Must(template.New("letter").Funcs(template.FuncMap{"isodate": isoDate}).Parse(`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>{{.Title}} {{.Number}}</title>
<style>body{font:11pt/1.45 Georgia,serif;max-width:40em;margin:2em auto;padding:0 1em}h1{font-size:1.3em}h2{font-size:1.05em;margin-bottom:.2em}</style></head>
<body>{{template "body" .}}</body></html>
{{define "body"}}<article class="letter">
<header><p class="sender"><strong>{{.Authority}}</strong></p>
<p>Beslut<br>{{isodate .Date}}<br>Diarienummer {{.Number}}</p>
<p class="recipient">{{range .Recipient}}{{.}}<br>{{end}}</p></header>
<h1>{{.Title}}</h1>
<h2>Ärendet</h2><p>{{.Request}}</p>
<h2>Beslut</h2><p>{{.Decision}}</p>
{{if .Conditions}}<h2>Förbehåll</h2><p>{{.Conditions}}</p>{{end}}
<h2>Skälen för beslutet</h2>{{range .Grounds}}<p>{{.}}</p>{{end}}
<p class="signature">{{.Signature}}</p>
{{if .Delegation}}<p class="delegation"><em>Beslutet är fattat med stöd av {{.Delegation}}.</em></p>{{end}}
<section class="appeal"><h2>Hur man överklagar</h2><p>{{.Appeal}}</p>
{{if .AppealBy}}<p>Överklagandet ska ha kommit in senast {{isodate .AppealBy}}.</p>{{end}}</section>
</article>{{end}}`))

// isoDate shows a time (or a non-nil pointer to one) as a Stockholm date.
func isoDate(t any) string {
	switch v := t.(type) {
	case time.Time:
		return local(v).Format(time.DateOnly)
	case *time.Time:
		if v != nil {
			return local(*v).Format(time.DateOnly)
		}
	}
	return ""
}

// apiDecisionLetter is GET /api/v1/cases/{id}/decision?format=html|pdf.
func (h *handler) apiDecisionLetter(c *gin.Context) {
	format := c.DefaultQuery("format", "html")
	if format != "html" && format != "pdf" {
		h.fail(c, newBadRequest("Ogiltiga parametrar.", map[string]string{"format": "html eller pdf"}))
		return
	}
	if l, ok := h.letter(c); ok {
		h.writeLetter(c, l, format)
	}
}

// letter loads the decision letter of the case in the path, or answers with the error.
func (h *handler) letter(c *gin.Context) (*tracker.Letter, bool) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return nil, false
	}
	l, err := h.store.DecisionLetter(c.Request.Context(), id, actor(c))
	if err != nil {
		h.fail(c, err)
		return nil, false
	}
	return l, true
}

func (h *handler) writeLetter(c *gin.Context, l *tracker.Letter, format string) {
	var buf bytes.Buffer
	var err error
	contentType := "text/html; charset=utf-8"
	if format == "pdf" {
		contentType = "application/pdf"
		err = tracker.WriteLetterPDF(&buf, l)
		c.Header("Content-Disposition", `inline; filename="beslut-`+l.Number+`.pdf"`)
	} else {
		err = letterHTML.Execute(&buf, l)
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.Data(http.StatusOK, contentType, buf.Bytes())
}

// decisionLetterPDF is the UI's link to the letter as a PDF.
func (h *handler) decisionLetterPDF(c *gin.Context) {
	if l, ok := h.letter(c); ok {
		h.writeLetter(c, l, "pdf")
	}
}

type provisionJSON struct {
	ID        int64  `json:"id"`
	Chapter   int    `json:"chapter"`
	Section   string `json:"section"`
	Paragraph string `json:"paragraph"`
	Name      string `json:"name"`
	Citation  string `json:"citation"`
}

func toProvisionJSON(p tracker.Provision) provisionJSON {
	return provisionJSON{p.ID, p.Chapter, p.Section, p.Paragraph, p.Name, p.Citation()}
}

func (h *handler) apiListProvisions(c *gin.Context) {
	ps, err := h.store.Provisions(c.Request.Context())
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]provisionJSON, len(ps))
	for i, p := range ps {
		out[i] = toProvisionJSON(p)
	}
	c.JSON(http.StatusOK, gin.H{"provisions": out})
}

func (h *handler) apiAddProvision(c *gin.Context) {
	var req provisionJSON
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	p, err := h.store.AddProvision(c.Request.Context(), tracker.Provision{Chapter: req.Chapter, Section: req.Section,
		Paragraph: req.Paragraph, Name: req.Name}, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toProvisionJSON(*p))
}

func (h *handler) apiDeleteProvision(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		h.fail(c, tracker.ErrNotFound)
		return
	}
	if err := h.store.DeleteProvision(c.Request.Context(), id, actor(c)); err != nil {
		h.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}
