package report

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report/themes"
	"github.com/lagesbild/lagesbild/tracker/tone"
	"gorm.io/gorm"
)

// The headings of the report's narrative, as the situation report has them.
const (
	HeadingSituation     = "Kommunikativ lägesbild"
	HeadingKeyMessages   = "Verksamhetens kommentar"
	HeadingResidents     = "Information till invånare"
	HeadingActions       = "Kommunikativa åtgärder, urval"
	HeadingDaily         = "Dagligen"
	HeadingLinks         = "Samlad information"
	HeadingSpokespersons = "Talespersoner"
	HeadingAbout         = "Om rapporten"
)

// Coverage is what the report needs from the news side; the ingest and
// search packages implement it and cmd passes it in. Coverage counts the
// articles published in the period that match the monitored topics (or the
// one topic given), items of own feeds left out, a syndicated story once
// per outlet.
type Coverage interface {
	// CoverageFigures are the period's volume, opinion pieces and themes.
	CoverageFigures(ctx context.Context, p tracker.Period, topic string) (CoverageFigures, error)
	// OwnItems are the items of the organisation's own feeds published in
	// the period, as communication actions.
	OwnItems(ctx context.Context, p tracker.Period) ([]ReportAction, error)
}

// DailyVolumer may be implemented by a Coverage to count articles per day
// more cheaply than CoverageFigures does; Compose then uses it for the
// baseline and the previous period.
type DailyVolumer interface {
	DailyVolume(ctx context.Context, p tracker.Period, topic string) ([]DayCount, error)
}

// CoverageFigures are the coverage side's answer for one period.
type CoverageFigures struct {
	Total int
	// PreviousTotal is the previous period's total when PreviousCounted;
	// otherwise the report adds up the previous period's days.
	PreviousTotal   int
	PreviousCounted bool
	ByKind          KindCounts
	ByOutlet        []tracker.OutletCount
	ByDay           []DayCount // may leave out days without articles
	// Opinion are the period's opinion pieces with their text, for the tone scorer.
	Opinion []OpinionPiece
	// Themes are the main themes: monitored topics, rising terms,
	// near-duplicate story groups; most important first.
	Themes []Theme
}

// KindCounts split the coverage by kind.
type KindCounts struct {
	News    int `json:"news"`
	Opinion int `json:"opinion"`
}

// DayCount is a number of articles on one day (YYYY-MM-DD, Stockholm).
type DayCount struct {
	Date  string `json:"date"`
	Count int    `json:"count"`
}

// Theme is one of the main themes of the coverage.
type Theme = themes.Theme

// OpinionPiece is an opinion article to score.
type OpinionPiece struct {
	ID          int64
	Outlet      string
	Title       string
	URL         string
	Text        string // title, lead and body as plain text
	PublishedAt time.Time
}

// ReportAction is a communication action in the report: entered by hand or
// an item of an own feed.
type ReportAction struct {
	Date   string     `json:"date"` // YYYY-MM-DD
	Kind   ActionKind `json:"kind"`
	Title  string     `json:"title"`
	URL    string     `json:"url"`
	Source string     `json:"source"` // "manual" or "feed"
	// Uptake is, for an own feed's item, who took it up ("citerades av 6
	// medier, varav 2 rikstäckande"), and UptakeOutlets which outlets; ""
	// and none when no one did (or for a hand-entered action).
	Uptake        string   `json:"uptake,omitempty"`
	UptakeOutlets []string `json:"uptake_outlets,omitempty"`
}

// Report is the "Kommunikativ lägesbild" for a period. Its JSON is the
// contract of API.md; the fields after Actions extend it.
type Report struct {
	Period      tracker.Period `json:"period"`
	CompiledAt  time.Time      `json:"compiled_at"`
	Coverage    ReportCoverage `json:"coverage"`
	Pressure    Pressure       `json:"pressure"`
	Themes      []Theme        `json:"themes"`
	OpinionTone ToneCounts     `json:"opinion_tone"`
	Register    ReportRegister `json:"register"`
	Actions     []ReportAction `json:"actions"`

	// KeyMessages (Verksamhetens kommentar), ResidentInformation (what
	// residents are told) and Links (Samlad information) are the
	// narrative's; carried over from the last published report.
	KeyMessages         []string `json:"key_messages"`
	ResidentInformation []string `json:"resident_information"`
	Links               []string `json:"links"`

	Label     string          `json:"label"`            // "v. 47 2024"
	Audience  Audience        `json:"audience"`         // internal: with the spokespersons' phones
	About     About           `json:"about"`            // who compiles the report for whom
	Selection ActionSelection `json:"action_selection"` // the period's actions as lines to pick from
	// FigureSentences are the sentences made from the figures at compose
	// time; they lead narrative.situation unless the draft leaves them out.
	FigureSentences []string `json:"figure_sentences"`
	// Editable is the narrative as the editor edits it: the draft's own
	// bullets (the suggestion's parts when there is no draft), without the
	// generated sentences.
	Editable      Narrative              `json:"-"`
	Topic         string                 `json:"topic,omitempty"`
	OpinionPieces []OpinionToneEntry     `json:"opinion_pieces"`
	Spokespersons []SpokespersonMentions `json:"spokespersons"`
	Narrative     Narrative              `json:"narrative"`
	Draft         *DraftInfo             `json:"draft,omitempty"`     // set when the narrative is an editor's draft
	Published     *Publication           `json:"published,omitempty"` // set on a published snapshot
}

