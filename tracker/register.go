package tracker

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild"
	"gorm.io/gorm"
)

// The public register (diariet): anyone may ask for it (TF 2 kap., OSL 5 kap.
// 1 §). An extract shows, per case, its number, the date it came in, its
// kind, its subject, the sender as the register shows it, its status and the
// date it was decided. It never shows a requester's name, e-mail, phone or
// personal identity number. A case whose subject is itself secret is marked
// with the provision, and its row then shows only the number, the date and
// the mark (OSL 5 kap. 1 § fjärde stycket).

// PrivatePerson is the sender of a case the register shows without an
// outlet: a private person, named or not.
const PrivatePerson = "Enskild"

// SecretSubjectMark is what the extract shows in place of a secret subject:
// "Sekretessmarkerat (OSL 21 kap. 1 §)".
func SecretSubjectMark(provision string) string { return "Sekretessmarkerat (" + provision + ")" }

// RegisterEntry is one row of the public extract. A masked row (Secret) has
// only Number, Received and Subject (the mark).
type RegisterEntry struct {
	Number   string
	Received time.Time // when the case came in
	Kind     Kind
	Subject  string
	Sender   string
	Status   Status
	Decided  *time.Time // when the case got its outcome; nil while open
	Secret   bool
}

// registerColumns are all the extract reads of a case: nothing else can leave.
const registerColumns = "number, received_at, kind, subject, requester_outlet, status, outcome_at, secret_subject"

// registerColumnsSQLite reads the same as expressions, which the SQLite
// driver hands over as plain text: for a column it looks up and upper-cases
// the declared type on every row (two allocations a cell), and for a time it
// tries two layouts, the first failing with an error allocated. dbTime
// parses the times in one pass instead.
const registerColumnsSQLite = "number || '', received_at || '', kind || '', subject || '', requester_outlet || '', " +
	"status || '', outcome_at || '', secret_subject || ''"

// dbTime scans a time from PostgreSQL (time.Time) or from SQLite's text
// ("2006-01-02 15:04:05.999999999-07:00", as the driver writes it); NULL is not Valid.
type dbTime struct {
	Time  time.Time
	Valid bool
}

func (t *dbTime) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*t = dbTime{}
	case time.Time:
		*t = dbTime{x, true}
	case string:
		return t.parse(x)
	case []byte:
		return t.parse(string(x))
	default:
		return fmt.Errorf("scan %T as a time", v)
	}
	return nil
}

func (t *dbTime) parse(s string) error {
	if tm, ok := parseSQLiteTime(s); ok {
		*t = dbTime{tm, true}
		return nil
	}
	for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", "2006-01-02T15:04:05.999999999Z07:00", "2006-01-02 15:04:05.999999999", "2006-01-02"} {
		if tm, err := time.Parse(layout, s); err == nil {
			*t = dbTime{tm, true}
			return nil
		}
	}
	return fmt.Errorf("scan %q as a time", s)
}

// parseSQLiteTime reads "YYYY-MM-DD HH:MM:SS[.fraction]+HH:MM" without
// allocating; ok is false for any other shape (the caller falls back).
func parseSQLiteTime(s string) (time.Time, bool) {
	if len(s) < 25 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	year, ok1 := num(s[0:4])
	month, ok2 := num(s[5:7])
	day, ok3 := num(s[8:10])
	hour, ok4 := num(s[11:13])
	minute, ok5 := num(s[14:16])
	sec, ok6 := num(s[17:19])
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) {
		return time.Time{}, false
	}
	rest, nsec := s[19:], 0
	if rest[0] == '.' {
		i := 1
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		digits := rest[1:i]
		if len(digits) == 0 || len(digits) > 9 {
			return time.Time{}, false
		}
		n, _ := num(digits)
		for range 9 - len(digits) {
			n *= 10
		}
		nsec, rest = n, rest[i:]
	}
	if len(rest) != 6 || (rest[0] != '+' && rest[0] != '-') || rest[3] != ':' {
		return time.Time{}, false
	}
	oh, ok7 := num(rest[1:3])
	om, ok8 := num(rest[4:6])
	if !ok7 || !ok8 {
		return time.Time{}, false
	}
	offset := (oh*60 + om) * 60
	if rest[0] == '-' {
		offset = -offset
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, nsec, time.UTC).Add(-time.Duration(offset) * time.Second)
	return t, true
}

// EachRegisterEntry calls fn with the extract's row of every case received in
// the period (Stockholm days), in order of receipt, as the rows are read: an
// extract of any size is never held in memory. It stops at fn's first error.
func (s *Store) EachRegisterEntry(ctx context.Context, p Period, fn func(RegisterEntry) error) error {
	return s.EachRegisterEntrySorted(ctx, p, RegisterSort{}, fn)
}

// RegisterSort orders the extract by one of its columns (RegisterSortColumns);
// the zero value is the order of receipt.
type RegisterSort struct {
	Column string
	Desc   bool
}

// RegisterSortColumns are the columns the extract sorts by, in its order.
var RegisterSortColumns = []string{"number", "received", "kind", "subject", "sender", "status", "decided"}

// registerSortSQL is each column as the extract shows it: a secret row sorts
// by its mark and empty cells, never by what it hides.
var registerSortSQL = map[string]string{
	"number":   "number",
	"received": "received_at",
	"kind":     "CASE WHEN secret_subject <> '' THEN NULL ELSE kind END",
	"subject":  "CASE WHEN secret_subject <> '' THEN 'Sekretessmarkerat (' || secret_subject || ')' ELSE subject END",
	"sender":   "CASE WHEN secret_subject <> '' THEN NULL WHEN TRIM(requester_outlet) = '' THEN '" + PrivatePerson + "' ELSE TRIM(requester_outlet) END",
	"status":   "CASE WHEN secret_subject <> '' THEN NULL ELSE " + statusOrderSQL("status") + " END",
	"decided":  "CASE WHEN secret_subject <> '' THEN NULL ELSE outcome_at END",
}

