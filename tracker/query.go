package tracker

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild"
	"gorm.io/gorm"
)

// CaseFilter narrows a list of cases. Zero values do not filter.
type CaseFilter struct {
	Kind       Kind
	Status     Status
	Open       bool // only cases without an outcome
	Overdue    bool // open and past due
	DueToday   bool // open and due before the end of today (Stockholm), not yet overdue
	Unassigned bool
	Assignee   string
	Unit       string
	Topic      string
	Query      string     // words in number, subject or description
	From, To   *time.Time // received in [From, To)
	Sort       string     // a CaseSortColumns column; "" is due (open cases) or received (newest first)
	Desc       *bool      // the direction; nil is the column's own: newest first for received, else ascending
	// Viewer is the role that searches: for one that may not see personal
	// data, a word that may be a personnummer matches register numbers only,
	// never the subject or description it is masked in.
	Viewer Role
	// At is the moment Overdue and DueToday are read at; zero is the store's
	// clock when the list is asked for. The triage page sets it to its
	// counts' moment, so that a view's total and its rows agree.
	At     time.Time
	Limit  int // default 50, at most 500
	Offset int
}

// MaxPageSize is the largest page of cases one call returns.
const MaxPageSize = 500

// Cases lists the cases that match f, with the total count before paging.
func (s *Store) Cases(ctx context.Context, f CaseFilter) ([]Case, int64, error) {
	return s.cases(s.db.WithContext(ctx), f)
}

func (s *Store) cases(db *gorm.DB, f CaseFilter, omit ...string) ([]Case, int64, error) {
	if f.At.IsZero() {
		f.At = s.now() // one moment for the count and the page
	}
	var total int64
	if err := s.filtered(db.Model(&Case{}), f).Count(&total).Error; err != nil {
		return nil, 0, fmt.Errorf("count cases: %w", err)
	}
	cs, err := s.caseList(db, f, omit...)
	return cs, total, err
}

// CaseList is Cases without the count, for a caller that knows it (the
// triage page's views are counted by Triage): a statement less, which on
// PostgreSQL is a round trip less to a server process that, on a busy
// machine, waits for a core each time.
func (s *Store) CaseList(ctx context.Context, f CaseFilter) ([]Case, error) {
	return s.caseList(s.db.WithContext(ctx), f)
}

// caseList reads a page of the list f, without the columns omit names.
func (s *Store) caseList(db *gorm.DB, f CaseFilter, omit ...string) ([]Case, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	limit = min(limit, MaxPageSize)
	var cs []Case
	q := s.filtered(db.Model(&Case{}), f)
	if len(omit) > 0 {
		q = q.Omit(omit...)
	}
	if err := q.Order(f.orderBy()).Limit(limit).Offset(max(f.Offset, 0)).Find(&cs).Error; err != nil {
		return nil, fmt.Errorf("list cases: %w", err)
	}
	if err := loadTopics(db, cs); err != nil {
		return nil, err
	}
	return cs, nil
}

// TriageView is what the triage page shows: the counts, a page of the list
// it asked for with that list's total, and who cases can be assigned to.
type TriageView struct {
	Counts   TriageCounts
	Cases    []Case
	Total    int64
	Officers []User // those a case can be assigned to
	Names    Names  // every user's name, for the rows
}

// triageOmits are the free-text columns of a case that the triage page's
// rows do not show: not read, not scanned, not masked for a viewer who may
// not see personal data. (The page's list was 15 % of the server's CPU under
// the mixed load, most of it in scanning its rows; leaving these out did
// not move the load benchmark's figures beyond its noise at 20,000 cases,
// whose descriptions are short.)
var triageOmits = []string{"description", "answer", "decline_reason", "waiting_question"}

// TriagePage reads the triage page of username with the list f, as of one
// moment (f.At becomes the counts' moment). A view's total is one of the
// counts (TriageCounts.ViewTotal); any other list is counted. The cases come
// without their free text (triageOmits).
//
// Not in one transaction: on PostgreSQL a read-only transaction at
// repeatable read (one turn in the pool's queue, one snapshot) made the
// page slower under the load benchmark, alone (p50 21 → 55 ms) and among 50
// clients (16,245 answers in a minute instead of 19,331): two more round
// trips, and a connection held idle while the page works between its
// statements (bench/RESULTS.md).
func (s *Store) TriagePage(ctx context.Context, username string, f CaseFilter) (TriageView, error) {
	var v TriageView
	db := s.db.WithContext(ctx)
	var err error
	if v.Counts, err = s.triage(db, username); err != nil {
		return v, err
	}
	f.At = v.Counts.At
	total, known := v.Counts.ViewTotal(f, username)
	if known {
		v.Cases, err = s.caseList(db, f, triageOmits...)
	} else {
		v.Cases, total, err = s.cases(db, f, triageOmits...)
	}
	if err != nil {
		return v, err
	}
	v.Total = total
	v.Officers, v.Names, err = s.assigneesAndNames(db)
	return v, err
}