// ReportCoverage is the coverage section of the report.
type ReportCoverage struct {
	Total         int                   `json:"total"`
	PreviousTotal int                   `json:"previous_total"`
	ByKind        KindCounts            `json:"by_kind"`
	ByOutlet      []tracker.OutletCount `json:"by_outlet"`
	ByDay         []DayCount            `json:"by_day"` // every day of the period, zeros included

	Available      bool           `json:"available"` // false: no coverage source was connected
	PreviousPeriod tracker.Period `json:"previous_period"`
}

// PressureLevel is how hard the media are pressing.
type PressureLevel string

const (
	PressureLow      PressureLevel = "låg"
	PressureNormal   PressureLevel = "normal"
	PressureHigh     PressureLevel = "hög"
	PressureVeryHigh PressureLevel = "mycket hög"
)

// Pressure is the media-pressure level and its explanation in one sentence.
type Pressure struct {
	Level       PressureLevel `json:"level"`
	Explanation string        `json:"explanation"`

	DailyMean      float64  `json:"daily_mean"`      // articles per day in the period
	BaselineMean   float64  `json:"baseline_mean"`   // articles per day in the baseline window
	BaselineStdDev float64  `json:"baseline_stddev"` // their spread (population standard deviation)
	BaselineDays   int      `json:"baseline_days"`
	Ratio          *float64 `json:"ratio"` // DailyMean against the normal state; nil without coverage

	// BaselineMedian is the normal state: the median articles per day of
	// the baseline window, which a crisis of a few weeks does not move.
	BaselineMedian float64 `json:"baseline_median"`
	// Baseline is the window the normal state was read from: the 90 days
	// before the period, or a reference period the editor chose.
	Baseline  tracker.Period `json:"baseline"`
	Reference bool           `json:"reference,omitempty"` // the editor chose the window
	// Trend is the change against the previous period of the same length:
	// ökande, fortsatt or avtagande ("" when not compared).
	Trend             Trend   `json:"trend"`
	PreviousDailyMean float64 `json:"previous_daily_mean"`
}

// Trend is how the media pressure moves against the previous period.
type Trend string

const (
	TrendRising  Trend = "ökande"
	TrendSteady  Trend = "fortsatt"
	TrendFalling Trend = "avtagande"
)

// ToneCounts count the opinion pieces per tone.
type ToneCounts struct {
	Critical   int `json:"critical"`
	Neutral    int `json:"neutral"`
	Supportive int `json:"supportive"`
	Confirmed  int `json:"confirmed"` // how many of them a person confirmed or corrected
}

// Total is the number of opinion pieces counted.
func (t ToneCounts) Total() int { return t.Critical + t.Neutral + t.Supportive }

// OpinionToneEntry is one opinion piece's tone and why.
type OpinionToneEntry struct {
	ArticleID   int64     `json:"article_id"`
	Outlet      string    `json:"outlet"`
	Title       string    `json:"title"`
	URL         string    `json:"url"`
	PublishedAt time.Time `json:"published_at"`
	Tone        Tone      `json:"tone"`      // the tone the report counts
	Suggested   Tone      `json:"suggested"` // the scorer's suggestion
	Status      string    `json:"status"`    // ToneSuggested or ToneConfirmed
	Score       float64   `json:"score"`
	Evidence    []string  `json:"evidence"`
	CorrectedBy string    `json:"corrected_by,omitempty"` // who confirmed or corrected the tone
}

// ReportRegister holds the register figures per kind.
type ReportRegister struct {
	DocumentRequest tracker.RegisterFigure `json:"document_request"`
	PressInquiry    tracker.RegisterFigure `json:"press_inquiry"`
	BacklogAt       time.Time              `json:"backlog_at"` // when open and overdue were measured
}

// SpokespersonMentions is a spokesperson with the number of articles of the
// period that mention them (nil when no coverage is connected).
type SpokespersonMentions struct {
	Name     string `json:"name"`
	Title    string `json:"title"`
	Unit     string `json:"unit"`
	Phone    string `json:"phone,omitempty"` // in the internal version only
	Mentions *int   `json:"mentions"`
}

// Audience is whom a version of the report is for.
type Audience string

const (
	// AudienceInternal is the organisation's own version: with the
	// spokespersons' phone numbers.
	AudienceInternal Audience = "internal"
	// AudienceExternal leaves the phone numbers out.
	AudienceExternal Audience = "external"
)

