package mail_test

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap"
	"github.com/emersion/go-imap/client"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker/trackertest"
	"gorm.io/gorm"
)

// imapServer is the IMAP server .ci/run starts (Dovecot with a throw-away
// user): imap://user@127.0.0.1:10143/INBOX and its password.
func imapServer(t *testing.T) (rawURL, password string) {
	t.Helper()
	rawURL = os.Getenv("LAGESBILD_TEST_IMAP_URL")
	if rawURL == "" && os.Getenv("CI") == "true" {
		t.Fatal("LAGESBILD_TEST_IMAP_URL is unset in CI: .ci/run should have started Dovecot")
	}
	if rawURL == "" {
		t.Skip("set LAGESBILD_TEST_IMAP_URL (and LAGESBILD_TEST_IMAP_PASSWORD) to run against a real IMAP server; .ci/run starts Dovecot")
	}
	return rawURL, os.Getenv("LAGESBILD_TEST_IMAP_PASSWORD")
}

// imapServer2 is the second mailbox .ci/dovecot makes (another user).
func imapServer2(t *testing.T) (rawURL, password string) {
	t.Helper()
	imapServer(t)
	rawURL = os.Getenv("LAGESBILD_TEST_IMAP_URL_2")
	if rawURL == "" && os.Getenv("CI") == "true" {
		t.Fatal("LAGESBILD_TEST_IMAP_URL_2 is unset in CI: .ci/dovecot makes a second mailbox")
	}
	if rawURL == "" {
		t.Skip("set LAGESBILD_TEST_IMAP_URL_2 (and LAGESBILD_TEST_IMAP_PASSWORD_2) to poll two mailboxes; .ci/dovecot makes both")
	}
	return rawURL, os.Getenv("LAGESBILD_TEST_IMAP_PASSWORD_2")
}

// login logs in to the server of rawURL as its user.
func login(t testing.TB, rawURL, password string) (*client.Client, *url.URL) {
	t.Helper()
	u := mustURL(t, rawURL)
	c, err := client.Dial(u.Host)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Logout() })
	if err := c.Login(u.User.Username(), password); err != nil {
		t.Fatal(err)
	}
	return c, u
}

// emptyMailbox logs in as the poller would and removes every message.
func emptyMailbox(t *testing.T, rawURL, password string) *client.Client {
	t.Helper()
	c, u := login(t, rawURL, password)
	box := strings.TrimPrefix(u.Path, "/")
	if _, err := c.Select(box, false); err != nil {
		t.Fatal(err)
	}
	all := new(imap.SeqSet)
	all.AddRange(1, 0)
	if err := c.Store(all, imap.FormatFlagsOp(imap.AddFlags, true), []any{imap.DeletedFlag}, nil); err == nil {
		_ = c.Expunge(nil)
	}
	return c
}

func TestIMAPPollStoresOnceAndFlags(t *testing.T) {
	rawURL, password := imapServer(t)
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		c := emptyMailbox(t, rawURL, password)
		s, _, _ := newStores(t, db, trackertest.Sthlm(t, "2024-11-19 10:00"))
		arrived := time.Date(2024, 11, 18, 16, 45, 0, 0, time.UTC)
		box := strings.TrimPrefix(mustURL(t, rawURL).Path, "/")
		for _, m := range []msg{
			{ID: "i1@x", Subject: "Begäran om handlingar", Body: "Jag begär att få ta del av allmänna handlingar."},
			{ID: "i2@x", Subject: "Intervju", Body: "Kan vi få en kommentar senast kl. 15 i dag?", Attachment: pdf},
			{Subject: "Utan Message-ID", Body: "Hej"},
		} {
			if err := c.Append(box, nil, arrived, bytes.NewReader(m.raw())); err != nil {
				t.Fatal(err)
			}
		}
		p, err := s.NewIMAPPoller(mail.IMAPOptions{URL: rawURL, Password: password})
		if err != nil {
			t.Fatal(err)
		}
		if n, err := p.Poll(ctx); err != nil || n != 3 {
			t.Fatalf("first poll: %d new, %v", n, err)
		}
		if n, err := p.Poll(ctx); err != nil || n != 0 {
			t.Errorf("second poll: %d new, %v", n, err)
		}
		// A crash between store and flag: the flags are gone, the rows are not.
		all := new(imap.SeqSet)
		all.AddRange(1, 0)
		if err := c.Store(all, imap.FormatFlagsOp(imap.RemoveFlags, true), []any{mail.Flagged}, nil); err != nil {
			t.Fatal(err)
		}
		if n, err := p.Poll(ctx); err != nil || n != 0 {
			t.Errorf("poll after lost flags: %d new, %v", n, err)
		}
		ms, total, err := s.Inbox(ctx, mail.InboxFilter{})
		if err != nil || total != 3 {
			t.Fatalf("inbox %d, %v", total, err)
		}
		for _, m := range ms {
			if !m.ReceivedAt.Equal(arrived) {
				t.Errorf("%s received %v, want INTERNALDATE %v", m.Subject, m.ReceivedAt, arrived)
			}
			if m.UID == nil || m.Mailbox == nil {
				t.Errorf("%s: no source", m.Subject)
			}
		}
	})
}