// CaseSortColumns are the columns a list of cases sorts by.
var CaseSortColumns = []string{"number", "subject", "received", "due", "status", "assignee"}

var caseSortSQL = map[string]string{"number": "number", "subject": "LOWER(subject)", "received": "received_at",
	"due": "due_at", "status": statusOrderSQL("status"), "assignee": "assignee"}

// statusOrderSQL is column's status as its place in a case's life
// (Inkommen, Under handläggning, … Avslutad), so that a list sorted by
// status reads in that order, not in the order of the codes' letters.
func statusOrderSQL(column string) string {
	life := append(Statuses(DocumentRequest), StatusAnswered, StatusDeclined)
	life = slices.DeleteFunc(life, func(s Status) bool { return s == StatusClosed })
	life = append(life, StatusClosed)
	var b strings.Builder
	b.WriteString("CASE " + column)
	for i, st := range life {
		fmt.Fprintf(&b, " WHEN '%s' THEN %d", st, i)
	}
	fmt.Fprintf(&b, " ELSE %d END", len(life))
	return b.String()
}

// ValidCaseSort: a column lists of cases sort by, or "" for their default.
func ValidCaseSort(column string) bool {
	_, ok := caseSortSQL[column]
	return ok || column == ""
}

// SortedBy is the column and direction the list is in, the default made explicit.
func (f CaseFilter) SortedBy() (column string, desc bool) {
	column = f.Sort
	if !ValidCaseSort(column) || column == "" {
		column = "received"
		if f.Open || f.Overdue || f.DueToday {
			column = "due"
		}
	}
	desc = column == "received"
	if f.Desc != nil {
		desc = *f.Desc
	}
	return column, desc
}

func (f CaseFilter) orderBy() string {
	column, desc := f.SortedBy()
	expr, dir := caseSortSQL[column], " ASC"
	if desc {
		dir = " DESC"
	}
	// Every column is NOT NULL, so the order is the same on both databases
	// and the default ones (received, due) stay walks of their indexes; ties
	// in the order of registration.
	return expr + dir + ", id" + dir
}

func (s *Store) filtered(q *gorm.DB, f CaseFilter) *gorm.DB {
	now := f.At
	if now.IsZero() {
		now = s.now()
	}
	if f.Kind != "" {
		q = q.Where("kind = ?", f.Kind)
	}
	if f.Status != "" {
		q = q.Where("status = ?", f.Status)
	}
	if f.Open || f.Overdue || f.DueToday {
		q = q.Where("outcome_at IS NULL")
	}
	if f.Overdue {
		q = q.Where("due_at < ?", now)
	}
	if f.DueToday {
		q = q.Where(dueTodaySQL, now, endOfDay(dayOf(now)).UTC())
	}
	if f.Unassigned {
		q = q.Where("assignee = ''")
	}
	if f.Assignee != "" {
		q = q.Where("assignee = ?", strings.ToLower(f.Assignee))
	}
	if f.Unit != "" {
		q = q.Where("unit = ?", f.Unit)
	}
	if f.Topic != "" {
		q = q.Where("id IN (SELECT case_id FROM case_topics WHERE topic = ?)", f.Topic)
	}
	if f.From != nil {
		q = q.Where("received_at >= ?", f.From.UTC())
	}
	if f.To != nil {
		q = q.Where("received_at < ?", f.To.UTC())
	}
	for _, word := range strings.Fields(f.Query) {
		like := "%" + escapeLike(strings.ToLower(word)) + "%"
		if f.Viewer != "" && !f.Viewer.SeesPersonalData() && digitCount(word) >= 6 {
			q = q.Where(lagesbild.FoldSQL("number")+` LIKE ? ESCAPE '\'`, like)
			continue
		}
		q = q.Where(`(`+lagesbild.FoldSQL("number")+` LIKE ? ESCAPE '\' OR `+lagesbild.FoldSQL("subject")+` LIKE ? ESCAPE '\' OR `+
			lagesbild.FoldSQL("description")+` LIKE ? ESCAPE '\')`, like, like, like)
	}
	return q
}

