package tracker_test

import (
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
)

func TestParsePeriod(t *testing.T) {
	valid := map[string]struct{ from, to, wantFrom, wantTo string }{
		"a week":             {"2024-11-18", "2024-11-24", "2024-11-18", "2024-11-24"},
		"one day":            {"2024-11-19", "2024-11-19", "2024-11-19", "2024-11-19"},
		"empty to is a day":  {"2024-11-19", "", "2024-11-19", "2024-11-19"},
		"spaces trimmed":     {" 2024-11-18 ", " 2024-11-24", "2024-11-18", "2024-11-24"},
		"366 days (leap)":    {"2024-01-01", "2024-12-31", "2024-01-01", "2024-12-31"},
		"across a new year":  {"2024-12-30", "2025-01-05", "2024-12-30", "2025-01-05"},
		"leap day":           {"2024-02-29", "2024-03-01", "2024-02-29", "2024-03-01"},
		"October DST change": {"2024-10-27", "2024-10-27", "2024-10-27", "2024-10-27"},
	}
	for name, tt := range valid {
		t.Run(name, func(t *testing.T) {
			p, err := tracker.ParsePeriod(tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			if p.From != tt.wantFrom || p.To != tt.wantTo {
				t.Errorf("period = %+v, want %s–%s", p, tt.wantFrom, tt.wantTo)
			}
			if !p.Valid() {
				t.Errorf("%+v not Valid", p)
			}
		})
	}

	invalid := map[string]struct{ from, to, field string }{
		"reversed":              {"2024-11-24", "2024-11-18", "to"},
		"no from":               {"", "2024-11-18", "from"},
		"nothing":               {"", "", "from"},
		"malformed from":        {"18/11 2024", "2024-11-24", "from"},
		"malformed to":          {"2024-11-18", "24 nov", "to"},
		"no such day":           {"2024-02-30", "2024-03-01", "from"},
		"not a leap year":       {"2023-02-29", "2023-03-01", "from"},
		"with a time":           {"2024-11-18T00:00", "2024-11-24", "from"},
		"one digit month":       {"2024-1-05", "2024-01-10", "from"},
		"longer than 366 days":  {"2024-01-01", "2025-01-01", "to"},
		"far too long":          {"1990-01-01", "2024-01-01", "to"},
		"before 1900":           {"1899-12-31", "1900-01-02", "from"},
		"reversed by one day":   {"2024-11-19", "2024-11-18", "to"},
		"sql in the parameters": {"2024-11-18' OR 1=1", "2024-11-24", "from"},
	}
	for name, tt := range invalid {
		t.Run(name, func(t *testing.T) {
			_, err := tracker.ParsePeriod(tt.from, tt.to)
			wantField(t, err, tt.field)
		})
	}
	t.Run("the message is Swedish and says what is wrong", func(t *testing.T) {
		_, err := tracker.ParsePeriod("2024-11-24", "2024-11-18")
		if got := fields(t, err)["to"]; got != "Slutdatumet ligger före startdatumet." {
			t.Errorf("message = %q", got)
		}
		_, err = tracker.ParsePeriod("2024-01-01", "2025-01-01")
		if got := fields(t, err)["to"]; got != "Perioden är 367 dagar; den får vara högst 366 dagar." {
			t.Errorf("message = %q", got)
		}
	})
}

func TestDayAndWeekPeriod(t *testing.T) {
	weeks := map[string]struct{ from, to string }{
		"2024-W47": {"2024-11-18", "2024-11-24"},
		"2024W47":  {"2024-11-18", "2024-11-24"},
		"2024-w01": {"2024-01-01", "2024-01-07"},
		"2020-W53": {"2020-12-28", "2021-01-03"}, // a 53-week year
		"2021-W01": {"2021-01-04", "2021-01-10"}, // 1–3 January 2021 belong to 2020-W53
		"2025-W01": {"2024-12-30", "2025-01-05"}, // week 1 starts in the year before
		"2026-W53": {"2026-12-28", "2027-01-03"},
	}
	for in, want := range weeks {
		t.Run(in, func(t *testing.T) {
			p, err := tracker.WeekPeriod(in)
			if err != nil {
				t.Fatal(err)
			}
			if p.From != want.from || p.To != want.to {
				t.Errorf("WeekPeriod(%q) = %+v, want %s–%s", in, p, want.from, want.to)
			}
		})
	}
	for _, in := range []string{"", "2024", "2024-47", "2024-W0", "2024-W54", "2024-W53", "24-W47", "2024-W47-1", "v. 47"} {
		t.Run("refuses "+in, func(t *testing.T) {
			_, err := tracker.WeekPeriod(in)
			wantField(t, err, "week")
		})
	}
	p, err := tracker.DayPeriod("2024-11-19")
	if err != nil || p != (tracker.Period{From: "2024-11-19", To: "2024-11-19"}) {
		t.Errorf("DayPeriod = %+v, %v", p, err)
	}
	_, err = tracker.DayPeriod("2024-13-01")
	wantField(t, err, "date")
}

func TestPeriodBounds(t *testing.T) {
	tests := map[string]struct {
		p          tracker.Period
		start, end string // UTC
		hours      float64
	}{
		"winter day":                   {tracker.Period{From: "2024-11-19", To: "2024-11-19"}, "2024-11-18T23:00:00Z", "2024-11-19T23:00:00Z", 24},
		"summer day":                   {tracker.Period{From: "2024-07-01", To: "2024-07-01"}, "2024-06-30T22:00:00Z", "2024-07-01T22:00:00Z", 24},
		"27 October 2024 has 25 hours": {tracker.Period{From: "2024-10-27", To: "2024-10-27"}, "2024-10-26T22:00:00Z", "2024-10-27T23:00:00Z", 25},
		"31 March 2024 has 23 hours":   {tracker.Period{From: "2024-03-31", To: "2024-03-31"}, "2024-03-30T23:00:00Z", "2024-03-31T22:00:00Z", 23},
		"week over the October change": {tracker.Period{From: "2024-10-21", To: "2024-10-27"}, "2024-10-20T22:00:00Z", "2024-10-27T23:00:00Z", 7*24 + 1},
		"a leap year":                  {tracker.Period{From: "2024-01-01", To: "2024-12-31"}, "2023-12-31T23:00:00Z", "2024-12-31T23:00:00Z", 366 * 24},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			start, end := tt.p.Bounds()
			if got := start.UTC().Format(time.RFC3339); got != tt.start {
				t.Errorf("start = %s, want %s", got, tt.start)
			}
			if got := end.UTC().Format(time.RFC3339); got != tt.end {
				t.Errorf("end = %s, want %s", got, tt.end)
			}
			if h := end.Sub(start).Hours(); h != tt.hours {
				t.Errorf("length = %v hours, want %v", h, tt.hours)
			}
			if start.Location() != tracker.Stockholm || start.Hour() != 0 || end.Hour() != 0 {
				t.Errorf("bounds %v–%v are not Stockholm midnights", start, end)
			}
		})
	}
}

