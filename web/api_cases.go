package web

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

// caseJSON is a case as the API shows it. Requester data is left out for
// roles that may not see personal data.
type caseJSON struct {
	ID                 int64            `json:"id"`
	Number             string           `json:"number"`
	Kind               tracker.Kind     `json:"kind"`
	Status             tracker.Status   `json:"status"`
	Subject            string           `json:"subject"`
	Description        string           `json:"description"`
	Channel            tracker.Channel  `json:"channel"`
	ReceivedAt         string           `json:"received_at"`
	DueAt              string           `json:"due_at"`
	DeadlineAt         *string          `json:"deadline_at"`
	Type               string           `json:"type,omitempty"`
	Asked              string           `json:"asked,omitempty"`
	InternalDueAt      *string          `json:"internal_due_at,omitempty"`
	Answer             string           `json:"answer,omitempty"`
	Reason             string           `json:"reason,omitempty"`
	Requester          *requesterJSON   `json:"requester"`
	Assignee           string           `json:"assignee"`
	Unit               string           `json:"unit"`
	Topics             []string         `json:"topics"`
	Open               bool             `json:"open"`
	Overdue            bool             `json:"overdue"`
	OutcomeAt          *string          `json:"outcome_at"`
	ClosedAt           *string          `json:"closed_at"`
	LegalGround        string           `json:"legal_ground,omitempty"`
	Reasoning          string           `json:"reasoning,omitempty"`
	AppealInstruction  string           `json:"appeal_instruction,omitempty"`
	DecidedBy          string           `json:"decided_by,omitempty"`
	Basis              tracker.Basis    `json:"basis,omitempty"`
	DecisionStatus     tracker.Status   `json:"decision_status,omitempty"`
	DeciderName        string           `json:"decider_name,omitempty"`
	DeciderTitle       string           `json:"decider_title,omitempty"`
	Delegation         string           `json:"delegation,omitempty"`
	Conditions         string           `json:"conditions,omitempty"`
	DecisionRequested  *string          `json:"decision_requested_at,omitempty"`
	ForwardedTo        string           `json:"forwarded_to,omitempty"`
	DeliveredAt        *string          `json:"delivered_at,omitempty"`
	AppealDeadline     *string          `json:"appeal_deadline,omitempty"`
	SecretSubject      string           `json:"secret_subject,omitempty"`
	RetentionHold      string           `json:"retention_hold,omitempty"`
	CulledAt           *string          `json:"culled_at,omitempty"`
	CulledRule         string           `json:"culled_rule,omitempty"`
	WaitingSince       *string          `json:"waiting_since,omitempty"`
	WaitingQuestion    string           `json:"waiting_question,omitempty"`
	PagesDelivered     int              `json:"pages_delivered,omitempty"`
	Fee                int              `json:"fee,omitempty"`
	DuplicateOf        *int64           `json:"duplicate_of,omitempty"`
	ParentID           *int64           `json:"parent_id"`
	Links              []linkJSON       `json:"links"`
	AllowedTransitions []tracker.Status `json:"allowed_transitions"`
	CreatedBy          string           `json:"created_by"`
	CreatedAt          string           `json:"created_at"`
	UpdatedAt          string           `json:"updated_at"`
	Warnings           []string         `json:"warnings,omitempty"`
	Events             []eventJSON      `json:"events,omitempty"`
}

type requesterJSON struct {
	Name   string `json:"name"`
	Email  string `json:"email"`
	Phone  string `json:"phone"`
	Outlet string `json:"outlet"`
}

type linkJSON struct {
	ID     int64          `json:"id"`
	Number string         `json:"number"`
	Kind   tracker.Kind   `json:"kind"`
	Status tracker.Status `json:"status"`
}

type eventJSON struct {
	At        string          `json:"at"`
	Actor     string          `json:"actor"`
	ActorName string          `json:"actor_name"`
	Type      string          `json:"type"`
	Data      json.RawMessage `json:"data"`
}

// rfc3339 shows a time with the Stockholm offset.
func rfc3339(t time.Time) string { return t.In(tracker.Stockholm).Format(time.RFC3339) }

func rfc3339Ptr(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := rfc3339(*t)
	return &s
}