// dueTodaySQL is Case.DueToday for an open case in SQL, with now and the end
// of today (UTC) as its parameters.
const dueTodaySQL = "due_at >= ? AND due_at <= ?"

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// TriageCounts are the numbers at the top of a press officer's triage page.
type TriageCounts struct {
	At         time.Time // the moment counted
	Open       int64
	Overdue    int64
	DueToday   int64
	Unassigned int64
	Mine       int64
}

// Triage counts the open cases by what needs attention, from the tallies
// that triggers keep as cases change (migrateOpenCaseTallies on SQLite, a
// row a day and a row an assignee; migratePostgresTally on PostgreSQL, rows
// that are only added, folded now and then): the open and the overdue from
// the days before today (UTC) are sums over the tallies, and so are the
// unassigned and the user's own; only the cases due since the start of the
// UTC day are read, to tell the overdue from the due today. One statement,
// so that every count is of the same moment.
func (s *Store) Triage(ctx context.Context, username string) (TriageCounts, error) {
	return s.triage(s.db.WithContext(ctx), username)
}

func (s *Store) triage(db *gorm.DB, username string) (TriageCounts, error) {
	now := s.now()
	utcDay := now.UTC().Truncate(24 * time.Hour)
	args := []any{utcDay.Format(time.DateOnly), utcDay, now, now, endOfDay(dayOf(now)).UTC(), strings.ToLower(username)}
	today := `(SELECT COUNT(*) FROM cases WHERE outcome_at IS NULL AND due_at >= ? AND due_at < ?) AS overdue_today,
		(SELECT COUNT(*) FROM cases WHERE outcome_at IS NULL AND ` + dueTodaySQL + `) AS due_today`
	var q *gorm.DB
	if lagesbild.IsPostgres(db) {
		q = db.Raw(`SELECT COALESCE(SUM(n), 0)::bigint AS open,
		COALESCE(SUM(n) FILTER (WHERE due_day < ?), 0)::bigint AS overdue, `+today+`,
		COALESCE(SUM(n) FILTER (WHERE assignee = ''), 0)::bigint AS unassigned,
		COALESCE(SUM(n) FILTER (WHERE assignee = ?), 0)::bigint AS mine
		FROM open_case_tally`, args...)
	} else {
		q = db.Raw(`SELECT
		(SELECT COALESCE(SUM(n), 0) FROM open_cases_by_assignee) AS open,
		(SELECT COALESCE(SUM(n), 0) FROM open_cases_by_due_day WHERE due_day < ?) AS overdue, `+today+`,
		(SELECT COALESCE(SUM(n), 0) FROM open_cases_by_assignee WHERE assignee = '') AS unassigned,
		(SELECT COALESCE(SUM(n), 0) FROM open_cases_by_assignee WHERE assignee = ?) AS mine`, args...)
	}
	var counts struct {
		TriageCounts
		OverdueToday int64
	}
	if err := q.Scan(&counts).Error; err != nil {
		return TriageCounts{}, fmt.Errorf("triage counts: %w", err)
	}
	tc := counts.TriageCounts
	tc.Overdue += counts.OverdueToday
	tc.At = now
	return tc, nil
}

// ViewTotal is how many cases the list f holds when f is one of the triage
// page's views (open, overdue, due today, unassigned, username's own) with
// nothing else to narrow it: the count that Triage(username) gave. Paging,
// order and the viewer do not change a total. ok is false for any other list.
func (tc TriageCounts) ViewTotal(f CaseFilter, username string) (total int64, ok bool) {
	if !f.At.IsZero() && !f.At.Equal(tc.At) {
		return 0, false // the list is read at another moment than the counts
	}
	f.Limit, f.Offset, f.Sort, f.Desc, f.Viewer, f.At = 0, 0, "", nil, "", time.Time{}
	f.Assignee = strings.ToLower(f.Assignee)
	switch f {
	case CaseFilter{Open: true}:
		return tc.Open, true
	case CaseFilter{Overdue: true}:
		return tc.Overdue, true
	case CaseFilter{DueToday: true}:
		return tc.DueToday, true
	case CaseFilter{Open: true, Unassigned: true}:
		return tc.Unassigned, true
	case CaseFilter{Open: true, Assignee: strings.ToLower(username)}:
		if username != "" {
			return tc.Mine, true
		}
	}
	return 0, false
}

// EndOfToday is the end of the current Stockholm day, in UTC.
func (s *Store) EndOfToday() time.Time { return endOfDay(dayOf(s.now())).UTC() }
