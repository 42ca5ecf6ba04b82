package web

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/distribution"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// reportRoutes mounts the lägesbild report: its API and its pages.
func (h *handler) reportRoutes(api, ui *gin.RouterGroup) {
	api.GET("/reports/lagesbild", h.apiReport)
	api.POST("/reports/lagesbild/publish", h.apiPublishReport)
	api.GET("/reports/published", h.apiListPublished)
	api.GET("/reports/published/:id", h.apiShowPublished)

	ui.GET("/lagesbild", h.showDraft)
	ui.GET("/lagesbild/export", h.exportDraft)
	ui.POST("/lagesbild/utkast", h.saveDraft)
	ui.POST("/lagesbild/publicera", h.publishDraft)
	ui.POST("/lagesbild/ton", h.correctTone)
	ui.GET("/lagesbild/historik", h.listPublished)
	ui.GET("/lagesbild/publicerad/:id", h.showPublished)
	ui.GET("/lagesbild/publicerad/:id/export", h.exportPublished)

	ui.GET("/talespersoner", h.listSpokespersons)
	ui.POST("/talespersoner", h.createSpokesperson)
	ui.POST("/talespersoner/:id/aktiv", h.setSpokespersonActive)
}

func init() {
	for k, v := range map[string]string{
		"draftsaved":    "Utkastet är sparat.",
		"published":     "Lägesbilden är publicerad. Siffrorna i den här versionen ändras inte längre.",
		"tone":          "Tonen är rättad. Rättelsen gäller tills någon ändrar den.",
		"toneauto":      "Rättelsen är borttagen: tonen bedöms automatiskt igen.",
		"toneconfirmed": "Tonen är bekräftad. Nästa obekräftade text står först.",
		"spokesperson":  "Talespersonen är tillagd.",
		"spokesactive":  "Talespersonen är aktiv och kommer med i lägesbilden.",
		"spokesretired": "Talespersonen är inaktiverad och kommer inte längre med i lägesbilden.",
	} {
		messages[k] = v
	}
}

// narrativeForm is the narrative as typed: one bullet per line under each
// heading; Picked are the action lines ticked to join the selection.
type narrativeForm struct {
	Situation, KeyMessages, Residents, Actions, Daily, Links, Spokespersons string
	Picked                                                                  []string
	FigureSentences                                                         *bool  // nil: not on the form
	Basis                                                                   string // the figures the page showed (JSON)
	Confirm                                                                 bool
	Errors                                                                  map[string]string
}

func narrativeFormOf(n report.Narrative) narrativeForm {
	j := func(l []string) string { return strings.Join(l, "\n") }
	return narrativeForm{Situation: j(n.Situation), KeyMessages: j(n.KeyMessages), Residents: j(n.ResidentInformation),
		Actions: j(n.Actions), Daily: j(n.Daily), Links: j(n.Links), Spokespersons: j(n.Spokespersons),
		FigureSentences: n.FigureSentences}
}

func newNarrativeForm(c *gin.Context) narrativeForm {
	return narrativeForm{Situation: c.PostForm("situation"), KeyMessages: c.PostForm("key_messages"),
		Residents: c.PostForm("resident_information"), Actions: c.PostForm("actions"), Daily: c.PostForm("daily"),
		Links: c.PostForm("links"), Spokespersons: c.PostForm("spokespersons"), Picked: c.PostFormArray("add_action"),
		FigureSentences: postedBool(c, "figure_sentences"), Basis: c.PostForm("basis"), Confirm: c.PostForm("confirm") == "1"}
}

// postedBool is a checkbox that the form marks as shown (name_shown=1):
// nil when the form did not have it.
func postedBool(c *gin.Context, name string) *bool {
	if c.PostForm(name+"_shown") != "1" {
		return nil
	}
	v := c.PostForm(name) == "1"
	return &v
}

// FigureSentencesOn is the checkbox's state (on unless the draft says no).
func (f narrativeForm) FigureSentencesOn() bool {
	return f.FigureSentences == nil || *f.FigureSentences
}

