package report_test

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

func TestSelectActions(t *testing.T) {
	act := func(date string, kind report.ActionKind, title, url string) report.ReportAction {
		return report.ReportAction{Date: date, Kind: kind, Title: title, URL: url}
	}
	tests := map[string]struct {
		actions   []report.ReportAction
		recurring []report.ReportAction // items whose series recur
		lines     []string
		daily     []string
	}{
		"one item in three channels is one line": {
			actions: []report.ReportAction{
				act("2024-11-18", report.ActionInternalNews, "Återgång till tidigare journalsystem", "https://intra.example.se/1"),
				act("2024-11-18", report.ActionPressRelease, "Återgång till tidigare journalsystem", "https://press.example.se/1"),
				act("2024-11-18", report.ActionExternalNews, "Återgång till  tidigare journalsystem", "https://www.example.se/1"),
			},
			lines: []string{"18/11: Pressmeddelande och nyhet internt och externt om [Återgång till tidigare journalsystem](https://press.example.se/1)"},
			daily: []string{},
		},
		"the uptake of an item ends its line": {
			actions: []report.ReportAction{
				{Date: "2024-11-18", Kind: report.ActionPressRelease, Title: "Extra bemanning", URL: "https://press.example.se/3",
					Uptake: "citerades av 6 medier, varav 2 rikstäckande"},
				act("2024-11-18", report.ActionExternalNews, "Extra bemanning", ""),
				{Date: "2024-11-17", Kind: report.ActionPressRelease, Title: "Ny chef", Uptake: "citerades av 1 medium"},
			},
			lines: []string{"18/11: Pressmeddelande och extern nyhet om [Extra bemanning](https://press.example.se/3) – citerades av 6 medier, varav 2 rikstäckande",
				"17/11: Pressmeddelande Ny chef – citerades av 1 medium"},
			daily: []string{},
		},
		"internal and external news": {
			actions: []report.ReportAction{
				act("2024-11-18", report.ActionExternalNews, "Sjukhusen avlastar", "https://www.example.se/2"),
				act("2024-11-18", report.ActionInternalNews, "Sjukhusen avlastar", ""),
			},
			lines: []string{"18/11: Nyhet internt och externt om [Sjukhusen avlastar](https://www.example.se/2)"},
			daily: []string{},
		},
		"the same title on two days is two lines": {
			actions: []report.ReportAction{
				act("2024-11-19", report.ActionPressRelease, "Extern granskning", ""),
				act("2024-11-18", report.ActionPressRelease, "Extern granskning", ""),
			},
			lines: []string{"19/11: Pressmeddelande Extern granskning", "18/11: Pressmeddelande Extern granskning"},
			daily: []string{},
		},
		"a recurring series goes under Dagligen, once": {
			actions: []report.ReportAction{
				act("2024-11-19", report.ActionInternalNews, "Aktuellt om Aurora den 19 november", "https://intra.example.se/19"),
				act("2024-11-18", report.ActionInternalNews, "Aktuellt om Aurora den 18 november", "https://intra.example.se/18"),
				act("2024-11-18", report.ActionPressRelease, "Extern granskning", ""),
			},
			recurring: []report.ReportAction{act("2024-11-17", report.ActionInternalNews, "Aktuellt om Aurora 17/11", "")},
			lines:     []string{"18/11: Pressmeddelande Extern granskning"},
			daily:     []string{"Intern nyhet: Aktuellt om Aurora"},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			recurring := map[string]bool{}
			for _, a := range tt.recurring {
				recurring[report.SeriesKey(a)] = true
			}
			got := report.SelectActions(tt.actions, recurring)
			if !slices.Equal(got.Lines, tt.lines) || !slices.Equal(got.Daily, tt.daily) {
				t.Errorf("selection = %q / %q, want %q / %q", got.Lines, got.Daily, tt.lines, tt.daily)
			}
		})
	}
}

