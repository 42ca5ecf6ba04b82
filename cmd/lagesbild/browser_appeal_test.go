package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/lagesbild/lagesbild/tracker"
)

// A request goes the whole way an appealed refusal goes: an official says
// no and tells of the right to a written decision (OSL 6 kap. 3 §); the
// requester asks for it; the one with the delegation refuses; the appeal
// comes in, in time, and is sent to the court.
func TestBrowserOfficialRefusalToAppealForwarded(t *testing.T) {
	clearEnv(t)
	ctx := newBrowser(t)
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn")
	today := time.Now().In(tracker.Stockholm).Format(time.DateOnly)
	move := func(to string) string { return `details:has(input[name="to"][value="` + to + `"])` }
	login := func(user string) error {
		return chromedp.Do(ctx,
			chromedp.Navigate(p.url+"/login"),
			chromedp.WaitVisible(chromedp.CSS(`#f-username`)),
			chromedp.SendKeys(chromedp.CSS(`#f-username`), user),
			chromedp.SendKeys(chromedp.CSS(`#f-password`), demoPassword(user)),
			chromedp.Submit(chromedp.CSS(`#f-password`)),
			chromedp.WaitVisible(chromedp.CSS(`nav.tabs`)),
		)
	}
	if err := login("johan"); err != nil {
		t.Fatalf("login: %v", err)
	}
	err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`details.quick summary`)),
		chromedp.WaitVisible(chromedp.CSS(`#q-subject`)),
		chromedp.SendKeys(chromedp.CSS(`#q-subject`), "Webbläsartest: journalanteckningar om en patient"),
		chromedp.Submit(chromedp.CSS(`#q-subject`)),
		chromedp.WaitVisible(chromedp.CSS(`h1 .number`)),
	)
	if err != nil {
		t.Fatalf("register: %v\nprogram log:\n%s", err, p.errs.String())
	}
	caseURL := mustLocation(t, ctx)
	err = chromedp.Do(ctx,
		// The unit decides who may decide.
		chromedp.Click(chromedp.CSS(`details:has(#f-unit) summary`)),
		chromedp.SetValue(chromedp.CSS(`#f-unit`), delegatedUnit),
		chromedp.Submit(chromedp.CSS(`#f-unit`)),
		// The page before the submit has h1 .number too: wait for the one
		// the assignment redirects to, else the next click may find a node
		// of the old page just as it goes ("Could not find node with given id").
		waitLocation(`m=assigned`),
		chromedp.WaitVisible(chromedp.CSS(`h1 .number`)),
		// The official says no.
		chromedp.Click(chromedp.CSS(move("official_refusal")+` summary`)),
		chromedp.SendKeys(chromedp.CSS(`#f-reasoning-official_refusal`), "Uppgifterna rör en enskild patient."),
		chromedp.Submit(chromedp.CSS(`#f-reasoning-official_refusal`)),
		chromedp.WaitVisible(chromedp.CSS(move("decision_requested"))),
		// The requester asks for a written decision: it goes to Linnea, who has the delegation.
		chromedp.Click(chromedp.CSS(move("decision_requested")+` summary`)),
		chromedp.SetValue(chromedp.CSS(`#f-decider-decision_requested`), "linnea"),
		chromedp.Submit(chromedp.CSS(`#f-decider-decision_requested`)),
		chromedp.WaitVisible(chromedp.CSS(`.blocked`)), // Johan cannot refuse; the page says who can
	)
	if err != nil {
		t.Fatalf("official's refusal: %v\nprogram log:\n%s", err, p.errs.String())
	}
	if blocked := mustText(t, ctx, `.blocked`); !strings.Contains(blocked, "Linnea Sävström har den") {
		t.Errorf("the page does not say who can decide: %q", blocked)
	}
	caseURL = strings.SplitN(caseURL, "?", 2)[0]
	err = chromedp.Do(ctx,
		chromedp.Submit(chromedp.CSS(`form.logout`)),
		chromedp.WaitVisible(chromedp.CSS(`#f-username`)),
	)
	if err != nil {
		t.Fatalf("logout: %v", err)
	}
	if err := login("linnea"); err != nil {
		t.Fatalf("login: %v", err)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(caseURL),
		chromedp.Click(chromedp.CSS(move("refused")+` summary`)),
		chromedp.SendKeys(chromedp.CSS(`#f-legal_ground-refused`), "OSL 25 kap. 1 §"),
		chromedp.SendKeys(chromedp.CSS(`#f-reasoning-refused`), "Journalen innehåller uppgifter om patientens hälsotillstånd."),
		chromedp.Submit(chromedp.CSS(`#f-reasoning-refused`)),
		chromedp.WaitVisible(chromedp.CSS(`#f-appeal-received`)),
		chromedp.Click(chromedp.CSS(`details:has(#f-appeal-received) summary`)),
		chromedp.SetValue(chromedp.CSS(`#f-appeal-received`), today),
		chromedp.Submit(chromedp.CSS(`#f-appeal-received`)),
		chromedp.WaitVisible(chromedp.CSS(`#f-appeal-sent`)),
		chromedp.Click(chromedp.CSS(`details:has(#f-appeal-sent) summary`)),
		chromedp.SetValue(chromedp.CSS(`#f-appeal-sent`), today),
		chromedp.Submit(chromedp.CSS(`#f-appeal-sent`)),
		chromedp.WaitVisible(chromedp.CSS(`p.appeal-status.sent`)),
	)
	if err != nil {
		t.Fatalf("decision and appeal: %v\nprogram log:\n%s", err, p.errs.String())
	}
	status := mustText(t, ctx, `p.appeal-status`)
	if !strings.Contains(status, "i rätt tid") || !strings.Contains(status, "överlämnat till Kammarrätten i Göteborg") {
		t.Errorf("appeal status = %q, want in time and forwarded to Kammarrätten i Göteborg", status)
	}
	if facts := mustText(t, ctx, `.facts`); !strings.Contains(facts, "Linnea Sävström, presschef") {
		t.Errorf("the decision is not shown as taken by Linnea Sävström, presschef:\n%s", facts)
	}
}

// waitLocation waits until the page's address contains part: the page a
// form's submit leads to has come. Reading the address while the old page
// goes may fail; that is read again.
func waitLocation(part string) chromedp.Action[chromedp.Void] {
	location := chromedp.Location()
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		for {
			if loc, err := location(ctx, t); err == nil && strings.Contains(loc, part) {
				return chromedp.Void{}, nil
			}
			select {
			case <-ctx.Done():
				return chromedp.Void{}, ctx.Err()
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
}

func mustLocation(t *testing.T, ctx context.Context) string {
	t.Helper()
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatalf("location: %v", err)
	}
	return loc
}