func toCaseJSON(full *tracker.Case, viewer tracker.Actor, now time.Time) caseJSON {
	shown := full.For(viewer.Role)
	cs := &shown
	j := caseJSON{
		ID: cs.ID, Number: cs.Number, Kind: cs.Kind, Status: cs.Status, Subject: cs.Subject,
		Description: cs.Description, Channel: cs.Channel, ReceivedAt: rfc3339(cs.ReceivedAt), DueAt: rfc3339(cs.DueAt),
		DeadlineAt: rfc3339Ptr(cs.DeadlineAt), Type: string(cs.InquiryType), Asked: cs.AskedWho,
		InternalDueAt: rfc3339Ptr(cs.InternalDueAt), Answer: cs.Answer, Reason: cs.DeclineReason, Assignee: cs.Assignee, Unit: cs.Unit, Topics: cs.Topics,
		Open: cs.Open(), Overdue: cs.Overdue(now), OutcomeAt: rfc3339Ptr(cs.OutcomeAt), ClosedAt: rfc3339Ptr(cs.ClosedAt),
		LegalGround: cs.LegalGround, Reasoning: cs.Reasoning, AppealInstruction: cs.AppealInstruction,
		DecidedBy: cs.DecidedBy, Basis: cs.Basis, DecisionStatus: cs.DecisionStatus, DeciderName: cs.DeciderName,
		DeciderTitle: cs.DeciderTitle, Delegation: cs.Delegation, Conditions: cs.Conditions,
		DecisionRequested: rfc3339Ptr(cs.DecisionRequestedAt), ForwardedTo: cs.ForwardedTo, DeliveredAt: rfc3339Ptr(cs.DeliveredAt),
		AppealDeadline: rfc3339Ptr(cs.AppealDeadline), SecretSubject: cs.SecretSubject, ParentID: cs.ParentID,
		RetentionHold: cs.RetentionHold, CulledAt: rfc3339Ptr(cs.CulledAt), CulledRule: cs.CulledRule,
		WaitingSince: rfc3339Ptr(cs.WaitingSince), WaitingQuestion: cs.WaitingQuestion, PagesDelivered: cs.PagesDelivered,
		Fee: cs.Fee, DuplicateOf: cs.DuplicateOf, Links: []linkJSON{},
		AllowedTransitions: tracker.AllowedMoves(cs, viewer),
		CreatedBy:          cs.CreatedBy, CreatedAt: rfc3339(cs.CreatedAt), UpdatedAt: rfc3339(cs.UpdatedAt),
	}
	if j.Topics == nil {
		j.Topics = []string{}
	}
	if j.AllowedTransitions == nil {
		j.AllowedTransitions = []tracker.Status{}
	}
	for _, l := range cs.Links {
		j.Links = append(j.Links, linkJSON(l))
	}
	if cs.HasRequester() {
		j.Requester = &requesterJSON{cs.RequesterName, cs.RequesterEmail, cs.RequesterPhone, cs.RequesterOutlet}
	}
	return j
}

// caseRequest is the body of POST /api/v1/cases.
type caseRequest struct {
	Kind                string         `json:"kind"`
	Subject             string         `json:"subject"`
	Description         string         `json:"description"`
	Channel             string         `json:"channel"`
	ReceivedAt          string         `json:"received_at"`
	DeadlineAt          string         `json:"deadline_at"`
	Requester           *requesterJSON `json:"requester"`
	Topics              []string       `json:"topics"`
	Assignee            string         `json:"assignee"`
	Unit                string         `json:"unit"`
	AlsoDocumentRequest bool           `json:"also_document_request"`
	Type                string         `json:"type"`
	Asked               string         `json:"asked"`
	InternalDueAt       string         `json:"internal_due_at"`
	SecretSubject       string         `json:"secret_subject"`
}

// bindJSON decodes a JSON body into dst, telling malformed JSON (400) and an
// oversized body (413) apart.
func bindJSON(c *gin.Context, dst any) error {
	dec := json.NewDecoder(c.Request.Body)
	err := dec.Decode(dst)
	var tooBig *http.MaxBytesError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &tooBig):
		return err
	case errors.Is(err, io.EOF):
		return newBadRequest("Förfrågan saknar JSON-innehåll.", nil)
	case errors.As(err, &typeErr):
		return newBadRequest("Fel typ av värde i JSON.", map[string]string{typeErr.Field: "ska vara " + typeErr.Type.String()})
	case err != nil:
		return newBadRequest("Förfrågan är inte giltig JSON: "+err.Error(), nil)
	}
	if dec.More() {
		return newBadRequest("Förfrågan innehåller mer än ett JSON-värde.", nil)
	}
	return nil
}

// parseTime reads an RFC 3339 time, or a date (taken as the end of that day
// in Stockholm when endOfDay, else its start).
func parseTime(s string, endOfDay bool) (*time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, true
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return &t, true
	}
	if d, err := time.ParseInLocation(time.DateOnly, s, tracker.Stockholm); err == nil {
		if endOfDay {
			d = tracker.EndOfDay(d)
		}
		return &d, true
	}
	return nil, false
}

