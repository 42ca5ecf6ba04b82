package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
)

// caseRow is a case as a list shows it.
//
// The case is a named field, not embedded: the template reads some twenty
// of its fields and methods a row, and text/template finds a promoted field
// by searching the embedding struct's fields by reflection each time; that
// search was a third of the triage page's rendering (1 ms a page of 50).
type caseRow struct {
	Case         *tracker.Case
	Overdue      bool
	DueToday     bool
	AssigneeName string
}

type triageView struct {
	Key, Label string
	Count      int64
}

type triagePage struct {
	Counts       tracker.TriageCounts
	Views        []triageView
	View         string
	Kind, Status string
	Unit, Q      string
	Assignee     string
	Sort, Dir    string         // as asked (kept by the pager); "" is the view's own order
	Headers      []triageHeader // the table's column headings, the sortable ones as links
	Rows         []caseRow
	RowsHTML     template.HTML // Rows written out (triageRowsHTML)
	Total        int64
	Page, Pages  int
	Form         caseForm
	CanRegister  bool
	ShowPersonal bool
	Officers     []tracker.User
	Statuses     []tracker.Status
	Kinds        []tracker.Kind
	Channels     []tracker.Channel
	FilterError  string
}

const triagePageSize = 50

func (h *handler) showTriage(c *gin.Context) {
	u := currentUser(c)
	ctx := c.Request.Context()
	f, err := caseFilterFrom(c)
	page := triagePage{View: c.DefaultQuery("view", "open"), Kind: c.Query("kind"), Status: c.Query("status"),
		Unit: c.Query("unit"), Q: c.Query("q"), Assignee: c.Query("assignee"), Page: 1,
		Sort: c.Query("sort"), Dir: c.Query("dir"),
		CanRegister: u.Role.WorksRegister(), ShowPersonal: u.Role.SeesPersonalData(),
		Kinds: tracker.Kinds, Channels: tracker.Channels,
		Form: caseForm{Kind: string(tracker.DocumentRequest), Channel: string(tracker.ChannelEmail)}}
	status := http.StatusOK
	if err != nil {
		page.FilterError = "Något av filtren är ogiltigt och har ignorerats."
		f, status = tracker.CaseFilter{}, http.StatusBadRequest
	}
	page.Statuses = tracker.Statuses(tracker.Kind(page.Kind))
	if page.Kind == "" {
		page.Statuses = append(tracker.Statuses(tracker.DocumentRequest), tracker.StatusAnswered, tracker.StatusDeclined)
	}
	switch page.View {
	case "overdue":
		f.Overdue = true
	case "today":
		f.DueToday = true
	case "unassigned":
		f.Open, f.Unassigned = true, true
	case "mine":
		f.Open, f.Assignee = true, u.Username
	case "all":
	default:
		page.View, f.Open = "open", true
	}
	if f.Offset > 0 || c.Query("page") != "" {
		page.Page = f.Offset/max(f.Limit, 1) + 1
	}
	f.Limit, f.Offset = triagePageSize, (page.Page-1)*triagePageSize
	view, err := h.store.TriagePage(ctx, u.Username, f)
	if err != nil {
		h.fail(c, err)
		return
	}
	counts, total, cases, names := view.Counts, view.Total, view.Cases, view.Names
	page.Counts, page.Total, page.Officers = counts, total, view.Officers
	page.Pages = max(1, int(math.Ceil(float64(total)/triagePageSize)))
	page.Views = []triageView{{"overdue", "Försenade", counts.Overdue}, {"today", "Förfaller idag", counts.DueToday},
		{"unassigned", "Utan handläggare", counts.Unassigned}, {"mine", "Mina", counts.Mine},
		{"open", "Alla öppna", counts.Open}, {"all", "Hela diariet", -1}}
	page.Rows = rows(cases, names, u.Role, counts.At)
	page.RowsHTML = triageRowsHTML(page.Rows, page.ShowPersonal)
	page.Headers = page.triageHeaders(f)
	h.render(c, status, "triage.html", "Inkorg", page)
}

// triageHeader is a column heading of the triage list; Column is the sort
// column (CaseSortColumns) or "" for one that does not sort.
type triageHeader struct {
	sortHeader
	Column string
}

var triageColumns = []struct{ Label, Column string }{{"Nummer", "number"}, {"Ärende", "subject"}, {"Frågeställare", ""},
	{"Inkom", "received"}, {"Handläggningsrutin", "due"}, {"Deadline (journalist / intern)", ""}, {"Status", "status"},
	{"Handläggare", "assignee"}}

