package web

import (
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

// caseForm is the register form as typed: strings only, the rules are in tracker.
type caseForm struct {
	Kind, Subject, Description, Channel                            string
	ReceivedAt, DeadlineAt                                         string
	RequesterName, RequesterEmail, RequesterPhone, RequesterOutlet string
	Topics, Assignee, Unit                                         string
	InquiryType, AskedWho, InternalDueAt, SecretSubject            string
	AlsoDocumentRequest, ConfirmPersonalNumber                     bool
	Errors                                                         map[string]string
	PersonalNumbers                                                []string
}

func newCaseForm(c *gin.Context) caseForm {
	return caseForm{
		Kind: c.PostForm("kind"), Subject: strings.TrimSpace(c.PostForm("subject")),
		Description: strings.TrimSpace(c.PostForm("description")), Channel: c.PostForm("channel"),
		ReceivedAt: strings.TrimSpace(c.PostForm("received_at")), DeadlineAt: strings.TrimSpace(c.PostForm("deadline_at")),
		RequesterName: strings.TrimSpace(c.PostForm("requester_name")), RequesterEmail: strings.TrimSpace(c.PostForm("requester_email")),
		RequesterPhone: strings.TrimSpace(c.PostForm("requester_phone")), RequesterOutlet: strings.TrimSpace(c.PostForm("requester_outlet")),
		Topics: c.PostForm("topics"), Assignee: c.PostForm("assignee"), Unit: c.PostForm("unit"),
		InquiryType: c.PostForm("type"), AskedWho: strings.TrimSpace(c.PostForm("asked")),
		InternalDueAt:         strings.TrimSpace(c.PostForm("internal_due_at")),
		SecretSubject:         strings.TrimSpace(c.PostForm("secret_subject")),
		AlsoDocumentRequest:   c.PostForm("also_document_request") == "1",
		ConfirmPersonalNumber: c.PostForm("confirm_personal_number") == "1",
	}
}

// localTime reads the datetime-local and date inputs of the forms, in Stockholm time.
func localTime(s string, endOfDay bool) (*string, bool) {
	if s == "" {
		return nil, true
	}
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02 15:04"} {
		if t, err := timeInStockholm(layout, s); err == nil {
			r := rfc3339(t)
			return &r, true
		}
	}
	if t, ok := parseTime(s, endOfDay); ok && t != nil {
		r := rfc3339(*t)
		return &r, true
	}
	return nil, false
}

func (f caseForm) newCase() (tracker.NewCase, error) {
	req := caseRequest{Kind: f.Kind, Subject: f.Subject, Description: f.Description, Channel: f.Channel,
		Assignee: f.Assignee, Unit: f.Unit, AlsoDocumentRequest: f.AlsoDocumentRequest,
		Type: f.InquiryType, Asked: f.AskedWho, SecretSubject: f.SecretSubject,
		Requester: &requesterJSON{Name: f.RequesterName, Email: f.RequesterEmail, Phone: f.RequesterPhone, Outlet: f.RequesterOutlet}}
	for _, t := range strings.Split(f.Topics, ",") {
		if t = strings.TrimSpace(t); t != "" {
			req.Topics = append(req.Topics, t)
		}
	}
	v := &tracker.ValidationError{}
	if r, ok := localTime(f.ReceivedAt, false); ok {
		if r != nil {
			req.ReceivedAt = *r
		}
	} else {
		v.Add("received_at", "Ange datum och tid, t.ex. 2024-11-19 09:30.")
	}
	if r, ok := localTime(f.InternalDueAt, true); ok {
		if r != nil {
			req.InternalDueAt = *r
		}
	} else {
		v.Add("internal_due_at", "Ange datum och tid, t.ex. 2024-11-19 15:00.")
	}
	if r, ok := localTime(f.DeadlineAt, true); ok {
		if r != nil {
			req.DeadlineAt = *r
		}
	} else {
		v.Add("deadline_at", "Ange datum och tid, t.ex. 2024-11-19 15:00.")
	}
	if v.Any() {
		return tracker.NewCase{}, v
	}
	return req.newCase("")
}
