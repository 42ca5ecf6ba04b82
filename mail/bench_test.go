package mail_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker/trackertest"
)

// BenchmarkSMTPIntake1000 takes 1,000 mails with an attachment in through
// the SMTP receiver, one connection each, into SQLite (the issue asks < 60 s).
func BenchmarkSMTPIntake1000(b *testing.B) {
	db := dbtest.OpenTestSQLite(b, steps)
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
	db := dbtest.OpenTestSQLite(b, steps)
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

// BenchmarkIMAPIntake1000 takes 1,000 mails with a 20 kB attachment in from
// a real IMAP server (Dovecot; .ci/dovecot), in one poll of a new folder,
// into SQLite (the issue asks < 60 s). The mails are put in the folder
// outside the timer. It skips without LAGESBILD_TEST_IMAP_URL.
//
//	go test ./mail/ -run '^$' -bench IMAPIntake -benchtime 1x
func BenchmarkIMAPIntake1000(b *testing.B) {
	rawURL := os.Getenv("LAGESBILD_TEST_IMAP_URL")
	if rawURL == "" {
		b.Skip("set LAGESBILD_TEST_IMAP_URL (and LAGESBILD_TEST_IMAP_PASSWORD) to take mail in from a real IMAP server; .ci/dovecot starts one")
	}
	password := os.Getenv("LAGESBILD_TEST_IMAP_PASSWORD")
	db := dbtest.OpenTestSQLite(b, steps)
	cases, clock := trackertest.NewStore(b, db, time.Date(2024, 11, 19, 9, 0, 0, 0, time.UTC))
	s := mail.NewStore(db, cases, mail.Options{Now: clock.Now})
	attachment := bytes.Repeat([]byte("%PDF-1.4 underlag ett två tre fyra fem sex sju åtta nio tio\r\n"), 300)
	round := 0
	for b.Loop() {
		b.StopTimer()
		round++
		c, folderURL := freshFolder(b, rawURL, password, "Bench")
		box := strings.TrimPrefix(mustURL(b, folderURL).Path, "/")
		for i := range 1000 {
			raw := msg{ID: fmt.Sprintf("imap%d-%d@x", round, i), Subject: "Begäran", Body: "Jag begär att få ta del av allmänna handlingar.", Attachment: attachment}.raw()
			if err := c.Append(box, nil, time.Now(), bytes.NewReader(raw)); err != nil {
				b.Fatal(err)
			}
		}
		p, err := s.NewIMAPPoller(mail.IMAPOptions{URL: folderURL, Password: password})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if n, err := p.Poll(context.Background()); err != nil || n != 1000 {
			b.Fatalf("poll: %d new, %v", n, err)
		}
	}
}
