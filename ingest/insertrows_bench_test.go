package ingest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
)

// BenchmarkUpsertRowsPerInsert stores fetches of 100 new articles on
// SQLite with INSERTs of so many rows each (sqliteInsertRows). Its time
// moves with the disk and the machine's load; count its instructions to
// compare, one width at a time:
//
//	go test -c -o ingest.test ./ingest/
//	valgrind --tool=callgrind ./ingest.test -test.run '^$' -test.bench 'UpsertRowsPerInsert/rows=10$' -test.benchtime 30x
func BenchmarkUpsertRowsPerInsert(b *testing.B) {
	for _, rows := range []int{100, 25, 10} {
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			defer func(r int) { sqliteInsertRows = r }(sqliteInsertRows)
			sqliteInsertRows = rows
			s := NewStore(dbtest.OpenTestSQLite(b, Migrations), time.Now)
			f, err := s.CreateFeed(context.Background(), NewFeed{URL: "https://bankposten.example/rss"})
			if err != nil {
				b.Fatal(err)
			}
			start := time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC)
			n := 0
			for b.Loop() {
				items := make([]Article, 100)
				for i := range items {
					n++
					items[i] = Article{GUID: fmt.Sprintf("g%d", n), URL: fmt.Sprintf("https://bankposten.example/a/%d", n),
						Title:       fmt.Sprintf("Elavbrottet i Borås, del %d", n),
						Text:        "Många hushåll i Borås och Alingsås var utan ström i natt sedan stormen fällt träd över ledningarna.",
						PublishedAt: start.Add(time.Duration(n) * time.Minute)}
				}
				if ins, _, err := s.UpsertArticles(context.Background(), f.ID, items); err != nil || ins != len(items) {
					b.Fatalf("stored %d of %d: %v", ins, len(items), err)
				}
			}
		})
	}
}
