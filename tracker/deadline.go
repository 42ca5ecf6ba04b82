package tracker

import (
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/se"
)

// Stockholm is the time zone in which every day boundary of the register is
// drawn (lagesbild.Stockholm, loaded once).
var Stockholm = lagesbild.Stockholm

// Calendar knows the Swedish working days: not Saturdays, Sundays, public
// holidays (helgdagar, Easter and the days that move with it included) nor
// the de facto holidays Midsummer Eve, Christmas Eve and New Year's Eve, which
// lag (1930:173) om beräkning av lagstadgad tid treats like them.
type Calendar struct {
	bc *cal.BusinessCalendar
	// DueWorkingDays is the internal routine: a document request is due at
	// the end of this many working days after the day it was received.
	DueWorkingDays int
}

// NewCalendar returns the Swedish calendar with the one-working-day routine.
func NewCalendar() *Calendar {
	bc := cal.NewBusinessCalendar()
	bc.AddHoliday(se.Holidays...)
	return &Calendar{bc: bc, DueWorkingDays: 1}
}

// IsWorkingDay tells whether the Stockholm day of t is a working day.
func (c *Calendar) IsWorkingDay(t time.Time) bool {
	return c.bc.IsWorkday(dayOf(t))
}

// HolidayName names the holiday on the Stockholm day of t, or "".
func (c *Calendar) HolidayName(t time.Time) string {
	if _, _, h := c.bc.IsHoliday(dayOf(t)); h != nil {
		return h.Name
	}
	return ""
}

// DueAt is the end (23:59:59 Stockholm time) of the DueWorkingDays-th working
// day after the day received.
func (c *Calendar) DueAt(received time.Time) time.Time {
	day := dayOf(received)
	for n := 0; n < max(c.DueWorkingDays, 0); {
		day = day.AddDate(0, 0, 1)
		if c.bc.IsWorkday(day) {
			n++
		}
	}
	return endOfDay(day)
}

// AppealDeadline is the last moment to appeal a decision delivered at
// delivered: three weeks later, moved to the next working day when that day
// is a weekend, a public holiday or one of the three eves.
func (c *Calendar) AppealDeadline(delivered time.Time) time.Time {
	day := dayOf(delivered).AddDate(0, 0, 21)
	for !c.bc.IsWorkday(day) {
		day = day.AddDate(0, 0, 1)
	}
	return endOfDay(day)
}

// WorkingDaysBetween counts the working days after from's day up to and
// including to's day (0 when both fall on the same day).
func (c *Calendar) WorkingDaysBetween(from, to time.Time) int {
	a, b := dayOf(from), dayOf(to)
	n := 0
	for d := a.AddDate(0, 0, 1); !d.After(b); d = d.AddDate(0, 0, 1) {
		if c.bc.IsWorkday(d) {
			n++
		}
	}
	return n
}

// dayOf is midnight of t's day in Stockholm.
func dayOf(t time.Time) time.Time {
	y, m, d := t.In(Stockholm).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, Stockholm)
}

// EndOfDay is 23:59:59 Stockholm time on day's date, the last second of a
// day the register counts: built from the date, so right on the 23- and
// 25-hour days of the clock changes (not day + 24h − 1s).
func EndOfDay(day time.Time) time.Time { return endOfDay(day.In(Stockholm)) }

func endOfDay(day time.Time) time.Time {
	y, m, d := day.Date()
	return time.Date(y, m, d, 23, 59, 59, 0, Stockholm)
}

// StartOfDay is midnight of t's Stockholm day, in UTC.
func StartOfDay(t time.Time) time.Time { return dayOf(t).UTC() }
