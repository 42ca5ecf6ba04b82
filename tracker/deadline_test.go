package tracker_test

import (
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
)

// Every date below was checked against a printed calendar (weekday, Easter,
// Ascension, Midsummer) before it was written down.
func TestDueAt(t *testing.T) {
	tests := map[string]struct {
		received time.Time
		due      string // the Stockholm day the request is due, at 23:59:59
	}{
		"Tuesday → Wednesday":                           {sthlm(t, "2024-11-19 10:00"), "2024-11-20"},
		"Friday → Monday":                               {sthlm(t, "2024-11-22 10:00"), "2024-11-25"},
		"Saturday → Monday":                             {sthlm(t, "2024-11-23 10:00"), "2024-11-25"},
		"Sunday → Monday":                               {sthlm(t, "2024-11-24 10:00"), "2024-11-25"},
		"Friday before Christmas → Monday":              {sthlm(t, "2024-12-20 10:00"), "2024-12-23"},
		"Christmas Eve, Day and Boxing Day are skipped": {sthlm(t, "2024-12-23 10:00"), "2024-12-27"},
		"Christmas 2026 and the weekend":                {sthlm(t, "2026-12-23 10:00"), "2026-12-28"},
		"New Year's Eve and Day are skipped":            {sthlm(t, "2025-12-30 10:00"), "2026-01-02"},
		"Epiphany 2026":                                 {sthlm(t, "2026-01-05 10:00"), "2026-01-07"},
		"Easter 2025: Good Friday to Easter Monday":     {sthlm(t, "2025-04-17 10:00"), "2025-04-22"},
		"Easter 2026":                                   {sthlm(t, "2026-04-02 10:00"), "2026-04-07"},
		"Easter 2027":                                   {sthlm(t, "2027-03-25 10:00"), "2027-03-30"},
		"Easter Monday 2027 itself":                     {sthlm(t, "2027-03-29 10:00"), "2027-03-30"},
		"May Day 2026 on a Friday":                      {sthlm(t, "2026-04-30 10:00"), "2026-05-04"},
		"Ascension Thursday 2025":                       {sthlm(t, "2025-05-28 10:00"), "2025-05-30"},
		"Ascension Thursday 2026":                       {sthlm(t, "2026-05-13 10:00"), "2026-05-15"},
		"Ascension Thursday 2027":                       {sthlm(t, "2027-05-05 10:00"), "2027-05-07"},
		"National Day on a Friday":                      {sthlm(t, "2025-06-05 10:00"), "2025-06-09"},
		"Midsummer Eve and Day 2025":                    {sthlm(t, "2025-06-19 10:00"), "2025-06-23"},
		"Midsummer Eve 2026 on 19 June":                 {sthlm(t, "2026-06-18 10:00"), "2026-06-22"},
		"All Saints' Day on a Saturday changes nothing": {sthlm(t, "2025-10-31 10:00"), "2025-11-03"},
		"Whit Monday is a working day":                  {sthlm(t, "2025-06-08 10:00"), "2025-06-09"},
		"23:30 Stockholm time is still that day":        {sthlm(t, "2024-11-19 23:30"), "2024-11-20"},
		"00:30 Stockholm time is the new day":           {sthlm(t, "2024-11-20 00:30"), "2024-11-21"},
		"UTC time already the next day in Stockholm":    {time.Date(2024, 11, 19, 23, 30, 0, 0, time.UTC), "2024-11-21"},
		"UTC summer time, next day is National Day":     {time.Date(2025, 6, 5, 22, 30, 0, 0, time.UTC), "2025-06-09"},
		"UTC evening, same day in Stockholm":            {time.Date(2024, 11, 19, 22, 30, 0, 0, time.UTC), "2024-11-20"},
		"the day summer time begins":                    {sthlm(t, "2025-03-28 16:00"), "2025-03-31"},
		"the day summer time ends":                      {sthlm(t, "2025-10-24 16:00"), "2025-10-27"},
	}
	cal := tracker.NewCalendar()
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := cal.DueAt(tt.received)
			want := endOf(t, tt.due)
			if !got.Equal(want) {
				t.Errorf("DueAt(%s) = %s, want %s", tt.received, got.In(tracker.Stockholm), want)
			}
		})
	}
}

func TestDueAtMoreWorkingDays(t *testing.T) {
	tests := map[string]struct {
		days     int
		received string
		due      string
	}{
		"none: the day received":           {0, "2024-12-23 10:00", "2024-12-23"},
		"three days over Christmas":        {3, "2024-12-20 10:00", "2024-12-30"},
		"five days over Easter 2025":       {5, "2025-04-16 10:00", "2025-04-25"},
		"two days over Midsummer 2025":     {2, "2025-06-19 10:00", "2025-06-24"},
		"negative counts as none":          {-1, "2024-11-19 10:00", "2024-11-19"},
		"two days from a Saturday 2024-11": {2, "2024-11-23 10:00", "2024-11-26"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			cal := tracker.NewCalendar()
			cal.DueWorkingDays = tt.days
			got := cal.DueAt(sthlm(t, tt.received))
			if want := endOf(t, tt.due); !got.Equal(want) {
				t.Errorf("DueAt = %s, want %s", got.In(tracker.Stockholm), want)
			}
		})
	}
}

