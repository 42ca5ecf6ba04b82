package report

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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
	Now func() time.Time // default time.Now
}

// Store keeps the lägesbild: drafts, published reports, tone corrections,
// spokespersons and communication actions, and composes the report from
// them, the register and the coverage.
type Store struct {
	db       *gorm.DB
	now      func() time.Time
	register Register
	learned  *learned // the tone scorer trained on the corrections
}

// NewStore returns the report's store over a migrated database; register
// gives the register's figures (a *tracker.Store over the same database).
func NewStore(db *gorm.DB, register Register, o Options) *Store {
	now := o.Now
	if now == nil {
		now = time.Now
	}
	return &Store{db: db, register: register, learned: &learned{},
		now: func() time.Time { return now().UTC().Truncate(time.Microsecond) }}
}

// Draft is the editor's narrative for a period (and topic), before publishing.
type Draft struct {
	ID        int64          `json:"id"`
	Period    tracker.Period `json:"period"`
	Topic     string         `json:"topic,omitempty"`
	Narrative Narrative      `json:"narrative"`
	UpdatedBy string         `json:"updated_by"`
	CreatedAt time.Time      `json:"created_at"`
	UpdatedAt time.Time      `json:"updated_at"`
}

type draftRow struct {
	ID         int64 `gorm:"primaryKey"`
	PeriodFrom string
	PeriodTo   string
	Topic      string
	Narrative  string
	UpdatedBy  string
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

func (draftRow) TableName() string { return "report_drafts" }

func (r draftRow) draft() (*Draft, error) {
	d := &Draft{ID: r.ID, Period: tracker.Period{From: r.PeriodFrom, To: r.PeriodTo}, Topic: r.Topic,
		UpdatedBy: r.UpdatedBy, CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC()}
	if err := json.Unmarshal([]byte(r.Narrative), &d.Narrative); err != nil {
		return nil, fmt.Errorf("decode draft %d: %w", r.ID, err)
	}
	d.Narrative = d.Narrative.nonNil()
	return d, nil
}

// Limits on the narrative.
const (
	MaxBullets      = 50
	MaxBulletLength = 2000
	maxTopicName    = 100
)

func (n Narrative) nonNil() Narrative {
	for _, l := range []*[]string{&n.Situation, &n.Actions, &n.Spokespersons} {
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
		Situation:     clean("narrative.situation", n.Situation),
		Actions:       clean("narrative.actions", n.Actions),
		Spokespersons: clean("narrative.spokespersons", n.Spokespersons),
	}
}

func checkReportScope(p tracker.Period, topic string) (tracker.Period, string, error) {
	p, err := tracker.ParsePeriod(p.From, p.To)
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
	err = s.db.WithContext(ctx).Where("period_from = ? AND period_to = ? AND topic = ?", p.From, p.To, topic).Take(&row).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, tracker.ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load draft for %s: %w", p, err)
	}
	return row.draft()
}

// SaveDraft stores the editor's narrative for a period, replacing the
// previous text. Only editors and admins may.
func (s *Store) SaveDraft(ctx context.Context, p tracker.Period, topic string, n Narrative, a tracker.Actor) (*Draft, error) {
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
	row := draftRow{PeriodFrom: p.From, PeriodTo: p.To, Topic: topic, Narrative: string(b), UpdatedBy: a.Username,
		CreatedAt: now, UpdatedAt: now}
	err = s.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "period_from"}, {Name: "period_to"}, {Name: "topic"}},
		DoUpdates: clause.AssignmentColumns([]string{"narrative", "updated_by", "updated_at"}),
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
	res := s.db.WithContext(ctx).Where("period_from = ? AND period_to = ? AND topic = ?", p.From, p.To, topic).Delete(&draftRow{})
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
	Topic       string
	Version     int
	Report      string
	CompiledAt  time.Time
	PublishedBy string
	PublishedAt time.Time
}

func (publishedRow) TableName() string { return "published_reports" }

func (r publishedRow) summary() PublishedSummary {
	p := tracker.Period{From: r.PeriodFrom, To: r.PeriodTo}
	return PublishedSummary{ID: r.ID, Period: p, Label: p.Label(), Topic: r.Topic, Version: r.Version,
		PublishedBy: r.PublishedBy, PublishedAt: r.PublishedAt.In(tracker.Stockholm), Compiled: tracker.CompiledLine(r.CompiledAt)}
}

func (r publishedRow) published() (*PublishedReport, error) {
	pr := &PublishedReport{ID: r.ID, Period: tracker.Period{From: r.PeriodFrom, To: r.PeriodTo}, Topic: r.Topic,
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

// Publish composes the report for the period with the draft's narrative
// (or the suggested one) and stores it as the next version: a snapshot
// whose figures no later data changes. Only editors and admins may publish.
func (s *Store) Publish(ctx context.Context, p tracker.Period, opts ComposeOptions, a tracker.Actor) (*PublishedReport, error) {
	if !a.Role.EditsReports() {
		return nil, tracker.ErrForbidden
	}
	p, topic, err := checkReportScope(p, opts.Topic)
	if err != nil {
		return nil, err
	}
	opts.Topic = topic
	r, err := s.Compose(ctx, p, opts)
	if err != nil {
		return nil, err
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
		err := tx.Model(&publishedRow{}).Select("COALESCE(MAX(version), 0)").
			Where("period_from = ? AND period_to = ? AND topic = ?", r.Period.From, r.Period.To, r.Topic).Scan(&last).Error
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
		row := publishedRow{PeriodFrom: r.Period.From, PeriodTo: r.Period.To, Topic: r.Topic, Version: last + 1,
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
	q := s.db.WithContext(ctx).Where("period_from = ? AND period_to = ? AND topic = ?", p.From, p.To, topic)
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
		p, err := tracker.ParsePeriod(f.Period.From, f.Period.To)
		if err != nil {
			return nil, 0, err
		}
		q = q.Where("period_from = ? AND period_to = ?", p.From, p.To)
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
	err := q.Select("id, period_from, period_to, topic, version, compiled_at, published_by, published_at").
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
