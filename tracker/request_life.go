package tracker

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

// The rest of the life of a request: a question to the requester, partial
// deliveries with their fees, duplicate and related cases, and what happens
// to an appeal after it came in (reconsideration, the court's outcome).

// Event types of a request's life.
const (
	EventQuestionAsked    = "question_asked"
	EventQuestionAnswered = "question_answered"
	EventPartDelivered    = "part_delivered"
	EventDuplicate        = "duplicate"
	EventRelated          = "related"
	EventReconsidered     = "appeal_reconsidered"
	EventCourtOutcome     = "court_outcome"
)

// AskRequester records that the press office asked the requester something
// (what exactly is asked for, a narrower scope). The case waits for the
// answer, but its clock does not stop: a request is handled "skyndsamt" (TF
// 2 kap. 15 §) whatever the requester answers, so the due date stays and the
// wait is only noted and shown.
func (s *Store) AskRequester(ctx context.Context, id int64, question string, a Actor) (*Case, error) {
	if !a.Role.WorksRegister() {
		return nil, Forbidden("Frågor till sökande registreras av presstjänsten och administratörer.")
	}
	question = strings.TrimSpace(question)
	v := &ValidationError{}
	if question == "" {
		v.Add("question", "Skriv vad sökande har fått frågan om.")
	}
	checkText(v, "question", question, 2000)
	if v.Any() {
		return nil, v
	}
	var closed bool
	c, err := s.changeCase(ctx, id, a, EventQuestionAsked, "ask the requester of", func(c *Case) (updates, data map[string]any) {
		if !c.Open() {
			closed = true
			return nil, nil
		}
		now := s.now()
		return map[string]any{"waiting_since": now, "waiting_question": question},
			map[string]any{"question": question, "asked_at": now, "due_at": c.DueAt}
	})
	if err == nil && closed {
		v.Add("question", "Ärendet är avgjort; det väntar inte längre på sökande.")
		return nil, v
	}
	return c, err
}

// RequesterAnswered records that the requester answered the question; the
// wait ends and how long it lasted is noted on the trail.
func (s *Store) RequesterAnswered(ctx context.Context, id int64, a Actor) (*Case, error) {
	if !a.Role.WorksRegister() {
		return nil, Forbidden("Svar från sökande registreras av presstjänsten och administratörer.")
	}
	var notWaiting bool
	c, err := s.changeCase(ctx, id, a, EventQuestionAnswered, "record the answer of", func(c *Case) (updates, data map[string]any) {
		if c.WaitingSince == nil {
			notWaiting = true
			return nil, nil
		}
		now := s.now()
		return map[string]any{"waiting_since": nil, "waiting_question": ""},
			map[string]any{"asked_at": *c.WaitingSince, "answered_at": now, "waited_hours": int(now.Sub(*c.WaitingSince).Hours())}
	})
	if err == nil && notWaiting {
		return nil, &ValidationError{Fields: map[string]string{"question": "Ärendet väntar inte på något svar från sökande."}}
	}
	return c, err
}

// Waiting tells whether the case waits for the requester's answer.
func (c *Case) Waiting() bool { return c.WaitingSince != nil }

// FeeSchedule is the fee for copies of official documents after
// avgiftsförordningen (1992:191) 15–16 §§: a request of fewer than FreeFrom
// pages is free, FreeFrom pages cost Base kronor, and every page after that
// PerPage kronor more.
type FeeSchedule struct {
	FreeFrom int // the first page count that costs: 10
	Base     int // kronor for FreeFrom pages: 50
	PerPage  int // kronor for each page after: 2
}

// DefaultFees is the fee ordinance's schedule: nine pages free, 50 kr for
// ten, 2 kr for each page after.
func DefaultFees() FeeSchedule { return FeeSchedule{FreeFrom: 10, Base: 50, PerPage: 2} }

// Fee is what pages of copies cost, in kronor.
func (f FeeSchedule) Fee(pages int) int {
	if pages < f.FreeFrom {
		return 0
	}
	return f.Base + (pages-f.FreeFrom)*f.PerPage
}

// String says the schedule as ParseFees reads it.
func (f FeeSchedule) String() string {
	return fmt.Sprintf("free_from=%d;base=%d;per_page=%d", f.FreeFrom, f.Base, f.PerPage)
}

