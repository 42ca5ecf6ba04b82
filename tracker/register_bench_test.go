package tracker

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
)

// BenchmarkRegisterRowsSQLite reads the public extract of 20,000 cases on
// SQLite with the times as the driver parses them (driver) and as text
// parsed by dbTime (text), in one run, so that the two can be compared:
//
//	go test ./tracker/ -run '^$' -bench RegisterRowsSQLite -benchtime 20x
func BenchmarkRegisterRowsSQLite(b *testing.B) {
	const n = 20_000
	db := dbtest.OpenTestSQLite(b, Migrations)
	s := NewStore(db, Options{})
	first := time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC)
	cases := make([]Case, n)
	for i := range cases {
		at := first.Add(time.Duration(i) * 20 * time.Minute)
		decided := at.Add(48 * time.Hour)
		cases[i] = Case{Number: fmt.Sprintf("HA-%d-%05d", at.Year(), i), Kind: DocumentRequest, Year: at.Year(), Seq: i,
			Status: StatusReleased, Subject: fmt.Sprintf("Begäran om protokoll nummer %d", i), Channel: ChannelEmail,
			ReceivedAt: at, DueAt: at.Add(24 * time.Hour), OutcomeAt: &decided, CreatedBy: "bench", CreatedAt: at, UpdatedAt: at}
	}
	if err := db.Omit("IdempotencyKey").CreateInBatches(cases, 500).Error; err != nil {
		b.Fatal(err)
	}
	p, err := ParseSpan("2024-01-01", "2026-12-31")
	if err != nil {
		b.Fatal(err)
	}
	for name, cols := range map[string]string{"driver": registerColumns, "text": registerColumnsSQLite} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				rows := 0
				err := s.eachRegisterEntry(context.Background(), p, RegisterSort{}, cols, func(RegisterEntry) error { rows++; return nil })
				if err != nil || rows != n {
					b.Fatalf("%d rows, %v", rows, err)
				}
			}
		})
	}
}
