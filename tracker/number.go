package tracker

import (
	"fmt"

	"gorm.io/gorm"
)

// nextSeq takes the next register number of kind in year inside tx. The
// counter row is locked by the UPDATE until tx ends, so concurrent creators
// queue up; a rolled-back creation gives its number back: no gaps.
func nextSeq(tx *gorm.DB, kind Kind, year int) (int, error) {
	if err := tx.Exec(`INSERT INTO case_counters (kind, year, last) VALUES (?, ?, 0) ON CONFLICT (kind, year) DO NOTHING`,
		kind, year).Error; err != nil {
		return 0, fmt.Errorf("create counter %s %d: %w", kind, year, err)
	}
	var last int
	if err := tx.Raw(`UPDATE case_counters SET last = last + 1 WHERE kind = ? AND year = ? RETURNING last`,
		kind, year).Scan(&last).Error; err != nil {
		return 0, fmt.Errorf("take number %s %d: %w", kind, year, err)
	}
	if last == 0 {
		return 0, fmt.Errorf("take number %s %d: counter row missing", kind, year)
	}
	return last, nil
}
