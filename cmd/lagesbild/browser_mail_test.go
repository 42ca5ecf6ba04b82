package main

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/emersion/go-smtp"
)

// mailSink is the authority's relay in the test process: a real SMTP
// server that keeps every message it is given.
type mailSink struct {
	mu  sync.Mutex
	got []sunkMail
}

type sunkMail struct {
	to  []string
	raw string
}

func (s *mailSink) NewSession(*smtp.Conn) (smtp.Session, error) { return &sinkSession{sink: s}, nil }

func (s *mailSink) messages() []sunkMail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]sunkMail(nil), s.got...)
}

type sinkSession struct {
	sink *mailSink
	to   []string
}

func (s *sinkSession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.to = append(s.to, to)
	return nil
}
func (s *sinkSession) Reset()        { s.to = nil }
func (s *sinkSession) Logout() error { return nil }
func (s *sinkSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.sink.mu.Lock()
	defer s.sink.mu.Unlock()
	s.sink.got = append(s.sink.got, sunkMail{to: s.to, raw: string(b)})
	return nil
}

// startMailSink starts the relay on a free loopback port and returns it with its address.
func startMailSink(t *testing.T) (*mailSink, string) {
	t.Helper()
	sink := &mailSink{}
	srv := smtp.NewServer(sink)
	srv.Domain = "relay.test"
	srv.AllowInsecureAuth = true
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return sink, l.Addr().String()
}

// loginAs logs a demo user in and waits for the start page.
func loginAs(base, user string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(chromedp.CSS(`#f-username`)),
		chromedp.SendKeys(chromedp.CSS(`#f-username`), user),
		chromedp.SendKeys(chromedp.CSS(`#f-password`), demoPassword(user)),
		chromedp.Submit(chromedp.CSS(`#f-password`)),
		chromedp.WaitVisible(chromedp.CSS(`nav.tabs`)),
	)
}

// A press officer opens the inbox and registers a mail as a case (two
// clicks), finds its attachment among the case's documents and the mail on
// its timeline, answers from the case through the authority's relay and
// sees the answer go out on the timeline.
func TestBrowserMailToCaseAndAnswer(t *testing.T) {
	clearEnv(t)
	ctx := newBrowser(t)
	sink, relay := startMailSink(t)
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn",
		"-smtp-relay", relay, "-mail-from", "Presstjänsten <press@region.example>")

	const subject = "Frågor inför publicering" // a demo mail, with underlag.pdf attached
	register := `//article[.//h2[normalize-space()="` + subject + `"]]//button[normalize-space()="Registrera"]`
	err := chromedp.Do(ctx,
		loginAs(p.url, "linnea"),
		// Click one: the inbox. Click two: register the mail.
		chromedp.Click(`//nav[@aria-label="Huvudmeny"]//a[normalize-space()="E-post in"]`),
		chromedp.WaitVisible(register),
		chromedp.Click(register),
		chromedp.WaitVisible(chromedp.CSS(`h1 .number`)),
	)
	if err != nil {
		t.Fatalf("register from the inbox: %v\nprogram log:\n%s", err, p.errs.String())
	}
	caseURL := mustLocation(t, ctx)
	number := mustText(t, ctx, `h1 .number`)
	if h1 := mustText(t, ctx, `h1`); !strings.Contains(h1, subject) || !strings.HasPrefix(number, "PF-") {
		t.Errorf("case heading %q (number %q), want the mail's subject as a press inquiry (PF-)", h1, number)
	}
	if facts := mustText(t, ctx, `.facts`); !strings.Contains(facts, "Johan Ek") || !strings.Contains(facts, "Göteborgskuriren") {
		t.Errorf("the requester is not filled in from the mail:\n%s", facts)
	}
	if docs := mustText(t, ctx, `.documents`); !strings.Contains(docs, "underlag.pdf") || !strings.Contains(docs, "bilaga till e-post") ||
		!strings.Contains(docs, "e-postmeddelandet") {
		t.Errorf("the mail and its attachment are not among the case's documents:\n%s", docs)
	}
	if tl := mustText(t, ctx, `.timeline`); !strings.Contains(tl, "E-post in: ”"+subject+"”") || !strings.Contains(tl, "Handling tillagd: underlag.pdf") {
		t.Errorf("the mail and its document are not on the timeline:\n%s", tl)
	}

	answer := "Hej Johan! Regionen har inga synpunkter på uppgifterna i underlaget. Hälsningar, Linnea"
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.documents a[href$="/post"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#s-body`)),
		chromedp.SendKeys(chromedp.CSS(`#s-body`), answer),
		chromedp.Click(chromedp.CSS(`form[action$="/skicka"] button[type="submit"]`)),
		chromedp.WaitVisible(`//table//td[normalize-space()="Svar"]`),
	)
	if err != nil {
		t.Fatalf("answer from the case: %v\nprogram log:\n%s", err, p.errs.String())
	}
	// The sender is woken by the queued mail; the relay has it within seconds.
	deadline := time.Now().Add(15 * time.Second)
	for len(sink.messages()) == 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	got := sink.messages()
	if len(got) != 1 {
		t.Fatalf("the relay got %d messages, want the answer\nprogram log:\n%s", len(got), p.errs.String())
	}
	if m := got[0]; len(m.to) != 1 || m.to[0] != "johan.ek@gbgkuriren.example" || !strings.Contains(m.raw, number) ||
		!strings.Contains(m.raw, "Regionen har inga synpunkter") {
		t.Errorf("the relay got to %v:\n%s", m.to, m.raw)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(caseURL),
		chromedp.WaitVisible(chromedp.CSS(`.timeline`)),
	)
	if err != nil {
		t.Fatalf("back to the case: %v", err)
	}
	if tl := mustText(t, ctx, `.timeline`); !strings.Contains(tl, "Svar skickat med e-post: ”Svar: "+subject+" ["+number+"]”") {
		t.Errorf("the answer is not on the timeline as sent:\n%s", tl)
	}
	// The form offered, ticked, to mark the inquiry answered with the mail.
	if head := mustText(t, ctx, `main`); !strings.Contains(head, "Besvarad") || !strings.Contains(head, "Regionen har inga synpunkter") {
		t.Errorf("the inquiry is not answered with the mail's text:\n%s", head)
	}
}

