package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// newBrowser starts headless Chromium from LAGESBILD_TEST_CHROME, or skips.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	chrome := os.Getenv("LAGESBILD_TEST_CHROME")
	if chrome == "" {
		t.Skip("set LAGESBILD_TEST_CHROME to a Chromium binary to run the browser tests")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.NoSandbox, // CI runs as root
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// A press officer logs in, registers a document request through the quick
// form, lands on its case page and finds it on the triage page.
func TestBrowserRegisterARequestAndFindItOnTriage(t *testing.T) {
	clearEnv(t)
	ctx := newBrowser(t)
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn")

	subject := "Webbläsartest: loggar över inloggningar i journalsystemet"
	err := chromedp.Do(ctx,
		chromedp.Navigate(p.url+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#f-username`)),
		chromedp.SendKeys(chromedp.CSS(`#f-username`), "linnea"),
		chromedp.SendKeys(chromedp.CSS(`#f-password`), demoPassword("linnea")),
		chromedp.Submit(chromedp.CSS(`#f-password`)),
		chromedp.WaitVisible(chromedp.CSS(`nav.tabs`)),
		chromedp.Click(chromedp.CSS(`details.quick summary`)),
		chromedp.WaitVisible(chromedp.CSS(`#q-subject`)),
		chromedp.SendKeys(chromedp.CSS(`#q-subject`), subject),
		chromedp.Submit(chromedp.CSS(`#q-subject`)),
		chromedp.WaitVisible(chromedp.CSS(`h1 .number`)),
	)
	if err != nil {
		t.Fatalf("browser flow: %v\nprogram log:\n%s", err, p.errs.String())
	}
	caseHeading := mustText(t, ctx, `h1`)
	number := mustText(t, ctx, `h1 .number`)
	if err := chromedp.Do(ctx, chromedp.Navigate(p.url+"/?view=unassigned"), chromedp.WaitVisible(chromedp.CSS(`table.cases`))); err != nil {
		t.Fatalf("open triage: %v", err)
	}
	triage := mustText(t, ctx, `table.cases`)
	if !strings.Contains(caseHeading, subject) || !strings.HasPrefix(number, "HA-") {
		t.Errorf("case page heading = %q (number %q), want the subject and an HA number", caseHeading, number)
	}
	if !strings.Contains(triage, number) || !strings.Contains(triage, subject) {
		t.Errorf("triage page (unassigned) does not list %s %q:\n%s", number, subject, triage)
	}
}

func mustText(t *testing.T, ctx context.Context, css string) string {
	t.Helper()
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		t.Fatalf("read %s: %v", css, err)
	}
	return text
}

// An analyst searches the coverage the demo ingested from its own feeds in
// Swedish, sees highlighted hits, the volume chart and facets, and narrows
// the result with the opinion facet.
func TestBrowserSearchTheDemoCoverage(t *testing.T) {
	clearEnv(t)
	ctx := newBrowser(t)
	const token = "browser-test-admin-token-0123456789"
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn", "-admin-token", token)
	waitForArticles(t, p.url, token)

	err := chromedp.Do(ctx,
		chromedp.Navigate(p.url+"/login"),
		chromedp.WaitVisible(chromedp.CSS(`#f-username`)),
		chromedp.SendKeys(chromedp.CSS(`#f-username`), "sara"),
		chromedp.SendKeys(chromedp.CSS(`#f-password`), demoPassword("sara")),
		chromedp.Submit(chromedp.CSS(`#f-password`)),
		chromedp.WaitVisible(chromedp.CSS(`nav.tabs`)),
		chromedp.Navigate(p.url+"/search"),
		chromedp.WaitVisible(chromedp.CSS(`#f-q`)),
		chromedp.SendKeys(chromedp.CSS(`#f-q`), "journalsystemet"),
		chromedp.Submit(chromedp.CSS(`#f-q`)),
		// The page before the query lists hits too; only the answer has highlights.
		chromedp.WaitVisible(chromedp.CSS(`ol.hits mark`)),
	)
	if err != nil {
		t.Fatalf("search flow: %v\nprogram log:\n%s", err, p.errs.String())
	}
	all := mustText(t, ctx, `.result-count strong`)
	marked := mustText(t, ctx, `ol.hits mark`)
	if !strings.HasPrefix(strings.ToLower(marked), "journalsystem") {
		t.Errorf("first highlight = %q, want an inflected form of journalsystem", marked)
	}
	if chart, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS(`svg[role="img"] title`))); err != nil || chart == "" {
		t.Errorf("no accessible title on the volume chart")
	}
	// Narrow to opinion pieces through the kind facet.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.JSPath(`[...document.querySelectorAll('aside.facets a')].find(a => a.textContent.trim().startsWith('Opinion'))`)),
		chromedp.WaitVisible(chromedp.CSS(`a.facet-active`)),
	)
	if err != nil {
		t.Fatalf("opinion facet: %v", err)
	}
	opinion := mustText(t, ctx, `.result-count strong`)
	if opinion == all || opinion == "0" {
		t.Errorf("opinion facet gives %s hits of %s, want a smaller, non-empty set", opinion, all)
	}
}

// waitForArticles waits until the demo has ingested and indexed its feeds.
func waitForArticles(t *testing.T, base, token string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		req, _ := http.NewRequest("GET", base+"/api/v1/articles/search?q=journalsystemet&size=1", nil)
		req.Header.Set("Authorization", "Bearer "+token)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			var body struct{ Total int }
			err := json.NewDecoder(resp.Body).Decode(&body)
			resp.Body.Close()
			if err == nil && body.Total > 0 {
				return
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatal("the demo did not ingest its feeds within a minute")
}
