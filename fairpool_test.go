package lagesbild

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm"
)

// Writers that queue for SQLite's one writer connection get it in the
// order they asked: database/sql alone hands a freed connection to a
// random waiter, and a write could lose that draw round after round.
func TestWritersGetTheWriterInTheOrderTheyAsked(t *testing.T) {
	db, err := Open(context.Background(), "", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Close(db) })
	if err := db.Exec(`CREATE TABLE turns (n INTEGER)`).Error; err != nil {
		t.Fatal(err)
	}
	holder := db.Begin() // holds the writer while the others queue
	if holder.Error != nil {
		t.Fatal(holder.Error)
	}
	const writers = 12
	var (
		mu    sync.Mutex
		order []int
		wg    sync.WaitGroup
	)
	for i := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := db.Transaction(func(tx *gorm.DB) error {
				mu.Lock()
				order = append(order, i)
				mu.Unlock()
				return tx.Exec(`INSERT INTO turns VALUES (?)`, i).Error
			})
			if err != nil {
				t.Error(err)
			}
		}()
		time.Sleep(100 * time.Millisecond) // writer i asks before writer i+1, on a loaded machine too
	}
	if err := holder.Commit().Error; err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	want := make([]int, writers)
	for i := range want {
		want[i] = i
	}
	if !slices.Equal(order, want) {
		t.Errorf("the writers got the writer in the order %v; they asked in the order %v", order, want)
	}
}

// A transaction left without Commit or Rollback gives the writer back when
// its context ends (database/sql rolls it back), and Close may be called twice.
func TestAnAbandonedTransactionGivesTheWriterBack(t *testing.T) {
	db, err := Open(context.Background(), "", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	if tx := db.WithContext(ctx).Begin(); tx.Error != nil {
		t.Fatal(tx.Error)
	}
	cancel() // the transaction is never ended by its caller
	wait, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	if err := db.WithContext(wait).Exec(`CREATE TABLE after_abandon (n INTEGER)`).Error; err != nil {
		t.Errorf("a write after an abandoned transaction: %v", err)
	}
	if err := Close(db); err != nil {
		t.Errorf("Close: %v", err)
	}
	if err := Close(db); err == nil {
		t.Log("a second Close reports nothing")
	}
}