// ParseAudience reads "internal" or "external" ("" is external).
func ParseAudience(s string) (Audience, error) {
	switch a := Audience(strings.ToLower(strings.TrimSpace(s))); a {
	case "", AudienceExternal:
		return AudienceExternal, nil
	case AudienceInternal:
		return a, nil
	}
	v := &tracker.ValidationError{}
	v.Add("audience", "Ange internal (med talespersonernas telefonnummer) eller external.")
	return "", v
}

// ForAudience is the version of the report for a: the external one has
// no phone numbers. The report itself is left as it is.
func (r *Report) ForAudience(a Audience) *Report {
	out := *r
	out.Audience = a
	if a != AudienceInternal {
		out.Spokespersons = make([]SpokespersonMentions, len(r.Spokespersons))
		for i, sp := range r.Spokespersons {
			sp.Phone = ""
			out.Spokespersons[i] = sp
		}
	}
	return &out
}

// About says who compiles the report and on whose behalf ("Sammanställs av
// Koncernstab kommunikation på uppdrag av …"); configured, not typed per report.
type About struct {
	CompiledBy string `json:"compiled_by"`
	OnBehalfOf string `json:"on_behalf_of"`
}

// Line is the sentence under "Om rapporten"; "" when nothing is configured.
func (a About) Line() string {
	switch {
	case a.CompiledBy != "" && a.OnBehalfOf != "":
		return "Sammanställs av " + a.CompiledBy + " på uppdrag av " + a.OnBehalfOf + "."
	case a.CompiledBy != "":
		return "Sammanställs av " + a.CompiledBy + "."
	case a.OnBehalfOf != "":
		return "Sammanställs på uppdrag av " + a.OnBehalfOf + "."
	}
	return ""
}

// Narrative is the editor's text: bullets under each heading of the section.
// A bullet is plain text in which [text](https://…) is a link.
//
// Key messages, resident information, the daily routines and the links are
// carried over from the last published report as the next one's start.
type Narrative struct {
	Situation           []string `json:"situation"`            // Kommunikativ lägesbild
	KeyMessages         []string `json:"key_messages"`         // Verksamhetens kommentar
	ResidentInformation []string `json:"resident_information"` // Information till invånare
	Actions             []string `json:"actions"`              // Kommunikativa åtgärder, urval
	Daily               []string `json:"daily"`                // Dagligen
	Links               []string `json:"links"`                // Samlad information
	Spokespersons       []string `json:"spokespersons"`        // Talespersoner

	// FigureSentences tells whether the sentences generated from the
	// figures (Report.FigureSentences, made at compose time) lead the
	// situation; Situation then holds the editor's own bullets only. nil in
	// a draft saved before the two were kept apart: Situation is as written.
	FigureSentences *bool `json:"figure_sentences,omitempty"`
}

// DraftInfo says who last edited the draft's narrative, and whether its own
// wording is stale: written against figures (Basis) that have changed since.
type DraftInfo struct {
	UpdatedBy string         `json:"updated_by"`
	UpdatedAt time.Time      `json:"updated_at"`
	Basis     *Basis         `json:"basis,omitempty"` // nil: a draft saved before the figures were kept
	Stale     bool           `json:"stale"`
	Changes   []FigureChange `json:"changes"`
}

// Publication is the metadata of a published report.
type Publication struct {
	ID          int64     `json:"id,omitempty"` // filled in when a snapshot is loaded
	Version     int       `json:"version"`
	PublishedBy string    `json:"published_by"`
	PublishedAt time.Time `json:"published_at"`
	Compiled    string    `json:"compiled"` // "Sammanställt: 2024-11-19 klockan 16:45."
}

// ComposeOptions are the parts the report takes from outside the register.
type ComposeOptions struct {
	Coverage Coverage       // nil: no coverage; the report still has the register and actions
	Mentions MentionCounter // nil: spokespersons without mention counts
	Topic    string         // narrows the coverage to one monitored topic
	Scorer   *tone.Scorer   // nil: the default, trained on the seed and the corrections
	// Reference is the editor's window of normal coverage for the pressure
	// level; the zero value is the BaselineDays before the period.
	Reference tracker.Period
}

// ParseReference reads the editor's reference window for the pressure
// level: two days (YYYY-MM-DD, both included), or neither for the 90 days
// before the period. Errors name the fields reference_from and reference_to.
func ParseReference(from, to string) (tracker.Period, error) {
	from, to = strings.TrimSpace(from), strings.TrimSpace(to)
	if from == "" && to == "" {
		return tracker.Period{}, nil
	}
	v := &tracker.ValidationError{}
	if from == "" || to == "" {
		v.Add("reference_from", "Ange referensperioden med både reference_from och reference_to (ÅÅÅÅ-MM-DD).")
		return tracker.Period{}, v
	}
	p, err := tracker.ParsePeriod(from, to)
	var pv *tracker.ValidationError
	if errors.As(err, &pv) {
		for field, msg := range pv.Fields {
			v.Add("reference_"+field, msg)
		}
		return tracker.Period{}, v
	}
	return p, err
}

// BaselineDays is the window before a period whose median daily volume is
// the normal state of the media-pressure level: long enough that the weeks
// of a crisis are not its median.
const BaselineDays = 90

