package web

import (
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
)

// mailRoutes are the inbox, the documents of a case and sending from it.
// Uploads get a larger body limit than the rest of the API and UI.
func (h *handler) mailRoutes(r *gin.Engine, api, in *gin.RouterGroup) {
	api.GET("/inbox", h.readsMail, h.apiListInbox)
	api.POST("/inbox/:id/register", h.readsMail, h.apiRegisterMail)
	api.POST("/inbox/:id/attach", h.readsMail, h.apiAttachMail)
	api.POST("/inbox/:id/dismiss", h.readsMail, h.apiDismissMail)
	api.GET("/cases/:id/documents", h.apiListDocuments)
	api.GET("/documents/:id", h.downloadDocument)
	api.POST("/cases/:id/send", h.apiSendMail)
	r.Group("/api/v1", limitBody(mail.MaxDocumentSize+1<<20), h.tokenAuth()).POST("/cases/:id/documents", h.apiUploadDocument)

	in.GET("/inkorg", h.readsMail, h.showInbox)
	in.GET("/inkorg/:id", h.readsMail, h.showMessage)
	in.POST("/inkorg/:id/registrera", h.readsMail, h.registerMail)
	in.POST("/inkorg/:id/koppla", h.readsMail, h.attachMail)
	in.POST("/inkorg/:id/avskriv", h.readsMail, h.dismissMail)
	in.GET("/cases/:id/post", h.showCaseMail)
	in.POST("/cases/:id/skicka", h.sendMail)
	in.GET("/dokument/:id", h.downloadDocument)
	uploads := r.Group("/", limitBody(mail.MaxMessageSize+1<<20), csrf(h), h.sessionAuth(), h.requireLogin())
	uploads.POST("/cases/:id/dokument", h.uploadDocument)
	uploads.POST("/inkorg/fil", h.readsMail, h.importMail)
}

// readsMail lets through only a user who may read the press mailbox
// (mail.MayReadMail); the others are told why and who may.
func (h *handler) readsMail(c *gin.Context) {
	if err := mail.MayReadMail(actor(c)); err != nil {
		h.fail(c, err)
	}
}

type inboxMessageJSON struct {
	ID                int64            `json:"id"`
	From              string           `json:"from"`
	Subject           string           `json:"subject"`
	ReceivedAt        string           `json:"received_at"`
	Status            string           `json:"status"`
	SuggestedKind     tracker.Kind     `json:"suggested_kind"`
	SuggestedOutlet   string           `json:"suggested_outlet"`
	SuggestedDeadline *string          `json:"suggested_deadline"`
	PersonalNumber    bool             `json:"personal_number_warning"`
	CaseID            *int64           `json:"case_id"`
	DismissReason     string           `json:"dismiss_reason,omitempty"`
	Attachments       []attachmentJSON `json:"attachments"`
}

type attachmentJSON struct {
	Name string `json:"name"`
	Size int64  `json:"size"`
}

func toInboxJSON(m *mail.Message, s mail.Suggestion) inboxMessageJSON {
	j := inboxMessageJSON{ID: m.ID, From: m.From(), Subject: m.Subject, ReceivedAt: rfc3339(m.ReceivedAt), Status: m.Status,
		SuggestedKind: s.Kind, SuggestedOutlet: s.Outlet, SuggestedDeadline: rfc3339Ptr(s.Deadline),
		PersonalNumber: s.PersonalNumber, CaseID: m.CaseID, DismissReason: m.DismissReason, Attachments: []attachmentJSON{}}
	for _, a := range m.Attachments {
		j.Attachments = append(j.Attachments, attachmentJSON{a.Name, a.Size})
	}
	return j
}

func (h *handler) apiListInbox(c *gin.Context) {
	limit, _ := strconv.Atoi(c.Query("limit"))
	ms, total, err := h.mail.Inbox(c.Request.Context(), mail.InboxFilter{Status: c.Query("status"), Limit: limit})
	if err != nil {
		h.fail(c, err)
		return
	}
	sg, err := h.mail.Suggestions(c.Request.Context(), ms)
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]inboxMessageJSON, len(ms))
	for i, m := range ms {
		out[i] = toInboxJSON(m, sg[m.ID])
	}
	c.JSON(http.StatusOK, gin.H{"total": total, "messages": out})
}