func TestPeriodPreviousAndLabel(t *testing.T) {
	tests := map[string]struct {
		p        tracker.Period
		previous tracker.Period
		label    string
		days     int
	}{
		"a day":                  {tracker.Period{From: "2024-11-19", To: "2024-11-19"}, tracker.Period{From: "2024-11-18", To: "2024-11-18"}, "tisdag 19 november 2024", 1},
		"an ISO week":            {tracker.Period{From: "2024-11-18", To: "2024-11-24"}, tracker.Period{From: "2024-11-11", To: "2024-11-17"}, "v. 47 2024", 7},
		"week 1 of 2025":         {tracker.Period{From: "2024-12-30", To: "2025-01-05"}, tracker.Period{From: "2024-12-23", To: "2024-12-29"}, "v. 1 2025", 7},
		"seven days, not a week": {tracker.Period{From: "2024-11-19", To: "2024-11-25"}, tracker.Period{From: "2024-11-12", To: "2024-11-18"}, "19–25 november 2024", 7},
		"in one month":           {tracker.Period{From: "2024-11-18", To: "2024-11-20"}, tracker.Period{From: "2024-11-15", To: "2024-11-17"}, "18–20 november 2024", 3},
		"across months":          {tracker.Period{From: "2024-10-28", To: "2024-11-03"}, tracker.Period{From: "2024-10-21", To: "2024-10-27"}, "v. 44 2024", 7},
		"across months, no week": {tracker.Period{From: "2024-10-30", To: "2024-11-02"}, tracker.Period{From: "2024-10-26", To: "2024-10-29"}, "30 oktober–2 november 2024", 4},
		"across years":           {tracker.Period{From: "2024-12-31", To: "2025-01-02"}, tracker.Period{From: "2024-12-28", To: "2024-12-30"}, "31 december 2024–2 januari 2025", 3},
		"over a leap day":        {tracker.Period{From: "2024-03-01", To: "2024-03-02"}, tracker.Period{From: "2024-02-28", To: "2024-02-29"}, "1–2 mars 2024", 2},
		"Sunday":                 {tracker.Period{From: "2024-10-27", To: "2024-10-27"}, tracker.Period{From: "2024-10-26", To: "2024-10-26"}, "söndag 27 oktober 2024", 1},
		"Saturday in May":        {tracker.Period{From: "2025-05-17", To: "2025-05-17"}, tracker.Period{From: "2025-05-16", To: "2025-05-16"}, "lördag 17 maj 2025", 1},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tt.p.Previous(); got != tt.previous {
				t.Errorf("Previous = %+v, want %+v", got, tt.previous)
			}
			if got := tt.p.Label(); got != tt.label {
				t.Errorf("Label = %q, want %q", got, tt.label)
			}
			if got := tt.p.Days(); got != tt.days || len(tt.p.Dates()) != tt.days {
				t.Errorf("Days = %d, Dates = %v, want %d", got, tt.p.Dates(), tt.days)
			}
			if tt.p.Previous().Days() != tt.days {
				t.Errorf("previous period has %d days, want %d", tt.p.Previous().Days(), tt.days)
			}
		})
	}
	if got := (tracker.Period{From: "2024-10-26", To: "2024-10-28"}).Dates(); len(got) != 3 || got[1] != "2024-10-27" || got[2] != "2024-10-28" {
		t.Errorf("Dates over the DST change = %v", got)
	}
}