// Compose computes the report for a period from the register, the
// coverage and the spokespersons, with the period's draft narrative when
// there is one and suggested bullets when not.
func (s *Store) Compose(ctx context.Context, p tracker.Period, opts ComposeOptions) (*Report, error) {
	p, err := tracker.CheckPeriod(p)
	if err != nil {
		return nil, err
	}
	r := &Report{Period: p, CompiledAt: s.now().In(tracker.Stockholm), Label: p.Label(), Topic: strings.TrimSpace(opts.Topic),
		Audience: AudienceInternal, About: s.about,
		Themes: []Theme{}, OpinionPieces: []OpinionToneEntry{}, Actions: []ReportAction{}, Spokespersons: []SpokespersonMentions{}}
	if err := s.composeCoverage(ctx, r, opts); err != nil {
		return nil, err
	}
	figures, err := s.register.RegisterFigures(ctx, p)
	if err != nil {
		return nil, err
	}
	r.Register = ReportRegister{DocumentRequest: figures[tracker.DocumentRequest], PressInquiry: figures[tracker.PressInquiry],
		BacklogAt: s.register.BacklogAt(p).In(tracker.Stockholm)}
	if r.Actions, err = s.reportActions(ctx, p, opts.Coverage); err != nil {
		return nil, err
	}
	if r.Selection, err = s.actionSelection(ctx, r, opts.Coverage); err != nil {
		return nil, err
	}
	if r.Spokespersons, err = s.reportSpokespersons(ctx, p, opts.Mentions); err != nil {
		return nil, err
	}
	suggested := SuggestNarrative(r)
	r.FigureSentences = suggested.Situation
	d, err := s.Draft(ctx, p, r.Topic)
	switch {
	case errors.Is(err, tracker.ErrNotFound):
		r.Narrative = suggested
		yes := true
		r.Editable = suggested
		r.Editable.Situation, r.Editable.FigureSentences = []string{}, &yes
	case err != nil:
		return nil, err
	default:
		r.Editable = d.Narrative
		r.Narrative = d.Narrative
		if fs := d.Narrative.FigureSentences; fs != nil && *fs {
			r.Narrative.Situation = slices.Concat(r.FigureSentences, d.Narrative.Situation)
		}
		r.Draft = &DraftInfo{UpdatedBy: d.UpdatedBy, UpdatedAt: d.UpdatedAt.In(tracker.Stockholm), Basis: d.Basis,
			Changes: []FigureChange{}}
		// The editor's own situation bullets state figures; the generated
		// sentences are made afresh and cannot go stale.
		if d.Basis != nil && len(d.Narrative.Situation) > 0 {
			r.Draft.Changes = append(r.Draft.Changes, d.Basis.Changes(r.Basis())...)
			r.Draft.Stale = len(r.Draft.Changes) > 0
		}
	}
	if err := s.carryOver(ctx, r, d == nil); err != nil {
		return nil, err
	}
	for _, n := range []*Narrative{&r.Narrative, &r.Editable} {
		n.KeyMessages, n.ResidentInformation, n.Daily, n.Links = r.Narrative.KeyMessages, r.Narrative.ResidentInformation,
			r.Narrative.Daily, r.Narrative.Links
	}
	r.Narrative, r.Editable = r.Narrative.nonNil(), r.Editable.nonNil()
	r.KeyMessages, r.ResidentInformation, r.Links = r.Narrative.KeyMessages, r.Narrative.ResidentInformation, r.Narrative.Links
	return r, nil
}

// carryOver starts the parts that carry over (key messages, resident
// information, the daily routines, the links) from the last published
// report of the topic that does not start after this period: for a
// suggestion, and for a draft saved before it had them (nil).
func (s *Store) carryOver(ctx context.Context, r *Report, suggested bool) error {
	n := &r.Narrative
	if !suggested && n.KeyMessages != nil && n.ResidentInformation != nil && n.Daily != nil && n.Links != nil {
		return nil
	}
	var row publishedRow
	err := s.db.WithContext(ctx).Where("topic = ? AND period_from <= ?", r.Topic, r.Period.To).
		Order("published_at DESC, id DESC").Take(&row).Error
	var prev Narrative
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
	case err != nil:
		return fmt.Errorf("load the last published report: %w", err)
	default:
		pr, err := row.published()
		if err != nil {
			return err
		}
		prev = pr.Report.Narrative
	}
	for _, part := range []struct{ dst, from *[]string }{
		{&n.KeyMessages, &prev.KeyMessages}, {&n.ResidentInformation, &prev.ResidentInformation}, {&n.Links, &prev.Links},
	} {
		if *part.dst == nil || (suggested && len(*part.dst) == 0) {
			*part.dst = slices.Clone(*part.from)
		}
	}
	if n.Daily == nil || suggested {
		n.Daily = mergeLines(prev.Daily, n.Daily)
	}
	return nil
}

