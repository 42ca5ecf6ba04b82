package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// periodInput is a report's period as a request names it
// (report.PeriodQuery: date, week or from–to) and its topic.
type periodInput struct {
	report.PeriodQuery
	Topic string
}

func periodInputFrom(param func(string) string) periodInput {
	get := func(name string) string { return strings.TrimSpace(param(name)) }
	return periodInput{PeriodQuery: report.PeriodQuery{Date: get("date"), Week: get("week"), From: get("from"), To: get("to"),
		Since: get("since")}, Topic: get("topic")}
}

// period reads the period the input names (since=last from the last published report).
func (h *handler) period(c *gin.Context, in periodInput) (tracker.Period, error) {
	return h.reports.Period(c.Request.Context(), in.PeriodQuery, in.Topic)
}

// periodValues is the canonical query of a period: since and to for a
// period that starts at an instant, date for a day, week for an ISO week,
// else from and to; with the topic.
func periodValues(p tracker.Period, topic string) url.Values {
	v := url.Values{}
	if !p.Start.IsZero() {
		v.Set("since", p.Start.UTC().Format(time.RFC3339Nano))
		v.Set("to", p.To)
	} else if y, w, ok := p.ISOWeek(); ok {
		v.Set("week", fmt.Sprintf("%d-W%02d", y, w))
	} else if p.From == p.To {
		v.Set("date", p.From)
	} else {
		v.Set("from", p.From)
		v.Set("to", p.To)
	}
	if topic != "" {
		v.Set("topic", topic)
	}
	return v
}

func (h *handler) composeOptions(topic string) report.ComposeOptions {
	return report.ComposeOptions{Coverage: h.coverage, Mentions: h.mentions, Topic: topic}
}

// reportFormats are the forms a report is written in; a download is always
// sent as a file to save, as no browser shows it.
var reportFormats = map[string]struct {
	contentType, ext string
	download         bool
}{
	"json": {"application/json; charset=utf-8", "json", false},
	"md":   {"text/markdown; charset=utf-8", "md", false},
	"html": {"text/html; charset=utf-8", "html", false},
	"pdf":  {"application/pdf", "pdf", false},
	"docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", true},
}

// reportAudience reads audience=internal|external (default external: no
// phone numbers).
func reportAudience(c *gin.Context) (report.Audience, error) {
	a, err := report.ParseAudience(c.Query("audience"))
	if err != nil {
		return a, newBadRequest("Okänd målgrupp.", map[string]string{"audience": "internal eller external"})
	}
	return a, nil
}

func reportFormat(c *gin.Context) (string, error) {
	f := strings.ToLower(strings.TrimSpace(c.DefaultQuery("format", "json")))
	if _, ok := reportFormats[f]; !ok {
		return "", newBadRequest("Okänt format.", map[string]string{"format": "json, md, html, pdf eller docx"})
	}
	return f, nil
}

// reportFilename is "lagesbild-2024-W47.pdf", "lagesbild-2024-11-19-v2.md".
func reportFilename(r *report.Report, ext string) string {
	name := "lagesbild-" + r.Period.From
	if !r.Period.Start.IsZero() {
		name = "lagesbild-sedan-" + r.Period.Start.In(tracker.Stockholm).Format("2006-01-02-1504")
	} else if y, w, ok := r.Period.ISOWeek(); ok {
		name = fmt.Sprintf("lagesbild-%d-W%02d", y, w)
	} else if r.Period.To != r.Period.From {
		name += "-" + r.Period.To
	}
	if r.Published != nil {
		name += fmt.Sprintf("-v%d", r.Published.Version)
	}
	return name + "." + ext
}

