package web

import (
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
)

type inboxRow struct {
	Message    *mail.Message
	Suggestion mail.Suggestion
	Text       string
}

type inboxPage struct {
	Setup   MailSetup
	Status  string
	Rows    []inboxRow
	Total   int64
	Kinds   []tracker.Kind
	CanWork bool
	Errors  map[int64]map[string]string
	// UploadErrors are the failed import's (failedID 0).
	UploadErrors map[string]string
}

func (h *handler) showInbox(c *gin.Context) {
	h.renderInbox(c, http.StatusOK, 0, nil)
}

// renderInbox shows the inbox; failedID with errs re-renders a failed form
// (a registration; the import is failedID 0).
func (h *handler) renderInbox(c *gin.Context, status int, failedID int64, errs map[string]string) {
	ctx := c.Request.Context()
	st := c.Query("status")
	if st != mail.StatusHandled {
		st = mail.StatusNew
	}
	ms, total, err := h.mail.Inbox(ctx, mail.InboxFilter{Status: st})
	if err != nil {
		h.fail(c, err)
		return
	}
	sg, err := h.mail.Suggestions(ctx, ms)
	if err != nil {
		h.fail(c, err)
		return
	}
	page := inboxPage{Setup: h.mailSet, Status: st, Total: total, Kinds: tracker.Kinds, CanWork: currentUser(c).Role.WorksRegister(),
		Errors: map[int64]map[string]string{}}
	for _, m := range ms {
		page.Rows = append(page.Rows, inboxRow{Message: m, Suggestion: sg[m.ID]})
	}
	if failedID != 0 {
		page.Errors[failedID] = errs
	} else {
		page.UploadErrors = errs
	}
	h.render(c, status, "inbox.html", "E-post in", page)
}

type messagePage struct {
	Message    *mail.Message
	Suggestion mail.Suggestion
	Body       template.HTML // the sanitised HTML, "" for a plain-text mail
	Kinds      []tracker.Kind
	CanWork    bool
	Errors     map[string]string // a failed attach or dismiss
	Typed      string            // what was typed in it
}

// showMessage is one mail as it came: its text, or its HTML as the intake
// sanitised it (mail.SanitizeHTML: the feeds' allow-list, no images at all).
func (h *handler) showMessage(c *gin.Context) { h.renderMessage(c, http.StatusOK, nil, "") }

func (h *handler) renderMessage(c *gin.Context, status int, errs map[string]string, typed string) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	m, err := h.mail.Message(c.Request.Context(), id)
	if err != nil {
		h.fail(c, err)
		return
	}
	page := messagePage{Message: m, Suggestion: h.mail.Suggest(m), Kinds: tracker.Kinds,
		CanWork: currentUser(c).Role.WorksRegister(), Errors: errs, Typed: typed,
		Body: template.HTML(m.HTML)} //nolint:gosec // sanitised at intake by mail.SanitizeHTML and stored only so
	title := m.Subject
	if title == "" {
		title = "(utan ämne)"
	}
	h.render(c, status, "message.html", title, page)
}

