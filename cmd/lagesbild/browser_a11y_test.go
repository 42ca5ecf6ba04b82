package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// At 320 CSS pixels (WCAG 1.4.10; a 1280 px window at 400 % zoom) and at
// 640 (200 %) no page scrolls sideways: the main menu wraps, wide tables
// scroll inside their own region.
func TestBrowserNoPageScrollsSideways(t *testing.T) {
	clearEnv(t)
	ctx := newBrowser(t)
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn")
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(320, 800),
		chromedp.Navigate(p.url+"/login"),
		chromedp.WaitVisible(chromedp.CSS(`#f-username`)),
		chromedp.SendKeys(chromedp.CSS(`#f-username`), "admin"),
		chromedp.SendKeys(chromedp.CSS(`#f-password`), demoPassword("admin")),
		chromedp.Submit(chromedp.CSS(`#f-password`)),
		chromedp.WaitVisible(chromedp.CSS(`nav.tabs`)),
	)
	if err != nil {
		t.Fatalf("login: %v\nprogram log:\n%s", err, p.errs.String())
	}
	caseHref, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('table.cases a[href^="/cases/"]').getAttribute('href')`))
	if err != nil {
		t.Fatalf("find a case: %v", err)
	}
	pages := []string{"/", caseHref, "/register", "/search", "/feeds", "/users", "/actions", "/lagesbild",
		"/cases/new", "/inkorg", "/topics", "/tokens"}
	for _, width := range []int64{320, 640} {
		for _, page := range pages {
			t.Run(fmt.Sprintf("%s at %d px", page, width), func(t *testing.T) {
				type measure struct {
					Page, Window, Menu, MenuBox float64
					Wide                        string
				}
				err := chromedp.Do(ctx,
					chromedp.EmulateViewport(width, 800),
					chromedp.Navigate(p.url+page),
					chromedp.WaitReady(chromedp.CSS(`footer.site`)),
				)
				if err != nil {
					t.Fatalf("open %s: %v", page, err)
				}
				overflow, err := chromedp.Run(ctx, chromedp.Evaluate[measure](`(() => {
						const nav = document.querySelector('header nav');
						const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-scroll') && getComputedStyle(e).position !== 'absolute').slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ');
						return {Page: document.documentElement.scrollWidth, Window: window.innerWidth,
							Menu: nav ? nav.scrollWidth : 0, MenuBox: nav ? nav.clientWidth : 0, Wide: wide};
					})()`))
				if err != nil {
					t.Fatalf("measure %s: %v", page, err)
				}
				if overflow.Page > overflow.Window {
					t.Errorf("the page is %v px wide in a %v px window (too wide: %s)", overflow.Page, overflow.Window, overflow.Wide)
				}
				if overflow.Menu > overflow.MenuBox {
					t.Errorf("the main menu is %v px wide in its %v px box", overflow.Menu, overflow.MenuBox)
				}
			})
		}
	}
}

// After a refused form the focus is on the error summary, and the title
// starts with "Fel: " (a screen reader says both at once).
func TestBrowserFailedSubmitFocusesTheErrorSummary(t *testing.T) {
	clearEnv(t)
	ctx := newBrowser(t)
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn")
	err := chromedp.Do(ctx,
		chromedp.Navigate(p.url+"/login"),
		chromedp.WaitVisible(chromedp.CSS(`#f-username`)),
		chromedp.SendKeys(chromedp.CSS(`#f-username`), "johan"),
		chromedp.SendKeys(chromedp.CSS(`#f-password`), demoPassword("johan")),
		chromedp.Submit(chromedp.CSS(`#f-password`)),
		chromedp.WaitVisible(chromedp.CSS(`nav.tabs`)),
		chromedp.Navigate(p.url+"/cases/new"),
		chromedp.WaitVisible(chromedp.CSS(`#f-subject`)),
		// The server's check, not the browser's: the form goes in without a subject.
		chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required')); undefined`),
		chromedp.Submit(chromedp.CSS(`#f-subject`)),
		chromedp.WaitVisible(chromedp.CSS(`.error-summary`)),
	)
	if err != nil {
		t.Fatalf("failed submit: %v\nprogram log:\n%s", err, p.errs.String())
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	focused, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.className`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(title, "Fel: ") {
		t.Errorf("title = %q, want it to start with \"Fel: \"", title)
	}
	if !strings.Contains(focused, "error-summary") {
		t.Errorf("the focus is on %q, want the error summary", focused)
	}
}
