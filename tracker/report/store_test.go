package report_test

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

func TestDrafts(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		s, c := newStore(t, db, sthlm(t, "2024-11-19 15:00"))
		ctx := context.Background()
		p, _ := tracker.DayPeriod("2024-11-19")
		if _, err := s.Draft(ctx, p, ""); !errors.Is(err, tracker.ErrNotFound) {
			t.Errorf("no draft yet: err = %v", err)
		}
		n := report.Narrative{
			Situation: []string{"  Högt medietryck   med fokus på återgången. ", "", "Tonen är kritisk."},
			Actions:   []string{"18/11: Pressmeddelande [Extern granskning](https://example.se/p/1)"},
		}
		for name, a := range map[string]tracker.Actor{"analyst": analyst, "press officer": anna} {
			t.Run(name+" may not edit", func(t *testing.T) {
				if _, err := s.SaveDraft(ctx, p, "", n, a); !errors.Is(err, tracker.ErrForbidden) {
					t.Errorf("err = %v, want ErrForbidden", err)
				}
			})
		}
		invalid := map[string]struct {
			n     report.Narrative
			field string
		}{
			"a bullet too long":    {report.Narrative{Situation: []string{strings.Repeat("ö", 2001)}}, "narrative.situation"},
			"too many bullets":     {report.Narrative{Actions: slices.Repeat([]string{"punkt"}, 51)}, "narrative.actions"},
			"a personal number":    {report.Narrative{Spokespersons: []string{"Begäran från 19121212-1212 besvarad"}}, "narrative.spokespersons"},
			"a short personal nbr": {report.Narrative{Situation: []string{"ok", "Sökande 121212-1212."}}, "narrative.situation"},
		}
		for name, tt := range invalid {
			t.Run(name, func(t *testing.T) {
				_, err := s.SaveDraft(ctx, p, "", tt.n, editor)
				wantField(t, err, tt.field)
			})
		}
		t.Run("a reversed period", func(t *testing.T) {
			_, err := s.SaveDraft(ctx, tracker.Period{From: "2024-11-19", To: "2024-11-18"}, "", n, editor)
			wantField(t, err, "to")
		})

		d, err := s.SaveDraft(ctx, p, "", n, editor)
		if err != nil {
			t.Fatal(err)
		}
		want := report.Narrative{Situation: []string{"Högt medietryck med fokus på återgången.", "Tonen är kritisk."},
			Actions: n.Actions, Spokespersons: []string{}}
		if !slices.Equal(d.Narrative.Situation, want.Situation) || !slices.Equal(d.Narrative.Actions, want.Actions) ||
			d.Narrative.Spokespersons == nil || d.UpdatedBy != "erik" || d.Period != p {
			t.Errorf("draft = %+v", d)
		}
		c.Advance(10 * time.Minute)
		n.Spokespersons = []string{"Karin Lund, hälso- och sjukvårdsdirektör"}
		d2, err := s.SaveDraft(ctx, p, "", n, admin)
		if err != nil {
			t.Fatal(err)
		}
		if d2.ID != d.ID || d2.UpdatedBy != "admin" || !d2.UpdatedAt.Equal(sthlm(t, "2024-11-19 15:10")) ||
			!d2.CreatedAt.Equal(sthlm(t, "2024-11-19 15:00")) || len(d2.Narrative.Spokespersons) != 1 {
			t.Errorf("saved again = %+v (first %+v)", d2, d)
		}
		t.Run("a topic has its own draft", func(t *testing.T) {
			if _, err := s.Draft(ctx, p, "Millennium"); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("err = %v", err)
			}
		})
		t.Run("the report uses the draft", func(t *testing.T) {
			r, err := s.Compose(ctx, p, report.ComposeOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(r.Narrative.Situation, want.Situation) || r.Draft == nil || r.Draft.UpdatedBy != "admin" {
				t.Errorf("narrative = %+v, draft %+v", r.Narrative, r.Draft)
			}
		})
		t.Run("deleting the draft brings the suggestions back", func(t *testing.T) {
			if err := s.DeleteDraft(ctx, p, "", analyst); !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("analyst: %v", err)
			}
			if err := s.DeleteDraft(ctx, p, "", editor); err != nil {
				t.Fatal(err)
			}
			r, err := s.Compose(ctx, p, report.ComposeOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if r.Draft != nil || len(r.Narrative.Situation) != 1 || !strings.HasPrefix(r.Narrative.Situation[0], "Inga begäranden") {
				t.Errorf("narrative = %+v", r.Narrative)
			}
			if err := s.DeleteDraft(ctx, p, "", editor); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("twice: %v", err)
			}
		})
	})
}

