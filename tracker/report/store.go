package report

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Register is what the report reads of the register of cases: its
// figures for a period and when the period's backlog is measured.
// *tracker.Store implements it.
type Register interface {
	RegisterFigures(ctx context.Context, p tracker.Period) (map[tracker.Kind]tracker.RegisterFigure, error)
	BacklogAt(p tracker.Period) time.Time
}

// Options configure a Store. Zero values take sensible defaults.
type Options struct {
	Now   func() time.Time // default time.Now
	About About            // who compiles the report for whom ("Om rapporten")
}

// Store keeps the lägesbild: drafts, published reports, tone corrections,
// spokespersons and communication actions, and composes the report from
// them, the register and the coverage.
type Store struct {
	db       *gorm.DB
	now      func() time.Time
	register Register
	learned  *learned // the tone scorer trained on the corrections
	// suggestions keeps each opinion piece's suggested tone while its
	// text and the scorer stay the same: a week's 500 pieces cost a second
	// to score, and the draft is composed again at every visit.
	suggestions *suggestionCache
	about       About
}

// NewStore returns the report's store over a migrated database; register
// gives the register's figures (a *tracker.Store over the same database).
func NewStore(db *gorm.DB, register Register, o Options) *Store {
	now := o.Now
	if now == nil {
		now = time.Now
	}
	about := About{CompiledBy: strings.TrimSpace(o.About.CompiledBy), OnBehalfOf: strings.TrimSpace(o.About.OnBehalfOf)}
	return &Store{db: db, register: register, learned: &learned{}, suggestions: newSuggestionCache(), about: about,
		now: func() time.Time { return now().UTC().Truncate(time.Microsecond) }}
}

// Draft is the editor's narrative for a period (and topic), before publishing.
type Draft struct {
	ID        int64          `json:"id"`
	Period    tracker.Period `json:"period"`
	Topic     string         `json:"topic,omitempty"`
	Narrative Narrative      `json:"narrative"`
	Basis     *Basis         `json:"basis,omitempty"` // the figures the text was written against
	UpdatedBy string         `json:"updated_by"`
	CreatedAt time.Time      `json:"created_at"`
	UpdatedAt time.Time      `json:"updated_at"`
}

