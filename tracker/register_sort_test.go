package tracker_test

import (
	"context"
	"slices"
	"testing"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// The public register sorts by any of its columns, both ways; a secret row
// sorts by what it shows (its mark), never by the subject it hides.
func TestRegisterSortsByItsColumns(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, _ := newStore(t, db, sthlm(t, "2025-03-12 12:00"))
		mk := func(subject, received, outlet, secret string) *tracker.Case {
			in := docRequest(sthlm(t, received))
			in.Subject, in.Requester.Outlet, in.SecretSubject = subject, outlet, secret
			return mustCreate(t, s, in, anna)
		}
		b := mk("Bokslut", "2025-03-10 09:00", "SVT", "")
		a := mk("Avtal", "2025-03-11 09:00", "", "")
		secret := mk("Aaa hemligt ämne", "2025-03-12 09:00", "GP", "OSL 21 kap. 1 §")
		mustMove(t, s, b.ID, anna, tracker.StatusReleased)
		p, err := tracker.ParseSpan("2025-03-10", "2025-03-12")
		if err != nil {
			t.Fatal(err)
		}
		order := func(t *testing.T, col, dir string) []string {
			t.Helper()
			var got []string
			err := s.EachRegisterEntrySorted(ctx, p, tracker.ParseRegisterSort(col, dir), func(e tracker.RegisterEntry) error {
				got = append(got, e.Number)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			return got
		}
		tests := map[string]struct {
			col, dir string
			want     []string
		}{
			"by default, the order of receipt":                        {"", "", []string{b.Number, a.Number, secret.Number}},
			"received, newest first":                                  {"received", "desc", []string{secret.Number, a.Number, b.Number}},
			"subject A–Ö, the secret row by its mark":                 {"subject", "asc", []string{a.Number, b.Number, secret.Number}},
			"subject Ö–A":                                             {"subject", "desc", []string{secret.Number, b.Number, a.Number}},
			"sender: Enskild before SVT, the secret row's empty last": {"sender", "asc", []string{a.Number, b.Number, secret.Number}},
			"decided: the decided first, the open after":              {"decided", "asc", []string{b.Number, a.Number, secret.Number}},
			"an unknown column is the order of receipt":               {"requester_name", "asc", []string{b.Number, a.Number, secret.Number}},
		}
		for name, tt := range tests {
			t.Run(name, func(t *testing.T) {
				if got := order(t, tt.col, tt.dir); !slices.Equal(got, tt.want) {
					t.Errorf("sort %s %s = %v, want %v", tt.col, tt.dir, got, tt.want)
				}
			})
		}
	})
}
