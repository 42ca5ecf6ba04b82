package mail_test

import (
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
)

func TestParse(t *testing.T) {
	t.Run("plain text with an attachment whose type is read from its content", func(t *testing.T) {
		m, err := mail.Parse(msg{ID: "a@x", Subject: "Fråga", Body: "Hej", Attachment: pdf}.raw())
		if err != nil {
			t.Fatal(err)
		}
		if m.MessageID != "a@x" || m.FromAddr != "kim@vastnytt.example" || m.FromName != "Kim Reporter" || m.Subject != "Fråga" {
			t.Errorf("headers: %+v", m)
		}
		if len(m.Attachments) != 1 || m.Attachments[0].ContentType != "application/pdf" || m.Attachments[0].Name != "beslut.pdf" {
			t.Errorf("attachments: %+v", m.Attachments)
		}
	})
	t.Run("HTML is sanitised and its images dropped", func(t *testing.T) {
		raw := "From: a@b.se\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
			`<p onclick="x()">Hej <img src="https://track.example/p.gif"> <script>alert(1)</script><a href="javascript:x">l</a></p>`
		m, err := mail.Parse([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"<img", "script", "onclick", "javascript", "track.example"} {
			if strings.Contains(m.HTML, bad) {
				t.Errorf("HTML keeps %q: %s", bad, m.HTML)
			}
		}
		if !strings.Contains(m.Text, "Hej") {
			t.Errorf("text from HTML: %q", m.Text)
		}
	})
	t.Run("no remote reference is kept, whatever carries it", func(t *testing.T) {
		r := "https://track.example"
		for name, h := range map[string]string{
			"img":         `<img src="` + r + `/p.gif">`,
			"srcset":      `<img srcset="` + r + `/p.png 2x">`,
			"picture":     `<picture><source srcset="` + r + `/p.webp"><img src="` + r + `/p.png"></picture>`,
			"style attr":  `<div style="background:url(` + r + `/bg.png)">x</div>`,
			"style tag":   `<style>@import url(` + r + `/a.css); body{background:url(` + r + `/b.png)}</style>`,
			"link":        `<link rel="stylesheet" href="` + r + `/a.css">`,
			"background":  `<table background="` + r + `/t.png"><tr><td>x</td></tr></table>`,
			"video":       `<video poster="` + r + `/p.png" src="` + r + `/v.mp4"></video>`,
			"iframe":      `<iframe src="` + r + `/f.html"></iframe>`,
			"object":      `<object data="` + r + `/o.swf"></object><embed src="` + r + `/e.swf">`,
			"svg image":   `<svg><image href="` + r + `/s.png"/></svg>`,
			"input image": `<input type="image" src="` + r + `/i.png">`,
			"meta":        `<meta http-equiv="refresh" content="0;url=` + r + `/m">`,
		} {
			raw := "From: a@b.se\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hej</p>" + h
			m, err := mail.Parse([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(m.HTML, "track.example") {
				t.Errorf("%s: HTML keeps a remote reference: %s", name, m.HTML)
			}
		}
	})
	t.Run("no Message-ID: one is made from the content", func(t *testing.T) {
		a, _ := mail.Parse(msg{Subject: "x", Body: "y"}.raw())
		b, _ := mail.Parse(msg{Subject: "x", Body: "y"}.raw())
		c, _ := mail.Parse(msg{Subject: "x", Body: "z"}.raw())
		if a.MessageID == "" || a.MessageID != b.MessageID || a.MessageID == c.MessageID {
			t.Errorf("ids %q %q %q", a.MessageID, b.MessageID, c.MessageID)
		}
	})
	t.Run("Latin-1 is read", func(t *testing.T) {
		raw := "From: a@b.se\r\nSubject: =?iso-8859-1?q?H=E4lsning?=\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nV\xe4nliga h\xe4lsningar"
		m, err := mail.Parse([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if m.Subject != "Hälsning" || !strings.Contains(m.Text, "Vänliga hälsningar") {
			t.Errorf("subject %q text %q", m.Subject, m.Text)
		}
	})
	t.Run("over the size limit", func(t *testing.T) {
		if _, err := mail.Parse(make([]byte, mail.MaxMessageSize+1)); err == nil {
			t.Error("no error")
		}
	})
}

func TestFindDeadline(t *testing.T) {
	// Tuesday 19 November 2024, 09:12 in Stockholm.
	received := time.Date(2024, 11, 19, 9, 12, 0, 0, tracker.Stockholm)
	tests := map[string]struct{ text, want string }{
		"senast kl. 15 i dag":             {"Svar senast kl. 15 i dag, tack.", "2024-11-19 15:00"},
		"senast klockan 10.30 i morgon":   {"Vi behöver svar senast klockan 10.30 i morgon", "2024-11-20 10:30"},
		"before now today means tomorrow": {"senast kl 8", "2024-11-20 08:00"},
		"före fredag: by Thursday night":  {"Kan ni svara före fredag?", "2024-11-21 23:59"},
		"senast fredag":                   {"senast fredag", "2024-11-22 23:59"},
		"senast i morgon kl 9":            {"senast i morgon kl 9", "2024-11-20 09:00"},
		"senast tisdag is next week":      {"senast tisdag", "2024-11-26 23:59"},
		"no deadline":                     {"Hej, jag undrar över journalsystemet.", ""},
		"no such hour":                    {"senast kl. 27", ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := mail.FindDeadline(tt.text, received)
			switch {
			case got == nil && tt.want == "":
			case got == nil || tt.want == "":
				t.Errorf("got %v, want %q", got, tt.want)
			case got.In(tracker.Stockholm).Format("2006-01-02 15:04") != tt.want:
				t.Errorf("got %s, want %s", got.In(tracker.Stockholm).Format("2006-01-02 15:04"), tt.want)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	received := time.Date(2024, 11, 19, 9, 12, 0, 0, tracker.Stockholm)
	tests := map[string]struct {
		from, subject, body string
		kind                tracker.Kind
		outlet              string
		pnr                 bool
	}{
		"document request":              {"medborgare@mejl.example", "Begäran", "Jag begär att få ta del av allmänna handlingar om Millennium.", tracker.DocumentRequest, "", false},
		"press inquiry":                 {"kim@nyheter.svt.se", "Intervju?", "Kan vi få en intervju eller en kommentar?", tracker.PressInquiry, "SVT", false},
		"media domain alone":            {"a@gp.se", "Fråga", "Hej!", tracker.PressInquiry, "Göteborgs-Posten", false},
		"nothing points":                {"a@b.example", "Hej", "Tack för senast.", "", "", false},
		"a personnummer":                {"a@b.example", "Min journal", "Jag har personnummer 19121212-1212 och vill ta del av min journal.", tracker.DocumentRequest, "", true},
		"journalist asks for documents": {"kim@dn.se", "Handlingar", "Jag begär att få ta del av allmän handling, mejlen.", tracker.DocumentRequest, "Dagens Nyheter", false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m := &mail.Message{FromAddr: tt.from, Subject: tt.subject, Text: tt.body, ReceivedAt: received}
			s := mail.Suggest(m, mail.DefaultOutlets())
			if s.Kind != tt.kind || s.Outlet != tt.outlet || s.PersonalNumber != tt.pnr {
				t.Errorf("got kind %q outlet %q pnr %v; want %q %q %v", s.Kind, s.Outlet, s.PersonalNumber, tt.kind, tt.outlet, tt.pnr)
			}
		})
	}
}

func TestReadOutlets(t *testing.T) {
	o, err := mail.ReadOutlets(strings.NewReader("# comment\n\nlokal.example\tLokalbladet\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := o.Lookup("x@red.lokal.example"); got != "Lokalbladet" {
		t.Errorf("lookup: %q", got)
	}
	if _, err := mail.ReadOutlets(strings.NewReader("no tab here\n")); err == nil {
		t.Error("a line without a tab is accepted")
	}
}
