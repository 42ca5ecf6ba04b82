package tracker_test

import (
	"context"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// A personnummer typed into a subject by mistake is masked for analysts and
// editors like the description, in the audit trail too, and their search
// does not find the case by it; the press office still sees and finds it.
func TestPersonalNumberInSubjectIsHiddenFromAnalystsAndEditors(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2024-11-18 10:00"))
		ctx := context.Background()
		in := docRequest(sthlm(t, "2024-11-18 09:00"))
		in.Subject = "Journal för 19121212-1212"
		in.Description = "Svar till karin@example.org"
		in.Requester = tracker.Requester{Name: "Karin Exempel", Email: "karin@example.org", Phone: "070-123 45 67"}
		c := mustCase(t, s, mustCreate(t, s, in, anna).ID)
		es, err := s.Events(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range []tracker.Role{tracker.RoleAnalyst, tracker.RoleEditor} {
			shown := c.For(r)
			if shown.Subject != "Journal för [personnummer]" || shown.Description != "Svar till [e-post]" ||
				shown.RequesterName != "" || shown.RequesterEmail != "" {
				t.Errorf("%s sees %q, %q, %q", r, shown.Subject, shown.Description, shown.RequesterName)
			}
			for _, e := range es {
				if strings.Contains(e.For(r).Data, "19121212") {
					t.Errorf("%s sees the personnummer in the %s event: %s", r, e.Type, e.For(r).Data)
				}
			}
			for _, q := range []string{"19121212-1212", "191212121212", "121212"} {
				if _, n, err := s.Cases(ctx, tracker.CaseFilter{Query: q, Viewer: r}); err != nil || n != 0 {
					t.Errorf("%s searching %q finds %d cases (%v), want none", r, q, n, err)
				}
			}
			if _, n, _ := s.Cases(ctx, tracker.CaseFilter{Query: c.Number, Viewer: r}); n != 1 {
				t.Errorf("%s searching the number %s finds %d cases, want 1", r, c.Number, n)
			}
		}
		// A mail taken in as the description ends with its sender's name and number.
		signed := *c
		signed.Description = "Jag begär att få ta del av journalen.\n\nKarin Exempel\n070-123 45 67"
		for _, r := range []tracker.Role{tracker.RoleAnalyst, tracker.RoleEditor} {
			if got, want := signed.For(r).Description, "Jag begär att få ta del av journalen.\n\n[namn]\n[telefon]"; got != want {
				t.Errorf("%s sees the signed description %q, want %q", r, got, want)
			}
		}
		// An answer sent by mail is the whole mail; a name is masked as a
		// whole word, not inside another ("Karin" in "Karinsborg").
		signed.Answer = "Hej KARIN EXEMPEL, protokollen från Karin Exempelgatan kommer i morgon. Ring 070-123 45 67."
		for _, r := range []tracker.Role{tracker.RoleAnalyst, tracker.RoleEditor} {
			if got, want := signed.For(r).Answer, "Hej [namn], protokollen från Karin Exempelgatan kommer i morgon. Ring [telefon]."; got != want {
				t.Errorf("%s sees the answer %q, want %q", r, got, want)
			}
		}
		if got := signed.For(tracker.RolePressOfficer).Description; got != signed.Description {
			t.Errorf("the press officer sees %q", got)
		}
		if shown := c.For(tracker.RolePressOfficer); shown.Subject != in.Subject || shown.RequesterEmail == "" {
			t.Errorf("the press officer sees %+v, want everything", shown)
		}
		if _, n, _ := s.Cases(ctx, tracker.CaseFilter{Query: "19121212-1212", Viewer: tracker.RolePressOfficer}); n != 1 {
			t.Errorf("the press officer finds %d cases by the personnummer, want 1", n)
		}
	})
}
