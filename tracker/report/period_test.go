package report_test

import (
	"testing"

	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

func TestPeriodQuery(t *testing.T) {
	const today = "2024-11-19"
	tests := map[string]struct {
		q    report.PeriodQuery
		want tracker.Period
	}{
		"a day":                       {report.PeriodQuery{Date: " 2024-11-19 "}, tracker.Period{From: "2024-11-19", To: "2024-11-19"}},
		"an ISO week":                 {report.PeriodQuery{Week: "2024-W47"}, tracker.Period{From: "2024-11-18", To: "2024-11-24"}},
		"a short week in this year":   {report.PeriodQuery{Week: "v. 1"}, tracker.Period{From: "2024-01-01", To: "2024-01-07"}},
		"a range":                     {report.PeriodQuery{From: "2024-11-18", To: "2024-11-20"}, tracker.Period{From: "2024-11-18", To: "2024-11-20"}},
		"a range without its end":     {report.PeriodQuery{From: "2024-11-18"}, tracker.Period{From: "2024-11-18", To: "2024-11-18"}},
		"vecka 47, in words and case": {report.PeriodQuery{Week: "Vecka 47"}, tracker.Period{From: "2024-11-18", To: "2024-11-24"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := tt.q.Period(today)
			if err != nil || got != tt.want {
				t.Errorf("Period = %v, %v; want %v", got, err, tt.want)
			}
		})
	}

	problems := map[string]struct {
		q     report.PeriodQuery
		field string
	}{
		"nothing":         {report.PeriodQuery{Date: " "}, "from"},
		"a day and week":  {report.PeriodQuery{Date: "2024-11-19", Week: "2024-W47"}, "week"},
		"a malformed day": {report.PeriodQuery{Date: "19/11"}, "date"},
		"no such week":    {report.PeriodQuery{Week: "2024-W60"}, "week"},
		"only an end":     {report.PeriodQuery{To: "2024-11-19"}, "from"},
	}
	for name, tt := range problems {
		t.Run(name, func(t *testing.T) {
			_, err := tt.q.Period(today)
			wantField(t, err, tt.field)
		})
	}
	if !(report.PeriodQuery{Week: "  "}).Empty() || (report.PeriodQuery{To: "2024-11-19"}).Empty() {
		t.Error("Empty is wrong about blanks or an end alone")
	}
}
