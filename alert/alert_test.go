package alert_test

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/alert"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/internal/smtptest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

var steps = slices.Concat(ingest.Migrations, tracker.Migrations, report.Migrations, mail.Migrations, alert.Migrations)

// outbox is how cmd hands alerts to the mail package.
type outbox struct{ m *mail.Store }

func (o outbox) QueueAlert(ctx context.Context, to, subject, text, html string) error {
	_, err := o.m.Queue(ctx, mail.Notice{To: to, Subject: subject, Text: text, HTML: html})
	return err
}

type fixture struct {
	t      *testing.T
	ctx    context.Context
	now    time.Time
	feeds  *ingest.Store
	idx    *search.Index
	alerts *alert.Store
	cases  *tracker.Store
	mail   *mail.Store
	sender *mail.Sender
	relay  *smtptest.Relay
	feedID map[string]int64
	n      int
}

func newFixture(t *testing.T, db *gorm.DB) *fixture {
	f := &fixture{t: t, ctx: context.Background(), feedID: map[string]int64{}}
	f.now = time.Date(2024, 11, 19, 9, 0, 0, 0, time.UTC) // 10:00 in Stockholm
	clock := func() time.Time { return f.now }
	f.feeds = ingest.NewStore(db, clock)
	idx, err := search.Open(t.TempDir(), f.feeds, search.Options{Topics: f.feeds.ArticleTopicIDs, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	f.idx = idx
	cases := tracker.NewStore(db, tracker.Options{Now: clock})
	f.cases = cases
	f.mail = mail.NewStore(db, cases, mail.Options{Now: clock})
	f.relay = smtptest.Start(t)
	f.sender = f.mail.NewSender(mail.SenderOptions{Relay: f.relay.Addr, From: "Lägesbild <bevakning@region.example>",
		Logger: slog.New(slog.DiscardHandler)})
	f.alerts = alert.NewStore(db, f.feeds, alert.Options{Now: clock, Mailer: outbox{f.mail}, Counts: idx, Users: cases,
		BaseURL: "https://lagesbild.region.example", Logger: slog.New(slog.DiscardHandler)})
	return f
}

// add stores an article of an outlet, published at, in a story group.
func (f *fixture) add(outlet, title, story string, at time.Time) int64 {
	f.t.Helper()
	id, ok := f.feedID[outlet]
	if !ok {
		feed, err := f.feeds.CreateFeed(f.ctx, ingest.NewFeed{URL: fmt.Sprintf("https://%d.example/rss", len(f.feedID)), Outlet: outlet})
		if err != nil {
			f.t.Fatal(err)
		}
		id, f.feedID[outlet] = feed.ID, feed.ID
	}
	f.n++
	guid := fmt.Sprintf("g%d", f.n)
	if _, _, err := f.feeds.UpsertArticles(f.ctx, id, []ingest.Article{{GUID: guid, URL: "https://nyheter.example/" + guid,
		Title: title, Text: title, PublishedAt: at, StoryKey: story}}); err != nil {
		f.t.Fatal(err)
	}
	n, _ := f.feeds.MaxArticleID(f.ctx)
	return n
}

// round is what serve does after each indexed batch: index, tag topics,
// percolate; then the dispatcher's turn and the outbox's.
func (f *fixture) round() {
	f.t.Helper()
	if _, err := f.idx.CatchUp(f.ctx); err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.idx.TagTopics(f.ctx, f.feeds); err != nil {
		f.t.Fatal(err)
	}
	st, err := f.idx.Stats()
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.alerts.Percolate(f.ctx, st.LastID); err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.alerts.Dispatch(f.ctx); err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.sender.Flush(f.ctx); err != nil {
		f.t.Fatal(err)
	}
}

func TestAlertsInstantOnePerStoryByMail(t *testing.T) {
	dbtest.EachDB(t, steps, func(t *testing.T, db *gorm.DB) {
		f := newFixture(t, db)
		old := f.add("Västsvenska Dagbladet", "Journalsystemet krånglade i våras", "", f.now.Add(-30*24*time.Hour))
		f.round() // the archive is never alerted
		topic, err := f.feeds.CreateTopic(f.ctx, ingest.NewTopic{Name: "Millennium", Query: "journalsystem*"})
		if err != nil {
			t.Fatal(err)
		}
		f.round()
		topicSub, err := f.alerts.Subscribe(f.ctx, alert.NewSubscription{Username: "analys", TopicID: topic.ID,
			Mode: alert.ModeInstant, Email: "analys@region.example"})
		if err != nil {
			t.Fatal(err)
		}
		if topicSub.Name != "Millennium" {
			t.Errorf("name %q", topicSub.Name)
		}
		// A query from national outlets only, mailed to someone else, and
		// one in quiet hours now.
		if _, err := f.feeds.UpdateOutlet(f.ctx, outletID(t, f, "Västsvenska Dagbladet"), ingest.OutletUpdate{Type: ptr(ingest.OutletRegional)}); err != nil {
			t.Fatal(err)
		}
		national, err := f.alerts.Subscribe(f.ctx, alert.NewSubscription{Username: "analys", Query: `"extern granskning"`,
			Mode: alert.ModeInstant, Email: "chef@region.example", OutletTypes: []ingest.OutletType{ingest.OutletNational}})
		if err != nil {
			t.Fatal(err)
		}
		quietSub, err := f.alerts.Subscribe(f.ctx, alert.NewSubscription{Username: "redaktor", Query: "journalsystemet",
			Mode: alert.ModeInstant, Email: "redaktor@region.example", QuietFrom: "08:00", QuietTo: "12:00"})
		if err != nil {
			t.Fatal(err)
		}

		// The same wire story in two outlets, another story, and a review
		// from a regional outlet (not national).
		f.add("Västsvenska Dagbladet", "Journalsystemet låg nere i natt", "story-1", f.now.Add(-time.Hour))
		f.add("Nyhetsbyrån Norden", "Journalsystemet låg nere i natt", "story-1", f.now.Add(-50*time.Minute))
		f.add("Radio Väst", "Nya journalsystemen kostar miljarder", "story-2", f.now.Add(-40*time.Minute))
		f.add("Västsvenska Dagbladet", "Regionen beställer extern granskning", "story-3", f.now.Add(-30*time.Minute))
		f.round()

		ns, unread, err := f.alerts.Notifications(f.ctx, "analys", 50)
		if err != nil {
			t.Fatal(err)
		}
		if len(ns) != 2 || unread != 2 {
			t.Fatalf("analyst's notifications = %d (%d unread), want one per story of the topic: %+v", len(ns), unread, ns)
		}
		for _, n := range ns {
			if n.SubscriptionID != topicSub.ID || n.ArticleID == old {
				t.Errorf("notification %+v", n)
			}
			if n.StoryKey == "story-1" && (n.ArticleCount != 2 || !slices.Equal(n.OutletList(), []string{"Västsvenska Dagbladet", "Nyhetsbyrån Norden"})) {
				t.Errorf("the wire story: %+v, want one alert naming both outlets", n)
			}
		}
		got := f.relay.Messages()
		if len(got) != 1 {
			t.Fatalf("relay got %d mails, want one for the analyst's topic (the national filter and the quiet hours hold the others)", len(got))
		}
		for _, want := range []string{"To: <analys@region.example>", "Millennium", "Journalsystemet låg nere i natt", "Nyhetsbyrån Norden", "<li>",
			"https://lagesbild.region.example/articles/"} {
			if !strings.Contains(got[0], want) {
				t.Errorf("the alert mail lacks %q:\n%s", want, got[0])
			}
		}
		if ns, _, _ := f.alerts.Notifications(f.ctx, "analys", 50); len(ns) != 2 {
			t.Errorf("national filter let the regional outlet through")
		}
		_ = national
		if ns, _, _ := f.alerts.Notifications(f.ctx, "redaktor", 50); len(ns) != 2 {
			t.Errorf("quiet hours keep the alerts in the app: %d", len(ns))
		}

		// Another outlet takes up story 1 later: the same alert, no new mail.
		f.now = f.now.Add(5 * time.Minute)
		f.add("Kuststaden Nu", "Journalsystemet nere hela natten", "story-1", f.now)
		f.round()
		ns, _, _ = f.alerts.Notifications(f.ctx, "analys", 50)
		if len(ns) != 2 {
			t.Errorf("a later outlet of the same story made a new alert: %d", len(ns))
		}
		if len(f.relay.Messages()) != 1 {
			t.Errorf("a later outlet of the same story was mailed again")
		}

		// After the quiet hours the held mail goes.
		f.now = time.Date(2024, 11, 19, 11, 30, 0, 0, time.UTC) // 12:30 in Stockholm
		f.round()
		got = f.relay.Messages()
		if len(got) != 2 || !strings.Contains(got[1], "To: <redaktor@region.example>") {
			t.Errorf("after quiet hours: %d mails", len(got))
		}
		_ = quietSub

		if err := f.alerts.MarkRead(f.ctx, "analys", []int64{ns[0].ID}); err != nil {
			t.Fatal(err)
		}
		if n, _ := f.alerts.Unread(f.ctx, "analys"); n != 1 {
			t.Errorf("unread after reading one: %d", n)
		}
		if err := f.alerts.Unsubscribe(f.ctx, "redaktor", topicSub.ID); err == nil {
			t.Errorf("another user's subscription was removed")
		}
	})
}

func TestAlertsSpikeAndBadInput(t *testing.T) {
	dbtest.EachDB(t, steps, func(t *testing.T, db *gorm.DB) {
		f := newFixture(t, db)
		// A normal state of one a day for two weeks.
		for d := 1; d <= 14; d++ {
			f.add("Radio Väst", fmt.Sprintf("Vårdköer dag %d", d), "", f.now.AddDate(0, 0, -d))
		}
		f.round()
		sub, err := f.alerts.Subscribe(f.ctx, alert.NewSubscription{Username: "analys", Query: "vårdköer", Mode: alert.ModeSpike,
			SpikeFactor: 2.5, Email: "analys@region.example"})
		if err != nil {
			t.Fatal(err)
		}
		f.add("Radio Väst", "Vårdköer växer", "", f.now.Add(-3*time.Hour))
		f.add("Kuststaden Nu", "Vårdköer i kusten", "", f.now.Add(-2*time.Hour))
		f.round()
		if ns, _, _ := f.alerts.Notifications(f.ctx, "analys", 10); len(ns) != 0 {
			t.Errorf("two a day is not a spike at 2.5 × 1: %+v", ns)
		}
		f.add("Radio Väst", "Vårdköer rekordlånga", "", f.now.Add(-time.Hour))
		f.round()
		ns, _, _ := f.alerts.Notifications(f.ctx, "analys", 10)
		if len(ns) != 1 || ns[0].Kind != alert.ModeSpike || ns[0].ArticleCount != 3 || !strings.Contains(ns[0].Title, "3 i dag, normalt 1 om dagen") {
			t.Fatalf("spike: %+v", ns)
		}
		f.add("Radio Väst", "Vårdköer igen", "", f.now.Add(-30*time.Minute))
		f.round()
		if ns, _, _ := f.alerts.Notifications(f.ctx, "analys", 10); len(ns) != 1 {
			t.Errorf("a second spike alert the same day")
		}
		if msgs := f.relay.Messages(); len(msgs) != 1 || !strings.Contains(msgs[0], "Ovanligt många") {
			t.Errorf("spike mail: %d", len(msgs))
		}
		_ = sub

		bad := map[string]struct {
			in    alert.NewSubscription
			field string
		}{
			"nothing to follow":   {alert.NewSubscription{Mode: alert.ModeInstant}, "topic_id"},
			"two things":          {alert.NewSubscription{TopicID: 1, Query: "vård"}, "topic_id"},
			"unknown topic":       {alert.NewSubscription{TopicID: 999}, "topic_id"},
			"unparsable query":    {alert.NewSubscription{Query: `"öppen`}, "query"},
			"bad mode":            {alert.NewSubscription{Query: "vård", Mode: "ibland"}, "mode"},
			"bad address":         {alert.NewSubscription{Query: "vård", Email: "inte en adress"}, "email"},
			"bad outlet type":     {alert.NewSubscription{Query: "vård", OutletTypes: []ingest.OutletType{"blogg"}}, "outlet_types"},
			"factor too small":    {alert.NewSubscription{Query: "vård", Mode: alert.ModeSpike, SpikeFactor: 1}, "spike_factor"},
			"half the quiet time": {alert.NewSubscription{Query: "vård", QuietFrom: "22:00"}, "quiet_hours"},
			"quiet time format":   {alert.NewSubscription{Query: "vård", QuietFrom: "22", QuietTo: "7"}, "quiet_hours"},
			"another's search":    {alert.NewSubscription{Username: "analys", SavedSearchID: 999}, "saved_search_id"},
		}
		for name, tt := range bad {
			t.Run(name, func(t *testing.T) {
				_, err := f.alerts.Subscribe(f.ctx, tt.in)
				v, ok := err.(*alert.ValidationError)
				if !ok || v.Fields[tt.field] == "" {
					t.Errorf("got %v, want a message on %s", err, tt.field)
				}
			})
		}
	})
}

func TestInstantAlertsLeaveANewFeedsArchiveOut(t *testing.T) {
	dbtest.EachDB(t, steps, func(t *testing.T, db *gorm.DB) {
		f := newFixture(t, db)
		if _, err := f.alerts.Subscribe(f.ctx, alert.NewSubscription{Username: "analys", Query: "vårdköer", Mode: alert.ModeInstant}); err != nil {
			t.Fatal(err)
		}
		// A feed added now brings its last weeks along with today's news.
		f.add("Västkustposten", "Vårdköer i höstas", "", f.now.AddDate(0, 0, -20))
		f.add("Västkustposten", "Vårdköer för tre dagar sedan", "", f.now.Add(-72*time.Hour))
		f.add("Västkustposten", "Vårdköer i går kväll", "", f.now.Add(-14*time.Hour))
		f.round()
		ns, _, err := f.alerts.Notifications(f.ctx, "analys", 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(ns) != 1 || ns[0].Title != "Vårdköer i går kväll" {
			t.Errorf("notifications = %+v, want only the article of the last two days", ns)
		}
	})
}

func TestSpikeCountsTheChosenOutletsOnly(t *testing.T) {
	dbtest.EachDB(t, steps, func(t *testing.T, db *gorm.DB) {
		f := newFixture(t, db)
		// Two weeks: Radio Väst one a day, Kuststaden Nu five a day.
		for d := 1; d <= 14; d++ {
			f.add("Radio Väst", fmt.Sprintf("Vårdköer dag %d", d), "", f.now.AddDate(0, 0, -d))
			for i := 0; i < 5; i++ {
				f.add("Kuststaden Nu", fmt.Sprintf("Vårdköer dag %d, del %d", d, i), "", f.now.AddDate(0, 0, -d))
			}
		}
		f.round()
		broadcast := ingest.OutletBroadcast
		if _, err := f.feeds.UpdateOutlet(f.ctx, outletID(t, f, "Radio Väst"), ingest.OutletUpdate{Type: &broadcast}); err != nil {
			t.Fatal(err)
		}
		local := ingest.OutletLocal
		if _, err := f.feeds.UpdateOutlet(f.ctx, outletID(t, f, "Kuststaden Nu"), ingest.OutletUpdate{Type: &local}); err != nil {
			t.Fatal(err)
		}
		subs := map[string]alert.NewSubscription{
			"by outlet": {Username: "radio", Query: "vårdköer", Mode: alert.ModeSpike, SpikeFactor: 2.5, Outlets: []string{"radio väst"}},
			"by type":   {Username: "sandningar", Query: "vårdköer", Mode: alert.ModeSpike, SpikeFactor: 2.5, OutletTypes: []ingest.OutletType{ingest.OutletBroadcast}},
			"all":       {Username: "alla", Query: "vårdköer", Mode: alert.ModeSpike, SpikeFactor: 2.5},
			"no outlet of the type": {Username: "fack", Query: "vårdköer", Mode: alert.ModeSpike, SpikeFactor: 1.1,
				OutletTypes: []ingest.OutletType{ingest.OutletTrade}},
		}
		for _, in := range subs {
			if _, err := f.alerts.Subscribe(f.ctx, in); err != nil {
				t.Fatal(err)
			}
		}
		// Today Radio Väst has three (three times its normal one a day);
		// both outlets together have three against a normal six.
		for i := 0; i < 3; i++ {
			f.add("Radio Väst", fmt.Sprintf("Vårdköer växer %d", i), "", f.now.Add(-time.Duration(i+1)*time.Hour))
		}
		f.round()
		for name, want := range map[string]bool{"by outlet": true, "by type": true, "all": false, "no outlet of the type": false} {
			ns, _, err := f.alerts.Notifications(f.ctx, subs[name].Username, 10)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(ns) == 1; got != want {
				t.Errorf("%s: spike alert %v, want %v (%+v)", name, got, want, ns)
			}
			if want && len(ns) == 1 && !strings.Contains(ns[0].Title, "3 i dag, normalt 1 om dagen i de valda medierna") {
				t.Errorf("%s: title %q, want the chosen outlets' figures", name, ns[0].Title)
			}
		}
	})
}

func outletID(t *testing.T, f *fixture, name string) int64 {
	t.Helper()
	os, err := f.feeds.Outlets(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range os {
		if o.Name == name {
			return o.ID
		}
	}
	t.Fatalf("no outlet %s", name)
	return 0
}

func ptr[T any](v T) *T { return &v }

func TestAlertsMailTheUsersOwnAddress(t *testing.T) {
	dbtest.EachDB(t, steps, func(t *testing.T, db *gorm.DB) {
		f := newFixture(t, db)
		for _, u := range []tracker.NewUser{
			{Username: "lisa", Role: tracker.RoleAnalyst, Email: "lisa@region.example"},
			{Username: "karl", Role: tracker.RoleAnalyst},
		} {
			if _, err := f.cases.CreateUser(f.ctx, u, tracker.System); err != nil {
				t.Fatal(err)
			}
		}
		for _, user := range []string{"lisa", "karl"} {
			if _, err := f.alerts.Subscribe(f.ctx, alert.NewSubscription{Username: user, Query: "vårdköer", Mode: alert.ModeInstant}); err != nil {
				t.Fatal(err)
			}
		}
		f.add("Radio Väst", "Vårdköer växer", "", f.now.Add(-time.Hour))
		f.round()
		msgs := f.relay.Messages()
		if len(msgs) != 1 || !strings.Contains(msgs[0], "To: <lisa@region.example>") && !strings.Contains(msgs[0], "To: lisa@region.example") {
			t.Fatalf("relay got %d messages, want one to lisa's own address: %q", len(msgs), msgs)
		}
		for _, user := range []string{"lisa", "karl"} {
			if ns, _, _ := f.alerts.Notifications(f.ctx, user, 10); len(ns) != 1 {
				t.Errorf("%s: %d notifications in the app, want 1", user, len(ns))
			}
		}

		// Karl adds his address: the next alert goes to him too.
		if _, err := f.cases.SetEmail(f.ctx, "karl", "karl@region.example", tracker.Actor{Username: "karl", Role: tracker.RoleAnalyst}); err != nil {
			t.Fatal(err)
		}
		f.add("Kuststaden Nu", "Vårdköer i kusten", "", f.now.Add(-30*time.Minute))
		f.round()
		karl := 0
		for _, m := range f.relay.Messages() {
			if strings.Contains(m, "karl@region.example") {
				karl++
			}
		}
		if karl != 1 {
			t.Errorf("%d mails to karl after he added his address, want 1", karl)
		}
	})
}