// ParseFees reads "free_from=10;base=50;per_page=2"; what is left out keeps the ordinance's value.
func ParseFees(s string) (FeeSchedule, error) {
	f := DefaultFees()
	for part := range strings.SplitSeq(s, ";") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		key, val, ok := strings.Cut(part, "=")
		n, err := strconv.Atoi(strings.TrimSpace(val))
		if !ok || err != nil || n < 0 || n > 100000 {
			return f, fmt.Errorf("fee setting %q: want key=number, e.g. base=50", part)
		}
		switch strings.TrimSpace(key) {
		case "free_from":
			f.FreeFrom = n
		case "base":
			f.Base = n
		case "per_page":
			f.PerPage = n
		default:
			return f, fmt.Errorf("fee setting %q: unknown key (free_from, base, per_page)", part)
		}
	}
	return f, nil
}

// Delivery is one part of what a request released, sent on its own: a
// request for many documents is often answered in parts.
type Delivery struct {
	ID          int64 `gorm:"primaryKey"`
	CaseID      int64
	DeliveredAt time.Time
	Description string `gorm:"type:text"`
	Pages       int    // pages of paper copies; 0 for electronic copies
	Fee         int    // kronor this part added to the request's fee
	CreatedBy   string `gorm:"size:100"`
	CreatedAt   time.Time
}

func (Delivery) TableName() string { return "case_deliveries" }

// NewDelivery is what recording a part delivery takes.
type NewDelivery struct {
	DeliveredAt *time.Time // defaults to now
	Description string
	Pages       int
}

// Deliver a part: record one part delivery of a document request and the fee
// it adds. The fee is the schedule's fee for all pages delivered so far, less
// what earlier parts already charged, so that splitting a request into parts
// never changes its total.
func (s *Store) DeliverPart(ctx context.Context, id int64, in NewDelivery, a Actor) (*Delivery, error) {
	if !a.Role.WorksRegister() {
		return nil, Forbidden("Utlämnanden registreras av presstjänsten och administratörer.")
	}
	in.Description = strings.TrimSpace(in.Description)
	v := &ValidationError{}
	if in.Description == "" {
		v.Add("description", "Skriv vad som lämnades ut.")
	}
	checkText(v, "description", in.Description, 2000)
	if in.Pages < 0 || in.Pages > 1000000 {
		v.Add("pages", "Antal sidor ska vara 0 eller fler.")
	}
	now := s.now()
	at := now
	if in.DeliveredAt != nil {
		at = in.DeliveredAt.UTC().Truncate(time.Microsecond)
	}
	if at.After(now.Add(5 * time.Minute)) {
		v.Add("delivered_at", "Utlämnandet kan inte ligga i framtiden.")
	}
	if v.Any() {
		return nil, v
	}
	var d Delivery
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := lockCase(tx, id)
		if err != nil {
			return err
		}
		if c.Kind != DocumentRequest {
			return &ValidationError{Fields: map[string]string{"description": "Bara en begäran om allmän handling lämnas ut i delar."}}
		}
		if at.Before(c.ReceivedAt) {
			return &ValidationError{Fields: map[string]string{"delivered_at": "Utlämnandet kan inte ligga före inkommen."}}
		}
		pages := c.PagesDelivered + in.Pages
		total := s.fees.Fee(pages)
		d = Delivery{CaseID: id, DeliveredAt: at, Description: in.Description, Pages: in.Pages, Fee: total - c.Fee,
			CreatedBy: a.Username, CreatedAt: now}
		if err := tx.Create(&d).Error; err != nil {
			return err
		}
		if err := tx.Model(&Case{}).Where("id = ?", id).Updates(map[string]any{
			"pages_delivered": pages, "fee": total, "updated_at": now}).Error; err != nil {
			return err
		}
		return addEvent(tx, id, now, a, EventPartDelivered, map[string]any{"delivery_id": d.ID, "delivered_at": at,
			"description": d.Description, "pages": d.Pages, "fee": d.Fee, "total_pages": pages, "total_fee": total})
	})
	if err != nil {
		return nil, wrapDomain(fmt.Sprintf("deliver a part of case %d", id), err)
	}
	return &d, nil
}

// Deliveries lists a case's part deliveries, oldest first.
func (s *Store) Deliveries(ctx context.Context, id int64) ([]Delivery, error) {
	var ds []Delivery
	if err := s.db.WithContext(ctx).Where("case_id = ?", id).Order("delivered_at, id").Find(&ds).Error; err != nil {
		return nil, fmt.Errorf("load deliveries of case %d: %w", id, err)
	}
	return ds, nil
}

