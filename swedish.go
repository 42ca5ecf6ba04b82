package lagesbild

import (
	"time"
	_ "time/tzdata" // Europe/Stockholm must resolve on machines without zoneinfo
)

// Stockholm is the time zone in which every day of the product begins and
// ends: the register's deadlines, the report's periods, the search's days.
// Loaded once, here; the packages refer to it.
var Stockholm = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Stockholm")
	if err != nil {
		panic(err)
	}
	return loc
}()

// The Swedish names of the days and months, once. The short forms are
// Svenska skrivreglers: "tors" for torsdag (not "tor").
var (
	Weekdays      = [...]string{"söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"}
	ShortWeekdays = [...]string{"sön", "mån", "tis", "ons", "tors", "fre", "lör"}
	Months        = [...]string{"januari", "februari", "mars", "april", "maj", "juni", "juli",
		"augusti", "september", "oktober", "november", "december"}
	ShortMonths = [...]string{"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}
)

// ShortWeekday is the short Swedish name of the day: "tors".
func ShortWeekday(d time.Weekday) string { return ShortWeekdays[d] }

// ShortMonth is the short Swedish name of the month: "nov".
func ShortMonth(m time.Month) string { return ShortMonths[m-1] }
