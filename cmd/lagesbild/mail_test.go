package main

import (
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
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

func TestDemoInboxHasMail(t *testing.T) {
	clearEnv(t)
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn",
		"-admin-token", "demo-test-admin-token-0123456789")
	msgs := getInbox(t, p.url, "demo-test-admin-token-0123456789")
	if len(msgs) != len(demoMails) {
		t.Fatalf("demo inbox has %d messages, want %d", len(msgs), len(demoMails))
	}
	if msgs[0]["suggested_kind"] != "press_inquiry" || msgs[0]["suggested_outlet"] != "Västnytt" || msgs[0]["suggested_deadline"] == nil {
		t.Errorf("newest demo mail: %v", msgs[0])
	}
	if code := p.stop(); code != 0 {
		t.Errorf("demo exited with %d:\n%s", code, p.errs.String())
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
	raw := "From: a@vastnytt.example\r\nTo: press@region.example\r\nSubject: Kommentar?\r\nMessage-ID: <s1@x>\r\n\r\nHej\r\n"
	var sendErr error
	for range 50 { // the receiver starts beside the web server
		var c *smtp.Client
		if c, sendErr = smtp.Dial(smtpAddr); sendErr == nil {
			sendErr = c.SendMail("a@vastnytt.example", []string{"press@region.example"}, strings.NewReader(raw))
			c.Close()
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if sendErr != nil {
		t.Fatal(sendErr)
	}
	if msgs := getInbox(t, p.url, "serve-test-admin-token-0123456789"); len(msgs) != len(demoMails)+1 || msgs[0]["subject"] != "Kommentar?" {
		t.Errorf("inbox: %v", msgs)
	}
	if code := p.stop(); code != 0 {
		t.Errorf("demo exited with %d:\n%s", code, p.errs.String())
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
		SMTPAddr: "127.0.0.1:2525", SMTPDomains: []string{"region.example"}, SMTPRelay: "relay:25", MailFrom: "press@region.example"}).validate(); len(errs) != 0 {
		t.Errorf("a good configuration: %v", errs)
	}
}