// FeeText is the sentence a letter or reply says about the fee, or "".
func (c *Case) FeeText() string {
	if c.PagesDelivered == 0 {
		return ""
	}
	if c.Fee == 0 {
		return fmt.Sprintf("Kopiorna (%d sidor) lämnas ut utan avgift.", c.PagesDelivered)
	}
	return fmt.Sprintf("Avgiften för kopiorna (%d sidor) är %d kronor enligt 15–16 §§ avgiftsförordningen (1992:191).",
		c.PagesDelivered, c.Fee)
}

// Relation is a link between two cases that concern the same matter.
type Relation struct {
	CaseID    int64 `gorm:"primaryKey;autoIncrement:false"`
	RelatedID int64 `gorm:"primaryKey;autoIncrement:false"`
	CreatedBy string
	CreatedAt time.Time
}

func (Relation) TableName() string { return "case_relations" }

// LinkCases relates two cases (the same matter asked by two outlets, a new
// request following up an old one); both show the other. Linking twice is
// harmless.
func (s *Store) LinkCases(ctx context.Context, id, otherID int64, a Actor) error {
	return s.relate(ctx, id, otherID, false, a)
}

// MarkDuplicate marks the case as a duplicate of another (the same request
// registered twice); it is shown on both, and the duplicate points at the original.
func (s *Store) MarkDuplicate(ctx context.Context, id, originalID int64, a Actor) error {
	return s.relate(ctx, id, originalID, true, a)
}

func (s *Store) relate(ctx context.Context, id, otherID int64, duplicate bool, a Actor) error {
	if !a.Role.WorksRegister() {
		return Forbidden("Ärenden kopplas av presstjänsten och administratörer.")
	}
	if id == otherID {
		return &ValidationError{Fields: map[string]string{"number": "Ett ärende kan inte kopplas till sig självt."}}
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := lockCase(tx, id)
		if err != nil {
			return err
		}
		other, err := lockCase(tx, otherID)
		if errors.Is(err, ErrNotFound) {
			return &ValidationError{Fields: map[string]string{"number": "Det finns inget sådant ärende."}}
		}
		if err != nil {
			return err
		}
		now := s.now()
		if duplicate {
			if other.DuplicateOf != nil && *other.DuplicateOf == id {
				return &ValidationError{Fields: map[string]string{"number": other.Number + " är redan en dubblett av det här ärendet."}}
			}
			if err := tx.Model(&Case{}).Where("id = ?", id).Updates(map[string]any{"duplicate_of": otherID, "updated_at": now}).Error; err != nil {
				return err
			}
			return addEvent(tx, id, now, a, EventDuplicate, map[string]any{"of": otherID, "number": other.Number})
		}
		lo, hi := min(id, otherID), max(id, otherID)
		res := tx.Where("case_id = ? AND related_id = ?", lo, hi).FirstOrCreate(&Relation{CaseID: lo, RelatedID: hi, CreatedBy: a.Username, CreatedAt: now})
		if res.Error != nil || res.RowsAffected == 0 {
			return res.Error
		}
		if err := addEvent(tx, id, now, a, EventRelated, map[string]any{"case_id": otherID, "number": other.Number}); err != nil {
			return err
		}
		return addEvent(tx, otherID, now, a, EventRelated, map[string]any{"case_id": id, "number": c.Number})
	})
	if err != nil {
		return wrapDomain(fmt.Sprintf("relate case %d to %d", id, otherID), err)
	}
	return nil
}

// Related are the cases linked to one: related matters, the original it
// duplicates, and the duplicates of it.
type Related struct {
	Related     []CaseLink
	DuplicateOf *CaseLink
	Duplicates  []CaseLink
}

