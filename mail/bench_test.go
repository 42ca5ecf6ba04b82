package mail_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker/trackertest"
)

// BenchmarkSMTPIntake1000 takes 1,000 mails with an attachment in through
// the SMTP receiver, one connection each, into SQLite (the issue asks < 60 s).
func BenchmarkSMTPIntake1000(b *testing.B) {
	db := lagesbild.OpenTestSQLite(b, steps)
	cases, clock := trackertest.NewStore(b, db, time.Date(2024, 11, 19, 9, 0, 0, 0, time.UTC))
	s := mail.NewStore(db, cases, mail.Options{Now: clock.Now})
	addr := startReceiverTB(b, s)
	attachment := bytes.Repeat([]byte("%PDF-1.4 underlag ett två tre fyra fem sex sju åtta nio tio\r\n"), 300) // 20 kB in lines
	round := 0
	for b.Loop() {
		round++
		for i := range 1000 {
			raw := msg{ID: fmt.Sprintf("b%d-%d@x", round, i), Subject: "Begäran", Body: "Jag begär att få ta del av allmänna handlingar.", Attachment: attachment}.raw()
			if err := sendPlain(addr, "a@b.example", []string{"press@region.example"}, bytes.NewReader(raw)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkInbox10000 lists the newest 100 of 10,000 new messages with
// their attachments and suggestions, as the inbox page and API do.
func BenchmarkInbox10000(b *testing.B) {
	db := lagesbild.OpenTestSQLite(b, steps)
	cases, clock := trackertest.NewStore(b, db, time.Date(2024, 11, 19, 9, 0, 0, 0, time.UTC))
	s := mail.NewStore(db, cases, mail.Options{Now: clock.Now})
	ctx := context.Background()
	start := time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC)
	for i := range 10000 {
		raw := msg{ID: fmt.Sprintf("i%d@x", i), Subject: "Intervju", Body: "Kan vi få en kommentar senast kl. 15 i dag?", Attachment: pdf}.raw()
		if _, _, err := s.Intake(ctx, raw, mail.Source{ReceivedAt: start.Add(time.Duration(i) * time.Minute)}); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		ms, _, err := s.Inbox(ctx, mail.InboxFilter{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Suggestions(ctx, ms); err != nil {
			b.Fatal(err)
		}
	}
}