type draftRow struct {
	ID          int64 `gorm:"primaryKey"`
	PeriodFrom  string
	PeriodTo    string
	PeriodStart string
	Topic       string
	Narrative   string
	Basis       string
	UpdatedBy   string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

func (draftRow) TableName() string { return "report_drafts" }

func (r draftRow) draft() (*Draft, error) {
	d := &Draft{ID: r.ID, Period: rowPeriod(r.PeriodFrom, r.PeriodTo, r.PeriodStart), Topic: r.Topic,
		UpdatedBy: r.UpdatedBy, CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC()}
	if err := json.Unmarshal([]byte(r.Narrative), &d.Narrative); err != nil {
		return nil, fmt.Errorf("decode draft %d: %w", r.ID, err)
	}
	if r.Basis != "" {
		d.Basis = &Basis{}
		if err := json.Unmarshal([]byte(r.Basis), d.Basis); err != nil {
			return nil, fmt.Errorf("decode draft %d's figures: %w", r.ID, err)
		}
	}
	// The parts that carry over stay nil when the draft was saved before
	// the narrative had them: Compose then carries them over.
	for _, l := range []*[]string{&d.Narrative.Situation, &d.Narrative.Actions, &d.Narrative.Spokespersons} {
		if *l == nil {
			*l = []string{}
		}
	}
	return d, nil
}

// Limits on the narrative.
const (
	MaxBullets      = 50
	MaxBulletLength = 2000
	maxTopicName    = 100
)

func (n Narrative) nonNil() Narrative {
	for _, l := range []*[]string{&n.Situation, &n.KeyMessages, &n.ResidentInformation, &n.Actions, &n.Daily, &n.Links, &n.Spokespersons} {
		if *l == nil {
			*l = []string{}
		}
	}
	return n
}

// cleanNarrative trims the bullets, drops empty ones and checks the limits.
// A bullet that holds a personal identity number is refused: the report
// goes to the whole organisation and must hold no personal data.
func cleanNarrative(n Narrative, v *tracker.ValidationError) Narrative {
	clean := func(field string, in []string) []string {
		out := []string{}
		for _, b := range in {
			b = strings.Join(strings.Fields(b), " ")
			if b == "" {
				continue
			}
			out = append(out, b)
			i := len(out)
			switch {
			case utf8.RuneCountInString(b) > MaxBulletLength:
				v.Add(field, fmt.Sprintf("Punkt %d är för lång: högst %d tecken.", i, MaxBulletLength))
			case len(tracker.FindPersonalNumbers(b)) > 0:
				v.Add(field, fmt.Sprintf("Punkt %d innehåller något som ser ut som ett personnummer. "+
					"Ta bort det: lägesbilden får inte innehålla personuppgifter.", i))
			}
		}
		if len(out) > MaxBullets {
			v.Add(field, fmt.Sprintf("Högst %d punkter under en rubrik.", MaxBullets))
		}
		return out
	}
	return Narrative{
		Situation:           clean("narrative.situation", n.Situation),
		KeyMessages:         clean("narrative.key_messages", n.KeyMessages),
		ResidentInformation: clean("narrative.resident_information", n.ResidentInformation),
		Actions:             clean("narrative.actions", n.Actions),
		Daily:               clean("narrative.daily", n.Daily),
		Links:               clean("narrative.links", n.Links),
		Spokespersons:       clean("narrative.spokespersons", n.Spokespersons),
		FigureSentences:     n.FigureSentences,
	}
}

// periodStart is how a period's start instant is stored: RFC 3339 in UTC,
// ” for whole days.
func periodStart(p tracker.Period) string {
	if p.Start.IsZero() {
		return ""
	}
	return p.Start.UTC().Format(time.RFC3339Nano)
}

// rowPeriod is the period a row stores.
func rowPeriod(from, to, start string) tracker.Period {
	p := tracker.Period{From: from, To: to}
	if t, err := time.Parse(time.RFC3339Nano, start); err == nil {
		p.Start = t.UTC()
	}
	return p
}

// wherePeriod narrows a query to the rows of one period.
func wherePeriod(q *gorm.DB, p tracker.Period) *gorm.DB {
	return q.Where("period_from = ? AND period_to = ? AND period_start = ?", p.From, p.To, periodStart(p))
}

func checkReportScope(p tracker.Period, topic string) (tracker.Period, string, error) {
	p, err := tracker.CheckPeriod(p)
	if err != nil {
		return p, "", err
	}
	topic = strings.TrimSpace(topic)
	if utf8.RuneCountInString(topic) > maxTopicName {
		v := &tracker.ValidationError{}
		v.Add("topic", fmt.Sprintf("Ämnet får vara högst %d tecken.", maxTopicName))
		return p, "", v
	}
	return p, topic, nil
}

// Draft loads the draft of a period and topic ("" for all coverage), or ErrNotFound.
func (s *Store) Draft(ctx context.Context, p tracker.Period, topic string) (*Draft, error) {
	p, topic, err := checkReportScope(p, topic)
	if err != nil {
		return nil, err
	}
	var row draftRow
	err = wherePeriod(s.db.WithContext(ctx), p).Where("topic = ?", topic).Take(&row).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, tracker.ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load draft for %s: %w", p, err)
	}
	return row.draft()
}

// SaveDraft stores the editor's narrative for a period as it is, replacing
// the previous text, without the figures it was written against (so it
// never reads as stale). Only editors and admins may. SaveDraftWith is
// what an editor's form and the API use.
func (s *Store) SaveDraft(ctx context.Context, p tracker.Period, topic string, n Narrative, a tracker.Actor) (*Draft, error) {
	return s.saveDraft(ctx, p, topic, n, nil, a)
}

// DraftOptions say what a draft is saved against.
type DraftOptions struct {
	Compose ComposeOptions // the sources and topic of the report
	Basis   *Basis         // the figures the editor saw; nil: the report's figures now
}