// An HTML mail full of remote references (a tracking pixel, a background,
// a style sheet, a poster, srcset) reaches the program's SMTP receiver; the
// press officer reads it in real Chromium, and the remote server is never
// asked for anything.
func TestBrowserHTMLMailLoadsNothingRemote(t *testing.T) {
	clearEnv(t)
	ctx := newBrowser(t)
	var hits atomic.Int64
	remote := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "image/gif")
		_, _ = w.Write([]byte("GIF89a"))
	}))
	t.Cleanup(remote.Close)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	smtpAddr := l.Addr().String()
	l.Close()
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn",
		"-smtp-addr", smtpAddr, "-smtp-domains", "region.example")

	r := remote.URL
	html := `<html><head><link rel="stylesheet" href="` + r + `/style.css"><style>@import url(` + r + `/import.css); body{background:url(` + r + `/body.png)}</style></head>` +
		`<body background="` + r + `/attr.png"><p>Hej! Kan vi få en kommentar om väntetiderna?</p>` +
		`<img src="` + r + `/pixel.gif" width="1" height="1"><img srcset="` + r + `/srcset.png 2x" alt="">` +
		`<div style="background-image:url(` + r + `/div.png)">Hälsningar, Kim</div>` +
		`<video poster="` + r + `/poster.png"></video><table background="` + r + `/table.png"><tr><td>x</td></tr></table>` +
		`<iframe src="` + r + `/frame.html"></iframe><object data="` + r + `/object.swf"></object></body></html>`
	raw := "From: Kim Berglund <kim@vastnytt.example>\r\nTo: press@region.example\r\nSubject: HTML med spårningspixel\r\n" +
		"Message-ID: <html-pixel@x>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n"
	sendToReceiver(t, smtpAddr, "kim@vastnytt.example", raw)
	open := `//article[.//h2[normalize-space()="HTML med spårningspixel"]]//h2/a`
	err = chromedp.Do(ctx,
		loginAs(p.url, "linnea"),
		chromedp.Navigate(p.url+"/inkorg"),
		chromedp.WaitVisible(open),
		chromedp.Click(open),
		chromedp.WaitVisible(chromedp.CSS(`.mail-body`)),
		chromedp.Sleep(time.Second), // time for any request the page might make
	)
	if err != nil {
		t.Fatalf("open the mail: %v\nprogram log:\n%s", err, p.errs.String())
	}
	if body := mustText(t, ctx, `.mail-body`); !strings.Contains(body, "Kan vi få en kommentar om väntetiderna?") || !strings.Contains(body, "Hälsningar, Kim") {
		t.Errorf("the mail's text is not shown:\n%s", body)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the remote server was asked %d times while the mail was shown", n)
	}
}
