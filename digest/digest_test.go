package digest_test

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/alert"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/digest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/internal/smtptest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"github.com/lagesbild/lagesbild/tracker/tone"
	"github.com/lagesbild/lagesbild/tracker/trackertest"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

var steps = slices.Concat(ingest.Migrations, tracker.Migrations, report.Migrations, mail.Migrations, alert.Migrations, digest.Migrations)

type outbox struct{ m *mail.Store }

func (o outbox) QueueDigest(ctx context.Context, to, subject, text, html string) error {
	_, err := o.m.Queue(ctx, mail.Notice{To: to, Subject: subject, Text: text, HTML: html})
	return err
}

// newStores are the digest's sources over db, on clock's time.
func newStores(t *testing.T, db *gorm.DB, clock *trackertest.Clock) (*ingest.Store, *search.Index, *tracker.Store) {
	t.Helper()
	feeds := ingest.NewStore(db, clock.Now)
	idx, err := search.Open(t.TempDir(), feeds, search.Options{Topics: feeds.ArticleTopicIDs, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	return feeds, idx, tracker.NewStore(db, tracker.Options{Now: clock.Now, PasswordCost: bcrypt.MinCost})
}

func TestMorningDigest(t *testing.T) {
	dbtest.EachDB(t, steps, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		clock := trackertest.NewClock(trackertest.Sthlm(t, "2024-11-18 16:00"))
		feeds, idx, cases := newStores(t, db, clock)
		if _, err := cases.CreateUser(ctx, tracker.NewUser{Username: "analys", Role: tracker.RoleAnalyst, Password: "rätt-lösenord-123"}, tracker.System); err != nil {
			t.Fatal(err)
		}
		ms := mail.NewStore(db, cases, mail.Options{Now: clock.Now})
		alerts := alert.NewStore(db, feeds, alert.Options{Now: clock.Now, Logger: slog.New(slog.DiscardHandler)})
		topic, _ := feeds.CreateTopic(ctx, ingest.NewTopic{Name: "Millennium", Query: "journalsystem*"})
		if _, err := alerts.Subscribe(ctx, alert.NewSubscription{Username: "analys", TopicID: topic.ID, Mode: alert.ModeDigest,
			Email: "analys@region.example"}); err != nil {
			t.Fatal(err)
		}
		if _, err := alerts.Subscribe(ctx, alert.NewSubscription{Username: "redaktor", Query: "vårdköer", Mode: alert.ModeInstant}); err != nil {
			t.Fatal(err)
		}
		add := func(outlet string, kind ingest.Kind, title, text, story string, at time.Time) {
			f, err := feeds.CreateFeed(ctx, ingest.NewFeed{URL: "https://" + strings.ReplaceAll(outlet, " ", "") + string(kind) + ".example/rss",
				Outlet: outlet, Kind: kind})
			if err != nil && err != ingest.ErrDuplicateFeed {
				t.Fatal(err)
			}
			if f == nil {
				fs, _ := feeds.Feeds(ctx)
				for _, g := range fs {
					if g.Outlet == outlet && g.Kind == kind {
						f = &g
					}
				}
			}
			if _, _, err := feeds.UpsertArticles(ctx, f.ID, []ingest.Article{{GUID: title + outlet, URL: "https://x.example/" + strings.ReplaceAll(title, " ", "-"),
				Title: title, Text: title + ". " + text, Kind: kind, PublishedAt: at, StoryKey: story}}); err != nil {
				t.Fatal(err)
			}
		}
		yesterday := trackertest.Sthlm(t, "2024-11-18 20:00")
		add("Västsvenska Dagbladet", ingest.KindNews, "Journalsystemet låg nere", "Personalen skrev på papper.", "s1", yesterday)
		add("Radio Väst", ingest.KindNews, "Journalsystemet låg nere", "Personalen skrev på papper.", "s1", yesterday.Add(time.Hour))
		add("Kuststaden Nu", ingest.KindNews, "Journalsystemet kostar miljarder", "Budgeten spricker.", "s2", yesterday.Add(2*time.Hour))
		add("Dagens Debatt", ingest.KindOpinion, "Stoppa journalsystemet nu", "Ett kaos och ett misslyckande, katastrof och skandal.", "", yesterday.Add(3*time.Hour))
		add("Radio Väst", ingest.KindNews, "Journalsystemet i våras", "Gammalt.", "", trackertest.Sthlm(t, "2024-11-10 10:00"))
		if _, err := idx.CatchUp(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := idx.TagTopics(ctx, feeds); err != nil {
			t.Fatal(err)
		}
		if _, err := idx.CatchUp(ctx); err != nil {
			t.Fatal(err)
		}
		received := trackertest.Sthlm(t, "2024-11-18 15:00")
		trackertest.MustCreate(t, cases, trackertest.DocRequest(received), tracker.System)

		clock.Set(trackertest.Sthlm(t, "2024-11-19 07:00"))
		snd := digest.NewSender(db, digest.Options{Feeds: feeds, Index: idx, Cases: cases, Alerts: alerts, Mailer: outbox{ms},
			BaseURL: "https://lagesbild.region.example", Logger: slog.New(slog.DiscardHandler)})
		at, err := digest.Due(clock.Now(), "07:00")
		if err != nil {
			t.Fatal(err)
		}
		ds, err := snd.Build(ctx, at)
		if err != nil {
			t.Fatal(err)
		}
		if len(ds) != 1 || ds[0].Username != "analys" {
			t.Fatalf("digests = %+v, want one, for the user with an address", ds)
		}
		d := ds[0]
		if len(d.Sections) != 1 || len(d.Sections[0].Stories) != 2 {
			t.Fatalf("sections = %+v, want two stories (the wire story once)", d.Sections)
		}
		if st := d.Sections[0].Stories[0]; st.Title != "Journalsystemet låg nere" || len(st.Outlets) != 2 {
			t.Errorf("the widest story first with both outlets: %+v", st)
		}
		opinionTone := tone.Suggest("Stoppa journalsystemet nu. Ett kaos och ett misslyckande, katastrof och skandal.").Tone
		if len(d.Opinion) != 1 || d.Opinion[0].Tone != opinionTone {
			t.Errorf("opinion = %+v, want the piece with the scorer's tone %s", d.Opinion, opinionTone)
		}
		if len(d.NewCases) != 1 || len(d.DueToday) != 1 {
			t.Errorf("register: new %+v, due today %+v", d.NewCases, d.DueToday)
		}
		text := d.Text("https://lagesbild.region.example")
		for _, want := range []string{"Dagens bevakning, tisdag 19 november", "Sedan 2024-11-18 klockan 07:00",
			"Journalsystemet låg nere (Radio Väst, Västsvenska Dagbladet; ton:", "Opinion", "Stoppa journalsystemet nu (Dagens Debatt; ton: ",
			"Nya ärenden i diariet", "Ska besvaras i dag"} {
			if !strings.Contains(text, want) {
				t.Errorf("text lacks %q:\n%s", want, text)
			}
		}
		if strings.Contains(text, "i våras") {
			t.Errorf("an article from before the last digest is in it")
		}
		if !strings.Contains(d.HTML(""), "<h2>Millennium (2)</h2>") {
			t.Errorf("HTML: %s", d.HTML(""))
		}

		// Weights for reach order the stories and their outlets: one local
		// outlet that weighs five outweighs two that weigh one and two.
		setWeight := func(name string, w float64) {
			t.Helper()
			os, _ := feeds.Outlets(ctx)
			for _, o := range os {
				if o.Name == name {
					if _, err := feeds.UpdateOutlet(ctx, o.ID, ingest.OutletUpdate{Weight: &w}); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
		setWeight("Kuststaden Nu", 5)
		setWeight("Västsvenska Dagbladet", 2)
		weighted, err := snd.Build(ctx, at)
		if err != nil {
			t.Fatal(err)
		}
		if st := weighted[0].Sections[0].Stories; st[0].Title != "Journalsystemet kostar miljarder" ||
			!slices.Equal(st[1].Outlets, []string{"Västsvenska Dagbladet", "Radio Väst"}) {
			t.Errorf("weighted order: %+v, want the heavier story first and the heavier outlet first", st)
		}
		setWeight("Kuststaden Nu", 1)
		setWeight("Västsvenska Dagbladet", 1)

		// Sent once through the outbox to a real SMTP exchange; a second
		// run for the same morning sends nothing.
		r := smtptest.Start(t)
		if ds, err := snd.Send(ctx, at); err != nil || len(ds) != 1 {
			t.Fatalf("send: %d %v", len(ds), err)
		}
		if ds, err := snd.Send(ctx, at); err != nil || len(ds) != 0 {
			t.Errorf("a second send of the same morning: %d %v", len(ds), err)
		}
		if n, err := ms.NewSender(mail.SenderOptions{Relay: r.Addr, From: "Lägesbild <bevakning@region.example>",
			Logger: slog.New(slog.DiscardHandler)}).Flush(ctx); err != nil || n != 1 {
			t.Fatalf("flush: %d %v", n, err)
		}
		if got := r.Messages(); len(got) != 1 || !strings.Contains(got[0], "Subject: Dagens bevakning tisdag 19 november: 4 nya") ||
			!strings.Contains(got[0], "<h1>Dagens bevakning") {
			t.Errorf("relay got %q", got)
		}
		// The next morning covers from this one.
		next, _ := digest.Due(trackertest.Sthlm(t, "2024-11-20 08:00"), "07:00")
		ds, _ = snd.Build(ctx, next)
		if len(ds) != 1 || !ds[0].Since.Equal(at) || len(ds[0].Sections[0].Stories) != 0 {
			t.Errorf("next morning: %+v", ds)
		}
	})
}

func TestDigestGoesToTheUsersOwnAddress(t *testing.T) {
	dbtest.EachDB(t, steps, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		clock := trackertest.NewClock(trackertest.Sthlm(t, "2024-11-19 07:00"))
		feeds, idx, cases := newStores(t, db, clock)
		for _, u := range []tracker.NewUser{
			{Username: "lisa", Role: tracker.RoleAnalyst, Email: "lisa@region.example"},  // her own address
			{Username: "karl", Role: tracker.RoleAnalyst},                                // none: in the app only
			{Username: "greta", Role: tracker.RoleEditor, Email: "greta@region.example"}, // own, but the subscription names the office's
		} {
			if _, err := cases.CreateUser(ctx, u, tracker.System); err != nil {
				t.Fatal(err)
			}
		}
		alerts := alert.NewStore(db, feeds, alert.Options{Now: clock.Now, Users: cases, Logger: slog.New(slog.DiscardHandler)})
		for _, s := range []alert.NewSubscription{
			{Username: "lisa", Query: "vårdköer", Mode: alert.ModeDigest},
			{Username: "karl", Query: "vårdköer", Mode: alert.ModeDigest},
			{Username: "greta", Query: "vårdköer", Mode: alert.ModeDigest, Email: "presstjanst@region.example"},
		} {
			if _, err := alerts.Subscribe(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
		snd := digest.NewSender(db, digest.Options{Feeds: feeds, Index: idx, Cases: cases, Alerts: alerts,
			Logger: slog.New(slog.DiscardHandler)})
		ds, err := snd.Build(ctx, clock.Now())
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, d := range ds {
			got[d.Username] = d.Email
		}
		// As the alerts go (Subscription.To): the subscription's own address, else the user's.
		want := map[string]string{"lisa": "lisa@region.example", "greta": "presstjanst@region.example"}
		if len(got) != len(want) || got["lisa"] != want["lisa"] || got["greta"] != want["greta"] {
			t.Errorf("digests go to %v, want %v (none for karl, who has no address)", got, want)
		}
	})
}
