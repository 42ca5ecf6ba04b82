package tracker

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild"
	"gorm.io/gorm"
)

// Culling (gallring). A Swedish authority's dokumenthanteringsplan says, per
// kind of record, how long it is kept. For the register the press office
// keeps, the parts are:
//
//   - the register entry itself (number, dates, kind, subject, status) and the
//     decision (basis, provision, reasons, who signed it on which delegation,
//     the appeal instruction): kept for good (bevaras), since the register is
//     public and a decision may be tried by a court or JO;
//   - the requester's personal data (name, e-mail, phone), the request's own
//     text (description), notes, and the documents and mails kept with the
//     case: erased (gallras) a number of months after the case ended, per
//     kind of case.
//
// A hold (gallringsstopp: a pending complaint to JO, a court case) stops the
// culling of one case until it is lifted. A culled case keeps its number,
// dates, subject (with personal identity numbers and e-mail addresses masked)
// and decision; its audit trail keeps every event with the personal data
// taken out, and a "culled" event says under which rule, without the data.

// RetentionRule is how long requesters' personal data is kept for one kind of case.
type RetentionRule struct {
	Kind Kind
	// Months after the case ended (its outcome, or its closing when later)
	// that its personal data is erased; 0 keeps it for good.
	Months int
}

// ID names the rule in the audit trail and the API: "document_request/24".
func (r RetentionRule) ID() string { return fmt.Sprintf("%s/%d", r.Kind, r.Months) }

// Label says the rule in Swedish.
func (r RetentionRule) Label() string {
	if r.Months == 0 {
		return r.Kind.Label() + ": personuppgifter bevaras (gallras inte)"
	}
	return fmt.Sprintf("%s: personuppgifter gallras %d månader efter avslut", r.Kind.Label(), r.Months)
}

// DefaultRetention is the rule set when none is configured: the requester's
// personal data in a document request 24 months after the case ended, in a
// press inquiry 12 months after (a common dokumenthanteringsplan: requests
// "2 år efter avslut", press contacts "1 år" or "vid inaktualitet").
func DefaultRetention() []RetentionRule {
	return []RetentionRule{{Kind: DocumentRequest, Months: 24}, {Kind: PressInquiry, Months: 12}}
}

// ParseRetention reads rules written as "document_request=24;press_inquiry=12";
// a kind left out keeps its default, 0 keeps its data for good.
func ParseRetention(s string) ([]RetentionRule, error) {
	rules := DefaultRetention()
	for part := range strings.SplitSeq(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		kind, months, ok := strings.Cut(part, "=")
		k := Kind(strings.TrimSpace(kind))
		n, err := strconv.Atoi(strings.TrimSpace(months))
		switch {
		case !ok || err != nil:
			return nil, fmt.Errorf("retention rule %q: want kind=months, e.g. document_request=24", part)
		case !k.Valid():
			return nil, fmt.Errorf("retention rule %q: unknown kind (document_request, press_inquiry)", part)
		case n < 0 || n > 1200:
			return nil, fmt.Errorf("retention rule %q: months must be 0 (keep for good) to 1200", part)
		}
		for i := range rules {
			if rules[i].Kind == k {
				rules[i].Months = n
			}
		}
	}
	return rules, nil
}

// Retention is the store's rule set.
func (s *Store) Retention() []RetentionRule { return slices.Clone(s.retention) }

// CaseMaterial is what another package keeps for a case (the mail package:
// its documents and mails) and erases when the case is culled. CullCase must
// be safe to call again for the same case.
type CaseMaterial interface {
	CullCase(ctx context.Context, caseID int64) (erased int, err error)
}

// Cullable is a case whose personal data a rule says should go now.
type Cullable struct {
	ID      int64     `json:"id"`
	Number  string    `json:"number"`
	Kind    Kind      `json:"kind"`
	EndedAt time.Time `json:"ended_at"`
	Rule    string    `json:"rule"`
}

// cullable lists the cases due for culling at now, oldest end first: ended
// longer ago than their kind's rule, not culled, not held, no appeal time
// running and no appeal in time pending (not ended by a reconsideration
// that changed the decision, nor decided by the court).
func (s *Store) cullable(ctx context.Context, now time.Time) ([]Cullable, error) {
	var out []Cullable
	for _, r := range s.retention {
		if r.Months == 0 {
			continue
		}
		cutoff := now.In(Stockholm).AddDate(0, -r.Months, 0).UTC()
		var rows []struct {
			ID        int64
			Number    string
			OutcomeAt time.Time
			ClosedAt  *time.Time
		}
		err := s.db.WithContext(ctx).Model(&Case{}).Select("id, number, outcome_at, closed_at").
			Where("kind = ? AND outcome_at IS NOT NULL AND culled_at IS NULL AND retention_hold = ''", r.Kind).
			Where("outcome_at < ? AND (closed_at IS NULL OR closed_at < ?)", cutoff, cutoff).
			Where("status <> ?", StatusDecisionRequested).
			Where("(appeal_deadline IS NULL OR appeal_deadline < ?)", now).
			Where("NOT EXISTS (SELECT 1 FROM case_appeals a WHERE a.case_id = cases.id AND a.in_time AND a.reconsideration <> ? AND a.court_outcome = '')", ReconsiderChanged).
			Order("outcome_at, id").Scan(&rows).Error
		if err != nil {
			return nil, fmt.Errorf("list cases due for culling under %s: %w", r.ID(), err)
		}
		for _, row := range rows {
			ended := row.OutcomeAt
			if row.ClosedAt != nil && row.ClosedAt.After(ended) {
				ended = *row.ClosedAt
			}
			out = append(out, Cullable{ID: row.ID, Number: row.Number, Kind: r.Kind, EndedAt: ended.UTC(), Rule: r.ID()})
		}
	}
	return out, nil
}