// SaveDraftWith stores the editor's narrative with the figures it was
// written against. Situation bullets that are the report's generated
// sentences are not the editor's: they are dropped, and stand for
// FigureSentences (which, when not given, is inferred: yes when such a
// bullet was there or no own bullet is).
func (s *Store) SaveDraftWith(ctx context.Context, p tracker.Period, n Narrative, o DraftOptions, a tracker.Actor) (*Draft, error) {
	if !a.Role.EditsReports() {
		return nil, tracker.ErrForbidden
	}
	r, err := s.Compose(ctx, p, o.Compose)
	if err != nil {
		return nil, err
	}
	own, generated := []string{}, false
	for _, b := range n.Situation {
		b = strings.Join(strings.Fields(b), " ")
		switch {
		case b == "":
		case slices.Contains(r.FigureSentences, b):
			generated = true
		default:
			own = append(own, b)
		}
	}
	n.Situation = own
	if n.FigureSentences == nil {
		yes := generated || len(own) == 0
		n.FigureSentences = &yes
	}
	basis := o.Basis
	if basis == nil {
		b := r.Basis()
		basis = &b
	}
	return s.saveDraft(ctx, r.Period, r.Topic, n, basis, a)
}

func (s *Store) saveDraft(ctx context.Context, p tracker.Period, topic string, n Narrative, basis *Basis, a tracker.Actor) (*Draft, error) {
	if !a.Role.EditsReports() {
		return nil, tracker.ErrForbidden
	}
	p, topic, err := checkReportScope(p, topic)
	if err != nil {
		return nil, err
	}
	v := &tracker.ValidationError{}
	n = cleanNarrative(n, v)
	if v.Any() {
		return nil, v
	}
	b, err := json.Marshal(n)
	if err != nil {
		return nil, fmt.Errorf("encode narrative: %w", err)
	}
	now := s.now()
	row := draftRow{PeriodFrom: p.From, PeriodTo: p.To, PeriodStart: periodStart(p), Topic: topic, Narrative: string(b), UpdatedBy: a.Username,
		CreatedAt: now, UpdatedAt: now}
	if basis != nil {
		row.Basis = basis.JSON()
	}
	err = s.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "period_from"}, {Name: "period_to"}, {Name: "topic"}, {Name: "period_start"}},
		DoUpdates: clause.AssignmentColumns([]string{"narrative", "basis", "updated_by", "updated_at"}),
	}).Create(&row).Error
	if err != nil {
		return nil, fmt.Errorf("save draft for %s: %w", p, err)
	}
	return s.Draft(ctx, p, topic)
}

// DeleteDraft drops the draft, so that the report suggests its bullets again.
func (s *Store) DeleteDraft(ctx context.Context, p tracker.Period, topic string, a tracker.Actor) error {
	if !a.Role.EditsReports() {
		return tracker.ErrForbidden
	}
	p, topic, err := checkReportScope(p, topic)
	if err != nil {
		return err
	}
	res := wherePeriod(s.db.WithContext(ctx), p).Where("topic = ?", topic).Delete(&draftRow{})
	if res.Error != nil {
		return fmt.Errorf("delete draft for %s: %w", p, res.Error)
	}
	if res.RowsAffected == 0 {
		return tracker.ErrNotFound
	}
	return nil
}

// PublishedReport is an immutable snapshot of a report: the figures as they
// were when it was published, the narrative, the version and who published it.
type PublishedReport struct {
	ID          int64          `json:"id"`
	Period      tracker.Period `json:"period"`
	Topic       string         `json:"topic,omitempty"`
	Version     int            `json:"version"`
	CompiledAt  time.Time      `json:"compiled_at"`
	PublishedBy string         `json:"published_by"`
	PublishedAt time.Time      `json:"published_at"`
	Report      *Report        `json:"report"` // decoded from JSON, with Published.ID filled in
	JSON        []byte         `json:"-"`      // the snapshot exactly as stored
}

