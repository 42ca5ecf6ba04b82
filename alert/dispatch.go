package alert

import (
	"context"
	"fmt"
	"html"
	"net/url"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"
)

// DefaultDispatchEvery is how often instant matches are turned into
// alerts: new hits are batched for a minute, so one story carried by
// several outlets at once is one alert (an outlet that takes it up later
// adds to it: storyWindow). Every two minutes, an alert mail took 125 s on
// average from the fetch to the relay (BenchmarkInstantAlertMail), over
// the 2 minutes; a minute leaves room for the index and the outbox.
const DefaultDispatchEvery = time.Minute

// storyWindow is how long a story stays one alert: an outlet that takes it
// up later adds to that alert instead of making a new one.
const storyWindow = 48 * time.Hour

// Run dispatches every interval until ctx ends.
func (s *Store) Run(ctx context.Context, every time.Duration) error {
	if every <= 0 {
		every = DefaultDispatchEvery
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := s.Dispatch(ctx); err != nil && ctx.Err() == nil {
			s.opts.Logger.Error("alert dispatch", "error", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Dispatch turns the pending instant matches into notifications, one per
// story group and subscription (an outlet that takes up a story already
// alerted adds its name to that alert), and mails each subscription's new
// notifications as one message unless it is in its quiet hours (they wait
// until the quiet hours end). It returns how many notifications it made.
func (s *Store) Dispatch(ctx context.Context) (int, error) {
	made := 0
	own, err := s.addresses(ctx)
	if err != nil {
		return 0, fmt.Errorf("dispatch alerts: %w", err)
	}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var rows []pendingRow
		if err := tx.Order("subscription_id, article_id").Find(&rows).Error; err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		subs := map[int64]*Subscription{}
		for _, r := range rows {
			subs[r.SubscriptionID] = nil
		}
		var list []Subscription
		if err := tx.Where("id IN ?", keys(subs)).Find(&list).Error; err != nil {
			return err
		}
		for i := range list {
			subs[list[i].ID] = &list[i]
		}
		now := s.now()
		for _, group := range groupStories(rows) {
			sub := subs[group[0].SubscriptionID]
			if sub == nil {
				continue // unsubscribed meanwhile
			}
			n, err := s.addToStory(tx, sub, sub.To(own), group, now)
			if err != nil {
				return err
			}
			made += n
		}
		// Exactly the rows read: matches recorded meanwhile wait for the next round.
		done := map[int64][]int64{}
		for _, r := range rows {
			done[r.SubscriptionID] = append(done[r.SubscriptionID], r.ArticleID)
		}
		for sub, arts := range done {
			for lo := 0; lo < len(arts); lo += 500 {
				if err := tx.Exec("DELETE FROM alert_pending WHERE subscription_id = ? AND article_id IN ?",
					sub, arts[lo:min(lo+500, len(arts))]).Error; err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return made, fmt.Errorf("dispatch alerts: %w", err)
	}
	return made, s.mailNotifications(ctx)
}

// groupStories splits pending rows into story groups per subscription.
func groupStories(rows []pendingRow) [][]pendingRow {
	type key struct {
		sub   int64
		story string
	}
	var order []key
	groups := map[key][]pendingRow{}
	for _, r := range rows {
		k := key{r.SubscriptionID, r.StoryKey}
		if r.StoryKey == "" {
			k.story = fmt.Sprintf("article:%d", r.ArticleID)
		}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], r)
	}
	out := make([][]pendingRow, len(order))
	for i, k := range order {
		out[i] = groups[k]
	}
	return out
}

// addToStory makes the notification of one story group, or adds its
// outlets to the one already made for that story within storyWindow.
// to is where its mail goes ("" in the app only).
func (s *Store) addToStory(tx *gorm.DB, sub *Subscription, to string, group []pendingRow, now time.Time) (int, error) {
	story := group[0].StoryKey
	outlets := []string{}
	for _, r := range group {
		if !slices.Contains(outlets, r.Outlet) {
			outlets = append(outlets, r.Outlet)
		}
	}
	if story != "" {
		var prev []Notification
		if err := tx.Where("subscription_id = ? AND story_key = ? AND created_at > ?", sub.ID, story, now.Add(-storyWindow)).
			Order("id DESC").Limit(1).Find(&prev).Error; err != nil {
			return 0, err
		}
		if len(prev) == 1 {
			p := prev[0]
			merged := p.OutletList()
			for _, o := range outlets {
				if !slices.Contains(merged, o) {
					merged = append(merged, o)
				}
			}
			return 0, tx.Model(&Notification{}).Where("id = ?", p.ID).Updates(map[string]any{
				"outlets": strings.Join(merged, "; "), "article_count": p.ArticleCount + len(group)}).Error
		}
	}
	first := group[0]
	n := &Notification{Username: sub.Username, SubscriptionID: sub.ID, Kind: ModeInstant, StoryKey: story,
		Title: first.Title, Body: "Ny träff för " + sub.Name, URL: fmt.Sprintf("/articles/%d", first.ArticleID),
		ArticleID: first.ArticleID, Outlets: strings.Join(outlets, "; "), ArticleCount: len(group), Email: to,
		CreatedAt: now}
	if err := tx.Create(n).Error; err != nil {
		return 0, err
	}
	return 1, nil
}

// mailNotifications queues, per subscription outside its quiet hours, one
// mail with the notifications not yet mailed.
func (s *Store) mailNotifications(ctx context.Context) error {
	if s.opts.Mailer == nil {
		return nil
	}
	var due []Notification
	if err := s.db.WithContext(ctx).Where("mailed = ? AND email <> ''", false).Order("subscription_id, id").
		Find(&due).Error; err != nil {
		return fmt.Errorf("list alerts to mail: %w", err)
	}
	bySub := map[int64][]Notification{}
	var order []int64
	for _, n := range due {
		if _, ok := bySub[n.SubscriptionID]; !ok {
			order = append(order, n.SubscriptionID)
		}
		bySub[n.SubscriptionID] = append(bySub[n.SubscriptionID], n)
	}
	now := s.now().In(stockholm)
	for _, id := range order {
		var sub Subscription
		if err := s.db.WithContext(ctx).Take(&sub, id).Error; err != nil {
			if err == gorm.ErrRecordNotFound {
				sub = Subscription{Name: "bevakningen"}
			} else {
				return fmt.Errorf("load subscription %d: %w", id, err)
			}
		}
		if quiet(sub.QuietFrom, sub.QuietTo, now) {
			continue
		}
		ns := bySub[id]
		subject, text, htmlBody := s.alertMail(&sub, ns)
		if err := s.opts.Mailer.QueueAlert(ctx, ns[0].Email, subject, text, htmlBody); err != nil {
			return fmt.Errorf("queue alert mail for subscription %d: %w", id, err)
		}
		ids := make([]int64, len(ns))
		for i, n := range ns {
			ids[i] = n.ID
		}
		if err := s.db.WithContext(ctx).Model(&Notification{}).Where("id IN ?", ids).Update("mailed", true).Error; err != nil {
			return fmt.Errorf("mark alerts mailed: %w", err)
		}
	}
	return nil
}

// quiet tells whether t (Stockholm) falls in the quiet hours from–to
// ("22:00"–"07:00" spans midnight).
func quiet(from, to string, t time.Time) bool {
	if from == "" || to == "" || from == to {
		return false
	}
	now := t.Format("15:04")
	if from < to {
		return now >= from && now < to
	}
	return now >= from || now < to
}

// alertMail is the mail of a subscription's new notifications.
func (s *Store) alertMail(sub *Subscription, ns []Notification) (subject, text, htmlBody string) {
	if len(ns) == 1 {
		subject = "Bevakning " + sub.Name + ": " + truncate(ns[0].Title, 150)
	} else {
		subject = fmt.Sprintf("Bevakning %s: %d nya", sub.Name, len(ns))
	}
	var t, h strings.Builder
	fmt.Fprintf(&t, "Nytt i bevakningen %s:\n\n", sub.Name)
	fmt.Fprintf(&h, "<p>Nytt i bevakningen <strong>%s</strong>:</p>\n<ul>\n", html.EscapeString(sub.Name))
	for _, n := range ns {
		link := s.opts.BaseURL + n.URL
		line := n.Title
		if o := n.OutletList(); len(o) > 0 {
			line += " (" + strings.Join(o, ", ") + ")"
		}
		fmt.Fprintf(&t, "- %s\n  %s\n", line, link)
		fmt.Fprintf(&h, "<li><a href=\"%s\">%s</a>", html.EscapeString(link), html.EscapeString(n.Title))
		if o := n.OutletList(); len(o) > 0 {
			fmt.Fprintf(&h, " <span>(%s)</span>", html.EscapeString(strings.Join(o, ", ")))
		}
		h.WriteString("</li>\n")
	}
	t.WriteString("\nDu får det här för att du bevakar det i Lägesbild. Ändra eller sluta under Aviseringar.\n")
	h.WriteString("</ul>\n<p>Du får det här för att du bevakar det i Lägesbild. Ändra eller sluta under Aviseringar.</p>\n")
	return subject, t.String(), h.String()
}

func keys(m map[int64]*Subscription) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// searchQuery is the search page's query string for q.
func searchQuery(q string) string { return url.Values{"q": {q}}.Encode() }