// RelatedCases loads what is linked to a case.
func (s *Store) RelatedCases(ctx context.Context, c *Case) (*Related, error) {
	db := s.db.WithContext(ctx)
	out := &Related{Related: []CaseLink{}, Duplicates: []CaseLink{}}
	cols := "id, number, kind, status"
	err := db.Model(&Case{}).Select(cols).
		Where("id IN (SELECT related_id FROM case_relations WHERE case_id = ?) OR id IN (SELECT case_id FROM case_relations WHERE related_id = ?)", c.ID, c.ID).
		Order("id").Scan(&out.Related).Error
	if err != nil {
		return nil, fmt.Errorf("load related cases of %d: %w", c.ID, err)
	}
	if err := db.Model(&Case{}).Select(cols).Where("duplicate_of = ?", c.ID).Order("id").Scan(&out.Duplicates).Error; err != nil {
		return nil, fmt.Errorf("load duplicates of %d: %w", c.ID, err)
	}
	if c.DuplicateOf != nil {
		var l []CaseLink
		if err := db.Model(&Case{}).Select(cols).Where("id = ?", *c.DuplicateOf).Scan(&l).Error; err != nil {
			return nil, fmt.Errorf("load the original of %d: %w", c.ID, err)
		}
		if len(l) == 1 {
			out.DuplicateOf = &l[0]
		}
	}
	return out, nil
}

// Reconsideration outcomes (FL 39 §): the decision maker looks at the
// decision again before the appeal goes to the court.
const (
	ReconsiderUnchanged = "unchanged" // the decision stands; the appeal goes to the court
	ReconsiderChanged   = "changed"   // changed as the appellant asked; the appeal lapses (FL 46 §)
)

// Court outcomes.
const (
	CourtUpheld     = "upheld"     // avslag: the authority's decision stands
	CourtOverturned = "overturned" // bifall: the documents are to be released
	CourtReturned   = "returned"   // återförvisat: decide again
	CourtDismissed  = "dismissed"  // avvisat or avskrivet
)

// CourtOutcomeOrder is the order forms offer the court's outcomes in.
var CourtOutcomeOrder = []string{CourtUpheld, CourtOverturned, CourtReturned, CourtDismissed}

// CourtOutcomes lists the court's outcomes with their Swedish names.
var CourtOutcomes = map[string]string{CourtUpheld: "Avslag (beslutet står fast)", CourtOverturned: "Bifall (handlingarna ska lämnas ut)",
	CourtReturned: "Återförvisat", CourtDismissed: "Avvisat eller avskrivet"}

// MayReconsider: the reconsideration of a decision (FL 39 §) is the
// decision maker's, one with the delegation for the case's unit.
func (a Actor) MayReconsider(c *Case) bool { return a.Role.WorksRegister() && a.CanDecide(c.Unit) }

// Reconsider records the reconsideration (omprövning, FL 39 §) of the
// decision the case's latest appeal is against. A decision changed as the
// appellant asked ends the appeal; one that stands goes on to the court.
func (s *Store) Reconsider(ctx context.Context, caseID int64, outcome, note string, a Actor) (*Appeal, error) {
	return s.updateAppeal(ctx, caseID, a, "reconsider", func(tx *gorm.DB, c *Case, ap *Appeal, v *ValidationError) (map[string]any, string, map[string]any) {
		note = strings.TrimSpace(note)
		switch {
		case outcome != ReconsiderUnchanged && outcome != ReconsiderChanged:
			v.Add("outcome", "Välj om beslutet står fast (unchanged) eller ändras (changed).")
		case ap.SentAt != nil:
			v.Add("outcome", "Överklagandet är redan överlämnat till domstolen; omprövningen görs före.")
		case ap.Reconsideration != "":
			v.Add("outcome", "Beslutet är redan omprövat.")
		case !a.MayReconsider(c):
			why := "Omprövningen kräver delegation för " + unitName(c.Unit) + "."
			if who, err := deciders(tx, c.Unit); err == nil {
				why += whoCan(who)
			}
			v.Add("outcome", why)
		}
		checkText(v, "note", note, 2000)
		now := s.now()
		return map[string]any{"reconsidered_at": now, "reconsideration": outcome}, EventReconsidered,
			map[string]any{"appeal_id": ap.ID, "outcome": outcome, "note": note}
	})
}

// RecordCourtOutcome records the court's judgment on the case's latest appeal.
func (s *Store) RecordCourtOutcome(ctx context.Context, caseID int64, outcome string, decided time.Time, a Actor) (*Appeal, error) {
	return s.updateAppeal(ctx, caseID, a, "record the court's outcome of", func(_ *gorm.DB, _ *Case, ap *Appeal, v *ValidationError) (map[string]any, string, map[string]any) {
		d := decided.UTC().Truncate(time.Microsecond)
		switch {
		case CourtOutcomes[outcome] == "":
			v.Add("outcome", "Välj domstolens utfall: upheld, overturned, returned eller dismissed.")
		case ap.SentAt == nil:
			v.Add("outcome", "Överklagandet har inte överlämnats till domstolen.")
		case ap.CourtOutcome != "":
			v.Add("outcome", "Domstolens avgörande är redan registrerat.")
		case d.Before(*ap.SentAt) || d.After(s.now().Add(5*time.Minute)):
			v.Add("decided_at", "Domstolens avgörande ska ligga mellan överlämnandet och nu.")
		}
		return map[string]any{"court_outcome": outcome, "court_decided_at": d}, EventCourtOutcome,
			map[string]any{"appeal_id": ap.ID, "outcome": outcome, "decided_at": d, "court": ap.Court}
	})
}