// PublishedSummary is a line in the history of published reports.
type PublishedSummary struct {
	ID          int64          `json:"id"`
	Period      tracker.Period `json:"period"`
	Label       string         `json:"label"`
	Topic       string         `json:"topic,omitempty"`
	Version     int            `json:"version"`
	PublishedBy string         `json:"published_by"`
	PublishedAt time.Time      `json:"published_at"`
	Compiled    string         `json:"compiled"`
}

type publishedRow struct {
	ID          int64 `gorm:"primaryKey"`
	PeriodFrom  string
	PeriodTo    string
	PeriodStart string
	Topic       string
	Version     int
	Report      string
	CompiledAt  time.Time
	PublishedBy string
	PublishedAt time.Time
}

func (publishedRow) TableName() string { return "published_reports" }

func (r publishedRow) summary() PublishedSummary {
	p := rowPeriod(r.PeriodFrom, r.PeriodTo, r.PeriodStart)
	return PublishedSummary{ID: r.ID, Period: p, Label: p.Label(), Topic: r.Topic, Version: r.Version,
		PublishedBy: r.PublishedBy, PublishedAt: r.PublishedAt.In(tracker.Stockholm), Compiled: tracker.CompiledLine(r.CompiledAt)}
}

func (r publishedRow) published() (*PublishedReport, error) {
	pr := &PublishedReport{ID: r.ID, Period: rowPeriod(r.PeriodFrom, r.PeriodTo, r.PeriodStart), Topic: r.Topic,
		Version: r.Version, CompiledAt: r.CompiledAt.UTC(), PublishedBy: r.PublishedBy,
		PublishedAt: r.PublishedAt.UTC(), JSON: []byte(r.Report)}
	var rep Report
	if err := json.Unmarshal(pr.JSON, &rep); err != nil {
		return nil, fmt.Errorf("decode published report %d: %w", r.ID, err)
	}
	if rep.Published == nil {
		rep.Published = &Publication{}
	}
	rep.Published.ID = r.ID
	pr.Report = &rep
	return pr, nil
}

// PublishOptions are the report's sources and the editor's confirmation.
type PublishOptions struct {
	ComposeOptions
	// Confirm publishes stale text, or a period that has not ended; without
	// it, Publish answers a *ConfirmError.
	Confirm bool
}

// Publish composes the report for the period with the draft's narrative
// (or the suggested one) and stores it as the next version: a snapshot
// whose figures no later data changes. Only editors and admins may
// publish. Text written against other figures than the report's, or a
// period of whole days that has not ended, needs o.Confirm (a period since
// the last report runs to now, so it is never early).
func (s *Store) Publish(ctx context.Context, p tracker.Period, o PublishOptions, a tracker.Actor) (*PublishedReport, error) {
	if !a.Role.EditsReports() {
		return nil, tracker.ErrForbidden
	}
	opts := o.ComposeOptions
	p, topic, err := checkReportScope(p, opts.Topic)
	if err != nil {
		return nil, err
	}
	opts.Topic = topic
	r, err := s.Compose(ctx, p, opts)
	if err != nil {
		return nil, err
	}
	if !o.Confirm {
		ce := &ConfirmError{}
		if r.Draft != nil && r.Draft.Stale {
			ce.Changes = r.Draft.Changes
		}
		if _, end := r.Period.Bounds(); r.Period.Start.IsZero() && s.now().Before(end) {
			ce.NotEnded, ce.End = true, end
		}
		if len(ce.Changes) > 0 || ce.NotEnded {
			return nil, ce
		}
	}
	// Two editors publishing at once both read the same last version; the
	// unique index lets one win, and the other takes the next number.
	for attempt := 0; ; attempt++ {
		id, err := s.insertPublished(ctx, r, a)
		if err == nil {
			return s.PublishedReport(ctx, id)
		}
		if !lagesbild.IsUniqueViolation(err) || attempt == 4 {
			return nil, fmt.Errorf("publish report for %s: %w", p, err)
		}
	}
}