func TestReportSections(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, c := newStore(t, db, sthlm(t, "2024-11-19 16:45"))
		s.Store = report.NewStore(db, s.register, report.Options{Now: c.Now,
			About: report.About{CompiledBy: "Kommunikationsenheten", OnBehalfOf: "Krisledningen"}})
		if _, err := s.CreateSpokesperson(ctx, report.SpokespersonInput{Name: "Karin Lund", Title: "hälso- och sjukvårdsdirektör",
			Phone: "010-123 45 67", Active: true}, editor); err != nil {
			t.Fatal(err)
		}
		// A daily update on three days is a routine.
		for _, d := range []string{"2024-11-17", "2024-11-18", "2024-11-19"} {
			if _, err := s.CreateAction(ctx, report.NewAction{Date: d, Kind: report.ActionInternalNews,
				Title: "Aktuellt om Aurora den " + d[8:] + " november"}, editor); err != nil {
				t.Fatal(err)
			}
		}
		for _, k := range []report.ActionKind{report.ActionPressRelease, report.ActionExternalNews} {
			if _, err := s.CreateAction(ctx, report.NewAction{Date: "2024-11-19", Kind: k, Title: "Extern granskning",
				URL: "https://press.example.se/granskning"}, editor); err != nil {
				t.Fatal(err)
			}
		}
		day, _ := tracker.DayPeriod("2024-11-19")
		r, err := s.Compose(ctx, day, report.ComposeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Run("the suggestion selects the actions", func(t *testing.T) {
			if want := []string{"19/11: Pressmeddelande och extern nyhet om [Extern granskning](https://press.example.se/granskning)"}; !slices.Equal(r.Narrative.Actions, want) {
				t.Errorf("actions = %q, want %q", r.Narrative.Actions, want)
			}
			if want := []string{"Intern nyhet: Aktuellt om Aurora"}; !slices.Equal(r.Narrative.Daily, want) {
				t.Errorf("daily = %q, want %q", r.Narrative.Daily, want)
			}
			if want := []string{"Karin Lund, hälso- och sjukvårdsdirektör"}; !slices.Equal(r.Narrative.Spokespersons, want) {
				t.Errorf("spokespersons = %q", r.Narrative.Spokespersons)
			}
		})
		t.Run("the phone is in the internal version only", func(t *testing.T) {
			var in, out bytes.Buffer
			if err := report.WriteMarkdown(&in, r.ForAudience(report.AudienceInternal)); err != nil {
				t.Fatal(err)
			}
			ext := r.ForAudience(report.AudienceExternal)
			if err := report.WriteMarkdown(&out, ext); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(in.String(), "- Karin Lund, hälso- och sjukvårdsdirektör, tel. 010-123 45 67\n") {
				t.Errorf("internal markdown without the phone:\n%s", in.String())
			}
			if strings.Contains(out.String(), "010-123") || ext.Spokespersons[0].Phone != "" || r.Spokespersons[0].Phone == "" {
				t.Errorf("external version carries the phone, or the report lost it")
			}
			for _, want := range []string{"## Dagligen\n\n- Intern nyhet: Aktuellt om Aurora\n",
				"## Om rapporten\n\n- Sammanställs av Kommunikationsenheten på uppdrag av Krisledningen.\n"} {
				if !strings.Contains(out.String(), want) {
					t.Errorf("markdown lacks %q:\n%s", want, out.String())
				}
			}
		})

		// The editor writes key messages, resident information and links,
		// and publishes: the next report starts from them.
		n := r.Narrative
		n.KeyMessages = []string{"Patientsäkerheten går först."}
		n.ResidentInformation = []string{"Aktuell information finns på [1177.se](https://www.1177.se)."}
		n.Links = []string{"[Samlad information](https://www.example.se/aurora)"}
		n.Daily = append(n.Daily, "[Regionala rapporter](https://intra.example.se/rapporter)")
		if _, err := s.SaveDraft(ctx, day, "", n, editor); err != nil {
			t.Fatal(err)
		}
		pub, err := s.Publish(ctx, day, report.PublishOptions{Confirm: true}, editor)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(pub.Report.KeyMessages, n.KeyMessages) || !slices.Equal(pub.Report.Links, n.Links) ||
			!slices.Equal(pub.Report.ResidentInformation, n.ResidentInformation) {
			t.Errorf("published = %q %q %q", pub.Report.KeyMessages, pub.Report.ResidentInformation, pub.Report.Links)
		}

		c.Set(sthlm(t, "2024-11-20 16:00"))
		next, err := s.DefaultPeriod(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if !next.Start.Equal(pub.CompiledAt) || next.From != "2024-11-19" || next.To != "2024-11-20" {
			t.Fatalf("the daily period = %+v, want since %s", next, pub.CompiledAt)
		}
		r2, err := s.Compose(ctx, next, report.ComposeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Run("carried over from the last published report", func(t *testing.T) {
			if !slices.Equal(r2.Narrative.KeyMessages, n.KeyMessages) || !slices.Equal(r2.KeyMessages, n.KeyMessages) ||
				!slices.Equal(r2.Narrative.ResidentInformation, n.ResidentInformation) || !slices.Equal(r2.Links, n.Links) {
				t.Errorf("carried = %q / %q / %q", r2.Narrative.KeyMessages, r2.Narrative.ResidentInformation, r2.Links)
			}
			if !slices.Equal(r2.Narrative.Daily, n.Daily) {
				t.Errorf("daily = %q, want %q", r2.Narrative.Daily, n.Daily)
			}
		})
		t.Run("since the last report leaves out what it listed", func(t *testing.T) {
			if len(r2.Actions) != 0 || len(r2.Narrative.Actions) != 0 {
				t.Errorf("actions = %+v / %q", r2.Actions, r2.Narrative.Actions)
			}
			if !strings.HasPrefix(r2.Label, "19 november 2024 klockan 16:45") {
				t.Errorf("label = %q", r2.Label)
			}
		})
	})
}

func TestPeriodSinceLast(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, c := newStore(t, db, sthlm(t, "2024-11-19 10:00"))
		q := report.PeriodQuery{Since: "last"}
		if _, err := s.Period(ctx, q, ""); err == nil {
			t.Fatal("since=last with nothing published: no error")
		} else {
			wantField(t, err, "since")
		}
		if p, err := s.DefaultPeriod(ctx, ""); err != nil || p != (tracker.Period{From: "2024-11-19", To: "2024-11-19"}) {
			t.Errorf("default with nothing published = %+v, %v; want today", p, err)
		}
		mustCreate(t, s, docRequest(sthlm(t, "2024-11-19 09:00")), anna) // before the report
		c.Set(sthlm(t, "2024-11-19 16:45"))
		day, _ := tracker.DayPeriod("2024-11-19")
		pub, err := s.Publish(ctx, day, report.PublishOptions{Confirm: true}, editor)
		if err != nil {
			t.Fatal(err)
		}
		c.Set(sthlm(t, "2024-11-20 08:00"))
		mustCreate(t, s, docRequest(sthlm(t, "2024-11-19 23:30")), anna) // after it, before midnight
		mustCreate(t, s, docRequest(sthlm(t, "2024-11-20 00:30")), anna) // after midnight

		p, err := s.Period(ctx, q, "")
		if err != nil {
			t.Fatal(err)
		}
		if !p.Start.Equal(pub.CompiledAt) || p.From != "2024-11-19" || p.To != "2024-11-20" {
			t.Fatalf("since=last = %+v, want from %s", p, pub.CompiledAt)
		}
		r, err := s.Compose(ctx, p, report.ComposeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Register.DocumentRequest.Received; got != 2 {
			t.Errorf("received since the last report = %d, want 2 (across midnight, not the one before)", got)
		}
		if got := r.Register.DocumentRequest.Open; got != 3 {
			t.Errorf("open now = %d, want 3", got)
		}

		t.Run("a draft of the since period is its own", func(t *testing.T) {
			if _, err := s.SaveDraft(ctx, p, "", report.Narrative{Situation: []string{"Sedan i går."}}, editor); err != nil {
				t.Fatal(err)
			}
			whole := tracker.Period{From: p.From, To: p.To}
			d, err := s.Compose(ctx, whole, report.ComposeOptions{})
			if err != nil || d.Draft != nil {
				t.Errorf("the whole days share the since period's draft: %+v, %v", d.Draft, err)
			}
			again, err := s.Compose(ctx, p, report.ComposeOptions{})
			if err != nil || again.Draft == nil || again.Narrative.Situation[len(again.Narrative.Situation)-1] != "Sedan i går." {
				t.Errorf("the since period's draft = %+v, %v", again.Narrative, err)
			}
		})
		t.Run("an explicit instant and its errors", func(t *testing.T) {
			p2, err := s.Period(ctx, report.PeriodQuery{Since: "2024-11-19T16:45", To: "2024-11-20"}, "")
			if err != nil || !p2.Start.Equal(sthlm(t, "2024-11-19 16:45")) {
				t.Errorf("since=2024-11-19T16:45 = %+v, %v", p2, err)
			}
			for name, q := range map[string]report.PeriodQuery{
				"not a time":        {Since: "igår"},
				"in the future":     {Since: "2024-11-20T09:00"},
				"with a date too":   {Since: "last", Date: "2024-11-19"},
				"with from and to":  {Since: "last", From: "2024-11-18"},
				"an end before it":  {Since: "2024-11-19T16:45", To: "2024-11-18"},
				"the whole of 2020": {Since: "2020-01-01T10:00"},
			} {
				t.Run(name, func(t *testing.T) {
					if _, err := s.Period(ctx, q, ""); err == nil {
						t.Errorf("%+v: no error", q)
					} else if _, ok := err.(*tracker.ValidationError); !ok {
						t.Errorf("%+v: %T %v, want a validation error", q, err, err)
					}
				})
			}
		})
	})
}

func TestSpokespersonPhone(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, _ := newStore(t, db, sthlm(t, "2024-11-19 10:00"))
		_, err := s.CreateSpokesperson(ctx, report.SpokespersonInput{Name: "Per Ek", Phone: "ring mig"}, editor)
		wantField(t, err, "phone")
		sp, err := s.CreateSpokesperson(ctx, report.SpokespersonInput{Name: "Per Ek", Phone: " +46 10  123 45 67 "}, editor)
		if err != nil || sp.Phone != "+46 10 123 45 67" {
			t.Fatalf("created %+v, %v", sp, err)
		}
		sp, err = s.UpdateSpokesperson(ctx, sp.ID, report.SpokespersonUpdate{Phone: ptr("010-99 88 77")}, editor)
		if err != nil || sp.Phone != "010-99 88 77" {
			t.Errorf("updated %+v, %v", sp, err)
		}
	})
}
