package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
)

// Basis are the figures a narrative states: what an editor's own wording
// was written against. The draft keeps them; when the report's figures
// differ, the draft's text is stale.
type Basis struct {
	Coverage         int           `json:"coverage"`          // articles in the period
	Pressure         PressureLevel `json:"pressure"`          // the media-pressure level
	DocumentRequests int           `json:"document_requests"` // received in the period
	PressInquiries   int           `json:"press_inquiries"`   // received in the period
	Open             int           `json:"open"`              // open cases at the backlog time
	Overdue          int           `json:"overdue"`           // of them past due
	Critical         int           `json:"critical"`          // opinion pieces per tone
	Neutral          int           `json:"neutral"`
	Supportive       int           `json:"supportive"`
	Themes           []string      `json:"themes"` // the three first themes, as the narrative names them
}

// Basis are the report's figures as its narrative states them.
func (r *Report) Basis() Basis {
	b := Basis{Coverage: r.Coverage.Total, Pressure: r.Pressure.Level,
		DocumentRequests: r.Register.DocumentRequest.Received, PressInquiries: r.Register.PressInquiry.Received,
		Open: r.Register.DocumentRequest.Open + r.Register.PressInquiry.Open, Themes: []string{},
		Overdue:  r.Register.DocumentRequest.Overdue + r.Register.PressInquiry.Overdue,
		Critical: r.OpinionTone.Critical, Neutral: r.OpinionTone.Neutral, Supportive: r.OpinionTone.Supportive}
	for _, t := range r.Themes[:min(3, len(r.Themes))] {
		b.Themes = append(b.Themes, t.Label)
	}
	return b
}

// FigureChange is one figure that changed since the text was written.
type FigureChange struct {
	Field string `json:"field"` // "open", "pressure", …
	Label string `json:"label"` // "Öppna ärenden"
	Was   string `json:"was"`
	Now   string `json:"now"`
}

// String is "Öppna ärenden: 18 → 25".
func (c FigureChange) String() string { return c.Label + ": " + c.Was + " → " + c.Now }

// Changes are the figures that differ from b in now, in the order the
// narrative states them.
func (b Basis) Changes(now Basis) []FigureChange {
	var out []FigureChange
	num := func(field, label string, was, is int) {
		if was != is {
			out = append(out, FigureChange{field, label, tracker.FormatNumber(int64(was)), tracker.FormatNumber(int64(is))})
		}
	}
	num("coverage", "Artiklar", b.Coverage, now.Coverage)
	if b.Pressure != now.Pressure {
		out = append(out, FigureChange{"pressure", "Medietryck", string(b.Pressure), string(now.Pressure)})
	}
	if !slices.Equal(b.Themes, now.Themes) {
		out = append(out, FigureChange{"themes", "Teman", themeList(b.Themes), themeList(now.Themes)})
	}
	num("critical", "Kritiska opinionstexter", b.Critical, now.Critical)
	num("neutral", "Neutrala opinionstexter", b.Neutral, now.Neutral)
	num("supportive", "Positiva opinionstexter", b.Supportive, now.Supportive)
	num("document_requests", "Inkomna begäranden om allmän handling", b.DocumentRequests, now.DocumentRequests)
	num("press_inquiries", "Inkomna pressförfrågningar", b.PressInquiries, now.PressInquiries)
	num("open", "Öppna ärenden", b.Open, now.Open)
	num("overdue", "Försenade ärenden", b.Overdue, now.Overdue)
	return out
}

func themeList(ts []string) string {
	if len(ts) == 0 {
		return "inga"
	}
	return strings.Join(ts, ", ")
}

// ParseBasis reads a basis as the draft form carries it (JSON); "" is none.
func ParseBasis(s string) (*Basis, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var b Basis
	if err := json.Unmarshal([]byte(s), &b); err != nil {
		v := &tracker.ValidationError{}
		v.Add("basis", "Underlaget för texten går inte att läsa: ladda om sidan.")
		return nil, v
	}
	return &b, nil
}

// JSON is the basis as the draft form carries it.
func (b Basis) JSON() string {
	out, _ := json.Marshal(b) // a struct of numbers and strings always encodes
	return string(out)
}

// Publishing asks for confirmation when the text is stale or the period
// has not ended; the API answers these codes with 409.
var (
	ErrStaleReport    = errors.New("stale_report")
	ErrPeriodNotEnded = errors.New("period_not_ended")
)

// ConfirmError is a publication that needs the editor's confirmation:
// the text was written against other figures (Changes), or the period
// has not ended (NotEnded, at End). errors.Is matches ErrStaleReport
// or ErrPeriodNotEnded.
type ConfirmError struct {
	Changes  []FigureChange
	NotEnded bool
	End      time.Time
}

func (e *ConfirmError) Error() string {
	var parts []string
	if len(e.Changes) > 0 {
		parts = append(parts, fmt.Sprintf("the text was written against other figures (%d changed)", len(e.Changes)))
	}
	if e.NotEnded {
		parts = append(parts, "the period has not ended")
	}
	return "publish needs confirmation: " + strings.Join(parts, "; ")
}

// Is matches the sentinel of the first reason: stale text before a period that has not ended.
func (e *ConfirmError) Is(target error) bool {
	switch target {
	case ErrStaleReport:
		return len(e.Changes) > 0
	case ErrPeriodNotEnded:
		return e.NotEnded
	}
	return false
}

// Code is "stale_report" when the text is stale, else "period_not_ended".
func (e *ConfirmError) Code() string {
	if len(e.Changes) > 0 {
		return ErrStaleReport.Error()
	}
	return ErrPeriodNotEnded.Error()
}

// Message says, in Swedish, what to confirm.
func (e *ConfirmError) Message() string {
	var parts []string
	if len(e.Changes) > 0 {
		parts = append(parts, "Texten skrevs mot andra siffror än de som gäller nu.")
	}
	if e.NotEnded {
		parts = append(parts, "Perioden har inte slutat: siffrorna kan ändras till "+
			e.End.In(tracker.Stockholm).Format("2006-01-02 15:04")+".")
	}
	return strings.Join(parts, " ") + ` Granska och publicera med "confirm": true.`
}

// Fields are the reasons per field: "period", and "figures.<field>" per change.
func (e *ConfirmError) Fields() map[string]string {
	out := map[string]string{}
	if e.NotEnded {
		out["period"] = "Perioden slutar " + e.End.In(tracker.Stockholm).Format("2006-01-02 15:04") + "."
	}
	for _, c := range e.Changes {
		out["figures."+c.Field] = c.String()
	}
	return out
}