func (r caseRequest) newCase(idempotencyKey string) (tracker.NewCase, error) {
	in := tracker.NewCase{Kind: tracker.Kind(r.Kind), Subject: r.Subject, Description: r.Description,
		Channel: tracker.Channel(r.Channel), Topics: r.Topics, Assignee: r.Assignee, Unit: r.Unit,
		AlsoDocumentRequest: r.AlsoDocumentRequest, IdempotencyKey: idempotencyKey,
		InquiryType: tracker.InquiryType(r.Type), AskedWho: r.Asked, SecretSubject: r.SecretSubject}
	if r.Requester != nil {
		in.Requester = tracker.Requester{Name: r.Requester.Name, Email: r.Requester.Email, Phone: r.Requester.Phone, Outlet: r.Requester.Outlet}
	}
	v := &tracker.ValidationError{}
	var ok bool
	if in.ReceivedAt, ok = parseTime(r.ReceivedAt, false); !ok {
		v.Add("received_at", "Ange tid enligt RFC 3339, t.ex. 2024-11-19T09:30:00+01:00.")
	}
	if in.DeadlineAt, ok = parseTime(r.DeadlineAt, true); !ok {
		v.Add("deadline_at", "Ange tid enligt RFC 3339 eller datum som ÅÅÅÅ-MM-DD.")
	}
	if in.InternalDueAt, ok = parseTime(r.InternalDueAt, true); !ok {
		v.Add("internal_due_at", "Ange tid enligt RFC 3339 eller datum som ÅÅÅÅ-MM-DD.")
	}
	if v.Any() {
		return in, v
	}
	return in, nil
}

func (h *handler) apiCreateCase(c *gin.Context) {
	var req caseRequest
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	in, err := req.newCase(c.GetHeader("Idempotency-Key"))
	if err != nil {
		h.fail(c, err)
		return
	}
	cs, err := h.store.CreateCase(c.Request.Context(), in, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	j := toCaseJSON(cs, actor(c), h.store.Now())
	if found := tracker.FindPersonalNumbers(cs.Subject + "\n" + cs.Description); len(found) > 0 {
		j.Warnings = append(j.Warnings, "Ärendemening eller beskrivning innehåller något som liknar ett personnummer.")
	}
	c.JSON(http.StatusCreated, j)
}

func (h *handler) apiShowCase(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	cs, err := h.store.Case(c.Request.Context(), id)
	if err != nil {
		h.fail(c, err)
		return
	}
	events, err := h.store.Events(c.Request.Context(), id)
	if err != nil {
		h.fail(c, err)
		return
	}
	j := toCaseJSON(cs, actor(c), h.store.Now())
	j.Events = make([]eventJSON, 0, len(events))
	names, err := h.store.Names(c.Request.Context())
	if err != nil {
		h.fail(c, err)
		return
	}
	for _, e := range events {
		e = e.For(actor(c).Role)
		j.Events = append(j.Events, eventJSON{At: rfc3339(e.At), Actor: e.Actor, ActorName: names.Of(e.Actor), Type: e.Type, Data: json.RawMessage(e.Data)})
	}
	c.JSON(http.StatusOK, j)
}

// caseFilterFrom reads the list filters shared by the API and the triage page.
func caseFilterFrom(c *gin.Context) (tracker.CaseFilter, error) {
	f := tracker.CaseFilter{Viewer: currentUser(c).Role,
		Kind: tracker.Kind(c.Query("kind")), Status: tracker.Status(c.Query("status")),
		Assignee: strings.TrimSpace(c.Query("assignee")), Unit: c.Query("unit"), Topic: c.Query("topic"),
		Query: strings.TrimSpace(c.Query("q")), Sort: c.Query("sort"),
	}
	bad := map[string]string{}
	if f.Kind != "" && !f.Kind.Valid() {
		bad["kind"] = "okänd ärendetyp (document_request, press_inquiry)"
	}
	if f.Status != "" && !tracker.ValidStatus(f.Kind, f.Status) {
		bad["status"] = "okänd status"
	}
	if !tracker.ValidCaseSort(f.Sort) {
		bad["sort"] = "en av " + strings.Join(tracker.CaseSortColumns, ", ")
	}
	switch c.Query("dir") {
	case "":
	case "asc", "desc":
		desc := c.Query("dir") == "desc"
		f.Desc = &desc
	default:
		bad["dir"] = "asc eller desc"
	}
	for name, dst := range map[string]*bool{"overdue": &f.Overdue, "open": &f.Open, "unassigned": &f.Unassigned, "due_today": &f.DueToday} {
		switch c.Query(name) {
		case "", "false", "0":
		case "true", "1":
			*dst = true
		default:
			bad[name] = "true eller false"
		}
	}
	for name, dst := range map[string]**time.Time{"from": &f.From, "to": &f.To} {
		if s := c.Query(name); s != "" {
			d, err := time.ParseInLocation(time.DateOnly, s, tracker.Stockholm)
			if err != nil {
				bad[name] = "datum som ÅÅÅÅ-MM-DD"
				continue
			}
			if name == "to" {
				d = d.AddDate(0, 0, 1) // both days included
			}
			*dst = &d
		}
	}
	size, page := 50, 1
	if s := c.Query("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > tracker.MaxPageSize {
			bad["size"] = "ett heltal 1–500"
		}
		size = n
	}
	if s := c.Query("page"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			bad["page"] = "ett heltal från 1"
		}
		page = n
	}
	if len(bad) > 0 {
		return f, newBadRequest("Ogiltiga parametrar.", bad)
	}
	f.Limit, f.Offset = size, (page-1)*size
	return f, nil
}