// DueForCulling lists what a culling run would erase now (the dry run); for administrators.
func (s *Store) DueForCulling(ctx context.Context, a Actor) ([]Cullable, error) {
	if !a.Role.ManagesUsers() {
		return nil, Forbidden("Gallring sköts av administratörer.")
	}
	return s.cullable(ctx, s.now())
}

// CullResult is what a culling run did.
type CullResult struct {
	Culled    []Cullable `json:"culled"`
	Documents int        `json:"documents"` // documents and mails erased by the case's material
}

// Cull erases, for every case due, the requester's personal data from the
// case, its audit trail and its material (documents, mails), keeps the
// number, dates, subject and decision, and records the culling on the trail
// under its rule. material may be nil when nothing else keeps case material.
func (s *Store) Cull(ctx context.Context, material CaseMaterial, a Actor) (*CullResult, error) {
	if !a.Role.ManagesUsers() {
		return nil, Forbidden("Gallring sköts av administratörer.")
	}
	due, err := s.cullable(ctx, s.now())
	if err != nil {
		return nil, err
	}
	res := &CullResult{Culled: []Cullable{}}
	for _, c := range due {
		n := 0
		if material != nil {
			// First the material, then the case: a run that stops in
			// between finds the case still due and erases again.
			if n, err = material.CullCase(ctx, c.ID); err != nil {
				return res, fmt.Errorf("cull the material of case %d: %w", c.ID, err)
			}
		}
		if err := s.cullCase(ctx, c, n, a); err != nil {
			return res, err
		}
		res.Culled = append(res.Culled, c)
		res.Documents += n
	}
	return res, nil
}

// EventCulled records that a case's personal data was erased, and under which rule.
const EventCulled = "culled"

// erasedKeys are the keys of event data that hold a requester's own words or
// identity, or a file's name: dropped when a case is culled.
var erasedKeys = []string{"note", "description", "requester", "name", "from_name", "body", "text", "question"}

// cullCase erases one case's personal data and redacts its trail, in one transaction.
func (s *Store) cullCase(ctx context.Context, due Cullable, material int, a Actor) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := lockCase(tx, due.ID)
		if err != nil {
			return err
		}
		if c.CulledAt != nil || c.RetentionHold != "" {
			return nil // culled or held since the list was made
		}
		now := s.now()
		if err := tx.Model(&Case{}).Where("id = ?", c.ID).Updates(map[string]any{
			"requester_name": "", "requester_email": "", "requester_phone": "", "description": "", "waiting_question": "",
			"subject": MaskPersonalData(c.Subject), "answer": MaskPersonalData(c.Answer),
			"decline_reason": MaskPersonalData(c.DeclineReason), "reasoning": MaskPersonalData(c.Reasoning),
			"conditions": MaskPersonalData(c.Conditions), "culled_at": now, "culled_rule": due.Rule, "updated_at": now,
		}).Error; err != nil {
			return err
		}
		var events []Event
		if err := tx.Where("case_id = ?", c.ID).Order("id").Find(&events).Error; err != nil {
			return err
		}
		redacted := 0
		for _, e := range events {
			data, changed := redactEventData(e.Data)
			if !changed {
				continue
			}
			if err := redactEvent(tx, e, data, due.Rule, now, a); err != nil {
				return err
			}
			redacted++
		}
		return addEvent(tx, c.ID, now, a, EventCulled, map[string]any{"rule": due.Rule,
			"erased":          []string{"requester", "description", "notes", "documents", "mails"},
			"events_redacted": redacted, "material_erased": material})
	})
	if err != nil {
		return fmt.Errorf("cull case %d: %w", due.ID, err)
	}
	return nil
}

// redactEventData drops erasedKeys from an event's JSON data and masks
// personal identity numbers and e-mail addresses in the strings left.
func redactEventData(data string) (string, bool) {
	var m map[string]any
	if err := json.Unmarshal([]byte(data), &m); err != nil {
		return `{"redacted":true}`, true // not an object: nothing in it can be kept safely
	}
	changed := false
	for _, k := range erasedKeys {
		if _, ok := m[k]; ok {
			delete(m, k)
			changed = true
		}
	}
	for k, v := range m {
		if nv, ch := maskValue(v); ch {
			m[k], changed = nv, true
		}
	}
	if !changed {
		return data, false
	}
	b, err := json.Marshal(m)
	if err != nil {
		return `{"redacted":true}`, true
	}
	return string(b), true
}