// importMail takes in a mail saved as a file and shows it.
func (h *handler) importMail(c *gin.Context) {
	_, raw, err := readUpload(c, mail.MaxMessageSize)
	var m *mail.Message
	if err == nil {
		m, _, err = h.mail.Import(c.Request.Context(), raw, actor(c))
	}
	if err != nil {
		h.mailFormError(c, 0, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/inkorg/%d", m.ID))
}

// messageFormError re-renders the message's page with 422 for a validation error, else fails.
func (h *handler) messageFormError(c *gin.Context, err error, typed string) {
	if fields, ok := validationFields(err); ok {
		h.renderMessage(c, http.StatusUnprocessableEntity, fields, typed)
		return
	}
	h.fail(c, err)
}

// mailFormError re-renders the inbox with 422 for a validation error, else fails.
func (h *handler) mailFormError(c *gin.Context, id int64, err error) {
	if fields, ok := validationFields(err); ok {
		h.renderInbox(c, http.StatusUnprocessableEntity, id, fields)
		return
	}
	h.fail(c, err)
}

func (h *handler) registerMail(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	cs, err := h.mail.Register(c.Request.Context(), id, mail.Overrides{Kind: tracker.Kind(c.PostForm("kind"))}, actor(c))
	if err != nil {
		h.mailFormError(c, id, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/cases/%d?m=mailregistered", cs.ID))
}

func (h *handler) attachMail(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	typed := strings.TrimSpace(c.PostForm("case"))
	cs, err := h.store.CaseByNumber(c.Request.Context(), typed)
	if errors.Is(err, tracker.ErrNotFound) {
		h.messageFormError(c, &tracker.ValidationError{Fields: map[string]string{"case": "Det finns inget ärende med det diarienumret."}}, typed)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	if err := h.mail.Attach(c.Request.Context(), id, cs.ID, actor(c)); err != nil {
		h.messageFormError(c, err, typed)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/cases/%d?m=mailattached", cs.ID))
}

func (h *handler) dismissMail(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	reason := c.PostForm("reason")
	if _, err := h.mail.Dismiss(c.Request.Context(), id, reason, actor(c)); err != nil {
		h.messageFormError(c, err, reason)
		return
	}
	c.Redirect(http.StatusSeeOther, "/inkorg?m=maildismissed")
}

type caseMailPage struct {
	Relay     bool // a relay is configured: queued mail goes out
	Case      *tracker.Case
	Documents []mail.Document // as the user may see them listed
	// DocumentsRefused says why the user may not open the documents and who
	// may; "" when the user may.
	DocumentsRefused string
	Outbox           []mail.OutboxMessage
	CanWork          bool
	// IsDecision: the case has a decision that can be sent as a letter.
	IsDecision bool
	Send       sendRequest
	Errors     map[string]string

	// CanMarkAnswered: an answer may mark the press inquiry answered.
	CanMarkAnswered bool
}

func (h *handler) showCaseMail(c *gin.Context) {
	h.renderCaseMail(c, http.StatusOK, sendRequest{}, nil)
}

func (h *handler) renderCaseMail(c *gin.Context, status int, typed sendRequest, errs map[string]string) {
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
	docs, refused, err := h.caseDocuments(c, cs)
	if err != nil {
		h.fail(c, err)
		return
	}
	out, err := h.mail.Outbox(ctx, id)
	if err != nil {
		h.fail(c, err)
		return
	}
	u := currentUser(c)
	for i := range out {
		out[i] = out[i].For(u.Role)
	}
	if typed.To == "" && u.Role.SeesPersonalData() {
		typed.To = cs.RequesterEmail
	}
	if typed.Subject == "" {
		typed.Subject = "Svar: " + cs.Subject
	}
	canMark := mail.MayMarkAnswered(cs, u.Actor())
	if status == http.StatusOK {
		typed.MarkAnswered = canMark // offered ticked: an answer by mail usually is the answer
	}
	h.render(c, status, "case_mail.html", "Handlingar och post "+cs.Number, caseMailPage{Relay: h.mailSet.Relay, Case: cs, Documents: docs, DocumentsRefused: refused, Outbox: out,
		CanWork: u.Role.WorksRegister(), IsDecision: cs.HasDecision(), CanMarkAnswered: canMark, Send: typed, Errors: errs})
}

// caseDocuments lists the case's documents as the user may see them, and
// why the user may not open them ("" when the user may): mail.MayOpenDocuments.
func (h *handler) caseDocuments(c *gin.Context, cs *tracker.Case) ([]mail.Document, string, error) {
	ctx, a := c.Request.Context(), actor(c)
	docs, err := h.mail.Documents(ctx, cs.ID)
	if err != nil {
		return nil, "", err
	}
	for i := range docs {
		docs[i] = docs[i].For(a.Role)
	}
	var refusal *tracker.Refusal
	switch err := h.mail.MayOpenDocuments(ctx, cs, a); {
	case errors.As(err, &refusal):
		return docs, refusal.Why, nil
	case err != nil:
		return nil, "", err
	}
	return docs, "", nil
}

func (h *handler) sendMail(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	req := sendRequest{To: strings.TrimSpace(c.PostForm("to")), Subject: c.PostForm("subject"), Body: c.PostForm("body"),
		AttachDecision: c.PostForm("attach_decision") == "1", Kind: c.PostForm("kind"), MarkAnswered: c.PostForm("mark_answered") == "1"}
	if _, err := h.mail.Send(c.Request.Context(), id, mail.Outgoing(req), actor(c)); err != nil {
		if fields, ok := validationFields(err); ok {
			h.renderCaseMail(c, http.StatusUnprocessableEntity, req, fields)
			return
		}
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/cases/%d/post?m=mailqueued", id))
}

func (h *handler) uploadDocument(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	name, content, err := readUpload(c, mail.MaxDocumentSize)
	if err == nil {
		_, err = h.mail.AddDocument(c.Request.Context(), id, name, content, actor(c))
	}
	if err != nil {
		if fields, ok := validationFields(err); ok {
			h.renderCaseMail(c, http.StatusUnprocessableEntity, sendRequest{}, fields)
			return
		}
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/cases/%d/post?m=documentadded", id))
}
