package tracker_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

func extract(tb testing.TB, s *tracker.Store, from, to string) []tracker.RegisterEntry {
	tb.Helper()
	p, err := tracker.ParseSpan(from, to)
	if err != nil {
		tb.Fatal(err)
	}
	var out []tracker.RegisterEntry
	if err := s.EachRegisterEntry(context.Background(), p, func(e tracker.RegisterEntry) error {
		out = append(out, e)
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestRegisterExtractShowsWhatThePublicMayGet(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, c := newStore(t, db, sthlm(t, "2024-11-18 10:00"))
		before := mustCreate(t, s, docRequest(sthlm(t, "2024-11-17 23:59")), anna)
		private := docRequest(sthlm(t, "2024-11-18 00:00"))
		private.Subject = "Journal för 19121212-1212, svar till karin@example.org"
		private.Requester = tracker.Requester{Name: "Karin Exempel", Email: "karin@example.org", Phone: "070-123 45 67"}
		p := mustCreate(t, s, private, anna)
		press := mustCreate(t, s, pressInquiry(sthlm(t, "2024-11-18 10:00")), anna)
		c.Set(sthlm(t, "2024-11-19 15:00"))
		mustMove(t, s, p.ID, admin, tracker.StatusRefused)

		got := extract(t, s, "2024-11-18", "2024-11-19")
		if len(got) != 2 || got[0].Number != p.Number || got[1].Number != press.Number {
			t.Fatalf("extract = %v, want %s then %s (not %s, received the day before)", got, p.Number, press.Number, before.Number)
		}
		if e := got[0]; e.Sender != tracker.PrivatePerson || e.Kind != tracker.DocumentRequest || e.Status != tracker.StatusRefused ||
			e.Decided == nil || !e.Decided.Equal(sthlm(t, "2024-11-19 15:00")) {
			t.Errorf("private person's row = %+v, want sender Enskild, refused, decided 2024-11-19", e)
		}
		if e := got[1]; e.Sender != "SVT" || e.Decided != nil {
			t.Errorf("press row = %+v, want sender SVT (the outlet), not decided", e)
		}
		for _, e := range got {
			row := strings.Join([]string{e.Number, e.Subject, e.Sender}, " ")
			for _, secret := range []string{"19121212-1212", "karin@example.org", "Karin", "070-123"} {
				if strings.Contains(row, secret) {
					t.Errorf("row %q shows %q", row, secret)
				}
			}
		}
	})
}

func TestSecretSubjectMasksTheRow(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2024-11-18 09:00"))
		ctx := context.Background()
		in := docRequest(sthlm(t, "2024-11-18 09:00"))
		in.Subject = "Remiss om patientens missbruksvård"
		in.SecretSubject = " OSL 21  kap. 1 § "
		secret := mustCreate(t, s, in, anna)
		if secret.SecretSubject != "OSL 21 kap. 1 §" {
			t.Errorf("secret_subject = %q, want it normalised", secret.SecretSubject)
		}
		open := mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 09:00")), anna)

		rows := extract(t, s, "2024-11-18", "2024-11-18")
		want := tracker.RegisterEntry{Number: secret.Number, Received: secret.ReceivedAt,
			Subject: "Sekretessmarkerat (OSL 21 kap. 1 §)", Secret: true}
		if e := rows[0]; e.Number != want.Number || !e.Received.Equal(want.Received) || e.Subject != want.Subject ||
			e.Kind != "" || e.Sender != "" || e.Status != "" || e.Decided != nil || !e.Secret {
			t.Errorf("secret row = %+v, want only number, date and %q", e, want.Subject)
		}

		t.Run("a mark that is not a provision is refused", func(t *testing.T) {
			bad := docRequest(sthlm(t, "2024-11-18 09:00"))
			bad.SecretSubject = "x"
			_, err := s.CreateCase(ctx, bad, anna)
			wantField(t, err, "secret_subject")
			_, err = s.UpdateCase(ctx, open.ID, tracker.CaseUpdate{SecretSubject: ptr("OSL 99 kap. 1 §")}, anna)
			wantField(t, err, "secret_subject")
		})
		t.Run("marking later masks the row and is in the audit trail", func(t *testing.T) {
			if _, err := s.UpdateCase(ctx, open.ID, tracker.CaseUpdate{SecretSubject: ptr("OSL 25 kap. 1 §")}, anna); err != nil {
				t.Fatal(err)
			}
			if rows := extract(t, s, "2024-11-18", "2024-11-18"); rows[1].Subject != "Sekretessmarkerat (OSL 25 kap. 1 §)" {
				t.Errorf("row after marking = %+v", rows[1])
			}
			es, err := s.Events(ctx, open.ID)
			if err != nil {
				t.Fatal(err)
			}
			if last := es[len(es)-1]; last.Type != tracker.EventUpdated || !strings.Contains(last.Data, "OSL 25 kap. 1 §") {
				t.Errorf("last event = %s %s, want the marking", last.Type, last.Data)
			}
		})
		t.Run("lifting the mark shows the subject again", func(t *testing.T) {
			if _, err := s.UpdateCase(ctx, open.ID, tracker.CaseUpdate{SecretSubject: ptr("")}, anna); err != nil {
				t.Fatal(err)
			}
			if rows := extract(t, s, "2024-11-18", "2024-11-18"); rows[1].Secret || rows[1].Subject != "Begäran om protokoll" {
				t.Errorf("row after lifting = %+v", rows[1])
			}
		})
		t.Run("an analyst may not mark", func(t *testing.T) {
			_, err := s.UpdateCase(ctx, open.ID, tracker.CaseUpdate{SecretSubject: ptr("OSL 25 kap. 1 §")}, analyst)
			if !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("err = %v, want ErrForbidden", err)
			}
		})
	})
}

func TestRegisterPDF(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2024-11-18 10:00"))
		in := docRequest(sthlm(t, "2024-11-18 09:00"))
		in.Subject = strings.Repeat("Handlingar om journalsystemets införande ", 6)
		mustCreate(t, s, in, anna)
		p, _ := tracker.ParseSpan("2024-11-18", "2024-11-18")
		var buf strings.Builder
		if err := s.WriteRegisterPDF(context.Background(), &buf, p); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(buf.String(), "%PDF") {
			t.Errorf("not a PDF: %.20q", buf.String())
		}
	})
}