func TestSincePeriod(t *testing.T) {
	at := func(s string) time.Time {
		tt, err := time.ParseInLocation("2006-01-02 15:04", s, tracker.Stockholm)
		if err != nil {
			t.Fatal(err)
		}
		return tt
	}
	tests := map[string]struct {
		start, to          string
		wantFrom, wantTo   string
		wantDays           int
		wantHours          float64 // end − start
		wantLabel          string
		wantFirstDayLength float64 // hours from DayStarts[0] to DayStarts[1]
	}{
		"the same day": {"2024-11-19 16:45", "", "2024-11-19", "2024-11-19", 1, 7.25,
			"sedan tisdag 19 november 2024 klockan 16:45", 7.25},
		"across midnight": {"2024-11-19 16:45", "2024-11-20", "2024-11-19", "2024-11-20", 2, 31.25,
			"19 november 2024 klockan 16:45–20 november 2024", 7.25},
		// The night the clocks go back is 25 hours long: 01:30 to the end of
		// the day is 23.5 hours, not 22.5.
		"across the October DST change": {"2024-10-27 01:30", "", "2024-10-27", "2024-10-27", 1, 23.5,
			"sedan söndag 27 oktober 2024 klockan 01:30", 23.5},
		// The night the clocks go forward is 23 hours long.
		"across the March DST change": {"2025-03-29 18:00", "2025-03-30", "2025-03-29", "2025-03-30", 2, 29,
			"29 mars 2025 klockan 18:00–30 mars 2025", 6},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			start := at(tt.start)
			p, err := tracker.SincePeriod(start, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			if p.From != tt.wantFrom || p.To != tt.wantTo || !p.Start.Equal(start) {
				t.Errorf("period = %+v, want %s–%s from %s", p, tt.wantFrom, tt.wantTo, start)
			}
			if !p.Valid() {
				t.Errorf("%+v not Valid", p)
			}
			b, e := p.Bounds()
			if !b.Equal(start) {
				t.Errorf("Bounds start = %s, want %s", b, start)
			}
			if got := e.Sub(b).Hours(); got != tt.wantHours {
				t.Errorf("Bounds span %v hours, want %v", got, tt.wantHours)
			}
			if p.Days() != tt.wantDays || len(p.Dates()) != tt.wantDays {
				t.Errorf("Days = %d, Dates = %v, want %d days", p.Days(), p.Dates(), tt.wantDays)
			}
			ds := p.DayStarts()
			if !ds[0].Equal(start) || !ds[len(ds)-1].Equal(e) {
				t.Errorf("DayStarts = %v, want %s … %s", ds, start, e)
			}
			if got := ds[1].Sub(ds[0]).Hours(); got != tt.wantFirstDayLength {
				t.Errorf("first day %v hours, want %v", got, tt.wantFirstDayLength)
			}
			if got := p.Label(); got != tt.wantLabel {
				t.Errorf("Label = %q, want %q", got, tt.wantLabel)
			}
			if _, _, ok := p.ISOWeek(); ok {
				t.Error("a period with a start is not an ISO week")
			}
			if p.Previous().Start != (time.Time{}) {
				t.Errorf("Previous = %+v, want whole days", p.Previous())
			}
		})
	}

	t.Run("midnight is the whole day", func(t *testing.T) {
		p, err := tracker.SincePeriod(at("2024-11-19 00:00"), "")
		if err != nil {
			t.Fatal(err)
		}
		if p != (tracker.Period{From: "2024-11-19", To: "2024-11-19"}) {
			t.Errorf("period = %+v, want the day", p)
		}
	})
	t.Run("an end before the start", func(t *testing.T) {
		_, err := tracker.SincePeriod(at("2024-11-19 16:45"), "2024-11-18")
		if got := fields(t, err)["to"]; got == "" {
			t.Errorf("fields = %v, want to", err)
		}
	})
	t.Run("no start", func(t *testing.T) {
		_, err := tracker.SincePeriod(time.Time{}, "")
		if got := fields(t, err)["since"]; got == "" {
			t.Errorf("fields = %v, want since", err)
		}
	})
	t.Run("CheckPeriod keeps the start and refuses a from that disagrees", func(t *testing.T) {
		p, _ := tracker.SincePeriod(at("2024-11-19 16:45"), "2024-11-20")
		q, err := tracker.CheckPeriod(p)
		if err != nil || q != p {
			t.Errorf("CheckPeriod = %+v, %v; want %+v", q, err, p)
		}
		p.From = "2024-11-18"
		if _, err := tracker.CheckPeriod(p); fields(t, err)["from"] == "" {
			t.Errorf("CheckPeriod(%+v) = %v, want a from error", p, err)
		}
	})
}