func (h *handler) apiListCases(c *gin.Context) {
	f, err := caseFilterFrom(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	cs, total, err := h.store.Cases(c.Request.Context(), f)
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]caseJSON, len(cs))
	now := h.store.Now()
	for i := range cs {
		out[i] = toCaseJSON(&cs[i], actor(c), now)
	}
	c.JSON(http.StatusOK, gin.H{"total": total, "cases": out})
}

type transitionRequest struct {
	To                string `json:"to"`
	Note              string `json:"note"`
	LegalGround       string `json:"legal_ground"`
	Reasoning         string `json:"reasoning"`
	AppealInstruction string `json:"appeal_instruction"`
	ForwardedTo       string `json:"forwarded_to"`
	DeliveredAt       string `json:"delivered_at"`
	Basis             string `json:"basis"`
	Conditions        string `json:"conditions"`
	Decider           string `json:"decider"`
	Answer            string `json:"answer"`
	Reason            string `json:"reason"`
	RequestedAt       string `json:"requested_at"`
}

func (h *handler) apiTransitionCase(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req transitionRequest
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	if strings.TrimSpace(req.To) == "" {
		h.fail(c, &tracker.ValidationError{Fields: map[string]string{"to": "Ange vilken status ärendet ska få."}})
		return
	}
	delivered, ok := parseTime(req.DeliveredAt, false)
	if !ok {
		h.fail(c, &tracker.ValidationError{Fields: map[string]string{"delivered_at": "Ange tid enligt RFC 3339 eller datum som ÅÅÅÅ-MM-DD."}})
		return
	}
	requested, ok := parseTime(req.RequestedAt, false)
	if !ok {
		h.fail(c, &tracker.ValidationError{Fields: map[string]string{"requested_at": "Ange tid enligt RFC 3339 eller datum som ÅÅÅÅ-MM-DD."}})
		return
	}
	cs, err := h.store.Transition(c.Request.Context(), id, tracker.Transition{To: tracker.Status(req.To), Note: req.Note,
		LegalGround: req.LegalGround, Reasoning: req.Reasoning, AppealInstruction: req.AppealInstruction,
		ForwardedTo: req.ForwardedTo, DeliveredAt: delivered, Basis: tracker.Basis(req.Basis), Conditions: req.Conditions,
		Decider: req.Decider, RequestedAt: requested, Answer: req.Answer, Reason: req.Reason}, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toCaseJSON(cs, actor(c), h.store.Now()))
}

// apiUpdateCase is PATCH /api/v1/cases/{id}: {"secret_subject":"OSL 21 kap. 1 §"} marks the
// subject as secret in the public register, "" lifts the mark; {"retention_hold":"why"} stops
// the case's culling, "" lifts the hold.
func (h *handler) apiUpdateCase(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		SecretSubject *string `json:"secret_subject"`
		RetentionHold *string `json:"retention_hold"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	cs, err := h.store.UpdateCase(c.Request.Context(), id, tracker.CaseUpdate{SecretSubject: req.SecretSubject, RetentionHold: req.RetentionHold}, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toCaseJSON(cs, actor(c), h.store.Now()))
}

func (h *handler) apiAssignCase(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		Assignee *string `json:"assignee"`
		Unit     *string `json:"unit"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	cs, err := h.store.Assign(c.Request.Context(), id, tracker.Assignment{Assignee: req.Assignee, Unit: req.Unit}, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toCaseJSON(cs, actor(c), h.store.Now()))
}

func (h *handler) apiDeliverCase(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		DeliveredAt string `json:"delivered_at"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	delivered, ok := parseTime(req.DeliveredAt, false)
	if !ok {
		h.fail(c, &tracker.ValidationError{Fields: map[string]string{"delivered_at": "Ange tid enligt RFC 3339 eller datum som ÅÅÅÅ-MM-DD."}})
		return
	}
	if delivered == nil {
		now := h.store.Now()
		delivered = &now
	}
	cs, err := h.store.Deliver(c.Request.Context(), id, *delivered, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toCaseJSON(cs, actor(c), h.store.Now()))
}

func pathID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id < 1 {
		return 0, tracker.ErrNotFound
	}
	return id, nil
}