func (s *Store) insertPublished(ctx context.Context, r *Report, a tracker.Actor) (int64, error) {
	var id int64
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var last int
		err := wherePeriod(tx.Model(&publishedRow{}), r.Period).Select("COALESCE(MAX(version), 0)").
			Where("topic = ?", r.Topic).Scan(&last).Error
		if err != nil {
			return err
		}
		now := s.now()
		snap := *r
		snap.Draft = nil
		snap.Published = &Publication{Version: last + 1, PublishedBy: a.Username, PublishedAt: now.In(tracker.Stockholm),
			Compiled: tracker.CompiledLine(r.CompiledAt)}
		b, err := json.Marshal(&snap)
		if err != nil {
			return fmt.Errorf("encode report: %w", err)
		}
		row := publishedRow{PeriodFrom: r.Period.From, PeriodTo: r.Period.To, PeriodStart: periodStart(r.Period), Topic: r.Topic, Version: last + 1,
			Report: string(b), CompiledAt: r.CompiledAt.UTC(), PublishedBy: a.Username, PublishedAt: now}
		if err := tx.Create(&row).Error; err != nil {
			return err
		}
		id = row.ID
		return nil
	})
	return id, err
}

// PublishedReport loads one published report.
func (s *Store) PublishedReport(ctx context.Context, id int64) (*PublishedReport, error) {
	var row publishedRow
	switch err := s.db.WithContext(ctx).Take(&row, id).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, tracker.ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load published report %d: %w", id, err)
	}
	return row.published()
}

// PublishedVersion loads a version of a period's published report; version
// 0 is the latest.
func (s *Store) PublishedVersion(ctx context.Context, p tracker.Period, topic string, version int) (*PublishedReport, error) {
	p, topic, err := checkReportScope(p, topic)
	if err != nil {
		return nil, err
	}
	q := wherePeriod(s.db.WithContext(ctx), p).Where("topic = ?", topic)
	if version > 0 {
		q = q.Where("version = ?", version)
	}
	var row publishedRow
	switch err := q.Order("version DESC").Take(&row).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, tracker.ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load published report for %s: %w", p, err)
	}
	return row.published()
}

// LastPublished loads the last published report of the topic ("" for all
// coverage), by when it was published; ErrNotFound when none is.
func (s *Store) LastPublished(ctx context.Context, topic string) (*PublishedReport, error) {
	var row publishedRow
	err := s.db.WithContext(ctx).Where("topic = ?", strings.TrimSpace(topic)).
		Order("published_at DESC, id DESC").Take(&row).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, tracker.ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load the last published report: %w", err)
	}
	return row.published()
}

// PublishedFilter narrows the history of published reports.
type PublishedFilter struct {
	Period *tracker.Period // only this period
	Topic  *string         // only this topic ("" is all coverage)
	Limit  int             // default 50, at most 500
	Offset int
}

// PublishedReports lists published reports, newest first, with the total
// before paging: the history of one period or of all.
func (s *Store) PublishedReports(ctx context.Context, f PublishedFilter) ([]PublishedSummary, int64, error) {
	q := s.db.WithContext(ctx).Model(&publishedRow{})
	if f.Period != nil {
		p, err := tracker.CheckPeriod(*f.Period)
		if err != nil {
			return nil, 0, err
		}
		q = wherePeriod(q, p)
	}
	if f.Topic != nil {
		q = q.Where("topic = ?", strings.TrimSpace(*f.Topic))
	}
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, 0, fmt.Errorf("count published reports: %w", err)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	var rows []publishedRow
	err := q.Select("id, period_from, period_to, period_start, topic, version, compiled_at, published_by, published_at").
		Order("published_at DESC, id DESC").Limit(min(limit, tracker.MaxPageSize)).Offset(max(f.Offset, 0)).Find(&rows).Error
	if err != nil {
		return nil, 0, fmt.Errorf("list published reports: %w", err)
	}
	out := make([]PublishedSummary, len(rows))
	for i, r := range rows {
		out[i] = r.summary()
	}
	return out, total, nil
}
