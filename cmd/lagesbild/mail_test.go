package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	imapclient "github.com/emersion/go-imap/client"
	"github.com/emersion/go-smtp"
	lmail "github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
)

func getInbox(t *testing.T, url, token string) []map[string]any {
	t.Helper()
	req, _ := http.NewRequest("GET", url+"/api/v1/inbox", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Messages []map[string]any `json:"messages"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /api/v1/inbox = %d, %v", resp.StatusCode, err)
	}
	return out.Messages
}

// The demo's mail comes in through the product's own SMTP receiver, which
// the demo starts on loopback and names on its banner: the suggestions,
// the attachment and the time each mail reached the authority (its server's
// Received stamp) are the intake's. Started again on the same data dir, it
// delivers the same messages, and the inbox does not get them twice.
func TestDemoInboxHasMail(t *testing.T) {
	clearEnv(t)
	const token = "demo-test-admin-token-0123456789"
	dir := t.TempDir()
	started := time.Now()
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", dir, "-log-level", "warn", "-admin-token", token)
	msgs := getInbox(t, p.url, token)
	if len(msgs) != len(demoMails) {
		t.Fatalf("demo inbox has %d messages, want %d", len(msgs), len(demoMails))
	}
	if msgs[0]["suggested_kind"] != "press_inquiry" || msgs[0]["suggested_outlet"] != "Västnytt" || msgs[0]["suggested_deadline"] == nil {
		t.Fatalf("newest demo mail: %v", msgs[0])
	}
	// Whenever the demo runs, the reporter's deadline is still ahead of the mail.
	deadline, _ := time.Parse(time.RFC3339, msgs[0]["suggested_deadline"].(string))
	if arrived, _ := time.Parse(time.RFC3339, msgs[0]["received_at"].(string)); !deadline.After(arrived) {
		t.Errorf("the inquiry's deadline %v is not after it arrived (%v)", deadline, arrived)
	}
	received := map[string]string{}
	for _, m := range msgs {
		subject, _ := m["subject"].(string)
		received[subject], _ = m["received_at"].(string)
		i := slices.IndexFunc(demoMails, func(d demoMail) bool { return d.subject == subject })
		if i < 0 {
			t.Errorf("a mail the demo did not send: %v", m)
			continue
		}
		at, err := time.Parse(time.RFC3339, received[subject])
		if want := started.Add(-demoMails[i].ago); err != nil || at.Sub(want).Abs() > time.Minute {
			t.Errorf("%q received at %s, want its server's stamp %s", subject, received[subject], want.Format(time.RFC3339))
		}
		atts, _ := m["attachments"].([]any)
		if (demoMails[i].attachment != "") != (len(atts) == 1) {
			t.Errorf("%q has attachments %v, want %q", subject, atts, demoMails[i].attachment)
		}
	}

	// The banner names the receiver; mail sent there reaches the inbox.
	banner := regexp.MustCompile(`…@region\.example med SMTP till (127\.0\.0\.1:\d+)`).FindStringSubmatch(p.out.String())
	if banner == nil {
		t.Fatalf("the banner does not name the SMTP receiver:\n%s", p.out.String())
	}
	sendToReceiver(t, banner[1], "a@vastnytt.example",
		"From: a@vastnytt.example\r\nTo: press@region.example\r\nSubject: Kommentar?\r\nMessage-ID: <banner@x>\r\n\r\nHej\r\n")
	if msgs := getInbox(t, p.url, token); len(msgs) != len(demoMails)+1 || msgs[0]["subject"] != "Kommentar?" {
		t.Errorf("mail to the banner's receiver: inbox %v", msgs)
	}
	if code := p.stop(); code != 0 {
		t.Fatalf("demo exited with %d:\n%s", code, p.errs.String())
	}

	again := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", dir, "-log-level", "warn", "-admin-token", token)
	msgs = getInbox(t, again.url, token)
	if len(msgs) != len(demoMails)+1 {
		t.Errorf("after a second start the inbox has %d messages, want %d", len(msgs), len(demoMails)+1)
	}
	for _, m := range msgs {
		if subject, _ := m["subject"].(string); subject != "Kommentar?" && m["received_at"] != received[subject] {
			t.Errorf("%q received at %v after a second start, first %s", subject, m["received_at"], received[subject])
		}
	}
	if code := again.stop(); code != 0 {
		t.Errorf("demo exited with %d:\n%s", code, again.errs.String())
	}
}

func TestProgramTakesMailOverSMTP(t *testing.T) {
	clearEnv(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	smtpAddr := l.Addr().String()
	l.Close()
	// The demo, because it prints its address; serve wires the receiver alike.
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn",
		"-admin-token", "serve-test-admin-token-0123456789", "-smtp-addr", smtpAddr, "-smtp-domains", "region.example")
	sendToReceiver(t, smtpAddr, "a@vastnytt.example",
		"From: a@vastnytt.example\r\nTo: press@region.example\r\nSubject: Kommentar?\r\nMessage-ID: <s1@x>\r\n\r\nHej\r\n")
	if msgs := getInbox(t, p.url, "serve-test-admin-token-0123456789"); len(msgs) != len(demoMails)+1 || msgs[0]["subject"] != "Kommentar?" {
		t.Errorf("inbox: %v", msgs)
	}
	if code := p.stop(); code != 0 {
		t.Errorf("demo exited with %d:\n%s", code, p.errs.String())
	}
}

// sendToReceiver sends raw to the program's SMTP receiver at addr, waiting
// for it to start beside the web server.
func sendToReceiver(t *testing.T, addr, from, raw string) {
	t.Helper()
	var err error
	for range 50 {
		var c *smtp.Client
		if c, err = smtp.Dial(addr); err == nil {
			err = c.SendMail(from, []string{"press@region.example"}, strings.NewReader(raw))
			c.Close()
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
}

func TestMailConfigValidate(t *testing.T) {
	tests := map[string]struct {
		m    MailConfig
		want string
	}{
		"receiver without domains": {MailConfig{SMTPAddr: "127.0.0.1:2525"}, "LAGESBILD_SMTP_DOMAINS"},
		"imap without password":    {MailConfig{IMAPURL: "imaps://press@mail.example/INBOX"}, "LAGESBILD_IMAP_PASSWORD"},
		"imap with http":           {MailConfig{IMAPURL: "https://x", IMAPPassword: "p"}, "LAGESBILD_IMAP_URL"},
		"relay without sender":     {MailConfig{SMTPRelay: "relay:25"}, "LAGESBILD_MAIL_FROM"},
		"a stamp server by name": {MailConfig{SMTPAddr: "127.0.0.1:2525", SMTPDomains: []string{"region.example"},
			SMTPTrusted: []string{"mx.region.example"}}, "LAGESBILD_SMTP_TRUSTED"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			errs := tt.m.validate()
			if len(errs) == 0 || !strings.Contains(errs[0].Error(), tt.want) {
				t.Errorf("errors %v, want one naming %s", errs, tt.want)
			}
		})
	}
	if errs := (MailConfig{IMAPURL: "imaps://press@mail.example/INBOX", IMAPTokenCommand: "echo t",
		SMTPAddr: "127.0.0.1:2525", SMTPDomains: []string{"region.example"}, SMTPTrusted: []string{"10.1.2.3", "192.0.2.0/28"},
		SMTPRelay: "relay:25", MailFrom: "press@region.example"}).validate(); len(errs) != 0 {
		t.Errorf("a good configuration: %v", errs)
	}
}

// More mailboxes are numbered: LAGESBILD_IMAP_URL_2 with its own password,
// LAGESBILD_IMAP_URL_3 with its own token command, polled in that order.
func TestNumberedMailboxes(t *testing.T) {
	clearEnv(t)
	t.Setenv("LAGESBILD_IMAP_URL", "imaps://press@mail.example/INBOX")
	t.Setenv("LAGESBILD_IMAP_PASSWORD", "första")
	t.Setenv("LAGESBILD_IMAP_URL_3", "imaps://registrator@outlook.example/INBOX")
	t.Setenv("LAGESBILD_IMAP_TOKEN_COMMAND_3", "print-token registrator")
	t.Setenv("LAGESBILD_IMAP_URL_2", "imaps://presschef@mail.example/Begäran")
	t.Setenv("LAGESBILD_IMAP_PASSWORD_2", "andra")
	cfg, err := ParseFlags(nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []IMAPAccount{
		{N: 1, URL: "imaps://press@mail.example/INBOX", Password: "första"},
		{N: 2, URL: "imaps://presschef@mail.example/Begäran", Password: "andra"},
		{N: 3, URL: "imaps://registrator@outlook.example/INBOX", TokenCommand: "print-token registrator"},
	}
	if got := cfg.Mail.Mailboxes(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("mailboxes %+v\nwant %+v", got, want)
	}
	if errs := cfg.Mail.validate(); len(errs) != 0 {
		t.Errorf("validate: %v", errs)
	}

	tests := map[string]struct {
		set  map[string]string
		want string
	}{
		"a numbered mailbox without a login": {map[string]string{"LAGESBILD_IMAP_URL_4": "imaps://x@mail.example/INBOX"},
			"LAGESBILD_IMAP_URL_4 needs LAGESBILD_IMAP_PASSWORD_4 or LAGESBILD_IMAP_TOKEN_COMMAND_4"},
		"the same mailbox twice": {map[string]string{"LAGESBILD_IMAP_URL_4": "imaps://press@mail.example/INBOX", "LAGESBILD_IMAP_PASSWORD_4": "p"},
			"LAGESBILD_IMAP_URL_4 names the same mailbox as LAGESBILD_IMAP_URL"},
		"a password in the URL": {map[string]string{"LAGESBILD_IMAP_URL_4": "imaps://x:hemligt@mail.example/INBOX", "LAGESBILD_IMAP_PASSWORD_4": "p"},
			"LAGESBILD_IMAP_URL_4 must not hold the password"},
		"numbered without the first": {map[string]string{"LAGESBILD_IMAP_URL": ""}, "LAGESBILD_IMAP_URL_2 is set but LAGESBILD_IMAP_URL is not"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			for k, v := range tt.set {
				t.Setenv(k, v)
			}
			cfg, err := ParseFlags(nil)
			if err != nil {
				t.Fatal(err)
			}
			errs := cfg.Mail.validate()
			if len(errs) == 0 || !strings.Contains(fmt.Sprint(errs), tt.want) {
				t.Errorf("errors %v, want one saying %q", errs, tt.want)
			}
			if strings.Contains(fmt.Sprint(errs), "hemligt") {
				t.Errorf("an error repeats the password: %v", errs)
			}
		})
	}
}

// The program polls every configured mailbox: two Dovecot users, each in a
// folder of its own, the second through LAGESBILD_IMAP_URL_2.
func TestProgramPollsTwoMailboxes(t *testing.T) {
	url1, pw1 := os.Getenv("LAGESBILD_TEST_IMAP_URL"), os.Getenv("LAGESBILD_TEST_IMAP_PASSWORD")
	url2, pw2 := os.Getenv("LAGESBILD_TEST_IMAP_URL_2"), os.Getenv("LAGESBILD_TEST_IMAP_PASSWORD_2")
	if url1 == "" || url2 == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("LAGESBILD_TEST_IMAP_URL and _2 are unset in CI: .ci/run should have started Dovecot")
		}
		t.Skip("set LAGESBILD_TEST_IMAP_URL and LAGESBILD_TEST_IMAP_URL_2 (with their passwords) to poll two mailboxes; .ci/dovecot makes both")
	}
	clearEnv(t)
	box1 := appendToNewFolder(t, url1, pw1, "Programtest",
		"From: a@vastnytt.example\r\nTo: press@region.example\r\nSubject: Till pressbrevlådan\r\nMessage-ID: <p1@x>\r\n\r\nHej\r\n")
	box2 := appendToNewFolder(t, url2, pw2, "Programtest",
		"From: b@mejl.example\r\nTo: registrator@region.example\r\nSubject: Till registratorn\r\nMessage-ID: <p2@x>\r\n\r\nHej\r\n")
	t.Setenv("LAGESBILD_IMAP_URL", box1)
	t.Setenv("LAGESBILD_IMAP_PASSWORD", pw1)
	t.Setenv("LAGESBILD_IMAP_URL_2", box2)
	t.Setenv("LAGESBILD_IMAP_PASSWORD_2", pw2)
	const token = "imap-test-admin-token-0123456789"
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn", "-admin-token", token)
	want := map[string]bool{"Till pressbrevlådan": true, "Till registratorn": true}
	deadline := time.Now().Add(20 * time.Second)
	for len(want) > 0 && time.Now().Before(deadline) {
		for _, m := range getInbox(t, p.url, token) {
			delete(want, m["subject"].(string))
		}
		time.Sleep(200 * time.Millisecond)
	}
	if len(want) > 0 {
		t.Errorf("not taken in: %v\nprogram log:\n%s", want, p.errs.String())
	}
	if code := p.stop(); code != 0 {
		t.Errorf("demo exited with %d:\n%s", code, p.errs.String())
	}
}

// appendToNewFolder makes a folder in the mailbox of rawURL, puts raw in it
// and returns the folder's URL; the folder is removed after the test.
func appendToNewFolder(t *testing.T, rawURL, password, name, raw string) string {
	t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	c, err := imapclient.Dial(u.Host)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Logout() })
	if err := c.Login(u.User.Username(), password); err != nil {
		t.Fatal(err)
	}
	folder := fmt.Sprintf("%s-%d", name, time.Now().UnixNano())
	if err := c.Create(folder); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Delete(folder) })
	if err := c.Append(folder, nil, time.Now(), strings.NewReader(raw)); err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + folder
	return u.String()
}

func TestDemoDeadlineIsAheadWheneverTheDemoRuns(t *testing.T) {
	day := time.Date(2026, 12, 7, 0, 0, 0, 0, tracker.Stockholm)
	for h := range 24 {
		arrived := day.Add(time.Duration(h)*time.Hour + 20*time.Minute)
		d := lmail.FindDeadline("Vi behöver svar "+demoDeadline(arrived)+".", arrived)
		if d == nil || !d.After(arrived) || d.Sub(arrived) > 15*time.Hour {
			t.Errorf("arrived %s: %q gives %v", arrived.Format("15:04"), demoDeadline(arrived), d)
		}
	}
}