// mergeLines are a's lines, then b's that a does not have (case aside).
func mergeLines(a, b []string) []string {
	out := slices.Clone(a)
	for _, l := range b {
		if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, l) }) {
			out = append(out, l)
		}
	}
	return out
}

func (s *Store) composeCoverage(ctx context.Context, r *Report, opts ComposeOptions) error {
	p := r.Period
	r.Coverage = ReportCoverage{ByOutlet: []tracker.OutletCount{}, ByDay: zeroDays(p), PreviousPeriod: p.Previous()}
	if opts.Coverage == nil {
		r.Pressure = Pressure{Level: PressureLow,
			Explanation: "Medietrycket kan inte bedömas: ingen nyhetsbevakning är ansluten."}
		return nil
	}
	cf, err := opts.Coverage.CoverageFigures(ctx, p, r.Topic)
	if err != nil {
		return fmt.Errorf("coverage for %s: %w", p, err)
	}
	r.Coverage.Available = true
	r.Coverage.Total, r.Coverage.ByKind = cf.Total, cf.ByKind
	r.Coverage.ByOutlet = append(r.Coverage.ByOutlet, cf.ByOutlet...)
	tracker.SortOutlets(r.Coverage.ByOutlet)
	r.Coverage.ByDay = fillDays(p, cf.ByDay)
	if cf.Themes != nil {
		r.Themes = cf.Themes
	}

	// The previous period and the baseline from one count per day of the
	// window before the period (as long as the longer of the two), and of
	// the editor's reference window when there is one.
	baseline := p.Before(BaselineDays)
	if opts.Reference.Valid() {
		baseline = opts.Reference
	}
	window := p.Before(max(BaselineDays, p.Days()))
	byDate := map[string]int{}
	if err := s.countDays(ctx, opts.Coverage, window, r.Topic, byDate); err != nil {
		return err
	}
	if opts.Reference.Valid() && (opts.Reference.From < window.From || opts.Reference.To > window.To) {
		if err := s.countDays(ctx, opts.Coverage, opts.Reference, r.Topic, byDate); err != nil {
			return err
		}
	}
	// The previous period's total is its own count (each story once per
	// outlet in that period), as its report says; the sum of the days would
	// count a story that ran over two days twice.
	r.Coverage.PreviousTotal = cf.PreviousTotal
	if !cf.PreviousCounted {
		r.Coverage.PreviousTotal = 0
		for _, day := range p.Previous().Dates() {
			r.Coverage.PreviousTotal += byDate[day]
		}
	}
	var base []int
	for _, day := range baseline.Dates() {
		base = append(base, byDate[day])
	}
	r.Pressure = AssessPressure(r.Coverage.Total, p.Days(), base)
	r.Pressure.Baseline, r.Pressure.Reference = baseline, opts.Reference.Valid()
	r.Pressure.setTrend(r.Coverage.PreviousTotal, p.Days())

	return s.scoreOpinion(ctx, r, cf.Opinion, opts.Scorer, opts.Coverage)
}

func (s *Store) scoreOpinion(ctx context.Context, r *Report, pieces []OpinionPiece, scorer *tone.Scorer, cov Coverage) error {
	if scorer == nil {
		texts, _ := cov.(TextSource)
		var err error
		if scorer, err = s.toneScorer(ctx, texts); err != nil {
			return err
		}
	}
	ids := make([]int64, len(pieces))
	for i, op := range pieces {
		ids[i] = op.ID
	}
	overrides, err := s.ToneOverrides(ctx, ids)
	if err != nil {
		return err
	}
	for _, op := range pieces {
		res := s.suggestions.score(scorer, op.ID, op.Text)
		e := OpinionToneEntry{ArticleID: op.ID, Outlet: op.Outlet, Title: op.Title, URL: op.URL,
			Tone: res.Tone, Suggested: res.Tone, Score: res.Score, Evidence: evidenceLines(res.Evidence),
			Status: ToneSuggested, PublishedAt: op.PublishedAt}
		if o, ok := overrides[op.ID]; ok {
			e.Tone, e.CorrectedBy, e.Status = o.Tone, o.CorrectedBy, ToneConfirmed
			r.OpinionTone.Confirmed++
		}
		switch e.Tone {
		case ToneCritical:
			r.OpinionTone.Critical++
		case ToneSupportive:
			r.OpinionTone.Supportive++
		default:
			r.OpinionTone.Neutral++
		}
		r.OpinionPieces = append(r.OpinionPieces, e)
	}
	return nil
}

func zeroDays(p tracker.Period) []DayCount {
	dates := p.Dates()
	out := make([]DayCount, len(dates))
	for i, d := range dates {
		out[i] = DayCount{Date: d}
	}
	return out
}

// fillDays puts the counts on every day of the period, in order.
func fillDays(p tracker.Period, counts []DayCount) []DayCount {
	out := zeroDays(p)
	at := make(map[string]int, len(out))
	for i, d := range out {
		at[d.Date] = i
	}
	for _, c := range counts {
		if i, ok := at[c.Date]; ok {
			out[i].Count += c.Count
		}
	}
	return out
}