func TestAppealDeadline(t *testing.T) {
	tests := map[string]struct {
		delivered time.Time
		last      string
	}{
		"three weeks later on a working day":             {sthlm(t, "2025-05-07 15:00"), "2025-05-28"},
		"lands on Christmas Eve":                         {sthlm(t, "2024-12-03 11:00"), "2024-12-27"},
		"lands on Ascension Thursday":                    {sthlm(t, "2025-05-08 09:00"), "2025-05-30"},
		"lands on a Saturday":                            {sthlm(t, "2024-11-02 12:00"), "2024-11-25"},
		"lands on a Sunday":                              {sthlm(t, "2024-11-03 12:00"), "2024-11-25"},
		"lands on New Year's Eve":                        {sthlm(t, "2025-12-10 12:00"), "2026-01-02"},
		"lands on Midsummer Eve 2025":                    {sthlm(t, "2025-05-30 12:00"), "2025-06-23"},
		"lands on Good Friday 2026":                      {sthlm(t, "2026-03-13 12:00"), "2026-04-07"},
		"UTC evening, next day in Stockholm → Ascension": {time.Date(2025, 5, 7, 22, 30, 0, 0, time.UTC), "2025-05-30"},
		"delivered late evening, UTC still the day":      {time.Date(2025, 5, 7, 21, 30, 0, 0, time.UTC), "2025-05-28"},
	}
	cal := tracker.NewCalendar()
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := cal.AppealDeadline(tt.delivered)
			if want := endOf(t, tt.last); !got.Equal(want) {
				t.Errorf("AppealDeadline(%s) = %s, want %s", tt.delivered, got.In(tracker.Stockholm), want)
			}
		})
	}
}

func TestWorkingDays(t *testing.T) {
	cal := tracker.NewCalendar()
	days := map[string]struct {
		working bool
		holiday string
	}{
		"2024-11-19": {true, ""},
		"2024-11-23": {false, ""},
		"2024-12-24": {false, "Julafton"},
		"2025-06-20": {false, "Midsommarafton"},
		"2025-12-31": {false, "Nyårsafton"},
		"2025-05-29": {false, "Kristi himmelsfärds dag"},
		"2026-04-03": {false, "Långfredagen"},
		"2025-06-09": {true, ""},
	}
	for day, tt := range days {
		t.Run(day, func(t *testing.T) {
			noon := sthlm(t, day+" 12:00")
			if got := cal.IsWorkingDay(noon); got != tt.working {
				t.Errorf("IsWorkingDay = %v, want %v", got, tt.working)
			}
			if got := cal.HolidayName(noon); got != tt.holiday {
				t.Errorf("HolidayName = %q, want %q", got, tt.holiday)
			}
		})
	}

	between := map[string]struct {
		from, to string
		want     int
	}{
		"same day":                {"2024-11-19 08:00", "2024-11-19 17:00", 0},
		"over a weekend":          {"2024-11-22 08:00", "2024-11-25 08:00", 1},
		"over Christmas":          {"2024-12-20 08:00", "2024-12-27 08:00", 2},
		"a normal week":           {"2024-11-18 08:00", "2024-11-25 08:00", 5},
		"to before from is none":  {"2024-11-25 08:00", "2024-11-18 08:00", 0},
		"over Easter 2027":        {"2027-03-25 08:00", "2027-03-30 08:00", 1},
		"over Midsummer 2026 eve": {"2026-06-18 08:00", "2026-06-22 08:00", 1},
	}
	for name, tt := range between {
		t.Run(name, func(t *testing.T) {
			if got := cal.WorkingDaysBetween(sthlm(t, tt.from), sthlm(t, tt.to)); got != tt.want {
				t.Errorf("WorkingDaysBetween = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestEndOfDayOnClockChanges(t *testing.T) {
	for day, want := range map[string]string{
		"2025-03-30": "2025-03-30T23:59:59+02:00",
		"2025-10-26": "2025-10-26T23:59:59+01:00",
	} {
		t.Run(day, func(t *testing.T) {
			d, err := time.ParseInLocation(time.DateOnly, day, tracker.Stockholm)
			if err != nil {
				t.Fatal(err)
			}
			if got := tracker.EndOfDay(d).Format(time.RFC3339); got != want {
				t.Errorf("EndOfDay(%s) = %s, want %s", day, got, want)
			}
			if got := tracker.EndOfDay(d.UTC()).Format(time.RFC3339); got != want {
				t.Errorf("EndOfDay(%s in UTC) = %s, want %s", day, got, want)
			}
		})
	}
}