func (f narrativeForm) narrative() report.Narrative {
	lines := func(s string) []string { return strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") }
	n := report.Narrative{Situation: lines(f.Situation), KeyMessages: lines(f.KeyMessages),
		ResidentInformation: lines(f.Residents), Actions: lines(f.Actions), Daily: lines(f.Daily), Links: lines(f.Links),
		Spokespersons: lines(f.Spokespersons), FigureSentences: f.FigureSentences}
	return n.PickActions(f.Picked)
}

// narrativeField is one heading's textarea.
type narrativeField struct {
	Name, ID, Heading, Value, Error, Hint string
}

func (f narrativeForm) fields() []narrativeField {
	const carried = "Följer med från den senast publicerade lägesbilden."
	out := []narrativeField{
		{"situation", "narrative.situation", report.HeadingSituation + ", egna punkter", f.Situation, "",
			"Egna punkter sparas med siffrorna de skrevs mot; ändras siffrorna markeras texten som inaktuell."},
		{"key_messages", "narrative.key_messages", report.HeadingKeyMessages, f.KeyMessages, "", carried},
		{"resident_information", "narrative.resident_information", report.HeadingResidents, f.Residents, "", carried},
		{"actions", "narrative.actions", report.HeadingActions, f.Actions, "", "Ett urval: samma sak i flera kanaler är en rad."},
		{"daily", "narrative.daily", report.HeadingDaily, f.Daily, "", "Det som görs varje dag. " + carried},
		{"links", "narrative.links", report.HeadingLinks, f.Links, "", "Stående länkar. " + carried},
		{"spokespersons", "narrative.spokespersons", report.HeadingSpokespersons, f.Spokespersons, "",
			"Telefonnumren läggs till i den interna versionen."},
	}
	for i := range out {
		out[i].Error = f.Errors[out[i].ID]
	}
	return out
}

type quickLink struct {
	Label, Href string
	Current     bool
}

type actionRow struct {
	report.ReportAction
	New bool
}

type opinionRow struct {
	report.OpinionToneEntry
	ScoreText, EvidenceText string
	FocusConfirm            bool // the confirm button takes the focus
}

type reportLinks struct{ MD, PDF, Docx, JSON, HTML, InternalMD, InternalPDF, InternalDocx, InternalHTML string }

type reportPage struct {
	Period       tracker.Period
	Topic        string
	Here         string // the page's canonical address
	Picker       periodInput
	PickerErrors map[string]string
	Quick        []quickLink
	Report       *report.Report
	Figures      template.HTML
	Form         narrativeForm
	Fields       []narrativeField
	CanEdit      bool
	CanTone      bool
	NewActions   []string
	Actions      []actionRow
	Opinion      []opinionRow
	Tones        []report.Tone
	ToneErrors   map[string]string
	Versions     []report.PublishedSummary
	Links        reportLinks
	NotEnded     bool   // a period of whole days that runs on
	Basis        string // the figures shown, for the form (JSON)
	ConfirmError string // publishing needs the confirmation
}

func draftAddress(p tracker.Period, topic string) string {
	return "/lagesbild?" + periodValues(p, topic).Encode()
}

// exportLinks are the downloads of base; query names the period, if base does not.
func exportLinks(base, query string) reportLinks {
	q := ""
	if query != "" {
		q = "&" + query
	}
	in := "&audience=internal"
	return reportLinks{MD: base + "?format=md" + q, PDF: base + "?format=pdf" + q, Docx: base + "?format=docx" + q,
		JSON: base + "?format=json" + q, HTML: base + "?format=html" + q, InternalMD: base + "?format=md" + in + q,
		InternalPDF: base + "?format=pdf" + in + q, InternalDocx: base + "?format=docx" + in + q, InternalHTML: base + "?format=html" + in + q}
}

// quickLinks are since the last published report (when there is one),
// today, yesterday, this week and last week, in Stockholm.
func (h *handler) quickLinks(c *gin.Context, cur tracker.Period, topic string) []quickLink {
	now := local(h.store.Now())
	y, w := now.ISOWeek()
	ly, lw := now.AddDate(0, 0, -7).ISOWeek()
	var out []quickLink
	if p, err := h.period(c, periodInput{PeriodQuery: report.PeriodQuery{Since: report.SinceLast}, Topic: topic}); err == nil {
		out = append(out, quickLink{Label: "Sedan förra lägesbilden", Href: draftAddress(p, topic), Current: p == cur})
	}
	for _, q := range []struct {
		label string
		p     func() (tracker.Period, error)
	}{
		{"Idag", func() (tracker.Period, error) { return tracker.DayPeriod(now.Format(time.DateOnly)) }},
		{"Igår", func() (tracker.Period, error) { return tracker.DayPeriod(now.AddDate(0, 0, -1).Format(time.DateOnly)) }},
		{"Denna vecka", func() (tracker.Period, error) { return tracker.WeekPeriod(fmt.Sprintf("%d-W%02d", y, w)) }},
		{"Förra veckan", func() (tracker.Period, error) { return tracker.WeekPeriod(fmt.Sprintf("%d-W%02d", ly, lw)) }},
	} {
		p, err := q.p()
		if err != nil {
			continue
		}
		out = append(out, quickLink{Label: q.label, Href: draftAddress(p, topic), Current: p == cur})
	}
	return out
}

// pickerValues fill the period picker with the period shown.
func pickerValues(p tracker.Period, topic string) periodInput {
	in := periodInput{PeriodQuery: report.PeriodQuery{From: p.From, To: p.To}, Topic: topic}
	if !p.Start.IsZero() {
		in.Since = p.Start.UTC().Format(time.RFC3339Nano)
	}
	if y, w, ok := p.ISOWeek(); ok {
		in.Week = fmt.Sprintf("%d-W%02d", y, w)
	}
	if p.From == p.To {
		in.Date = p.From
	}
	return in
}

// showDraft is the draft of a period (by default the daily report: since
// the last published one, or today): the figures, the narrative to edit,
// the actions, the opinion pieces' tone.
func (h *handler) showDraft(c *gin.Context) {
	in := periodInputFrom(c.Query)
	var p tracker.Period
	var err error
	if in.Empty() {
		p, err = h.reports.DefaultPeriod(c.Request.Context(), in.Topic)
	} else {
		p, err = h.period(c, in)
	}
	if err != nil {
		h.periodError(c, in, err)
		return
	}
	h.renderDraft(c, http.StatusOK, p, in.Topic, nil, nil)
}

// periodError answers a period that cannot be read: the picker with what
// was typed and why (422), or the error page.
func (h *handler) periodError(c *gin.Context, in periodInput, err error) {
	fields, ok := validationFields(err)
	if !ok {
		h.fail(c, err)
		return
	}
	h.render(c, http.StatusUnprocessableEntity, "report.html", "Lägesbild", reportPage{Picker: in, PickerErrors: fields,
		Quick: h.quickLinks(c, tracker.Period{}, in.Topic), Tones: report.Tones})
}

// renderDraft shows the draft page; form is the narrative as typed (nil:
// the saved draft, or the suggestion), toneErrs a failed tone correction.
func (h *handler) renderDraft(c *gin.Context, status int, p tracker.Period, topic string, form *narrativeForm, toneErrs map[string]string) {
	ctx := c.Request.Context()
	r, err := h.reports.Compose(ctx, p, h.composeOptions(topic))
	if err != nil {
		h.periodError(c, pickerValues(p, topic), err)
		return
	}
	versions, _, err := h.reports.PublishedReports(ctx, report.PublishedFilter{Period: &r.Period, Topic: &r.Topic, Limit: 20})
	if err != nil {
		h.fail(c, err)
		return
	}
	figures, err := reportFragment(r, true)
	if err != nil {
		h.fail(c, err)
		return
	}
	u := currentUser(c)
	page := reportPage{Period: r.Period, Topic: r.Topic, Here: draftAddress(r.Period, r.Topic),
		Picker: pickerValues(r.Period, r.Topic), Quick: h.quickLinks(c, r.Period, r.Topic), Report: r, Figures: figures,
		CanEdit: u.Role.EditsReports(), CanTone: u.Role.CorrectsTone(), Tones: report.Tones, ToneErrors: toneErrs,
		Versions: versions, Links: exportLinks("/lagesbild/export", periodValues(r.Period, r.Topic).Encode()),
		Basis: r.Basis().JSON()}
	if _, end := r.Period.Bounds(); r.Period.Start.IsZero() && r.CompiledAt.Before(end) {
		page.NotEnded = true
	}
	if form != nil {
		page.Form = *form
		page.ConfirmError = form.Errors["confirm"]
	} else {
		page.Form = narrativeFormOf(r.Editable)
	}
	page.Fields = page.Form.fields()
	if r.Draft != nil {
		page.NewActions = report.NewActionLines(r)
	}
	for _, a := range r.Actions {
		page.Actions = append(page.Actions, actionRow{ReportAction: a, New: slices.Contains(page.NewActions, report.ActionLine(a))})
	}
	for _, op := range r.OpinionPieces {
		page.Opinion = append(page.Opinion, opinionRow{OpinionToneEntry: op,
			ScoreText: tracker.FormatDecimal(op.Score, 2), EvidenceText: strings.Join(op.Evidence, ", ")})
	}
	// The pieces no one has confirmed come first; after a confirmation the
	// next one's button has the focus, so that Enter confirms piece after piece.
	slices.SortStableFunc(page.Opinion, func(a, b opinionRow) int {
		confirmed := func(r opinionRow) int {
			if r.Status == report.ToneConfirmed {
				return 1
			}
			return 0
		}
		return cmp.Compare(confirmed(a), confirmed(b))
	})
	if len(page.Opinion) > 0 && page.Opinion[0].Status != report.ToneConfirmed {
		page.Opinion[0].FocusConfirm = c.Query("m") == "toneconfirmed"
	}
	h.render(c, status, "report.html", "Lägesbild "+r.Label, page)
}

var headingTag = regexp.MustCompile(`<(/?)h([1-5])\b`)

// reportFragment is the report as HTML for the app's layout. In the draft
// page it sits below the page's own h1, so its headings go one level down.
func reportFragment(r *report.Report, demote bool) (template.HTML, error) {
	var buf bytes.Buffer
	if err := report.WriteHTML(&buf, r, report.HTMLOptions{}); err != nil {
		return "", err
	}
	s := buf.String()
	if demote {
		// The renderer escapes every text it writes, so "<h" only starts its own tags.
		s = headingTag.ReplaceAllStringFunc(s, func(tag string) string {
			m := headingTag.FindStringSubmatch(tag)
			n, _ := strconv.Atoi(m[2])
			return "<" + m[1] + "h" + strconv.Itoa(n+1)
		})
	}
	return template.HTML(s), nil //nolint:gosec // written by tracker's html/template
}

// postedPeriod reads the period a report form was for (hidden fields).
func (h *handler) postedPeriod(c *gin.Context) (tracker.Period, periodInput, error) {
	in := periodInputFrom(c.PostForm)
	p, err := h.period(c, in)
	return p, in, err
}

func (h *handler) saveDraft(c *gin.Context) {
	p, in, err := h.postedPeriod(c)
	if err != nil {
		h.periodError(c, in, err)
		return
	}
	form := newNarrativeForm(c)
	basis, err := report.ParseBasis(form.Basis)
	if err == nil {
		_, err = h.reports.SaveDraftWith(c.Request.Context(), p, form.narrative(),
			report.DraftOptions{Compose: h.composeOptions(in.Topic), Basis: basis}, actor(c))
	}
	if fields, ok := validationFields(err); ok {
		form.Errors = fields
		h.renderDraft(c, http.StatusUnprocessableEntity, p, in.Topic, &form, nil)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, draftAddress(p, in.Topic)+"&m=draftsaved")
}

// publishDraft saves the narrative as typed and publishes the period.
func (h *handler) publishDraft(c *gin.Context) {
	p, in, err := h.postedPeriod(c)
	if err != nil {
		h.periodError(c, in, err)
		return
	}
	form := newNarrativeForm(c)
	n := form.narrative()
	basis, err := report.ParseBasis(form.Basis)
	var pr *report.PublishedReport
	if err == nil {
		pr, err = h.publish(c, p, in.Topic, &n, basis, form.Confirm)
	}
	if fields, ok := validationFields(err); ok {
		form.Errors = fields
		h.renderDraft(c, http.StatusUnprocessableEntity, p, in.Topic, &form, nil)
		return
	}
	var ce *report.ConfirmError
	if errors.As(err, &ce) {
		// The text is saved; the page shows what changed and asks again.
		form.Errors = map[string]string{"confirm": ce.Message()}
		h.renderDraft(c, http.StatusConflict, p, in.Topic, &form, nil)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/lagesbild/publicerad/%d?m=published", pr.ID))
}

// correctTone records an analyst's tone for an opinion piece ("auto" removes it).
func (h *handler) correctTone(c *gin.Context) {
	p, in, err := h.postedPeriod(c)
	if err != nil {
		h.periodError(c, in, err)
		return
	}
	id, _ := strconv.ParseInt(c.PostForm("article_id"), 10, 64)
	tone := c.PostForm("tone")
	msg := "tone"
	if tone == "auto" {
		msg = "toneauto"
		err = h.reports.ClearTone(c.Request.Context(), id, actor(c))
		if errors.Is(err, tracker.ErrNotFound) {
			msg, err = "nothingdone", nil
		}
	} else {
		if c.PostForm("confirm") == "1" {
			msg = "toneconfirmed"
		}
		_, err = h.reports.SetTone(c.Request.Context(), id, report.Tone(tone), actor(c))
	}
	if fields, ok := validationFields(err); ok {
		errs := map[string]string{}
		for _, m := range fields {
			errs[fmt.Sprintf("tone-%d", id)] = m
		}
		h.renderDraft(c, http.StatusUnprocessableEntity, p, in.Topic, nil, errs)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	h.log.Info("tone corrected", "article_id", id, "tone", tone)
	c.Redirect(http.StatusSeeOther, draftAddress(p, in.Topic)+"&m="+msg+"#ton")
}

// exportDraft downloads the draft as Markdown, PDF or JSON, or shows it as a printable page.
func (h *handler) exportDraft(c *gin.Context) {
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
	var p tracker.Period
	if in.Empty() {
		p, err = h.reports.DefaultPeriod(c.Request.Context(), in.Topic)
	} else {
		p, err = h.period(c, in)
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	r, err := h.reports.Compose(c.Request.Context(), p, h.composeOptions(in.Topic))
	if err != nil {
		h.fail(c, err)
		return
	}
	h.writeReport(c, r.ForAudience(audience), format, format != "html")
}

type historyPage struct {
	Reports     []report.PublishedSummary
	Total       int64
	Page, Pages int
}

const historyPageSize = 50

func (h *handler) listPublished(c *gin.Context) {
	page, err := strconv.Atoi(c.DefaultQuery("page", "1"))
	if err != nil || page < 1 {
		page = 1
	}
	list, total, err := h.reports.PublishedReports(c.Request.Context(),
		report.PublishedFilter{Limit: historyPageSize, Offset: (page - 1) * historyPageSize})
	if err != nil {
		h.fail(c, err)
		return
	}
	h.render(c, http.StatusOK, "report_history.html", "Publicerade lägesbilder", historyPage{Reports: list, Total: total,
		Page: page, Pages: max(1, int(math.Ceil(float64(total)/historyPageSize)))})
}

type publishedPage struct {
	Published *report.PublishedReport
	Figures   template.HTML
	Versions  []report.PublishedSummary
	Links     reportLinks
	Draft     string
	// Sending the report (nil Sendings and Recipients without distribution).
	CanSend    bool
	Sendings   []distribution.Sending
	Recipients []distribution.Recipient
	SendErrors map[string]string
	SendTo     string
}

// showPublished is a published report: the frozen snapshot, printable.
func (h *handler) showPublished(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	h.renderPublished(c, http.StatusOK, id, nil, "")
}

// renderPublished shows a published report, with its sendings and the
// send form (errors and what was typed when a send failed).
func (h *handler) renderPublished(c *gin.Context, status int, id int64, sendErrors map[string]string, to string) {
	ctx := c.Request.Context()
	pr, err := h.reports.PublishedReport(ctx, id)
	if err != nil {
		h.fail(c, err)
		return
	}
	versions, _, err := h.reports.PublishedReports(ctx, report.PublishedFilter{Period: &pr.Period, Topic: &pr.Topic, Limit: 50})
	if err != nil {
		h.fail(c, err)
		return
	}
	figures, err := reportFragment(pr.Report, false)
	if err != nil {
		h.fail(c, err)
		return
	}
	page := publishedPage{Published: pr, Figures: figures, Versions: versions, Draft: draftAddress(pr.Period, pr.Topic),
		Links: exportLinks(fmt.Sprintf("/lagesbild/publicerad/%d/export", pr.ID), ""), SendErrors: sendErrors, SendTo: to}
	if h.distribution != nil {
		page.CanSend = currentUser(c).Role.EditsReports()
		if page.Sendings, err = h.distribution.Sendings(ctx, id); err != nil {
			h.fail(c, err)
			return
		}
		if page.Recipients, err = h.distribution.Recipients(ctx); err != nil {
			h.fail(c, err)
			return
		}
	}
	h.render(c, status, "report_published.html", fmt.Sprintf("Lägesbild %s, version %d", pr.Report.Label, pr.Version), page)
}

func (h *handler) exportPublished(c *gin.Context) {
	h.writePublished(c, func(format string) bool { return format != "html" })
}