// writeReport answers with the report in format: JSON (the contract),
// Markdown, a printable standalone HTML page, a PDF or a Word document.
// attachment asks the browser to save the file rather than show it.
func (h *handler) writeReport(c *gin.Context, r *report.Report, format string, attachment bool) {
	var buf bytes.Buffer
	var err error
	switch format {
	case "json":
		if attachment {
			c.Header("Content-Disposition", `attachment; filename="`+reportFilename(r, "json")+`"`)
		}
		c.JSON(http.StatusOK, r)
		return
	case "md":
		err = report.WriteMarkdown(&buf, r)
	case "html":
		// The page carries its own <style>: allow it by this request's nonce.
		nonce := c.GetString(nonceKey)
		err = report.WriteHTML(&buf, r, report.HTMLOptions{Page: true, StyleNonce: nonce})
		csp := c.Writer.Header().Get("Content-Security-Policy")
		c.Header("Content-Security-Policy", strings.Replace(csp, "style-src 'self'", "style-src 'self' 'nonce-"+nonce+"'", 1))
	case "pdf":
		err = report.WritePDF(&buf, r)
	case "docx":
		err = report.WriteDocx(&buf, r)
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	f := reportFormats[format]
	disposition := "inline"
	if attachment || f.download {
		disposition = "attachment"
	}
	c.Header("Content-Disposition", disposition+`; filename="`+reportFilename(r, f.ext)+`"`)
	c.Data(http.StatusOK, f.contentType, buf.Bytes())
}

// apiReport is GET /api/v1/reports/lagesbild: the report of a period as it
// stands now, with the draft's narrative when there is one.
func (h *handler) apiReport(c *gin.Context) {
	format, err := reportFormat(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	audience, err := reportAudience(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	in := periodInputFrom(c.Query)
	p, err := h.period(c, in)
	if err != nil {
		h.fail(c, err)
		return
	}
	opts := h.composeOptions(in.Topic)
	if opts.Reference, err = report.ParseReference(c.Query("reference_from"), c.Query("reference_to")); err != nil {
		h.fail(c, err)
		return
	}
	r, err := h.reports.Compose(c.Request.Context(), p, opts)
	if err != nil {
		h.fail(c, err)
		return
	}
	h.writeReport(c, r.ForAudience(audience), format, false)
}

type publishRequest struct {
	From      string            `json:"from"`
	To        string            `json:"to"`
	Week      string            `json:"week"`
	Date      string            `json:"date"`
	Since     string            `json:"since"`
	Topic     string            `json:"topic"`
	Narrative *report.Narrative `json:"narrative"`
	Basis     *report.Basis     `json:"basis"`   // the figures the narrative was written against (default: now)
	Confirm   bool              `json:"confirm"` // publish stale text, or a period that has not ended
}

// apiPublishReport is POST /api/v1/reports/lagesbild/publish: the narrative,
// when given, becomes the period's draft, and the report is published as
// its next version. 201 with the published report.
func (h *handler) apiPublishReport(c *gin.Context) {
	var req publishRequest
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	in := periodInput{PeriodQuery: report.PeriodQuery{Date: req.Date, Week: req.Week, From: req.From, To: req.To,
		Since: req.Since}, Topic: strings.TrimSpace(req.Topic)}
	p, err := h.period(c, in)
	if err != nil {
		h.fail(c, err)
		return
	}
	pr, err := h.publish(c, p, in.Topic, req.Narrative, req.Basis, req.Confirm)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Header("Location", fmt.Sprintf("/api/v1/reports/published/%d", pr.ID))
	c.JSON(http.StatusCreated, pr.Report)
}

// publish saves the narrative as the draft (when given), with the figures
// it was written against, and publishes the period.
func (h *handler) publish(c *gin.Context, p tracker.Period, topic string, n *report.Narrative, basis *report.Basis, confirm bool) (*report.PublishedReport, error) {
	ctx := c.Request.Context()
	if n != nil {
		if _, err := h.reports.SaveDraftWith(ctx, p, *n, report.DraftOptions{Compose: h.composeOptions(topic), Basis: basis}, actor(c)); err != nil {
			return nil, err
		}
	}
	pr, err := h.reports.Publish(ctx, p, report.PublishOptions{ComposeOptions: h.composeOptions(topic), Confirm: confirm}, actor(c))
	if err != nil {
		return nil, err
	}
	h.log.Info("report published", "report_id", pr.ID, "period", p.String(), "version", pr.Version)
	return pr, nil
}

// apiListPublished is GET /api/v1/reports/published: the history, newest
// first; from/to (or week, date) and topic narrow it, limit and offset page it.
func (h *handler) apiListPublished(c *gin.Context) {
	f, err := h.publishedFilter(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	list, total, err := h.reports.PublishedReports(c.Request.Context(), f)
	if err != nil {
		h.fail(c, err)
		return
	}
	if list == nil {
		list = []report.PublishedSummary{}
	}
	c.JSON(http.StatusOK, gin.H{"total": total, "reports": list})
}

func (h *handler) publishedFilter(c *gin.Context) (report.PublishedFilter, error) {
	var f report.PublishedFilter
	bad := map[string]string{}
	for name, dst := range map[string]*int{"limit": &f.Limit, "offset": &f.Offset} {
		if s := c.Query(name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 0 {
				bad[name] = "ett heltal ≥ 0"
			}
			*dst = n
		}
	}
	if len(bad) > 0 {
		return f, newBadRequest("Ogiltiga parametrar.", bad)
	}
	in := periodInputFrom(c.Query)
	if !in.Empty() {
		p, err := h.period(c, in)
		if err != nil {
			return f, err
		}
		f.Period = &p
	}
	if _, ok := c.GetQuery("topic"); ok {
		f.Topic = &in.Topic
	}
	return f, nil
}

// apiShowPublished is GET /api/v1/reports/published/{id}: the frozen snapshot.
func (h *handler) apiShowPublished(c *gin.Context) {
	h.writePublished(c, func(string) bool { return false })
}

// writePublished answers a published report in the requested format;
// attach says, per format, whether it is sent as a download.
func (h *handler) writePublished(c *gin.Context, attach func(format string) bool) {
	format, err := reportFormat(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	audience, err := reportAudience(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	pr, err := h.reports.PublishedReport(c.Request.Context(), id)
	if err != nil {
		h.fail(c, err)
		return
	}
	h.writeReport(c, pr.Report.ForAudience(audience), format, attach(format))
}