// countDays adds the coverage per day of p to byDate.
func (s *Store) countDays(ctx context.Context, cov Coverage, p tracker.Period, topic string, byDate map[string]int) error {
	var daily []DayCount
	var err error
	if dv, ok := cov.(DailyVolumer); ok {
		daily, err = dv.DailyVolume(ctx, p, topic)
	} else {
		var wf CoverageFigures
		wf, err = cov.CoverageFigures(ctx, p, topic)
		daily = wf.ByDay
	}
	if err != nil {
		return fmt.Errorf("coverage for %s: %w", p, err)
	}
	for _, d := range daily {
		byDate[d.Date] = d.Count
	}
	return nil
}

// The media-pressure thresholds: the period's articles per day against the
// normal state, the median per day of the baseline window.
const (
	lowBelow        = 0.5 // låg below half the normal state
	highAbove       = 1.5 // hög above one and a half times
	veryHighAbove   = 2.5 // mycket hög above two and a half times
	minBaselineMean = 1.0 // a quiet window counts as one article a day, so that a handful is not "mycket hög"

	// The trend: the period's articles per day against the previous
	// period's; within a fifth either way the pressure holds.
	risingAbove  = 1.2
	fallingBelow = 0.8
)

// AssessPressure rates the period's volume (total over days) against the
// normal state, the median articles per day of the baseline window:
//
//	ratio = (total / days) / max(median(baseline), 1)
//	låg < 0.5 ≤ normal ≤ 1.5 < hög ≤ 2.5 < mycket hög
//
// The median, not the mean: in the third week of a crisis the 90 days
// before still have two months of normal days, and their median is one of
// them, where the mean has already risen with the crisis. The mean and its
// spread are reported beside it. The explanation is one Swedish sentence;
// setTrend completes it with the trend.
func AssessPressure(total, days int, baseline []int) Pressure {
	days = max(days, 1)
	pr := Pressure{DailyMean: round2(float64(total) / float64(days)), BaselineDays: len(baseline)}
	var sum, sq float64
	for _, n := range baseline {
		sum += float64(n)
	}
	mean, normal := 0.0, 0.0
	if len(baseline) > 0 {
		mean = sum / float64(len(baseline))
		for _, n := range baseline {
			sq += (float64(n) - mean) * (float64(n) - mean)
		}
		pr.BaselineStdDev = round2(math.Sqrt(sq / float64(len(baseline))))
		normal = tracker.Median(baseline)
	}
	pr.BaselineMean, pr.BaselineMedian = round2(mean), round2(normal)
	ratio := (float64(total) / float64(days)) / math.Max(normal, minBaselineMean)
	rr := round2(ratio)
	pr.Ratio = &rr
	switch {
	case ratio > veryHighAbove:
		pr.Level = PressureVeryHigh
	case ratio > highAbove:
		pr.Level = PressureHigh
	case ratio < lowBelow:
		pr.Level = PressureLow
	default:
		pr.Level = PressureNormal
	}
	pr.Explanation = pr.explain(total, days)
	return pr
}

// setTrend compares the period with the previous one of the same length
// (previous articles over days) and rewrites the explanation with it.
func (pr *Pressure) setTrend(previous, days int) {
	days = max(days, 1)
	pr.PreviousDailyMean = round2(float64(previous) / float64(days))
	now, before := pr.DailyMean, float64(previous)/float64(days)
	switch {
	case before == 0 && now > 0:
		pr.Trend = TrendRising
	case before == 0:
		pr.Trend = TrendSteady
	case now/before > risingAbove:
		pr.Trend = TrendRising
	case now/before < fallingBelow:
		pr.Trend = TrendFalling
	default:
		pr.Trend = TrendSteady
	}
	pr.Explanation = pr.explain(int(math.Round(pr.DailyMean*float64(days))), days)
}

// Headline is the level with its trend, as an editor writes it: "Fortsatt
// högt medietryck", "Högt och ökande medietryck", "Lågt men ökande medietryck".
func (pr Pressure) Headline() string {
	level := map[PressureLevel]string{PressureLow: "lågt", PressureNormal: "normalt",
		PressureHigh: "högt", PressureVeryHigh: "mycket högt"}[pr.Level]
	if level == "" {
		level = "normalt"
	}
	high := pr.Level == PressureHigh || pr.Level == PressureVeryHigh
	switch {
	case pr.Trend == TrendRising && high, pr.Trend == TrendFalling && !high:
		return capitalise(level) + " och " + string(pr.Trend) + " medietryck"
	case pr.Trend == TrendRising, pr.Trend == TrendFalling:
		return capitalise(level) + " men " + string(pr.Trend) + " medietryck"
	case pr.Trend == TrendSteady:
		return "Fortsatt " + level + " medietryck"
	}
	return capitalise(level) + " medietryck" // no previous period to compare with
}