func TestPublish(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		s, c := newStore(t, db, sthlm(t, "2024-11-18 09:00"))
		ctx := context.Background()
		cov := &fakeCoverage{}
		cov.add("2024-11-18", 12, "SVT Väst", "Göteborgsbladet")
		cov.add("2024-11-19", 30, "SVT Väst", "Göteborgsbladet")
		mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 09:00")), anna)
		mustCreate(t, s, pressInquiry(sthlm(t, "2024-11-18 09:00")), anna)
		week, _ := tracker.WeekPeriod("2024-W47")
		opts := report.ComposeOptions{Coverage: cov, Mentions: cov}
		popts := report.PublishOptions{ComposeOptions: opts, Confirm: true}

		c.Set(sthlm(t, "2024-11-19 16:45"))
		for name, a := range map[string]tracker.Actor{"analyst": analyst, "press officer": anna} {
			t.Run(name+" may not publish", func(t *testing.T) {
				if _, err := s.Publish(ctx, week, popts, a); !errors.Is(err, tracker.ErrForbidden) {
					t.Errorf("err = %v, want ErrForbidden", err)
				}
			})
		}
		if _, err := s.SaveDraft(ctx, week, "", report.Narrative{Situation: []string{"Högt medietryck med fokus på återgången."}}, editor); err != nil {
			t.Fatal(err)
		}
		v1, err := s.Publish(ctx, week, popts, editor)
		if err != nil {
			t.Fatal(err)
		}
		if v1.Version != 1 || v1.PublishedBy != "erik" || v1.Period != week || v1.Report.Published == nil ||
			v1.Report.Published.Compiled != "Sammanställt: 2024-11-19 klockan 16:45." || v1.Report.Published.ID != v1.ID ||
			v1.Report.Narrative.Situation[0] != "Högt medietryck med fokus på återgången." {
			t.Errorf("published = %+v, report.published %+v", v1, v1.Report.Published)
		}
		checkContract(t, v1.Report)
		if v1.Report.Coverage.Total != 42 || v1.Report.Register.DocumentRequest.Received != 1 {
			t.Errorf("published figures = %+v %+v", v1.Report.Coverage, v1.Report.Register)
		}

		t.Run("publishing freezes the figures", func(t *testing.T) {
			// New articles, cases and actions after publishing…
			c.Set(sthlm(t, "2024-11-20 10:00"))
			cov.add("2024-11-20", 100, "Radio Älvdalen")
			mustCreate(t, s, docRequest(sthlm(t, "2024-11-20 10:00")), anna)
			if _, err := s.CreateAction(ctx, report.NewAction{Date: "2024-11-20", Kind: report.ActionPressRelease, Title: "Nytt"}, editor); err != nil {
				t.Fatal(err)
			}
			if _, err := s.SaveDraft(ctx, week, "", report.Narrative{Situation: []string{"Ändrad text."}}, editor); err != nil {
				t.Fatal(err)
			}
			// …change the draft…
			fresh, err := s.Compose(ctx, week, opts)
			if err != nil {
				t.Fatal(err)
			}
			if fresh.Coverage.Total != 142 || fresh.Register.DocumentRequest.Received != 2 || len(fresh.Actions) != 1 {
				t.Fatalf("fresh figures did not move: %d, %+v", fresh.Coverage.Total, fresh.Register.DocumentRequest)
			}
			// …but not the published report.
			again, err := s.PublishedReport(ctx, v1.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again.JSON, v1.JSON) || again.Report.Coverage.Total != 42 ||
				again.Report.Register.DocumentRequest.Received != 1 || len(again.Report.Actions) != 0 ||
				again.Report.Narrative.Situation[0] != "Högt medietryck med fokus på återgången." {
				t.Errorf("the published report changed: %s", again.JSON)
			}
			var md1, md2 bytes.Buffer
			if err := report.WriteMarkdown(&md1, v1.Report); err != nil {
				t.Fatal(err)
			}
			if err := report.WriteMarkdown(&md2, again.Report); err != nil {
				t.Fatal(err)
			}
			if md1.String() != md2.String() {
				t.Error("the published report renders differently after new data")
			}
		})
		t.Run("the database refuses to change a published report", func(t *testing.T) {
			if err := db.Exec(`UPDATE published_reports SET report = '{}' WHERE id = ?`, v1.ID).Error; err == nil {
				t.Error("UPDATE succeeded")
			}
			if err := db.Exec(`DELETE FROM published_reports WHERE id = ?`, v1.ID).Error; err == nil {
				t.Error("DELETE succeeded")
			}
		})

		c.Set(sthlm(t, "2024-11-25 08:00"))
		v2, err := s.Publish(ctx, week, popts, admin)
		if err != nil {
			t.Fatal(err)
		}
		if v2.Version != 2 || v2.Report.Coverage.Total != 142 || v2.Report.Narrative.Situation[0] != "Ändrad text." ||
			v2.Report.Published.Compiled != "Sammanställt: 2024-11-25 klockan 08:00." {
			t.Errorf("version 2 = %+v", v2.Report.Published)
		}
		day, _ := tracker.DayPeriod("2024-11-19")
		d1, err := s.Publish(ctx, day, popts, editor)
		if err != nil {
			t.Fatal(err)
		}
		if d1.Version != 1 {
			t.Errorf("another period starts at version %d", d1.Version)
		}

		t.Run("versions", func(t *testing.T) {
			for version, wantID := range map[int]int64{1: v1.ID, 2: v2.ID, 0: v2.ID} {
				got, err := s.PublishedVersion(ctx, week, "", version)
				if err != nil || got.ID != wantID {
					t.Errorf("version %d = %v, %v; want id %d", version, got, err, wantID)
				}
			}
			if _, err := s.PublishedVersion(ctx, week, "", 3); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("version 3: %v", err)
			}
			if _, err := s.PublishedReport(ctx, 9999); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("id 9999: %v", err)
			}
		})
		t.Run("history per period and overall", func(t *testing.T) {
			hist, total, err := s.PublishedReports(ctx, report.PublishedFilter{Period: &week})
			if err != nil {
				t.Fatal(err)
			}
			if total != 2 || len(hist) != 2 || hist[0].Version != 2 || hist[1].Version != 1 || hist[0].Label != "v. 47 2024" ||
				hist[1].Compiled != "Sammanställt: 2024-11-19 klockan 16:45." || hist[1].PublishedBy != "erik" {
				t.Errorf("history of the week = %+v", hist)
			}
			all, total, err := s.PublishedReports(ctx, report.PublishedFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if total != 3 || len(all) != 3 || all[0].ID != d1.ID {
				t.Errorf("all = %+v", all)
			}
			page, total, err := s.PublishedReports(ctx, report.PublishedFilter{Limit: 1, Offset: 1})
			if err != nil || total != 3 || len(page) != 1 || page[0].ID != v2.ID {
				t.Errorf("page = %+v, %d, %v", page, total, err)
			}
			other := "Millennium"
			none, total, err := s.PublishedReports(ctx, report.PublishedFilter{Topic: &other})
			if err != nil || total != 0 || len(none) != 0 {
				t.Errorf("topic = %+v, %v", none, err)
			}
		})
		t.Run("two editors at once get two versions", func(t *testing.T) {
			var wg sync.WaitGroup
			versions := make([]int, 4)
			errs := make([]error, 4)
			for i := range 4 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					pr, err := s.Publish(ctx, day, popts, editor)
					errs[i] = err
					if err == nil {
						versions[i] = pr.Version
					}
				}()
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
			slices.Sort(versions)
			if !slices.Equal(versions, []int{2, 3, 4, 5}) {
				t.Errorf("versions = %v", versions)
			}
		})
	})
}