// ParseRegisterSort reads a column and "asc"/"desc"; an unknown column is the order of receipt.
func ParseRegisterSort(column, dir string) RegisterSort {
	if _, ok := registerSortSQL[column]; !ok {
		return RegisterSort{}
	}
	return RegisterSort{Column: column, Desc: dir == "desc"}
}

func (o RegisterSort) orderBy() string {
	expr, ok := registerSortSQL[o.Column]
	if !ok {
		return "received_at, id"
	}
	dir := " ASC"
	if o.Desc {
		dir = " DESC"
	}
	// Empty cells last either way, the same on both databases.
	return "(" + expr + ") IS NULL, " + expr + dir + ", received_at, id"
}

// EachRegisterEntrySorted is EachRegisterEntry in the order o.
func (s *Store) EachRegisterEntrySorted(ctx context.Context, p Period, o RegisterSort, fn func(RegisterEntry) error) error {
	cols := registerColumns
	if !lagesbild.IsPostgres(s.db) {
		cols = registerColumnsSQLite
	}
	return s.eachRegisterEntry(ctx, p, o, cols, fn)
}

func (s *Store) eachRegisterEntry(ctx context.Context, p Period, o RegisterSort, cols string, fn func(RegisterEntry) error) error {
	start, end := p.Bounds()
	rows, err := s.db.WithContext(ctx).Model(&Case{}).Select(cols).
		Where("received_at >= ? AND received_at < ?", start.UTC(), end.UTC()).
		Order(o.orderBy()).Rows()
	if err != nil {
		return fmt.Errorf("read the register for %s: %w", p, err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			e                       RegisterEntry
			subject, outlet, secret string
			received, decided       dbTime
		)
		if err := rows.Scan(&e.Number, &received, &e.Kind, &subject, &outlet, &e.Status, &decided, &secret); err != nil {
			return fmt.Errorf("read the register for %s: %w", p, err)
		}
		e.Received = received.Time
		if secret != "" {
			e = RegisterEntry{Number: e.Number, Received: e.Received, Subject: SecretSubjectMark(secret), Secret: true}
		} else {
			e.Subject = MaskPersonalData(subject)
			e.Sender = PrivatePerson
			if outlet = strings.TrimSpace(outlet); outlet != "" {
				e.Sender = outlet
			}
			if decided.Valid {
				e.Decided = &decided.Time
			}
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read the register for %s: %w", p, err)
	}
	return nil
}

// checkSecretSubject checks a secret-subject mark: empty (no mark) or an OSL
// provision in the form "OSL 21 kap. 1 §", returned normalised.
func checkSecretSubject(provision string, v *ValidationError) string {
	provision = strings.TrimSpace(provision)
	if provision == "" {
		return ""
	}
	p, ok := ParseLegalGround(provision)
	if !ok {
		v.Add("secret_subject", "Ange sekretessbestämmelsen som \"OSL 21 kap. 1 §\" (kapitel 1–44).")
	}
	return p
}

// CaseUpdate is a partial change of a case; nil fields are left alone.
type CaseUpdate struct {
	// SecretSubject marks the subject as secret under the provision; "" lifts the mark.
	SecretSubject *string
	// RetentionHold stops the culling of the case, saying why; "" lifts the hold.
	RetentionHold *string
}

// EventUpdated records a change made through UpdateCase: field → {old, new}.
const EventUpdated = "updated"

// UpdateCase changes what u sets, for those who work the register, and
// records the change in the audit trail.
func (s *Store) UpdateCase(ctx context.Context, id int64, u CaseUpdate, a Actor) (*Case, error) {
	if !a.Role.WorksRegister() {
		return nil, Forbidden("Bara presstjänsten och administratörer kan ändra ärenden.")
	}
	v := &ValidationError{}
	var secret, hold string
	if u.SecretSubject != nil {
		secret = checkSecretSubject(*u.SecretSubject, v)
	}
	if u.RetentionHold != nil {
		hold = strings.TrimSpace(*u.RetentionHold)
		checkText(v, "retention_hold", hold, 300)
		c, err := s.Case(ctx, id)
		if err != nil {
			return nil, err
		}
		if c.CulledAt != nil && hold != "" {
			v.Add("retention_hold", "Ärendet är redan gallrat; det finns inget kvar att stoppa.")
		}
	}
	if v.Any() {
		return nil, v
	}
	return s.changeCase(ctx, id, a, EventUpdated, "update", func(c *Case) (updates, data map[string]any) {
		updates, data = map[string]any{}, map[string]any{}
		if u.SecretSubject != nil && secret != c.SecretSubject {
			updates["secret_subject"] = secret
			data["secret_subject"] = map[string]string{"old": c.SecretSubject, "new": secret}
		}
		if u.RetentionHold != nil && hold != c.RetentionHold {
			updates["retention_hold"] = hold
			data["retention_hold"] = map[string]string{"old": c.RetentionHold, "new": hold}
		}
		return updates, data
	})
}

func migrateSecretSubject(tx *gorm.DB) error {
	return tx.Exec(`ALTER TABLE cases ADD COLUMN secret_subject VARCHAR(300) NOT NULL DEFAULT ''`).Error
}
