package tracker_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

func TestParseLegalGround(t *testing.T) {
	tests := map[string]struct {
		in, want string
		ok       bool
	}{
		"chapter and section":           {"OSL 25 kap. 1 §", "OSL 25 kap. 1 §", true},
		"extra spaces are normalised":   {"  OSL  25 kap.  1 § ", "OSL 25 kap. 1 §", true},
		"section with a letter":         {"OSL 21 kap. 3 a §", "OSL 21 kap. 3 a §", true},
		"paragraph and point":           {"OSL 18 kap. 1 § andra stycket 2 p.", "OSL 18 kap. 1 § andra stycket 2 p.", true},
		"a single letter is no ground":  {"x", "x", false},
		"the law's name is required":    {"25 kap. 1 §", "", false},
		"no chapter 0":                  {"OSL 0 kap. 1 §", "", false},
		"OSL has 44 chapters":           {"OSL 45 kap. 1 §", "", false},
		"a section must be a number":    {"OSL 25 kap. § 1", "", false},
		"trailing words are not a form": {"OSL 25 kap. 1 § och mer", "", false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok := tracker.ParseLegalGround(tt.in)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("ParseLegalGround(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestDecisions(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		start := sthlm(t, "2025-03-10 09:00")
		s, clk := newStore(t, db, start)
		newDoc := func(t *testing.T) *tracker.Case {
			in := docRequest(start)
			in.Unit = unitComms
			in.Requester = tracker.Requester{Name: "Karin Klok", Email: "karin@example.se"}
			return mustCreate(t, s, in, anna)
		}
		refuse := func(t *testing.T, tr tracker.Transition) (*tracker.Case, error) {
			return s.Transition(ctx, newDoc(t).ID, tr, anna)
		}

		invalid := map[string]struct {
			tr    tracker.Transition
			field string
		}{
			"a ground like x is refused":                         {tracker.Transition{To: "refused", LegalGround: "x", Reasoning: reasoning}, "legal_ground"},
			"secrecy is the default basis and needs a provision": {tracker.Transition{To: "refused", Reasoning: reasoning}, "legal_ground"},
			"reasons are required (FL 32 §)":                     {tracker.Transition{To: "refused", LegalGround: legalGround}, "reasoning"},
			"a partial refusal needs reasons too":                {tracker.Transition{To: "partially_released", LegalGround: legalGround}, "reasoning"},
			"an unknown basis":                                   {tracker.Transition{To: "refused", Basis: "whim", Reasoning: reasoning}, "basis"},
			"a release with conditions names them":               {tracker.Transition{To: tracker.StatusReleasedWithConditions, LegalGround: legalGround, Reasoning: reasoning}, "conditions"},
			"conditions belong to that decision only":            {tracker.Transition{To: "refused", LegalGround: legalGround, Reasoning: reasoning, Conditions: "x"}, "conditions"},
			"a plain release takes no basis":                     {tracker.Transition{To: "released", Basis: tracker.BasisSecrecy}, "basis"},
		}
		for name, tt := range invalid {
			t.Run(name, func(t *testing.T) {
				_, err := refuse(t, tt.tr)
				var v *tracker.ValidationError
				if !errors.As(err, &v) || v.Fields[tt.field] == "" {
					t.Fatalf("Transition = %v, want a validation error on %s", err, tt.field)
				}
			})
		}

		t.Run("no document needs no provision, and the letter says so", func(t *testing.T) {
			c, err := refuse(t, tracker.Transition{To: "refused", Basis: tracker.BasisNoSuchDocument, Reasoning: "Någon sådan logg har aldrig upprättats."})
			if err != nil {
				t.Fatal(err)
			}
			l, err := s.DecisionLetter(ctx, c.ID, anna)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(l.Grounds, " "), "finns inte hos "+authority) {
				t.Errorf("grounds = %q, want that the document does not exist", l.Grounds)
			}
		})

		t.Run("the letter is signed with full name, title and delegation, and names the court", func(t *testing.T) {
			c, err := refuse(t, tracker.Transition{To: "refused", LegalGround: "OSL 25 kap. 1 §", Reasoning: reasoning})
			if err != nil {
				t.Fatal(err)
			}
			clk.Set(sthlm(t, "2025-03-11 12:00"))
			if _, err := s.Deliver(ctx, c.ID, sthlm(t, "2025-03-11 10:00"), anna); err != nil {
				t.Fatal(err)
			}
			l, err := s.DecisionLetter(ctx, c.ID, anna)
			if err != nil {
				t.Fatal(err)
			}
			checks := map[string]string{
				"title":      l.Title,
				"signature":  l.Signature,
				"delegation": l.Delegation,
				"grounds":    strings.Join(l.Grounds, " "),
				"appeal":     l.Appeal,
			}
			for field, want := range map[string]string{
				"title":      "Beslut om avslag på begäran om att få ta del av allmän handling",
				"signature":  "Anna, presssekreterare",
				"delegation": unitComms,
				"grounds":    "25 kap. 1 § offentlighets- och sekretesslagen (2009:400)",
				"appeal":     appealCourt,
			} {
				if !strings.Contains(checks[field], want) {
					t.Errorf("letter %s = %q, want %q", field, checks[field], want)
				}
			}
			for _, want := range []string{"skickas eller lämnas till " + authority, "tre veckor", "hur du vill att beslutet ska ändras"} {
				if !strings.Contains(l.Appeal, want) {
					t.Errorf("appeal instruction lacks %q: %q", want, l.Appeal)
				}
			}
			if strings.Contains(l.Signature, "anna") {
				t.Errorf("signed with a login name: %q", l.Signature)
			}
			if l.AppealBy == nil || !l.AppealBy.Equal(endOf(t, "2025-04-01")) {
				t.Errorf("appeal by = %v, want end of 2025-04-01", l.AppealBy)
			}
		})

		t.Run("each decision has its own title", func(t *testing.T) {
			for to, want := range map[tracker.Status]string{
				"partially_released":                 "Beslut att delvis avslå begäran",
				tracker.StatusReleasedWithConditions: "Beslut om utlämnande av allmän handling med förbehåll",
			} {
				c, err := refuse(t, tracker.Transition{To: to, LegalGround: legalGround, Reasoning: reasoning, Conditions: conditionsFor(to)})
				if err != nil {
					t.Fatal(err)
				}
				mustMove(t, s, c.ID, anna, "closed")
				l, err := s.DecisionLetter(ctx, c.ID, anna)
				if err != nil {
					t.Fatal(err)
				}
				if !strings.HasPrefix(l.Title, want) {
					t.Errorf("%s (closed): title %q, want %q", to, l.Title, want)
				}
				if to == tracker.StatusReleasedWithConditions && l.Conditions != conditionsFor(to) {
					t.Errorf("conditions = %q", l.Conditions)
				}
			}
		})

		t.Run("a decider without a title cannot sign", func(t *testing.T) {
			if err := s.SetTitle(ctx, "anna", "", admin); err != nil {
				t.Fatal(err)
			}
			defer func() {
				if err := s.SetTitle(ctx, "anna", "presssekreterare", admin); err != nil {
					t.Fatal(err)
				}
			}()
			_, err := refuse(t, tracker.Transition{To: "refused", LegalGround: legalGround, Reasoning: reasoning})
			var v *tracker.ValidationError
			if !errors.As(err, &v) || v.Fields["decided_by"] == "" {
				t.Errorf("Transition = %v, want a validation error on decided_by", err)
			}
		})

		t.Run("analysts do not get the letter", func(t *testing.T) {
			c, err := refuse(t, tracker.Transition{To: "refused", LegalGround: legalGround, Reasoning: reasoning})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.DecisionLetter(ctx, c.ID, analyst); !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("DecisionLetter(analyst) = %v, want ErrForbidden", err)
			}
		})
	})
}

func TestProvisionTable(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, _ := newStore(t, db, time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC))
		ps, err := s.Provisions(ctx)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range ps {
			found = found || p.Citation() == "OSL 25 kap. 1 §"
		}
		if !found || len(ps) < 10 {
			t.Fatalf("shipped provisions = %d, want the table with OSL 25 kap. 1 §", len(ps))
		}
		if _, err := s.AddProvision(ctx, tracker.Provision{Chapter: 30, Section: "23", Name: "Tillsyn"}, anna); !errors.Is(err, tracker.ErrForbidden) {
			t.Errorf("a press officer edits the table: %v, want ErrForbidden", err)
		}
		p, err := s.AddProvision(ctx, tracker.Provision{Chapter: 30, Section: "23", Name: "Tillsyn"}, admin)
		if err != nil {
			t.Fatal(err)
		}
		if p.Citation() != "OSL 30 kap. 23 §" {
			t.Errorf("citation = %q", p.Citation())
		}
		if _, err := s.AddProvision(ctx, tracker.Provision{Chapter: 99, Section: "x", Name: ""}, admin); err == nil {
			t.Error("a bad provision was added")
		}
		if err := s.DeleteProvision(ctx, p.ID, admin); err != nil {
			t.Fatal(err)
		}
	})
}