func TestIMAPRunWakesOnNewMail(t *testing.T) {
	rawURL, password := imapServer(t)
	db := openSQLite(t)
	c := emptyMailbox(t, rawURL, password)
	s, _, _ := newStores(t, db, trackertest.Sthlm(t, "2024-11-19 10:00"))
	p, err := s.NewIMAPPoller(mail.IMAPOptions{URL: rawURL, Password: password, Interval: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	defer func() { cancel(); <-done }()
	time.Sleep(500 * time.Millisecond) // let it reach IDLE
	box := strings.TrimPrefix(mustURL(t, rawURL).Path, "/")
	if err := c.Append(box, nil, time.Now(), bytes.NewReader(msg{ID: "idle@x", Subject: "Ny", Body: "Hej"}.raw())); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second) // well inside the 30 s poll interval: IDLE woke it
	for time.Now().Before(deadline) {
		if _, total, _ := s.Inbox(context.Background(), mail.InboxFilter{}); total == 1 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Error("the new mail did not reach the inbox within 10 s")
}

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// freshFolder logs in to the server of rawURL, makes a new folder (whose
// UIDs start at 1, removed after the test) and returns the client and the
// URL of that folder.
func freshFolder(t testing.TB, rawURL, password, name string) (*client.Client, string) {
	t.Helper()
	c, u := login(t, rawURL, password)
	folder := fmt.Sprintf("%s-%d", name, time.Now().UnixNano())
	if err := c.Create(folder); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Delete(folder) })
	if _, err := c.Select(folder, false); err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + folder
	return c, u.String()
}

// Two mailboxes (the press office's and the registrar's) are polled side by
// side: each message is kept by its own mailbox's UID (both new folders
// start at UID 1), and a mail sent to both is stored once and flagged in both.
func TestIMAPTwoMailboxes(t *testing.T) {
	url1, pw1 := imapServer(t)
	url2, pw2 := imapServer2(t)
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		c1, box1 := freshFolder(t, url1, pw1, "Press")
		c2, box2 := freshFolder(t, url2, pw2, "Registrator")
		s, _, _ := newStores(t, db, trackertest.Sthlm(t, "2024-11-19 10:00"))
		both := msg{ID: "till-bada@x", To: "press@region.example, registrator@region.example", Subject: "Begäran till båda",
			Body: "Jag begär att få ta del av allmänna handlingar."}
		for _, a := range []struct {
			c   *client.Client
			url string
			ms  []msg
		}{
			{c1, box1, []msg{{ID: "press@x", Subject: "Intervju", Body: "Kan vi få en kommentar?"}, both}},
			{c2, box2, []msg{{ID: "registrator@x", Subject: "Diariebegäran", Body: "Jag begär att få ta del av diariet."}, both}},
		} {
			for _, m := range a.ms {
				if err := a.c.Append(strings.TrimPrefix(mustURL(t, a.url).Path, "/"), nil, time.Now(), bytes.NewReader(m.raw())); err != nil {
					t.Fatal(err)
				}
			}
		}
		p1, err := s.NewIMAPPoller(mail.IMAPOptions{URL: box1, Password: pw1})
		if err != nil {
			t.Fatal(err)
		}
		p2, err := s.NewIMAPPoller(mail.IMAPOptions{URL: box2, Password: pw2})
		if err != nil {
			t.Fatal(err)
		}
		if n, err := p1.Poll(ctx); err != nil || n != 2 {
			t.Fatalf("first mailbox: %d new, %v", n, err)
		}
		if n, err := p2.Poll(ctx); err != nil || n != 1 {
			t.Fatalf("second mailbox: %d new (the mail to both is stored already), %v", n, err)
		}
		for _, p := range []*mail.IMAPPoller{p1, p2} {
			if n, err := p.Poll(ctx); err != nil || n != 0 {
				t.Errorf("%s polled again: %d new, %v", p.Mailbox(), n, err)
			}
		}
		// Every message is flagged in both, the one to both too: none is fetched again.
		for _, c := range []*client.Client{c1, c2} {
			if err := c.Noop(); err != nil { // see the poller's flags
				t.Fatal(err)
			}
			crit := imap.NewSearchCriteria()
			crit.WithoutFlags = []string{mail.Flagged}
			if uids, err := c.UidSearch(crit); err != nil || len(uids) != 0 {
				t.Errorf("unflagged: %v, %v", uids, err)
			}
		}
		ms, total, err := s.Inbox(ctx, mail.InboxFilter{})
		if err != nil || total != 3 {
			t.Fatalf("inbox %d, %v", total, err)
		}
		from := map[string]string{}
		for _, m := range ms {
			if m.Mailbox == nil || m.UID == nil {
				t.Fatalf("%s: no source", m.Subject)
			}
			from[m.Subject] = fmt.Sprintf("%s %d", *m.Mailbox, *m.UID)
		}
		if from["Intervju"] != p1.Mailbox()+" 1" || from["Diariebegäran"] != p2.Mailbox()+" 1" {
			t.Errorf("sources %v: each mailbox's first message is its UID 1", from)
		}
	})
}
