package tracker

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

// nextSeq takes the next register number of kind in year inside tx, in one
// statement (a round trip fewer for every case on PostgreSQL). The counter
// row is locked by the upsert until tx ends, so concurrent creators queue
// up; a rolled-back creation gives its number back: no gaps.
func nextSeq(tx *gorm.DB, kind Kind, year int) (int, error) {
	var last int
	if err := tx.Raw(`INSERT INTO case_counters (kind, year, last) VALUES (?, ?, 1)
		ON CONFLICT (kind, year) DO UPDATE SET last = case_counters.last + 1 RETURNING last`,
		kind, year).Scan(&last).Error; err != nil {
		return 0, fmt.Errorf("take number %s %d: %w", kind, year, err)
	}
	if last == 0 {
		return 0, fmt.Errorf("take number %s %d: no number returned", kind, year)
	}
	return last, nil
}

// caseNumber is a register number as it is written: HA-2026-0042.
func caseNumber(kind Kind, year, seq int) string {
	return fmt.Sprintf("%s-%d-%04d", kind.Prefix(), year, seq)
}

// insertNumberedPostgres registers c and its created event on PostgreSQL
// in one statement that takes the case's number first: the counter row is
// locked from the number until the transaction commits, and every other
// registration of the same kind and year waits for it, so it is held for
// this statement and the commit alone, not for three round trips (number,
// case, event). With the counter held for those round trips, under the load
// benchmark's 50 clients the number's upsert took 1.8–2.6 ms on average,
// nearly all of it waiting, and a binary whose numbers did not wait (a
// reference with gaps possible, not a product) answered 13 % more at a
// lower p99 (bench/RESULTS.md). SQLite, with one writer, takes the
// statements one by one (insertCase).
//
// The columns are the Case's (its gorm schema), as Create would write them;
// c gets its id, number and sequence. The number is written as caseNumber
// writes it (at least four digits). data is the event's: its number is a
// one-time placeholder in the JSON that the statement replaces with the
// case's, so the stored text is what json.Marshal gives on SQLite.
func insertNumberedPostgres(tx *gorm.DB, c *Case, at time.Time, actor string, data map[string]any) error {
	stmt := &gorm.Statement{DB: tx}
	if err := stmt.Parse(c); err != nil {
		return fmt.Errorf("register case: %w", err)
	}
	placeholder := "lagesbild-number-" + rand.Text()
	data["number"] = placeholder
	event, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("encode event: %w", err)
	}
	var cols, vals []string
	args := []any{c.Kind, c.Year}
	rv := reflect.ValueOf(c).Elem()
	for _, f := range stmt.Schema.Fields {
		if f.DBName == "" || !f.Creatable || f.PrimaryKey || f.DBName == "idempotency_key" {
			continue
		}
		cols = append(cols, stmt.Quote(f.DBName))
		switch f.DBName {
		case "seq":
			vals = append(vals, "n.last")
		case "number":
			vals = append(vals, "? || lpad(n.last::text, greatest(4, length(n.last::text)), '0')")
			args = append(args, fmt.Sprintf("%s-%d-", c.Kind.Prefix(), c.Year))
		default:
			v, _ := f.ValueOf(tx.Statement.Context, rv)
			vals = append(vals, "?")
			args = append(args, v)
		}
	}
	args = append(args, at, actor, EventCreated, string(event), strconv.Quote(placeholder))
	var got struct {
		ID     int64
		Seq    int
		Number string
	}
	err = tx.Raw(`WITH n AS (INSERT INTO case_counters (kind, year, last) VALUES (?, ?, 1)
			ON CONFLICT (kind, year) DO UPDATE SET last = case_counters.last + 1 RETURNING last),
		c AS (INSERT INTO cases (`+strings.Join(cols, ", ")+`) SELECT `+strings.Join(vals, ", ")+` FROM n
			RETURNING id, seq, number),
		e AS (INSERT INTO case_events (case_id, at, actor, type, data)
			SELECT c.id, ?, ?, ?, replace(?, ?, to_json(c.number)::text) FROM c)
		SELECT id, seq, number FROM c`, args...).Scan(&got).Error
	if err != nil {
		return err
	}
	if got.ID == 0 {
		return fmt.Errorf("register case %s %d: no case returned", c.Kind, c.Year)
	}
	c.ID, c.Seq, c.Number = got.ID, got.Seq, got.Number
	return nil
}
