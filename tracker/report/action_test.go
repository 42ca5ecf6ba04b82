package report_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

func TestCreateAction(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		now := sthlm(t, "2025-05-14 10:00")
		s, _ := newStore(t, db, now)
		ctx := context.Background()
		valid := report.NewAction{Date: "2025-05-14", Kind: report.ActionPressRelease,
			Title: "Regionen byter journalsystem", URL: "https://example.se/press/1"}

		invalid := map[string]struct {
			edit  func(in *report.NewAction)
			field string
		}{
			"no date":           {func(in *report.NewAction) { in.Date = "" }, "date"},
			"date with time":    {func(in *report.NewAction) { in.Date = "2025-05-14T10:00" }, "date"},
			"Swedish date":      {func(in *report.NewAction) { in.Date = "14/5 2025" }, "date"},
			"no such day":       {func(in *report.NewAction) { in.Date = "2025-02-30" }, "date"},
			"no kind":           {func(in *report.NewAction) { in.Kind = "" }, "kind"},
			"unknown kind":      {func(in *report.NewAction) { in.Kind = "tweet" }, "kind"},
			"no title":          {func(in *report.NewAction) { in.Title = "  " }, "title"},
			"title too long":    {func(in *report.NewAction) { in.Title = strings.Repeat("ö", 501) }, "title"},
			"relative link":     {func(in *report.NewAction) { in.URL = "/press/1" }, "url"},
			"ftp link":          {func(in *report.NewAction) { in.URL = "ftp://example.se/x" }, "url"},
			"javascript link":   {func(in *report.NewAction) { in.URL = "javascript:alert(1)" }, "url"},
			"link too long":     {func(in *report.NewAction) { in.URL = "https://example.se/" + strings.Repeat("a", 2000) }, "url"},
			"link without host": {func(in *report.NewAction) { in.URL = "https://" }, "url"},
		}
		for name, tt := range invalid {
			t.Run(name, func(t *testing.T) {
				in := valid
				tt.edit(&in)
				_, err := s.CreateAction(ctx, in, editor)
				wantField(t, err, tt.field)
			})
		}

		for name, a := range map[string]tracker.Actor{"admin": admin, "press officer": bertil, "editor": editor} {
			t.Run("recorded by "+name, func(t *testing.T) {
				in := valid
				in.Title = " " + valid.Title + " "
				got, err := s.CreateAction(ctx, in, a)
				if err != nil {
					t.Fatal(err)
				}
				if got.ID == 0 || got.Title != valid.Title || got.Date != "2025-05-14" || got.CreatedBy != a.Username || !got.CreatedAt.Equal(now) {
					t.Errorf("action = %+v", got)
				}
			})
		}
		t.Run("analyst may not", func(t *testing.T) {
			if _, err := s.CreateAction(ctx, valid, analyst); !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("err = %v, want ErrForbidden", err)
			}
		})
		t.Run("without a link", func(t *testing.T) {
			in := valid
			in.URL, in.Kind = "", report.ActionInternalNews
			if _, err := s.CreateAction(ctx, in, editor); err != nil {
				t.Fatal(err)
			}
		})
	})
}

func TestActions(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		ctx := context.Background()
		for _, d := range []string{"2025-04-30", "2025-05-01", "2025-05-07", "2025-05-07", "2025-05-14", "2025-05-15"} {
			if _, err := s.CreateAction(ctx, report.NewAction{Date: d, Kind: report.ActionExternalNews, Title: "Nyhet " + d}, editor); err != nil {
				t.Fatal(err)
			}
		}
		tests := map[string]struct {
			from, to string
			want     []string
		}{
			"everything":       {"", "", []string{"2025-05-15", "2025-05-14", "2025-05-07", "2025-05-07", "2025-05-01", "2025-04-30"}},
			"both ends inside": {"2025-05-01", "2025-05-14", []string{"2025-05-14", "2025-05-07", "2025-05-07", "2025-05-01"}},
			"one day":          {"2025-05-07", "2025-05-07", []string{"2025-05-07", "2025-05-07"}},
			"from only":        {"2025-05-14", "", []string{"2025-05-15", "2025-05-14"}},
			"to only":          {"", "2025-04-30", []string{"2025-04-30"}},
			"empty range":      {"2025-05-08", "2025-05-13", nil},
			"to before from":   {"2025-05-14", "2025-05-01", nil},
		}
		for name, tt := range tests {
			t.Run(name, func(t *testing.T) {
				as, err := s.Actions(ctx, tt.from, tt.to)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for i, a := range as {
					got = append(got, a.Date)
					if i > 0 && a.Date == as[i-1].Date && a.ID > as[i-1].ID {
						t.Errorf("same day listed oldest first: %d before %d", as[i-1].ID, a.ID)
					}
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("Actions(%q, %q) = %v, want %v", tt.from, tt.to, got, tt.want)
				}
			})
		}
	})
}