func maskValue(v any) (any, bool) {
	switch x := v.(type) {
	case string:
		if m := MaskPersonalData(x); m != x {
			return m, true
		}
	case map[string]any:
		changed := false
		for k, inner := range x {
			if nv, ch := maskValue(inner); ch {
				x[k], changed = nv, true
			}
		}
		return x, changed
	case []any:
		changed := false
		for i, inner := range x {
			if nv, ch := maskValue(inner); ch {
				x[i], changed = nv, true
			}
		}
		return x, changed
	}
	return v, false
}

// EventRedaction is the one way an event of the append-only audit trail may
// change: its data replaced by the same data with personal data taken out,
// under a culling rule. The database allows an UPDATE of case_events only
// when a redaction row with exactly the new data exists for the event, and
// the redactions themselves can be neither changed nor removed.
type EventRedaction struct {
	ID      int64 `gorm:"primaryKey"`
	EventID int64
	CaseID  int64
	At      time.Time
	Actor   string `gorm:"size:100"`
	Rule    string `gorm:"size:100"`
	Data    string `gorm:"type:text"` // the event's data after the redaction
}

func (EventRedaction) TableName() string { return "case_event_redactions" }

func redactEvent(tx *gorm.DB, e Event, data, rule string, now time.Time, a Actor) error {
	if err := tx.Create(&EventRedaction{EventID: e.ID, CaseID: e.CaseID, At: now, Actor: a.Username, Rule: rule, Data: data}).Error; err != nil {
		return fmt.Errorf("record redaction of event %d: %w", e.ID, err)
	}
	if err := tx.Model(&Event{}).Where("id = ?", e.ID).Update("data", data).Error; err != nil {
		return fmt.Errorf("redact event %d: %w", e.ID, err)
	}
	return nil
}

// HoldCulling puts a hold (gallringsstopp) on the culling of a case, saying
// why, or lifts it (reason ""): UpdateCase with only the hold.
func (s *Store) HoldCulling(ctx context.Context, id int64, reason string, a Actor) (*Case, error) {
	return s.UpdateCase(ctx, id, CaseUpdate{RetentionHold: &reason}, a)
}

type caseRetentionV12 struct {
	RetentionHold string `gorm:"size:300;not null;default:''"`
	CulledAt      *time.Time
	CulledRule    string `gorm:"size:100;not null;default:''"`
}

func (caseRetentionV12) TableName() string { return "cases" }

type eventRedactionV12 struct {
	ID      int64     `gorm:"primaryKey"`
	EventID int64     `gorm:"not null;index:case_event_redactions_event_id"`
	CaseID  int64     `gorm:"not null"`
	At      time.Time `gorm:"not null"`
	Actor   string    `gorm:"size:100;not null"`
	Rule    string    `gorm:"size:100;not null"`
	Data    string    `gorm:"type:text;not null"`
}

func (eventRedactionV12) TableName() string { return "case_event_redactions" }

// migrateRetention adds the hold and the culling mark to cases, the table of
// redactions, and replaces the audit trail's ban on UPDATE with one that lets
// exactly a recorded redaction through (DELETE stays banned).
func migrateRetention(tx *gorm.DB) error {
	for _, col := range []string{"RetentionHold", "CulledAt", "CulledRule"} {
		if err := tx.Migrator().AddColumn(&caseRetentionV12{}, col); err != nil {
			return err
		}
	}
	if err := tx.Migrator().CreateTable(&eventRedactionV12{}); err != nil {
		return err
	}
	if err := appendOnly(tx, "case_event_redactions"); err != nil {
		return err
	}
	if lagesbild.IsPostgres(tx) {
		for _, stmt := range []string{
			`CREATE OR REPLACE FUNCTION lagesbild_case_events_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.case_id = OLD.case_id AND NEW.at = OLD.at
     AND NEW.actor = OLD.actor AND NEW.type = OLD.type
     AND EXISTS (SELECT 1 FROM case_event_redactions r WHERE r.event_id = OLD.id AND r.data = NEW.data) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END; $$ LANGUAGE plpgsql`,
			`DROP TRIGGER case_events_append_only ON case_events`,
			`CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
FOR EACH ROW EXECUTE FUNCTION lagesbild_case_events_guard()`,
		} {
			if err := tx.Exec(stmt).Error; err != nil {
				return err
			}
		}
		return nil
	}
	for _, stmt := range []string{
		`DROP TRIGGER case_events_no_UPDATE`,
		`CREATE TRIGGER case_events_no_UPDATE BEFORE UPDATE ON case_events
WHEN NOT (NEW.id = OLD.id AND NEW.case_id = OLD.case_id AND NEW.at IS OLD.at AND NEW.actor = OLD.actor
  AND NEW.type = OLD.type
  AND EXISTS (SELECT 1 FROM case_event_redactions r WHERE r.event_id = OLD.id AND r.data = NEW.data))
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END`,
	} {
		if err := tx.Exec(stmt).Error; err != nil {
			return err
		}
	}
	return nil
}
