package web_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/web"
	"gorm.io/gorm"
)

var mailMigrations = slices.Concat(allMigrations, mail.Migrations)

// newMailApp is newApp with the mail store wired in.
func newMailApp(t testing.TB, db *gorm.DB) (*app, *mail.Store) {
	t.Helper()
	a := newApp(t, db)
	ms := mail.NewStore(db, a.store, mail.Options{Now: func() time.Time { return a.now }})
	a.router = web.New(web.Deps{Store: a.store, Reports: a.report, Logger: slog.New(slog.DiscardHandler),
		Feeds: a.feeds, Ingester: a.ingester, Mail: ms})
	return a, ms
}

func intake(t *testing.T, ms *mail.Store, id, subject, body string, attach bool) *mail.Message {
	t.Helper()
	raw := "From: Kim Reporter <kim@vastnytt.example>\r\nTo: press@region.example\r\nMessage-ID: <" + id + ">\r\nSubject: " + subject +
		"\r\nMIME-Version: 1.0\r\n"
	if attach {
		raw += "Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body +
			"\r\n--B\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"underlag.pdf\"\r\n\r\n%PDF-1.4 x\r\n--B--\r\n"
	} else {
		raw += "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
	}
	m, _, err := ms.Intake(context.Background(), []byte(raw), mail.Source{ReceivedAt: fixedNow.Add(-time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestInboxAPI(t *testing.T) {
	dbtest.EachDB(t, mailMigrations, func(t *testing.T, db *gorm.DB) {
		a, ms := newMailApp(t, db)
		q := intake(t, ms, "q@x", "Intervju om journalsystemet", "Kan vi få en kommentar senast kl. 15 i dag?", true)
		other := intake(t, ms, "o@x", "Begäran", "Jag begär att få ta del av allmänna handlingar.", false)
		spam := intake(t, ms, "s@x", "Nyhetsbrev", "Erbjudande", false)

		rec := a.api(tracker.RolePressOfficer, "GET", "/api/v1/inbox?status=new", "")
		if rec.Code != http.StatusOK {
			t.Fatalf("list: %d %s", rec.Code, rec.Body)
		}
		list := decode[struct {
			Messages []struct {
				ID                int64  `json:"id"`
				SuggestedKind     string `json:"suggested_kind"`
				SuggestedOutlet   string `json:"suggested_outlet"`
				SuggestedDeadline string `json:"suggested_deadline"`
				Attachments       []struct {
					Name string `json:"name"`
					Size int64  `json:"size"`
				} `json:"attachments"`
			} `json:"messages"`
		}](t, rec)
		if len(list.Messages) != 3 {
			t.Fatalf("messages: %+v", list)
		}
		var first = list.Messages[2] // oldest id last? all have the same time: id DESC
		if first.ID != q.ID || first.SuggestedKind != "press_inquiry" || first.SuggestedOutlet != "Västnytt" ||
			!strings.HasPrefix(first.SuggestedDeadline, "2024-11-19T15:00:00+01:00") || len(first.Attachments) != 1 {
			t.Errorf("suggestion: %+v", first)
		}
		if rec := a.api(tracker.RolePressOfficer, "GET", "/api/v1/inbox?status=odd", ""); rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("bad status: %d", rec.Code)
		}

		rec = a.api(tracker.RolePressOfficer, "POST", fmt.Sprintf("/api/v1/inbox/%d/register", q.ID), "")
		if rec.Code != http.StatusCreated {
			t.Fatalf("register: %d %s", rec.Code, rec.Body)
		}
		cs := decode[caseOut](t, rec)
		if cs.Kind != "press_inquiry" || cs.Requester["outlet"] != "Västnytt" || !strings.HasPrefix(cs.ReceivedAt, "2024-11-19T09:00:00") {
			t.Errorf("case: %+v", cs)
		}
		if rec := a.api(tracker.RolePressOfficer, "POST", fmt.Sprintf("/api/v1/inbox/%d/register", q.ID), ""); rec.Code != http.StatusConflict {
			t.Errorf("second register: %d", rec.Code)
		}
		if rec := a.api(tracker.RoleAnalyst, "POST", fmt.Sprintf("/api/v1/inbox/%d/register", other.ID), ""); rec.Code != http.StatusForbidden {
			t.Errorf("analyst registers: %d", rec.Code)
		}
		rec = a.api(tracker.RolePressOfficer, "POST", fmt.Sprintf("/api/v1/inbox/%d/attach", other.ID), fmt.Sprintf(`{"case_id":%d}`, cs.ID))
		if rec.Code != http.StatusOK {
			t.Errorf("attach: %d %s", rec.Code, rec.Body)
		}
		if rec := a.api(tracker.RolePressOfficer, "POST", fmt.Sprintf("/api/v1/inbox/%d/dismiss", spam.ID), `{"reason":""}`); rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("dismiss without reason: %d", rec.Code)
		}
		if rec := a.api(tracker.RolePressOfficer, "POST", fmt.Sprintf("/api/v1/inbox/%d/dismiss", spam.ID), `{"reason":"Reklam"}`); rec.Code != http.StatusOK {
			t.Errorf("dismiss: %d %s", rec.Code, rec.Body)
		}
		if rec := a.api(tracker.RolePressOfficer, "POST", "/api/v1/inbox/999/dismiss", `{"reason":"x"}`); rec.Code != http.StatusNotFound {
			t.Errorf("no such message: %d", rec.Code)
		}

		// The documents: the attachment, and an upload.
		var body bytes.Buffer
		w := multipart.NewWriter(&body)
		fw, _ := w.CreateFormFile("file", "svar.html")
		fw.Write([]byte("<html><script>alert(1)</script></html>"))
		w.Close()
		rec = a.api(tracker.RolePressOfficer, "POST", fmt.Sprintf("/api/v1/cases/%d/documents", cs.ID), body.String(), "Content-Type", w.FormDataContentType())
		if rec.Code != http.StatusCreated {
			t.Fatalf("upload: %d %s", rec.Code, rec.Body)
		}
		rec = a.api(tracker.RolePressOfficer, "GET", fmt.Sprintf("/api/v1/cases/%d/documents", cs.ID), "")
		docs := decode[struct {
			Documents []struct {
				ID          int64  `json:"id"`
				Name        string `json:"name"`
				ContentType string `json:"content_type"`
				Source      string `json:"source"`
			} `json:"documents"`
		}](t, rec)
		// The registered mail and its attachment, the mail attached later, the upload.
		if len(docs.Documents) != 4 || docs.Documents[0].ContentType != "text/plain; charset=utf-8" || docs.Documents[0].Source != "mail_text" ||
			docs.Documents[1].ContentType != "application/pdf" || docs.Documents[2].Source != "mail_text" || docs.Documents[3].Source != "upload" {
			t.Fatalf("documents: %+v", docs)
		}
		rec = a.api(tracker.RolePressOfficer, "GET", fmt.Sprintf("/api/v1/documents/%d", docs.Documents[3].ID), "")
		if rec.Code != http.StatusOK || rec.Header().Get("X-Content-Type-Options") != "nosniff" ||
			!strings.HasPrefix(rec.Header().Get("Content-Disposition"), "attachment") || !strings.Contains(rec.Body.String(), "alert") {
			t.Errorf("download: %d %v", rec.Code, rec.Header())
		}

		// Sending from the case.
		if rec := a.api(tracker.RolePressOfficer, "POST", fmt.Sprintf("/api/v1/cases/%d/send", cs.ID), `{"to":"nej"}`); rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("bad send: %d", rec.Code)
		}
		rec = a.api(tracker.RolePressOfficer, "POST", fmt.Sprintf("/api/v1/cases/%d/send", cs.ID), `{"to":"kim@vastnytt.example","subject":"Svar","body":"Här är vårt svar."}`)
		if rec.Code != http.StatusAccepted || !strings.Contains(rec.Body.String(), cs.Number) {
			t.Errorf("send: %d %s", rec.Code, rec.Body)
		}
		rec = a.api(tracker.RolePressOfficer, "GET", fmt.Sprintf("/api/v1/cases/%d", cs.ID), "")
		for _, typ := range []string{"mail_in", "mail_attached", "document_added", "mail_out"} {
			if !strings.Contains(rec.Body.String(), `"type":"`+typ+`"`) {
				t.Errorf("timeline lacks %s", typ)
			}
		}
	})
}

func TestInboxPageRegistersInTwoClicks(t *testing.T) {
	db := dbtest.OpenTestSQLite(t, mailMigrations)
	a, ms := newMailApp(t, db)
	m := intake(t, ms, "p@x", "Begäran om allmän handling", "Jag begär att få ta del av avtalet.", true)
	b := a.browser()
	b.login("press")
	rec := b.do("GET", "/inkorg", nil)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Begäran om allmän handling") || !strings.Contains(rec.Body.String(), "underlag.pdf") {
		t.Fatalf("inbox page: %d", rec.Code)
	}
	rec = b.post("/inkorg", "/inkorg/999999/avskriv", url.Values{"reason": {"x"}})
	if rec.Code != http.StatusNotFound {
		t.Errorf("dismiss unknown: %d", rec.Code)
	}
	rec = b.post("/inkorg", fmt.Sprintf("/inkorg/%d/koppla", m.ID), url.Values{"case": {"HA-2024-9999"}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "HA-2024-9999") {
		t.Errorf("attach to unknown number: %d", rec.Code)
	}
	rec = b.post("/inkorg", fmt.Sprintf("/inkorg/%d/registrera", m.ID), url.Values{"kind": {"document_request"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("register: %d %s", rec.Code, rec.Body)
	}
	// The case page says what became of the mail: a case, with the mail and its attachment among the documents.
	casePath, confirm, _ := strings.Cut(rec.Header().Get("Location"), "?")
	rec = b.do("GET", casePath+"?"+confirm, nil)
	if page := rec.Body.String(); !strings.Contains(page, "E-postmeddelandet är registrerat som ärende.") ||
		!strings.Contains(page, "E-post inkommen 2024-11-19 09.00.txt") || !strings.Contains(page, "underlag.pdf") {
		t.Errorf("the case page after registering (%s) does not confirm it or list the mail and its attachment", confirm)
	}
	if page := rec.Body.String(); !strings.Contains(page, "Sparat bland handlingarna: meddelandet och dess bilaga") ||
		!strings.Contains(page, "E-postmeddelandet som det kom in") {
		t.Error("the timeline does not say the mail and its attachment were kept as documents")
	}
	rec = b.do("GET", casePath+"/post", nil)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "underlag.pdf") {
		t.Errorf("case mail page: %d", rec.Code)
	}
	rec = b.post(casePath+"/post", casePath+"/skicka", url.Values{"to": {""}, "subject": {"Svar"}, "body": {""}})
	if rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("send without address: %d", rec.Code)
	}
	rec = b.post(casePath+"/post", casePath+"/skicka", url.Values{"to": {"kim@vastnytt.example"}, "subject": {"Svar"}, "body": {"Hej"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("send: %d %s", rec.Code, rec.Body)
	}
	if page := b.do("GET", rec.Header().Get("Location"), nil).Body.String(); !strings.Contains(page, "Meddelandet ligger i utkorgen.") {
		t.Error("the page after sending does not say the message is in the outbox")
	}
	if rec := b.do("GET", "/inkorg?status=handled", nil); !strings.Contains(rec.Body.String(), "Kopplat till ärende") {
		t.Errorf("handled list")
	}
}

// multipartFile is a form with one file and the CSRF token of page.
func multipartFile(t *testing.T, b *browser, page, name string, content []byte) (*bytes.Buffer, string) {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	if err := w.WriteField("csrf_token", b.token(page)); err != nil {
		t.Fatal(err)
	}
	fw, err := w.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(content)
	w.Close()
	return &body, w.FormDataContentType()
}

// Without a connected mailbox the inbox says how to connect one, and takes
// mail saved as a file; the mail keeps the time it reached the authority's
// server, and its HTML is shown sanitised, without its images.
func TestInboxWithoutMailboxImportsFiles(t *testing.T) {
	dbtest.EachDB(t, mailMigrations, func(t *testing.T, db *gorm.DB) {
		a, _ := newMailApp(t, db)
		b := a.browser()
		b.login("press")
		page := b.do("GET", "/inkorg", nil).Body.String()
		if !strings.Contains(page, "Ingen brevlåda är ansluten") || !strings.Contains(page, "LAGESBILD_IMAP_URL") {
			t.Errorf("the inbox does not say that no mailbox is connected")
		}

		eml := "Received: from mx.region.example by mail.region.example; Mon, 18 Nov 2024 16:45:10 +0100\r\n" +
			"From: Kim Reporter <kim@vastnytt.example>\r\nTo: press@region.example\r\nSubject: Sparad i Outlook\r\n" +
			"Date: Mon, 18 Nov 2024 16:40:00 +0100\r\nMessage-ID: <sparad@x>\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: text/html; charset=utf-8\r\n\r\n" +
			`<p>Kan vi få en kommentar?</p><img src="https://spara.example/pixel.gif"><p style="background:url(https://spara.example/bg.png)">Hälsningar</p>` + "\r\n"
		body, ct := multipartFile(t, b, "/inkorg", "sparad.eml", []byte(eml))
		rec := b.doRaw("POST", "/inkorg/fil", body, ct)
		if rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/inkorg/") {
			t.Fatalf("import: %d %s", rec.Code, rec.Body)
		}
		msgPath := rec.Header().Get("Location")
		rec = b.do("GET", msgPath, nil)
		shown := rec.Body.String()
		if rec.Code != http.StatusOK || !strings.Contains(shown, "Kan vi få en kommentar?") || !strings.Contains(shown, "Hälsningar") {
			t.Fatalf("message page: %d\n%s", rec.Code, shown)
		}
		if strings.Contains(shown, "spara.example") || strings.Contains(shown, "<img") {
			t.Errorf("the message page refers to a remote image:\n%s", shown)
		}
		if !strings.Contains(shown, "18 nov") && !strings.Contains(shown, "2024-11-18 16:45") {
			t.Errorf("the received time is not the Received header's (2024-11-18 16:45):\n%s", shown)
		}
		api := decode[struct {
			Messages []struct {
				Subject    string `json:"subject"`
				ReceivedAt string `json:"received_at"`
			} `json:"messages"`
		}](t, a.api(tracker.RolePressOfficer, "GET", "/api/v1/inbox", ""))
		if len(api.Messages) != 1 || !strings.HasPrefix(api.Messages[0].ReceivedAt, "2024-11-18T16:45:10") {
			t.Errorf("imported message in the API: %+v", api.Messages)
		}

		body, ct = multipartFile(t, b, "/inkorg", "bild.png", []byte("\x89PNG\r\n\x1a\nnot a mail"))
		if rec := b.doRaw("POST", "/inkorg/fil", body, ct); rec.Code != http.StatusUnprocessableEntity ||
			!strings.Contains(rec.Body.String(), "inte ett sparat e-postmeddelande") {
			t.Errorf("a picture imported as a mail: %d", rec.Code)
		}

		analyst := a.browser()
		analyst.login("analys")
		body, ct = multipartFile(t, analyst, "/inkorg", "sparad.eml", []byte(eml))
		if rec := analyst.doRaw("POST", "/inkorg/fil", body, ct); rec.Code != http.StatusForbidden {
			t.Errorf("an analyst imported mail: %d", rec.Code)
		}
	})
}

// With a mailbox connected the inbox does not ask for one; without a relay
// the send form says the mail waits in the queue.
func TestMailSetupNotices(t *testing.T) {
	db := dbtest.OpenTestSQLite(t, mailMigrations)
	a, ms := newMailApp(t, db)
	a.router = web.New(web.Deps{Store: a.store, Reports: a.report, Logger: slog.New(slog.DiscardHandler),
		Feeds: a.feeds, Ingester: a.ingester, Mail: ms, MailSetup: web.MailSetup{Mailboxes: 2}})
	m := intake(t, ms, "n@x", "Begäran", "Jag begär att få ta del av avtalet.", false)
	b := a.browser()
	b.login("press")
	if page := b.do("GET", "/inkorg", nil).Body.String(); strings.Contains(page, "Ingen brevlåda är ansluten") {
		t.Error("the inbox asks for a mailbox though two are connected")
	}
	rec := b.post("/inkorg", fmt.Sprintf("/inkorg/%d/registrera", m.ID), url.Values{"kind": {"document_request"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("register: %d", rec.Code)
	}
	casePath, _, _ := strings.Cut(rec.Header().Get("Location"), "?")
	if page := b.do("GET", casePath+"/post", nil).Body.String(); !strings.Contains(page, "LAGESBILD_SMTP_RELAY") {
		t.Error("the send form does not say that no relay is configured")
	}
}

// Sending from the API: the kind is checked, a decision needs one, and a
// decision sent queues its letter as a PDF document of the case.
func TestSendKindsAPI(t *testing.T) {
	dbtest.EachDB(t, mailMigrations, func(t *testing.T, db *gorm.DB) {
		a, _ := newMailApp(t, db)
		cs, err := a.store.CreateCase(context.Background(), tracker.NewCase{Kind: tracker.DocumentRequest, Subject: "Protokoll",
			Channel: tracker.ChannelEmail, Unit: "Koncernstab kommunikation"}, tracker.Actor{Username: "press", Role: tracker.RolePressOfficer})
		if err != nil {
			t.Fatal(err)
		}
		send := func(body string) *httptest.ResponseRecorder {
			return a.api(tracker.RolePressOfficer, "POST", fmt.Sprintf("/api/v1/cases/%d/send", cs.ID), body)
		}
		if rec := send(`{"to":"kim@vastnytt.example","subject":"Svar","body":"Hej","kind":"brev"}`); rec.Code != http.StatusUnprocessableEntity ||
			!strings.Contains(rec.Body.String(), `"kind"`) {
			t.Errorf("unknown kind: %d %s", rec.Code, rec.Body)
		}
		if rec := send(`{"to":"kim@vastnytt.example","subject":"Beslut","kind":"decision"}`); rec.Code != http.StatusUnprocessableEntity ||
			!strings.Contains(rec.Body.String(), "attach_decision") {
			t.Errorf("a decision from a case without one: %d %s", rec.Code, rec.Body)
		}
		if rec := send(`{"to":"kim@vastnytt.example","subject":"Vilka år?","body":"Gäller det 2023 eller 2024?","kind":"question"}`); rec.Code != http.StatusAccepted ||
			!strings.Contains(rec.Body.String(), `"kind":"question"`) {
			t.Errorf("a question: %d %s", rec.Code, rec.Body)
		}
		rec := a.api(tracker.RolePressOfficer, "POST", fmt.Sprintf("/api/v1/cases/%d/transition", cs.ID),
			`{"to":"refused","legal_ground":"OSL 21 kap. 7 §","reasoning":"Uppgifterna rör enskildas personliga förhållanden."}`)
		if rec.Code != http.StatusOK {
			t.Fatalf("refuse: %d %s", rec.Code, rec.Body)
		}
		rec = send(`{"to":"kim@vastnytt.example","subject":"Beslut","attach_decision":true}`)
		sent := decode[struct {
			Kind       string `json:"kind"`
			DocumentID *int64 `json:"document_id"`
		}](t, rec)
		if rec.Code != http.StatusAccepted || sent.Kind != "decision" || sent.DocumentID == nil {
			t.Fatalf("a decision: %d %s", rec.Code, rec.Body)
		}
		rec = a.api(tracker.RolePressOfficer, "GET", fmt.Sprintf("/api/v1/documents/%d", *sent.DocumentID), "")
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/pdf" || !strings.HasPrefix(rec.Body.String(), "%PDF-") {
			t.Errorf("the letter: %d %s", rec.Code, rec.Header().Get("Content-Type"))
		}
	})
}

// The documents of a case (the requester's mail, its attachments, decision
// letters) carry personal data: those who work the register open them; the
// analyst and the editor see that they exist, with name and size, and are
// told with a 403 why they may not open them and who may, by the API and
// by the pages alike. A name that shows a personnummer is masked for them.
func TestCaseDocumentsFollowTheRoles(t *testing.T) {
	dbtest.EachDB(t, mailMigrations, func(t *testing.T, db *gorm.DB) {
		a, ms := newMailApp(t, db)
		ctx := context.Background()
		m := intake(t, ms, "dok@x", "Begäran om allmän handling", "Jag begär att få ta del av avtalet.", true)
		cs, err := ms.Register(ctx, m.ID, mail.Overrides{Assignee: "press"}, tracker.System)
		if err != nil {
			t.Fatal(err)
		}
		secret := "ansökan 19121212-1212.pdf"
		upload, err := ms.AddDocument(ctx, cs.ID, secret, []byte("%PDF-1.4 Sara Lind, 19121212-1212"), tracker.System)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ms.Send(ctx, cs.ID, mail.Outgoing{To: "kim@vastnytt.example", Subject: "Svar", Body: "Hej Kim"}, tracker.System); err != nil {
			t.Fatal(err)
		}
		const why = "Kräver rollen Administratör eller Presstjänst: ärendets handlingar (e-post, bilagor, beslut) " +
			"kan innehålla personuppgifter och öppnas bara av dem som handlägger diariet. Ärendets handläggare är Pia Press."
		download := fmt.Sprintf("/dokument/%d", upload.ID)
		roles := map[string]struct {
			role  tracker.Role
			opens bool
		}{
			"admin": {tracker.RoleAdmin, true}, "press": {tracker.RolePressOfficer, true},
			"analys": {tracker.RoleAnalyst, false}, "redaktor": {tracker.RoleEditor, false},
		}
		for username, r := range roles {
			t.Run(string(r.role), func(t *testing.T) {
				// The API: the list for every role, the file for those who open it.
				rec := a.api(r.role, "GET", fmt.Sprintf("/api/v1/cases/%d/documents", cs.ID), "")
				list := decode[struct {
					Documents []struct {
						Name string `json:"name"`
						Size int64  `json:"size"`
					} `json:"documents"`
				}](t, rec)
				if rec.Code != http.StatusOK || len(list.Documents) != 3 || list.Documents[2].Size != upload.Size {
					t.Fatalf("list: %d %s", rec.Code, rec.Body)
				}
				wantName := secret
				if !r.opens {
					wantName = "ansökan [personnummer].pdf"
				}
				if list.Documents[0].Name != "E-post inkommen 2024-11-19 09.00.txt" || list.Documents[1].Name != "underlag.pdf" ||
					list.Documents[2].Name != wantName {
					t.Errorf("names %+v, want the mail, underlag.pdf and %q", list.Documents, wantName)
				}
				rec = a.api(r.role, "GET", fmt.Sprintf("/api/v1/documents/%d", upload.ID), "")
				if r.opens {
					if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Sara Lind") {
						t.Errorf("download: %d %s", rec.Code, rec.Body)
					}
				} else {
					wantAPIError(t, rec, http.StatusForbidden, "forbidden", "")
					if msg := decode[apiErr](t, rec).Error.Message; msg != why {
						t.Errorf("refusal %q, want %q", msg, why)
					}
					if strings.Contains(rec.Body.String(), "Sara Lind") {
						t.Error("the refused answer carries the file")
					}
				}

				// The pages: the case, its documents-and-mail page and the download link.
				b := a.browser()
				b.login(username)
				for _, page := range []string{fmt.Sprintf("/cases/%d", cs.ID), fmt.Sprintf("/cases/%d/post", cs.ID)} {
					rec := b.do("GET", page, nil)
					body := rec.Body.String()
					if rec.Code != http.StatusOK || !strings.Contains(body, "underlag.pdf") {
						t.Fatalf("%s: %d", page, rec.Code)
					}
					if linked := strings.Contains(body, `href="`+download+`"`); linked != r.opens {
						t.Errorf("%s links the document: %v, want %v", page, linked, r.opens)
					}
					if says := strings.Contains(body, "Kräver rollen Administratör eller Presstjänst"); says == r.opens {
						t.Errorf("%s says why it is refused: %v, want %v", page, says, !r.opens)
					}
					if shows := strings.Contains(body, "19121212-1212"); shows != r.opens {
						t.Errorf("%s shows the personnummer in the name: %v, want %v", page, shows, r.opens)
					}
					if shows := strings.Contains(body, "kim@vastnytt.example"); shows != r.opens {
						t.Errorf("%s shows the requester's address (the answer's recipient): %v, want %v", page, shows, r.opens)
					}
				}
				rec = b.do("GET", download, nil)
				if r.opens {
					if rec.Code != http.StatusOK || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
						t.Errorf("page download: %d", rec.Code)
					}
				} else if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), "Ärendets handläggare är Pia Press.") ||
					strings.Contains(rec.Body.String(), "Sara Lind") {
					t.Errorf("page download: %d %s", rec.Code, rec.Body)
				}
			})
		}
		if rec := a.api(tracker.RoleAnalyst, "GET", "/api/v1/documents/999999", ""); rec.Code != http.StatusNotFound {
			t.Errorf("no such document: %d", rec.Code)
		}
		if rec := a.api("", "GET", fmt.Sprintf("/api/v1/documents/%d", upload.ID), ""); rec.Code != http.StatusUnauthorized {
			t.Errorf("without a token: %d", rec.Code)
		}
	})
}