func (h *handler) apiRegisterMail(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req caseRequest
	if c.Request.ContentLength != 0 {
		if err := bindJSON(c, &req); err != nil {
			h.fail(c, err)
			return
		}
	}
	o := mail.Overrides{Kind: tracker.Kind(req.Kind), Subject: req.Subject, Description: req.Description,
		Assignee: req.Assignee, Unit: req.Unit, Topics: req.Topics}
	if req.Requester != nil {
		o.Requester = tracker.Requester{Name: req.Requester.Name, Email: req.Requester.Email, Phone: req.Requester.Phone, Outlet: req.Requester.Outlet}
	}
	var ok bool
	if o.DeadlineAt, ok = parseTime(req.DeadlineAt, true); !ok {
		h.fail(c, &tracker.ValidationError{Fields: map[string]string{"deadline_at": "Ange tid enligt RFC 3339 eller datum som ÅÅÅÅ-MM-DD."}})
		return
	}
	cs, err := h.mail.Register(c.Request.Context(), id, o, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toCaseJSON(cs, actor(c), h.store.Now()))
}

func (h *handler) apiAttachMail(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		CaseID int64 `json:"case_id"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	if err := h.mail.Attach(c.Request.Context(), id, req.CaseID, actor(c)); err != nil {
		h.fail(c, err)
		return
	}
	h.apiShowMessage(c, id)
}

func (h *handler) apiDismissMail(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		Reason string `json:"reason"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	if _, err := h.mail.Dismiss(c.Request.Context(), id, req.Reason, actor(c)); err != nil {
		h.fail(c, err)
		return
	}
	h.apiShowMessage(c, id)
}

func (h *handler) apiShowMessage(c *gin.Context, id int64) {
	m, err := h.mail.Message(c.Request.Context(), id)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toInboxJSON(m, h.mail.Suggest(m)))
}

type documentJSON struct {
	ID          int64  `json:"id"`
	CaseID      int64  `json:"case_id"`
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"`
	Source      string `json:"source"`
	CreatedBy   string `json:"created_by"`
	CreatedAt   string `json:"created_at"`
	URL         string `json:"url"`
}

func toDocumentJSON(d *mail.Document) documentJSON {
	return documentJSON{ID: d.ID, CaseID: d.CaseID, Name: d.Name, ContentType: d.ContentType, Size: d.Size, SHA256: d.SHA256,
		Source: d.Source, CreatedBy: d.CreatedBy, CreatedAt: rfc3339(d.CreatedAt), URL: fmt.Sprintf("/api/v1/documents/%d", d.ID)}
}

func (h *handler) apiListDocuments(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	ds, err := h.mail.Documents(c.Request.Context(), id)
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]documentJSON, len(ds))
	for i := range ds {
		d := ds[i].For(actor(c).Role)
		out[i] = toDocumentJSON(&d)
	}
	c.JSON(http.StatusOK, gin.H{"documents": out})
}

// readUpload reads the multipart field "file", of at most limit bytes.
func readUpload(c *gin.Context, limit int64) (name string, content []byte, err error) {
	fh, err := c.FormFile("file")
	if err != nil {
		if strings.Contains(err.Error(), "request body too large") {
			return "", nil, &http.MaxBytesError{Limit: limit}
		}
		return "", nil, &tracker.ValidationError{Fields: map[string]string{"file": "Välj en fil att ladda upp."}}
	}
	if fh.Size > limit {
		return "", nil, &http.MaxBytesError{Limit: limit}
	}
	f, err := fh.Open()
	if err != nil {
		return "", nil, fmt.Errorf("open upload: %w", err)
	}
	defer f.Close()
	content, err = io.ReadAll(io.LimitReader(f, limit+1))
	return fh.Filename, content, err
}

func (h *handler) apiUploadDocument(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	name, content, err := readUpload(c, mail.MaxDocumentSize)
	if err != nil {
		h.fail(c, err)
		return
	}
	d, err := h.mail.AddDocument(c.Request.Context(), id, name, content, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toDocumentJSON(d))
}

// downloadDocument serves a document as a download, never rendered by the
// browser: sniffed type, nosniff, attachment disposition, a sandboxing CSP.
// A role that may not open it gets 403 saying why and who may.
func (h *handler) downloadDocument(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	d, err := h.mail.Document(c.Request.Context(), id, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Header("X-Content-Type-Options", "nosniff")
	c.Header("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": d.Name}))
	c.Header("Content-Security-Policy", "default-src 'none'; sandbox")
	c.Header("Cache-Control", "private, no-store")
	c.Data(http.StatusOK, d.ContentType, d.Content)
}

type sendRequest struct {
	To             string `json:"to"`
	Subject        string `json:"subject"`
	Body           string `json:"body"`
	AttachDecision bool   `json:"attach_decision"`
	Kind           string `json:"kind"` // answer (default), question or decision
	MarkAnswered   bool   `json:"mark_answered"`
}

func (h *handler) apiSendMail(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req sendRequest
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	m, err := h.mail.Send(c.Request.Context(), id, mail.Outgoing(req), actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"id": m.ID, "status": m.Status, "subject": m.Subject, "to": m.To, "kind": m.Kind,
		"document_id": m.DocumentID})
}
