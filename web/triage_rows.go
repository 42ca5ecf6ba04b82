package web

import (
	"html/template"
	"strconv"
	"strings"
	"time"
)

// triageRowsHTML writes the rows of the triage list: the one part of the
// page that repeats, fifty times. html/template runs every action of a row
// through its escapers and functions by reflection, about 35 µs a row: 1.8
// ms of a page that takes 4 ms at 100,000 cases, and the page a press
// officer reloads most (bench/RESULTS.md). Here each value is escaped as
// html/template escapes text and quoted attributes (htmlEscaper); what is
// not a value is the template's markup as it was
// (TestTriageRowsAsTheTemplateWroteThem).
func triageRowsHTML(rows []caseRow, showPersonal bool) template.HTML {
	var b strings.Builder
	b.Grow(len(rows) * 1200)
	esc := func(s string) { htmlEscaper.WriteString(&b, s) }
	timeTag := func(t time.Time) {
		b.WriteString(`<time datetime="`)
		esc(isoAttr(t))
		b.WriteString(`">`)
		esc(swedishDateTime(t))
		b.WriteString(`</time>`)
	}
	for _, r := range rows {
		c := r.Case
		b.WriteString("\n  <tr class=\"")
		if r.Overdue {
			b.WriteString("overdue")
		} else if r.DueToday {
			b.WriteString("due-today")
		}
		b.WriteString("\">\n    <td><a href=\"/cases/")
		b.WriteString(strconv.FormatInt(c.ID, 10))
		b.WriteString(`">`)
		esc(c.Number)
		b.WriteString("</a></td>\n    <td><span class=\"kind\">")
		esc(c.Kind.Label())
		b.WriteString("</span><br>")
		esc(c.Subject)
		for _, t := range c.Topics {
			b.WriteString(` <span class="topic">`)
			esc(t)
			b.WriteString(`</span>`)
		}
		b.WriteString("</td>\n    <td>")
		esc(c.RequesterOutlet)
		if showPersonal {
			if c.RequesterName != "" {
				if c.RequesterOutlet != "" {
					b.WriteString("<br>")
				}
				esc(c.RequesterName)
			}
			if !c.HasRequester() {
				b.WriteString(`<span class="muted">Anonym</span>`)
			}
		}
		b.WriteString("</td>\n    <td>")
		timeTag(c.ReceivedAt)
		b.WriteString("</td>\n    <td>")
		if c.Open() {
			timeTag(c.DueAt)
			if r.Overdue {
				b.WriteString(` <strong class="badge badge-overdue">Försenad</strong>`)
			} else if r.DueToday {
				b.WriteString(` <strong class="badge badge-today">Idag</strong>`)
			}
		} else {
			b.WriteString(`<span class="muted">Klar</span>`)
		}
		b.WriteString("</td>\n    <td>")
		if c.DeadlineAt != nil {
			timeTag(*c.DeadlineAt)
		}
		if c.InternalDueAt != nil {
			b.WriteString(`<br><span class="hint">intern:</span> `)
			timeTag(*c.InternalDueAt)
		}
		b.WriteString("</td>\n    <td><span class=\"status status-")
		esc(string(c.Status))
		b.WriteString(`">`)
		esc(c.Status.Label())
		b.WriteString(`</span>`)
		if c.WaitingSince != nil {
			b.WriteString(`<br><strong class="badge badge-waiting">Väntar på sökande</strong> <span class="hint">sedan `)
			esc(swedishDate(*c.WaitingSince))
			b.WriteString(`</span>`)
		}
		b.WriteString("</td>\n    <td>")
		if c.Assignee != "" {
			esc(r.AssigneeName)
		} else {
			b.WriteString(`<span class="muted">Ingen</span>`)
		}
		b.WriteString("</td>\n  </tr>\n  ")
	}
	return template.HTML(b.String()) // every value above escaped
}

// htmlEscaper escapes as html/template does a value in text or in a quoted
// attribute (its htmlReplacementTable): NUL, the quotes, &, <, > and +.
var htmlEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;",
	"<", "&lt;", ">", "&gt;")