// triageHeaders links each sortable heading to the list sorted by it (the
// other direction when it is the current order), keeping the filters.
func (p *triagePage) triageHeaders(f tracker.CaseFilter) []triageHeader {
	current, desc := f.SortedBy()
	out := make([]triageHeader, len(triageColumns))
	for i, col := range triageColumns {
		h := triageHeader{sortHeader: sortHeader{Label: col.Label}, Column: col.Column}
		if col.Column == "" {
			out[i] = h
			continue
		}
		dir := "asc"
		if col.Column == "received" {
			dir = "desc" // newest first, as the list starts
		}
		if col.Column == current {
			h.AriaSort, dir = "ascending", "desc"
			if desc {
				h.AriaSort, dir = "descending", "asc"
			}
		}
		q := url.Values{"sort": {col.Column}, "dir": {dir}}
		for k, v := range map[string]string{"view": p.View, "kind": p.Kind, "status": p.Status, "unit": p.Unit, "assignee": p.Assignee, "q": p.Q} {
			if v != "" {
				q.Set(k, v)
			}
		}
		h.URL = "/?" + q.Encode()
		out[i] = h
	}
	return out
}

func rows(cases []tracker.Case, names tracker.Names, viewer tracker.Role, now time.Time) []caseRow {
	out := make([]caseRow, len(cases))
	for i := range cases {
		cases[i] = cases[i].For(viewer)
		cs := &cases[i]
		out[i] = caseRow{Case: cs, Overdue: cs.Overdue(now), DueToday: cs.DueToday(now), AssigneeName: names.Of(cs.Assignee)}
	}
	return out
}

// officers are the users a case can be assigned to.
func (h *handler) officers(c *gin.Context) ([]tracker.User, error) {
	return h.store.Assignees(c.Request.Context())
}

type newCasePage struct {
	InquiryTypes []tracker.InquiryType
	Form         caseForm
	Officers     []tracker.User
	Kinds        []tracker.Kind
	Channels     []tracker.Channel
}

func (h *handler) showNewCase(c *gin.Context) {
	if !currentUser(c).Role.WorksRegister() {
		h.fail(c, tracker.ErrForbidden)
		return
	}
	form := caseForm{Kind: c.DefaultQuery("kind", string(tracker.DocumentRequest)), Channel: string(tracker.ChannelEmail)}
	h.renderNewCase(c, http.StatusOK, form)
}