func (pr Pressure) explain(total, days int) string {
	volume := countNoun(total, "artikel", "artiklar")
	if days > 1 && total > 0 {
		volume += ", i snitt " + tracker.FormatDecimal(float64(total)/float64(days), 1) + " per dag"
	}
	window := "de " + strconv.Itoa(pr.BaselineDays) + " dagarna före"
	if pr.Reference {
		window = "referensperioden " + pr.Baseline.Label()
	}
	normal, ratio := pr.BaselineMedian, 0.0
	if pr.Ratio != nil {
		ratio = *pr.Ratio
	}
	var cmp string
	switch {
	case pr.BaselineDays == 0 || (normal == 0 && pr.BaselineMean == 0):
		cmp = "mot inga artiklar alls " + window
	case normal < minBaselineMean:
		cmp = "mot normalt under en artikel per dag (median " + window + ")"
	case ratio >= 1.05:
		cmp = tracker.FormatDecimal(ratio, 1) + " gånger det normala (median " + tracker.FormatDecimal(normal, 1) + " per dag " + window + ")"
	case ratio > 0.95:
		cmp = "i nivå med det normala (median " + tracker.FormatDecimal(normal, 1) + " per dag " + window + ")"
	default:
		cmp = "färre än normalt (median " + tracker.FormatDecimal(normal, 1) + " per dag " + window + ")"
	}
	s := pr.Headline() + ": " + volume + ", " + cmp
	if pr.Trend != "" {
		s += "; föregående period " + tracker.FormatDecimal(pr.PreviousDailyMean, 1) + " per dag"
	}
	return s + "."
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// countNoun is "1 artikel", "142 artiklar", "1 234 artiklar".
func countNoun(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return tracker.FormatNumber(int64(n)) + " " + many
}

// reportActions merges the actions entered by hand with the own feeds'
// items: newest first; an item whose link was also entered by hand counts once.
func (s *Store) reportActions(ctx context.Context, p tracker.Period, cov Coverage) ([]ReportAction, error) {
	manual, err := s.Actions(ctx, p.From, p.To)
	if err != nil {
		return nil, err
	}
	out := make([]ReportAction, 0, len(manual))
	seen := map[string]bool{}
	for _, a := range manual {
		if !p.Start.IsZero() && a.Date == p.From && !a.CreatedAt.After(p.Start) {
			continue // a period since the last report: what that report could list stays there
		}
		out = append(out, ReportAction{Date: a.Date, Kind: a.Kind, Title: a.Title, URL: a.URL, Source: "manual"})
		if a.URL != "" {
			seen[a.URL] = true
		}
	}
	if cov != nil {
		own, err := cov.OwnItems(ctx, p)
		if err != nil {
			return nil, fmt.Errorf("own items for %s: %w", p, err)
		}
		for _, a := range own {
			if (a.URL != "" && seen[a.URL]) || !p.Contains(a.Date) {
				continue
			}
			if a.URL != "" {
				seen[a.URL] = true
			}
			if a.Kind == "" {
				a.Kind = ActionExternalNews
			}
			a.Source = "feed"
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b ReportAction) int { return cmp.Compare(b.Date, a.Date) })
	return out, nil
}

func (s *Store) reportSpokespersons(ctx context.Context, p tracker.Period, mc MentionCounter) ([]SpokespersonMentions, error) {
	sps, err := s.Spokespersons(ctx, true)
	if err != nil {
		return nil, err
	}
	out := make([]SpokespersonMentions, len(sps))
	names := make([]string, len(sps))
	for i, sp := range sps {
		out[i] = SpokespersonMentions{Name: sp.Name, Title: sp.Title, Unit: sp.Unit, Phone: sp.Phone}
		names[i] = sp.Name
	}
	if mc == nil || len(sps) == 0 {
		return out, nil
	}
	counts, err := mc.Mentions(ctx, names, p)
	if err != nil {
		return nil, fmt.Errorf("count mentions for %s: %w", p, err)
	}
	for i := range out {
		n := counts[out[i].Name]
		out[i].Mentions = &n
	}
	return out, nil
}

// SuggestNarrative drafts the bullets from the figures, for the editor to
// rewrite: the pressure and themes, the opinion tone, the register; the
// actions in the situation report's form; the spokespersons.
func SuggestNarrative(r *Report) Narrative {
	n := Narrative{}.nonNil()
	if r.Coverage.Available {
		n.Situation = append(n.Situation, pressureSentence(r.Pressure, r.Themes))
		if tc := r.OpinionTone; tc.Total() > 0 {
			n.Situation = append(n.Situation, opinionSentence(tc))
		}
	}
	n.Situation = append(n.Situation, registerSentence(r.Period, r.Register))
	sel := r.selection()
	n.Actions = append(n.Actions, sel.Lines...)
	n.Daily = append(n.Daily, sel.Daily...)
	for _, sp := range r.Spokespersons {
		line := sp.Name
		if sp.Title != "" {
			line += ", " + sp.Title
		}
		n.Spokespersons = append(n.Spokespersons, line)
	}
	return n
}

// pressureSentence is the lägesbild's first line, as an editor writes it:
// the level with its trend and what the coverage is about, then the
// figures behind the level. "Fortsatt högt medietryck med fokus på extern
// granskning (22 artiklar) och IMY-anmälan (9). Totalt 205 artiklar, …"
func pressureSentence(pr Pressure, themes []Theme) string {
	_, figures, ok := strings.Cut(pr.Explanation, ": ")
	if !ok {
		return pr.Explanation
	}
	s := pr.Headline()
	if len(themes) > 0 {
		var parts []string
		for i, t := range themes[:min(4, len(themes))] {
			n := tracker.FormatNumber(int64(t.Count))
			if i == 0 {
				n = countNoun(t.Count, "artikel", "artiklar")
			}
			parts = append(parts, fmt.Sprintf("%s (%s)", t.Label, n))
		}
		s += " med fokus på " + joinSwedish(parts)
	}
	return s + ". Totalt " + figures
}

func opinionSentence(tc ToneCounts) string {
	total := tc.Total()
	tone := "blandad"
	switch {
	case tc.Critical*2 > total:
		tone = "övervägande kritisk"
	case tc.Supportive*2 > total:
		tone = "övervägande positiv"
	case tc.Neutral*2 > total:
		tone = "övervägande neutral"
	}
	s := fmt.Sprintf("På opinionsplats är tonen %s: av %s är %s, %s och %s", tone,
		countNoun(total, "text", "texter"), countAdj(tc.Critical, "kritisk", "kritiska"),
		countAdj(tc.Neutral, "neutral", "neutrala"), countAdj(tc.Supportive, "positiv", "positiva"))
	switch {
	case tc.Confirmed == total:
		s += "; tonen är bekräftad av en person för alla"
	case tc.Confirmed > 0:
		s += fmt.Sprintf("; tonen är bekräftad av en person för %s, föreslagen för resten", tracker.FormatNumber(int64(tc.Confirmed)))
	default:
		s += "; tonen är föreslagen, ingen har bekräftat den"
	}
	return s + "."
}

func countAdj(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return tracker.FormatNumber(int64(n)) + " " + many
}

func registerSentence(p tracker.Period, reg ReportRegister) string {
	dr, pi := reg.DocumentRequest, reg.PressInquiry
	var s string
	if dr.Received == 0 && pi.Received == 0 {
		s = "Inga begäranden om allmän handling eller pressförfrågningar har inkommit till presstjänsten."
	} else {
		s = fmt.Sprintf("Till presstjänsten har %s och %s inkommit.",
			countNoun(dr.Received, "begäran om allmän handling", "begäranden om allmän handling"),
			countNoun(pi.Received, "pressförfrågan", "pressförfrågningar"))
	}
	open, overdue := dr.Open+pi.Open, dr.Overdue+pi.Overdue
	_, end := p.Bounds()
	atEnd := !reg.BacklogAt.Before(end)
	if open == 0 {
		if atEnd {
			return s + " Vid periodens slut var inga ärenden öppna."
		}
		return s + " Just nu är inga ärenden öppna."
	}
	noun, adj := countNoun(open, "ärende", "ärenden"), "öppna"
	if open == 1 {
		adj = "öppet"
	}
	if atEnd {
		s += " Vid periodens slut var " + noun + " " + adj
	} else {
		s += " Just nu är " + noun + " " + adj
	}
	switch {
	case open == 1 && overdue == 1:
		s += " och försenat."
	case open == 1, overdue == 0:
		s += ", inget försenat."
	case overdue == 1:
		s += ", varav 1 försenat."
	default:
		s += ", varav " + tracker.FormatNumber(int64(overdue)) + " försenade."
	}
	return s
}

// ActionLine is an action as the situation report lists it:
// "18/11: Pressmeddelande [Titel](https://…)".
func ActionLine(a ReportAction) string {
	title := EscapeBullet(a.Title)
	if a.URL != "" {
		title = "[" + title + "](" + linkTarget(a.URL) + ")"
	}
	return tracker.ShortDate(a.Date) + ": " + a.Kind.Label() + " " + title + uptakeSuffix(a.Uptake)
}

// uptakeSuffix ends an action's line with who took it up.
func uptakeSuffix(uptake string) string {
	if uptake == "" {
		return ""
	}
	return " – " + uptake
}

// selection is the report's action selection; for a report composed
// without one (a snapshot published before it existed), the actions grouped.
func (r *Report) selection() ActionSelection {
	if len(r.Selection.Lines)+len(r.Selection.Daily) == 0 {
		return SelectActions(r.Actions, nil)
	}
	return r.Selection
}

// NewActionLines are the lines of the period's action selection that are
// not among the narrative's bullets: what came in after the editor saved
// the draft, or what the editor left out.
func NewActionLines(r *Report) []string {
	var out []string
	for _, line := range r.selection().Lines {
		if !slices.Contains(r.Narrative.Actions, line) {
			out = append(out, line)
		}
	}
	return out
}

// EscapeBullet keeps brackets in text from being read as a link in a bullet.
func EscapeBullet(s string) string {
	return strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`).Replace(s)
}

func joinSwedish(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " och " + parts[len(parts)-1]
}

func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