// The press mailbox holds the requesters' own words, names and addresses:
// those who work the register read it; the analyst and the editor are told
// why not and who may, by the API and the pages, and the menu does not
// offer them the inbox.
func TestPressMailboxFollowsTheRoles(t *testing.T) {
	dbtest.EachDB(t, mailMigrations, func(t *testing.T, db *gorm.DB) {
		a, ms := newMailApp(t, db)
		m := intake(t, ms, "brev@x", "Begäran om allmän handling", "Jag heter Sara Lind och begär att få ta del av avtalet.", false)
		const why = "Kräver rollen Administratör eller Presstjänst: e-posten till pressbrevlådan innehåller personuppgifter"
		for username, r := range map[string]struct {
			role  tracker.Role
			reads bool
		}{
			"admin": {tracker.RoleAdmin, true}, "press": {tracker.RolePressOfficer, true},
			"analys": {tracker.RoleAnalyst, false}, "redaktor": {tracker.RoleEditor, false},
		} {
			t.Run(string(r.role), func(t *testing.T) {
				rec := a.api(r.role, "GET", "/api/v1/inbox", "")
				if r.reads {
					if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Begäran om allmän handling") {
						t.Errorf("inbox API: %d %s", rec.Code, rec.Body)
					}
				} else {
					wantAPIError(t, rec, http.StatusForbidden, "forbidden", "")
					if msg := decode[apiErr](t, rec).Error.Message; !strings.HasPrefix(msg, why) {
						t.Errorf("refusal %q, want it to begin %q", msg, why)
					}
					rec := a.api(r.role, "POST", fmt.Sprintf("/api/v1/inbox/%d/dismiss", m.ID), `{"reason":"Reklam"}`)
					wantAPIError(t, rec, http.StatusForbidden, "forbidden", "")
				}

				b := a.browser()
				b.login(username)
				if offered := strings.Contains(b.do("GET", "/", nil).Body.String(), `href="/inkorg"`); offered != r.reads {
					t.Errorf("the menu offers the inbox: %v, want %v", offered, r.reads)
				}
				for _, page := range []string{"/inkorg", fmt.Sprintf("/inkorg/%d", m.ID)} {
					rec := b.do("GET", page, nil)
					body := rec.Body.String()
					switch {
					case r.reads && (rec.Code != http.StatusOK || !strings.Contains(body, "Begäran om allmän handling")):
						t.Errorf("%s: %d", page, rec.Code)
					case !r.reads && (rec.Code != http.StatusForbidden || !strings.Contains(body, why) || strings.Contains(body, "Sara Lind")):
						t.Errorf("%s: %d, want 403 saying why and nothing of the mail:\n%s", page, rec.Code, body)
					}
				}
			})
		}
	})
}