func (h *handler) renderNewCase(c *gin.Context, status int, form caseForm) {
	officers, err := h.officers(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	h.render(c, status, "case_new.html", "Registrera ärende", newCasePage{InquiryTypes: tracker.InquiryTypes, Form: form, Officers: officers,
		Kinds: tracker.Kinds, Channels: tracker.Channels})
}

func (h *handler) createCase(c *gin.Context) {
	form := newCaseForm(c)
	if !currentUser(c).Role.WorksRegister() {
		h.fail(c, tracker.ErrForbidden)
		return
	}
	in, err := form.newCase()
	if err == nil && !form.ConfirmPersonalNumber {
		// Personal identity numbers rarely belong in the register's free text: ask first.
		form.PersonalNumbers = tracker.FindPersonalNumbers(form.Subject + "\n" + form.Description)
		if len(form.PersonalNumbers) > 0 {
			h.renderNewCase(c, http.StatusUnprocessableEntity, form)
			return
		}
	}
	var cs *tracker.Case
	if err == nil {
		cs, err = h.store.CreateCase(c.Request.Context(), in, actor(c))
	}
	if fields, ok := validationFields(err); ok {
		form.Errors = fields
		h.renderNewCase(c, http.StatusUnprocessableEntity, form)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	h.log.InfoContext(c.Request.Context(), "case registered", "case_id", cs.ID, "kind", cs.Kind)
	msg := "created"
	if len(cs.Links) > 0 {
		msg = "linkedmade"
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/cases/%d?m=%s", cs.ID, msg))
}

func validationFields(err error) (map[string]string, bool) {
	if v, ok := err.(*tracker.ValidationError); ok {
		return v.Fields, true
	}
	return nil, false
}

// moveForm is one move the case page offers, with what it asks for.
type moveForm struct {
	To               tracker.Status
	NeedsLegalGround bool
	AsksBasis        bool // a refusal or partial refusal: secrecy, not official, no such document
	AsksConditions   bool // a release with conditions
	AsksReasoning    bool // an official's refusal: what the requester was told
	AsksDecider      bool // the requester asked for the authority's decision
	AsksAnswer       bool // a press inquiry answered
	AsksReason       bool // a press inquiry declined
	AsksForwardedTo  bool
	Open             bool // unfolded: it was just tried and failed
}

type transitionForm struct {
	To, Note, LegalGround, Reasoning, AppealInstruction, ForwardedTo, DeliveredAt string
	Basis, Conditions, Decider, RequestedAt, Answer, Reason                       string
	AppealDate, Reconsideration, CourtOutcome                                     string
	AppealForm                                                                    string // "reconsider" or "court": whose errors these are
}

type eventRow struct {
	At        time.Time
	Actor     string
	What      string
	Details   []string
	ArticleID int64 // an article the event links, shown as a link
	// DocumentID is a case document the event added, linked for download.
	DocumentID int64
}

// linkedArticle is an article linked to the case, as the case page lists it.
type linkedArticle struct {
	ID            int64
	Title, Outlet string
	PublishedAt   time.Time
}

type casePage struct {
	HasMail       bool            // the mail store is wired: documents and e-mail from the case
	Documents     []mail.Document // without content, as the user may see them listed
	Case          *tracker.Case
	Overdue       bool
	ShowPersonal  bool
	CanWork       bool
	Moves         []moveForm
	Events        []eventRow
	Officers      []tracker.User
	Typed         transitionForm
	Errors        map[string]string
	DefaultAppeal string
	Provisions    []tracker.Provision
	Bases         []tracker.Basis
	Deciders      []tracker.User
	Notice        string
	Blocked       []string // moves the user cannot make, each saying why and who can
	Appeals       []tracker.Appeal
	LastAppeal    *tracker.Appeal // the one the forms act on
	CanReconsider bool            // the user may reconsider it (delegation for the case's unit)
	CourtOutcomes []string
	CanDeliver    bool
	IsDecision    bool
	MaskedText    string
	Articles      []linkedArticle
	AssigneeName  string
	Deliveries    []tracker.Delivery
	Related       *tracker.Related

	// DocumentsRefused says why the user may not open the documents and who
	// may; "" when the user may.
	DocumentsRefused string
}

func (h *handler) showCase(c *gin.Context) {
	h.renderCase(c, http.StatusOK, transitionForm{}, nil)
}

func (h *handler) renderCase(c *gin.Context, status int, typed transitionForm, errs map[string]string) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	cs, err := h.store.Case(ctx, id)
	if err != nil {
		h.fail(c, err)
		return
	}
	events, err := h.store.Events(ctx, id)
	if err != nil {
		h.fail(c, err)
		return
	}
	officers, names, err := h.store.AssigneesAndNames(ctx)
	if err != nil {
		h.fail(c, err)
		return
	}
	u := currentUser(c)
	shown := cs.For(u.Role)
	cs = &shown
	page := casePage{Case: cs, Overdue: cs.Overdue(h.store.Now()), ShowPersonal: u.Role.SeesPersonalData(),
		CanWork: u.Role.WorksRegister(), Officers: officers, Typed: typed, Errors: errs,
		DefaultAppeal: h.store.DefaultAppealInstruction(), Bases: tracker.Bases,
		Notice:     tracker.OfficialRefusalNotice(h.store.Authority()),
		IsDecision: cs.HasDecision(), MaskedText: cs.Description, AssigneeName: names.Of(cs.Assignee)}
	if page.Provisions, err = h.store.Provisions(ctx); err != nil {
		h.fail(c, err)
		return
	}
	if page.Deciders, err = h.store.Deciders(ctx, cs.Unit); err != nil {
		h.fail(c, err)
		return
	}
	if page.Appeals, err = h.store.Appeals(ctx, id); err != nil {
		h.fail(c, err)
		return
	}
	if page.Deliveries, err = h.store.Deliveries(ctx, id); err != nil {
		h.fail(c, err)
		return
	}
	if page.Related, err = h.store.RelatedCases(ctx, cs); err != nil {
		h.fail(c, err)
		return
	}
	if page.Blocked, err = h.store.BlockedMoves(ctx, cs, u.Actor()); err != nil {
		h.fail(c, err)
		return
	}
	page.CanDeliver = page.CanWork && page.IsDecision
	if n := len(page.Appeals); n > 0 {
		page.LastAppeal = &page.Appeals[n-1]
	}
	page.CanReconsider = u.Actor().MayReconsider(cs)
	page.CourtOutcomes = tracker.CourtOutcomeOrder
	for _, to := range tracker.AllowedMoves(cs, u.Actor()) {
		page.Moves = append(page.Moves, moveForm{To: to, NeedsLegalGround: to.NeedsLegalGround(),
			AsksBasis:      to == tracker.StatusRefused || to == tracker.StatusPartiallyReleased,
			AsksConditions: to == tracker.StatusReleasedWithConditions, AsksReasoning: to == tracker.StatusOfficialRefusal,
			AsksDecider: to == tracker.StatusDecisionRequested, AsksAnswer: to == tracker.StatusAnswered,
			AsksReason: to == tracker.StatusDeclined, AsksForwardedTo: to == tracker.StatusForwarded,
			Open: string(to) == typed.To})
	}
	for _, e := range events {
		row := describeEvent(e.For(u.Role), names)
		page.Events = append(page.Events, row)
	}
	if page.Articles, err = h.linkedArticles(c, id); err != nil {
		h.fail(c, err)
		return
	}
	if h.mail != nil {
		page.HasMail = true
		if page.Documents, page.DocumentsRefused, err = h.caseDocuments(c, cs); err != nil {
			h.fail(c, err)
			return
		}
	}
	h.render(c, status, "case.html", cs.Number+" "+cs.Subject, page)
}

func (h *handler) transitionCase(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	typed := transitionForm{To: c.PostForm("to"), Note: c.PostForm("note"), LegalGround: c.PostForm("legal_ground"),
		Reasoning: c.PostForm("reasoning"), AppealInstruction: c.PostForm("appeal_instruction"),
		ForwardedTo: c.PostForm("forwarded_to"), DeliveredAt: c.PostForm("delivered_at"),
		Basis: c.PostForm("basis"), Conditions: c.PostForm("conditions"), Decider: c.PostForm("decider"),
		RequestedAt: c.PostForm("requested_at"), Answer: c.PostForm("answer"), Reason: c.PostForm("reason")}
	tr := tracker.Transition{To: tracker.Status(typed.To), Note: typed.Note, LegalGround: typed.LegalGround,
		Reasoning: typed.Reasoning, AppealInstruction: typed.AppealInstruction, ForwardedTo: typed.ForwardedTo,
		Basis: tracker.Basis(typed.Basis), Conditions: typed.Conditions, Decider: typed.Decider,
		Answer: typed.Answer, Reason: typed.Reason}
	if typed.RequestedAt != "" {
		d, ok := parseTime(typed.RequestedAt, false)
		if !ok {
			h.renderCase(c, http.StatusUnprocessableEntity, typed, map[string]string{"requested_at": "Ange datum som ÅÅÅÅ-MM-DD."})
			return
		}
		tr.RequestedAt = d
	}
	if typed.DeliveredAt != "" {
		d, ok := parseTime(typed.DeliveredAt, false)
		if !ok {
			h.renderCase(c, http.StatusUnprocessableEntity, typed, map[string]string{"delivered_at": "Ange datum som ÅÅÅÅ-MM-DD."})
			return
		}
		tr.DeliveredAt = d
	}
	_, err = h.store.Transition(c.Request.Context(), id, tr, actor(c))
	if fields, ok := validationFields(err); ok {
		h.renderCase(c, http.StatusUnprocessableEntity, typed, fields)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/cases/%d?m=moved", id))
}

// markSecretSubject sets or lifts the secret-subject mark from the case page.
func (h *handler) markSecretSubject(c *gin.Context) {
	provision := c.PostForm("secret_subject")
	h.updateFromCasePage(c, tracker.CaseUpdate{SecretSubject: &provision}, "marked")
}

// holdCulling sets or lifts the case's hold on culling (gallringsstopp) from the case page.
func (h *handler) holdCulling(c *gin.Context) {
	hold := c.PostForm("retention_hold")
	h.updateFromCasePage(c, tracker.CaseUpdate{RetentionHold: &hold}, "held")
}

// updateFromCasePage applies u to the case and returns to its page with the
// message m, or shows the page again with what is wrong.
func (h *handler) updateFromCasePage(c *gin.Context, u tracker.CaseUpdate, m string) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	_, err = h.store.UpdateCase(c.Request.Context(), id, u, actor(c))
	if fields, ok := validationFields(err); ok {
		h.renderCase(c, http.StatusUnprocessableEntity, transitionForm{}, fields)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/cases/%d?m=%s", id, m))
}

func (h *handler) assignCase(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	assignee, unit := c.PostForm("assignee"), c.PostForm("unit")
	_, err = h.store.Assign(c.Request.Context(), id, tracker.Assignment{Assignee: &assignee, Unit: &unit}, actor(c))
	if fields, ok := validationFields(err); ok {
		h.renderCase(c, http.StatusUnprocessableEntity, transitionForm{}, fields)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/cases/%d?m=assigned", id))
}

func (h *handler) deliverCase(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	typed := transitionForm{DeliveredAt: c.PostForm("delivered_at")}
	d, ok := parseTime(typed.DeliveredAt, false)
	if !ok || d == nil {
		h.renderCase(c, http.StatusUnprocessableEntity, typed, map[string]string{"delivered_at": "Ange datum som ÅÅÅÅ-MM-DD."})
		return
	}
	_, err = h.store.Deliver(c.Request.Context(), id, *d, actor(c))
	if fields, ok := validationFields(err); ok {
		h.renderCase(c, http.StatusUnprocessableEntity, typed, fields)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/cases/%d?m=delivered", id))
}

type letterPage struct {
	Case   *tracker.Case
	Letter *tracker.Letter
}

// showDecisionLetter is the refusal (or partial release) as a printable letter.
func (h *handler) showDecisionLetter(c *gin.Context) {
	l, ok := h.letter(c)
	if !ok {
		return
	}
	id, _ := pathID(c) // checked by h.letter
	h.render(c, http.StatusOK, "letter.html", "Beslut "+l.Number, letterPage{Case: &tracker.Case{ID: id, Number: l.Number}, Letter: l})
}

// describeEvent turns an audit-trail entry into Swedish for the timeline.
func describeEvent(e tracker.Event, names tracker.Names) eventRow {
	row := eventRow{At: e.At, Actor: names.Of(e.Actor)}
	var d map[string]any
	_ = json.Unmarshal([]byte(e.Data), &d) // written by us as an object; an odd row just shows no details
	str := func(k string) string {
		if v, ok := d[k]; ok && v != nil {
			return fmt.Sprint(v)
		}
		return ""
	}
	or := func(s, empty string) string {
		if s == "" {
			return empty
		}
		return s
	}
	switch e.Type {
	case tracker.EventCreated:
		row.What = "Registrerat som " + str("number")
		row.Details = append(row.Details, "Kanal: "+tracker.Channel(str("channel")).Label())
		if s := str("assignee"); s != "" {
			row.Details = append(row.Details, "Handläggare: "+names.Of(s))
		}
		if s := str("unit"); s != "" {
			row.Details = append(row.Details, "Enhet: "+s)
		}
	case tracker.EventTransition:
		row.What = "Status: " + tracker.Status(str("from")).Label() + " → " + tracker.Status(str("to")).Label()
		for _, kv := range [][2]string{{"legal_ground", "Lagrum"}, {"reasoning", "Motivering"}, {"forwarded_to", "Överlämnad till"}, {"note", "Anteckning"}} {
			if s := str(kv[0]); s != "" {
				row.Details = append(row.Details, kv[1]+": "+s)
			}
		}
		if str("appeal_instruction") != "" {
			row.Details = append(row.Details, "Överklagandehänvisning bifogad")
		}
	case tracker.EventAssigned:
		row.What = "Tilldelning ändrad"
		if _, ok := d["assignee"]; ok {
			row.Details = append(row.Details, "Handläggare: "+or(names.Of(str("old_assignee")), "ingen")+" → "+or(names.Of(str("assignee")), "ingen"))
		}
		if _, ok := d["unit"]; ok {
			row.Details = append(row.Details, "Enhet: "+or(str("old_unit"), "ingen")+" → "+or(str("unit"), "ingen"))
		}
	case tracker.EventDelivered:
		row.What = "Beslutet expedierat"
		if t, err := time.Parse(time.RFC3339Nano, str("appeal_deadline")); err == nil {
			row.Details = append(row.Details, "Sista dag för överklagande: "+swedishDate(t))
		}
	case tracker.EventAppealReceived:
		row.What = "Överklagande inkom"
		if d["in_time"] == false {
			row.Details = append(row.Details, "För sent: ska avvisas (förvaltningslagen 45 §)")
		} else if t, err := time.Parse(time.RFC3339Nano, str("forward_by")); err == nil {
			row.Details = append(row.Details, "I rätt tid. Överlämnas till domstolen senast "+swedishDate(t))
		}
	case tracker.EventUpdated:
		row.What = "Ärendet ändrat"
		if m, ok := d["secret_subject"].(map[string]any); ok {
			row.Details = append(row.Details, "Sekretessmarkering: "+or(fmt.Sprint(m["old"]), "ingen")+" → "+or(fmt.Sprint(m["new"]), "ingen"))
		}
	case tracker.EventAppealForwarded:
		row.What = "Överklagandet överlämnat till " + or(str("court"), "domstolen")
	case tracker.EventArticleLinked:
		row.What = "Artikel kopplad till ärendet"
		row.ArticleID = int64(numberOf(d["article_id"]))
	case tracker.EventLinked:
		row.What = "Kopplad begäran om allmän handling registrerad: " + str("number")
	case tracker.EventMailIn, tracker.EventMailAttached:
		row.What = "E-post in: ”" + or(str("subject"), "(utan ämne)") + "”"
		if e.Type == tracker.EventMailAttached {
			row.What = "E-post kopplad till ärendet: ”" + or(str("subject"), "(utan ämne)") + "”"
		}
		if t, err := time.Parse(time.RFC3339Nano, str("received_at")); err == nil {
			row.Details = append(row.Details, "Inkom "+swedishDateTime(t))
		}
		switch n, ok := d["attachments"]; {
		case ok && numberOf(n) == 1:
			row.Details = append(row.Details, "Sparat bland handlingarna: meddelandet och dess bilaga")
		case ok && numberOf(n) > 1:
			row.Details = append(row.Details, fmt.Sprintf("Sparat bland handlingarna: meddelandet och dess %.0f bilagor", numberOf(n)))
		case ok:
			row.Details = append(row.Details, "Sparat bland handlingarna: meddelandet")
		case numberOf(d["documents"]) > 0: // taken in before the mail itself was kept
			row.Details = append(row.Details, fmt.Sprintf("Bilagor sparade som handlingar: %.0f", numberOf(d["documents"])))
		}
	case tracker.EventMailOut:
		row.What = describeMailOut(str("kind"), str("status")) + ": ”" + str("subject") + "”"
		if str("status") == mail.OutFailed {
			row.Details = append(row.Details, "Reläservern tog inte emot meddelandet efter "+str("attempts")+" försök. Skicka det på annat sätt.")
		}
	case tracker.EventDocumentAdd:
		row.What = "Handling tillagd: " + str("name")
		row.DocumentID = int64(numberOf(d["document_id"]))
		switch str("source") {
		case mail.SourceMail:
			row.Details = append(row.Details, "Bilaga till e-post")
		case mail.SourceMailText:
			row.Details = append(row.Details, "E-postmeddelandet som det kom in")
		case mail.SourceDecision:
			row.Details = append(row.Details, "Beslutsbrevet som skickas med e-post")
		default:
			row.Details = append(row.Details, "Uppladdad")
		}
	default:
		row.What = strings.ReplaceAll(e.Type, "_", " ")
	}
	return row
}

// linkedArticles are the articles linked to a case (an inquiry's published story).
func (h *handler) linkedArticles(c *gin.Context, caseID int64) ([]linkedArticle, error) {
	if h.feeds == nil {
		return nil, nil
	}
	links, err := h.store.CaseArticles(c.Request.Context(), caseID)
	if err != nil {
		return nil, err
	}
	var out []linkedArticle
	for _, l := range links {
		a, err := h.feeds.Article(c.Request.Context(), l.ArticleID)
		if errors.Is(err, ingest.ErrNotFound) {
			continue // its feed was removed with its articles
		}
		if err != nil {
			return nil, err
		}
		out = append(out, linkedArticle{ID: a.ID, Title: a.Title, Outlet: a.Outlet, PublishedAt: a.PublishedAt})
	}
	return out, nil
}

// describeMailOut names an outgoing mail's step on the timeline.
func describeMailOut(kind, status string) string {
	what, sent := "Svar", "skickat" // ett svar, ett beslut; en fråga
	switch kind {
	case mail.KindQuestion:
		what, sent = "Fråga till frågeställaren", "skickad"
	case mail.KindDecision:
		what = "Beslutet"
	}
	switch status {
	case mail.OutSent:
		return what + " " + sent + " med e-post"
	case mail.OutFailed:
		return what + " kunde inte skickas med e-post"
	}
	return what + " i kö för att skickas med e-post"
}

func numberOf(v any) float64 {
	f, _ := v.(float64) // JSON numbers decode as float64
	return f
}