func (s *Store) updateAppeal(ctx context.Context, caseID int64, a Actor, doing string,
	change func(tx *gorm.DB, c *Case, ap *Appeal, v *ValidationError) (updates map[string]any, event string, data map[string]any)) (*Appeal, error) {
	if !a.Role.WorksRegister() {
		return nil, Forbidden("Överklaganden handläggs av presstjänsten och administratörer.")
	}
	var ap Appeal
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := lockCase(tx, caseID)
		if err != nil {
			return err
		}
		switch err := tx.Where("case_id = ?", caseID).Order("id DESC").Take(&ap).Error; {
		case errors.Is(err, gorm.ErrRecordNotFound):
			return ErrNotFound
		case err != nil:
			return err
		}
		v := &ValidationError{}
		if !ap.InTime {
			v.Add("outcome", "Överklagandet kom in för sent och ska avvisas (FL 45 §).")
			return v
		}
		updates, typ, data := change(tx, c, &ap, v)
		if v.Any() {
			return v
		}
		if err := tx.Model(&ap).Updates(updates).Error; err != nil {
			return err
		}
		return addEvent(tx, caseID, s.now(), a, typ, data)
	})
	if err != nil {
		return nil, wrapDomain(fmt.Sprintf("%s the appeal of case %d", doing, caseID), err)
	}
	if err := s.db.WithContext(ctx).Take(&ap, ap.ID).Error; err != nil {
		return nil, fmt.Errorf("reload appeal %d: %w", ap.ID, err)
	}
	return &ap, nil
}

type caseLifeV13 struct {
	WaitingSince    *time.Time
	WaitingQuestion string `gorm:"type:text;not null;default:''"`
	PagesDelivered  int    `gorm:"not null;default:0"`
	Fee             int    `gorm:"not null;default:0"`
	DuplicateOf     *int64
}

func (caseLifeV13) TableName() string { return "cases" }

type deliveryV13 struct {
	ID          int64     `gorm:"primaryKey"`
	CaseID      int64     `gorm:"not null;index:case_deliveries_case_id"`
	DeliveredAt time.Time `gorm:"not null"`
	Description string    `gorm:"type:text;not null"`
	Pages       int       `gorm:"not null"`
	Fee         int       `gorm:"not null"`
	CreatedBy   string    `gorm:"size:100;not null"`
	CreatedAt   time.Time `gorm:"not null"`
}

func (deliveryV13) TableName() string { return "case_deliveries" }

type relationV13 struct {
	CaseID    int64     `gorm:"primaryKey;autoIncrement:false"`
	RelatedID int64     `gorm:"primaryKey;autoIncrement:false;index:case_relations_related_id"`
	CreatedBy string    `gorm:"size:100;not null"`
	CreatedAt time.Time `gorm:"not null"`
}

func (relationV13) TableName() string { return "case_relations" }

type appealLifeV13 struct {
	ReconsideredAt  *time.Time
	Reconsideration string `gorm:"size:20;not null;default:''"`
	CourtOutcome    string `gorm:"size:20;not null;default:''"`
	CourtDecidedAt  *time.Time
}

func (appealLifeV13) TableName() string { return "case_appeals" }

func migrateRequestLife(tx *gorm.DB) error {
	m := tx.Migrator()
	for _, col := range []string{"WaitingSince", "WaitingQuestion", "PagesDelivered", "Fee", "DuplicateOf"} {
		if err := m.AddColumn(&caseLifeV13{}, col); err != nil {
			return err
		}
	}
	for _, col := range []string{"ReconsideredAt", "Reconsideration", "CourtOutcome", "CourtDecidedAt"} {
		if err := m.AddColumn(&appealLifeV13{}, col); err != nil {
			return err
		}
	}
	return m.CreateTable(&deliveryV13{}, &relationV13{})
}