// The send form of a press inquiry offers, ticked, to mark it answered with
// the answer; a document request's form does not. Sent so, the inquiry is
// answered; the API takes "mark_answered" alike.
func TestAnswerFromThePressInquiryMarksItAnswered(t *testing.T) {
	dbtest.EachDB(t, mailMigrations, func(t *testing.T, db *gorm.DB) {
		a, ms := newMailApp(t, db)
		ctx := context.Background()
		inquiry := intake(t, ms, "pf@x", "Intervju om journalsystemet", "Kan vi få en kommentar?", false)
		request := intake(t, ms, "ha@x", "Begäran", "Jag begär att få ta del av avtalet.", false)
		pf, err := ms.Register(ctx, inquiry.ID, mail.Overrides{Kind: tracker.PressInquiry}, tracker.System)
		if err != nil {
			t.Fatal(err)
		}
		ha, err := ms.Register(ctx, request.ID, mail.Overrides{Kind: tracker.DocumentRequest}, tracker.System)
		if err != nil {
			t.Fatal(err)
		}
		b := a.browser()
		b.login("press")
		const box = `name="mark_answered" type="checkbox" value="1" checked`
		if page := b.do("GET", fmt.Sprintf("/cases/%d/post", pf.ID), nil).Body.String(); !strings.Contains(page, box) {
			t.Error("the press inquiry's send form does not offer, ticked, to mark it answered")
		}
		if page := b.do("GET", fmt.Sprintf("/cases/%d/post", ha.ID), nil).Body.String(); strings.Contains(page, "mark_answered") {
			t.Error("the document request's send form offers to mark it answered")
		}
		post := fmt.Sprintf("/cases/%d/post", pf.ID)
		rec := b.post(post, fmt.Sprintf("/cases/%d/skicka", pf.ID), url.Values{"to": {"kim@vastnytt.example"}, "subject": {"Svar"},
			"body": {"Regiondirektören ställer upp kl. 14."}, "kind": {"answer"}, "mark_answered": {"1"}})
		if rec.Code != http.StatusSeeOther {
			t.Fatalf("send: %d %s", rec.Code, rec.Body)
		}
		if page := b.do("GET", fmt.Sprintf("/cases/%d", pf.ID), nil).Body.String(); !strings.Contains(page, "Besvarad") ||
			!strings.Contains(page, "Regiondirektören ställer upp kl. 14.") {
			t.Error("the case page does not show the inquiry answered with the mail's text")
		}
		if page := b.do("GET", post, nil).Body.String(); strings.Contains(page, "mark_answered") {
			t.Error("an answered inquiry's form still offers to mark it answered")
		}

		rec = a.api(tracker.RolePressOfficer, "POST", fmt.Sprintf("/api/v1/cases/%d/send", ha.ID),
			`{"to":"kim@vastnytt.example","subject":"Svar","body":"Här är avtalet.","mark_answered":true}`)
		wantAPIError(t, rec, http.StatusUnprocessableEntity, "validation_failed", "mark_answered")
	})
}
