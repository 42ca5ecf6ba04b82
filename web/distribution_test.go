package web_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/distribution"
	"github.com/lagesbild/lagesbild/internal/smtptest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/web"
	"gorm.io/gorm"
)

var distributionMigrations = append(append(append([]lagesbild.Migration{}, allMigrations...), mail.Migrations...), distribution.Migrations...)

type reportOutbox struct{ m *mail.Store }

func (o reportOutbox) QueueReport(ctx context.Context, to, subject, text, html, pdfName string, pdf []byte, by string) (int64, error) {
	m, err := o.m.Queue(ctx, mail.Notice{To: to, Subject: subject, Text: text, HTML: html, AttachmentName: pdfName,
		AttachmentType: "application/pdf", Attachment: pdf, CreatedBy: by})
	if err != nil {
		return 0, err
	}
	return m.ID, nil
}

func TestSendPublishedReportToTheList(t *testing.T) {
	dbtest.EachDB(t, distributionMigrations, func(t *testing.T, db *gorm.DB) {
		a := newApp(t, db)
		ms := mail.NewStore(db, a.store, mail.Options{Now: func() time.Time { return a.now }})
		dist := distribution.NewStore(db, a.report, reportOutbox{ms}, func() time.Time { return a.now })
		a.router = web.New(web.Deps{Store: a.store, Reports: a.report, Logger: slog.New(slog.DiscardHandler), Feeds: a.feeds,
			Ingester: a.ingester, Mail: ms, Distribution: dist})
		rec := a.api(editor, "POST", "/api/v1/reports/lagesbild/publish", `{"date":"2024-11-18","confirm":true}`)
		if rec.Code != http.StatusCreated {
			t.Fatalf("publish: %d %s", rec.Code, rec.Body)
		}
		var pr struct{ ID int64 }
		if _, err := fmt.Sscanf(rec.Header().Get("Location"), "/api/v1/reports/published/%d", &pr.ID); err != nil {
			t.Fatalf("Location %q: %v", rec.Header().Get("Location"), err)
		}
		send := fmt.Sprintf("/api/v1/reports/published/%d/send", pr.ID)

		wantAPIError(t, a.api(editor, "POST", send, `{}`), 422, "validation_failed", "to") // the list is empty
		wantAPIError(t, a.api(editor, "POST", send, `{"to":["inte en adress"]}`), 422, "validation_failed", "to")
		wantAPIError(t, a.api(analyst, "POST", send, `{"to":["a@region.example"]}`), 403, "forbidden", "")
		wantAPIError(t, a.api(editor, "POST", "/api/v1/reports/published/9999/send", `{"to":["a@region.example"]}`), 404, "not_found", "")
		for _, addr := range []string{"ledning@region.example", "krisstab@region.example"} {
			if rec := a.api(editor, "POST", "/api/v1/distribution", fmt.Sprintf(`{"address":%q,"name":"Ledningen"}`, addr)); rec.Code != http.StatusCreated {
				t.Fatalf("add recipient: %d %s", rec.Code, rec.Body)
			}
		}
		wantAPIError(t, a.api(editor, "POST", "/api/v1/distribution", `{"address":"ledning@region.example"}`), 409, "conflict", "")
		wantAPIError(t, a.api(press, "POST", "/api/v1/distribution", `{"address":"x@region.example"}`), 403, "forbidden", "")

		rec = a.api(editor, "POST", send, "")
		if rec.Code != http.StatusAccepted || !strings.Contains(rec.Body.String(), `"queued":2`) {
			t.Fatalf("send to the list: %d %s", rec.Code, rec.Body)
		}
		if rec := a.api(admin, "POST", send, `{"to":["chef@region.example"]}`); rec.Code != http.StatusAccepted {
			t.Errorf("send to one: %d %s", rec.Code, rec.Body)
		}
		sendings := decode[struct {
			Sendings []struct {
				To     string `json:"to"`
				SentBy string `json:"sent_by"`
			}
		}](t, a.api(analyst, "GET", fmt.Sprintf("/api/v1/reports/published/%d/sendings", pr.ID), ""))
		if len(sendings.Sendings) != 3 || sendings.Sendings[0].To != "chef@region.example" || sendings.Sendings[0].SentBy != "admin" {
			t.Errorf("sendings = %+v", sendings.Sendings)
		}

		// The outbox takes them to a real SMTP relay: HTML body, PDF attached.
		relay := smtptest.Start(t)
		n, err := ms.NewSender(mail.SenderOptions{Relay: relay.Addr, From: "Kommunikation <kommunikation@region.example>",
			Logger: slog.New(slog.DiscardHandler)}).Flush(t.Context())
		if err != nil || n != 3 {
			t.Fatalf("flush: %d %v", n, err)
		}
		raw := relay.Raw()[0]
		for _, want := range []string{"text/html", "application/pdf", "filename=lagesbild-2024-11-18-v1.pdf", "Subject: Kommunikativ"} {
			if !strings.Contains(raw, want) && !strings.Contains(relay.Messages()[0], want) {
				t.Errorf("the mail lacks %q", want)
			}
		}
		if !strings.Contains(relay.Messages()[0], "%PDF") {
			t.Errorf("the attachment is not a PDF")
		}

		// The page: the send form, the list and the sendings.
		b := a.browser()
		b.login("redaktor")
		page := b.do("GET", fmt.Sprintf("/lagesbild/publicerad/%d", pr.ID), nil).Body.String()
		for _, want := range []string{"Skicka lägesbilden", "ledning@region.example", "chef@region.example (av admin)"} {
			if !strings.Contains(page, want) {
				t.Errorf("published page lacks %q", want)
			}
		}
		rec = b.post(fmt.Sprintf("/lagesbild/publicerad/%d", pr.ID), fmt.Sprintf("/lagesbild/publicerad/%d/skicka", pr.ID), url.Values{"to": {"fel adress"}})
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "fel adress") {
			t.Errorf("bad address in the form: %d", rec.Code)
		}
		if rec := b.post(fmt.Sprintf("/lagesbild/publicerad/%d", pr.ID), fmt.Sprintf("/lagesbild/publicerad/%d/skicka", pr.ID),
			url.Values{"to": {"a@region.example\nb@region.example"}}); rec.Code != http.StatusSeeOther {
			t.Errorf("send from the page: %d %s", rec.Code, rec.Body)
		}
		if ss, _ := dist.Sendings(t.Context(), pr.ID); len(ss) != 5 {
			t.Errorf("sendings after the page's send: %d", len(ss))
		}
	})
}
