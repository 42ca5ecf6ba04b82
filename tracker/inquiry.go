package tracker

import (
	"fmt"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"
)

// InquiryType is what a journalist asks for.
type InquiryType string

const (
	InquiryFacts     InquiryType = "facts"     // faktauppgifter
	InquiryComment   InquiryType = "comment"   // kommentar
	InquiryInterview InquiryType = "interview" // intervju
	InquiryDocuments InquiryType = "documents" // handlingar
)

// InquiryTypes lists every type in display order.
var InquiryTypes = []InquiryType{InquiryFacts, InquiryComment, InquiryInterview, InquiryDocuments}

// Valid tells whether t is a known type.
func (t InquiryType) Valid() bool {
	for _, x := range InquiryTypes {
		if x == t {
			return true
		}
	}
	return false
}

// Label is the Swedish name of the type.
func (t InquiryType) Label() string {
	switch t {
	case InquiryFacts:
		return "Faktauppgifter"
	case InquiryComment:
		return "Kommentar"
	case InquiryInterview:
		return "Intervju"
	case InquiryDocuments:
		return "Handlingar"
	}
	return string(t)
}

// checkInquiry validates what is particular to a new press inquiry.
func checkInquiry(in NewCase, v *ValidationError) {
	if in.Kind != PressInquiry {
		if in.InquiryType != "" || in.AskedWho != "" || in.InternalDueAt != nil {
			v.Add("type", "Typ, tillfrågad och intern deadline gäller bara pressförfrågningar.")
		}
		return
	}
	if in.InquiryType != "" && !in.InquiryType.Valid() {
		v.Add("type", "Okänd typ. Tillåtna: facts, comment, interview, documents.")
	}
	if utf8.RuneCountInString(in.AskedWho) > 200 {
		v.Add("asked", "Högst 200 tecken.")
	}
	if in.InternalDueAt != nil {
		switch {
		case in.ReceivedAt != nil && in.InternalDueAt.Before(*in.ReceivedAt):
			v.Add("internal_due_at", "Den interna deadline kan inte ligga före inkommen.")
		case in.DeadlineAt != nil && in.InternalDueAt.After(*in.DeadlineAt):
			v.Add("internal_due_at", "Den interna deadline ska ligga före journalistens.")
		}
	}
}

// checkInquiryOutcome: an answer is recorded, a refusal says why.
func checkInquiryOutcome(tr *Transition, v *ValidationError) {
	switch tr.To {
	case StatusAnswered:
		if tr.Answer == "" {
			v.Add("answer", "Skriv vad som svarades (eller en sammanfattning av svaret).")
		}
	case StatusDeclined:
		if tr.Reason == "" {
			v.Add("reason", "Skriv varför förfrågan avböjdes.")
		}
	default:
		if tr.Answer != "" || tr.Reason != "" {
			v.Add("answer", "Svar och skäl hör till ”Besvarad” och ”Avböjd”.")
		}
	}
	if utf8.RuneCountInString(tr.Answer) > MaxAnswerLength || utf8.RuneCountInString(tr.Reason) > MaxAnswerLength {
		v.Add("answer", fmt.Sprintf("Högst %d tecken.", MaxAnswerLength))
	}
}

// InternalOverdue tells whether an open inquiry has passed its internal deadline.
func (c *Case) InternalOverdue(now time.Time) bool {
	return c.Open() && c.InternalDueAt != nil && now.After(*c.InternalDueAt)
}

func migratePressInquiry(tx *gorm.DB) error {
	for _, stmt := range []string{
		`ALTER TABLE cases ADD COLUMN inquiry_type VARCHAR(20) NOT NULL DEFAULT ''`,
		`ALTER TABLE cases ADD COLUMN asked_who VARCHAR(200) NOT NULL DEFAULT ''`,
		`ALTER TABLE cases ADD COLUMN internal_due_at TIMESTAMP`,
		`ALTER TABLE cases ADD COLUMN answer TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE cases ADD COLUMN decline_reason TEXT NOT NULL DEFAULT ''`,
	} {
		if err := tx.Exec(stmt).Error; err != nil {
			return err
		}
	}
	return nil
}

// MaxAnswerLength bounds a press inquiry's answer and reason, in characters.
const MaxAnswerLength = maxDescription
