package tracker

import (
	"fmt"

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
