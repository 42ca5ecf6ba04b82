package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// reportDataDir is a migrated data dir holding one action in v. 47 2024.
func reportDataDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	runOK(t, "migrate", "-data-dir", dir, "-log-level", "warn")
	db, err := lagesbild.Open(context.Background(), "", dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lagesbild.Close(db)
	store := report.NewStore(db, tracker.NewStore(db, tracker.Options{}), report.Options{})
	_, err = store.CreateAction(context.Background(), report.NewAction{Date: "2024-11-19", Kind: report.ActionPressRelease,
		Title: "Återgång till tidigare system", URL: "https://example.se/press/1"}, tracker.Actor{Username: "mats", Role: tracker.RoleEditor})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestReportCommand(t *testing.T) {
	clearEnv(t)
	dir := reportDataDir(t)
	common := []string{"report", "-data-dir", dir, "-log-level", "warn"}

	t.Run("markdown of a week to stdout", func(t *testing.T) {
		out := runOK(t, append(common, "--week", "2024-W47")...)
		for _, want := range []string{"# Kommunikativ lägesbild v. 47 2024", "## Kommunikativa åtgärder, urval",
			"19/11: Pressmeddelande [Återgång till tidigare system](https://example.se/press/1)"} {
			if !strings.Contains(out, want) {
				t.Errorf("the Markdown lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("today by default", func(t *testing.T) {
		today, _ := tracker.DayPeriod(time.Now().In(tracker.Stockholm).Format(time.DateOnly))
		if out := runOK(t, common...); !strings.Contains(out, "# Kommunikativ lägesbild "+today.Label()) {
			t.Errorf("the default report is not today's:\n%s", out)
		}
	})
	t.Run("json of a range", func(t *testing.T) {
		var r struct {
			Period   tracker.Period `json:"period"`
			Register map[string]any `json:"register"`
			Actions  []map[string]any
		}
		if err := json.Unmarshal([]byte(runOK(t, append(common, "--from", "2024-11-18", "--to", "2024-11-20", "--format", "json")...)), &r); err != nil {
			t.Fatal(err)
		}
		if r.Period != (tracker.Period{From: "2024-11-18", To: "2024-11-20"}) || len(r.Actions) != 1 || r.Register["document_request"] == nil {
			t.Errorf("json = %+v", r)
		}
	})
	for format, prefix := range map[string]string{"pdf": "%PDF-", "docx": "PK\x03\x04", "html": "<!doctype html>\n<html lang=\"sv\">"} {
		t.Run(format+" to a file", func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "lagesbild."+format)
			code, out, errOut := runCmd(t, "", append(common, "--date", "2024-11-19", "--format", format, "--out", file)...)
			if code != 0 || out != "" || !strings.Contains(errOut, "tisdag 19 november 2024") {
				t.Fatalf("report --out = %d, stdout %q, stderr %q", code, out, errOut)
			}
			b, err := os.ReadFile(file)
			if err != nil || !strings.HasPrefix(string(b), prefix) {
				t.Errorf("the file starts %q (%v), want %q", b[:min(len(b), 30)], err, prefix)
			}
		})
	}
	for name, tt := range map[string]struct {
		args []string
		want string
	}{
		"reversed period": {[]string{"--from", "2024-11-20", "--to", "2024-11-18"}, "--to: Slutdatumet ligger före startdatumet."},
		"malformed date":  {[]string{"--date", "19/11"}, "--date:"},
		"no such week":    {[]string{"--week", "2024-W60"}, "--week:"},
		"two periods":     {[]string{"--week", "2024-W47", "--date", "2024-11-19"}, "--date: Ange en dag (date), en vecka (week), ett intervall (from–to) eller en starttid (since), inte flera."},
		"unknown format":  {[]string{"--format", "odt"}, "--format"},
		"topic too long":  {[]string{"--topic", strings.Repeat("x", 101)}, "--topic:"},
		"stray argument":  {[]string{"v47"}, "unexpected argument"},
	} {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", append(common, tt.args...)...)
			if code != 2 || out != "" || !strings.Contains(errOut, tt.want) {
				t.Errorf("report %v = %d, stdout %q, stderr %q; want 2 and %q", tt.args, code, out, errOut, tt.want)
			}
		})
	}
}

// The demo editor opens today's draft, rewrites its first bullet, publishes
// and finds the report in the history.
func TestBrowserPublishADraft(t *testing.T) {
	clearEnv(t)
	ctx := newBrowser(t)
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn")

	const bullet = "Webbläsartest: lågt medietryck, inga nya frågor om journalsystemet."
	err := chromedp.Do(ctx,
		chromedp.Navigate(p.url+"/lagesbild"),
		chromedp.WaitVisible(chromedp.CSS(`#f-username`)),
		chromedp.SendKeys(chromedp.CSS(`#f-username`), "mats"),
		chromedp.SendKeys(chromedp.CSS(`#f-password`), demoPassword("mats")),
		chromedp.Submit(chromedp.CSS(`#f-password`)),
		chromedp.WaitVisible(chromedp.CSS(`textarea[name="situation"]`)),
	)
	if err != nil {
		t.Fatalf("open the draft: %v\nprogram log:\n%s", err, p.errs.String())
	}
	situation, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(`textarea[name="situation"]`)))
	if err != nil {
		t.Fatalf("read the first heading's bullets: %v", err)
	}
	label := mustText(t, ctx, `h1 .sub`)
	_, rest, _ := strings.Cut(situation, "\n")
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`textarea[name="situation"]`), bullet+"\n"+rest),
		chromedp.Click(chromedp.CSS(`#publish`)),
		chromedp.WaitVisible(chromedp.CSS(`.lb-published, #e-confirm`)),
	)
	if err != nil {
		t.Fatalf("publish: %v\nprogram log:\n%s", err, p.errs.String())
	}
	// A day that has not ended, or figures that changed under the text
	// while the demo fetched its feeds, ask for a confirmation: give it.
	confirm, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSS(`#e-confirm`), chromedp.AtLeast(0)))
	if err != nil {
		t.Fatal(err)
	}
	if len(confirm) > 0 {
		err = chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS(`#f-confirm`)),
			chromedp.Click(chromedp.CSS(`#publish`)),
			chromedp.WaitVisible(chromedp.CSS(`.lb-published`)),
		)
		if err != nil {
			t.Fatalf("publish, confirmed: %v\nprogram log:\n%s", err, p.errs.String())
		}
	}
	published := mustText(t, ctx, `.lb-published`)
	if !strings.Contains(published, bullet) || !strings.Contains(published, "publicerad av mats") || !strings.Contains(published, "Sammanställt: ") {
		t.Errorf("the published report does not hold the edited bullet and who published it:\n%s", published)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(p.url+"/lagesbild/historik"), chromedp.WaitVisible(chromedp.CSS(`table.lb-history`))); err != nil {
		t.Fatalf("open the history: %v", err)
	}
	history := mustText(t, ctx, `table.lb-history`)
	if label == "" || !strings.Contains(history, label) || !strings.Contains(history, "mats") {
		t.Errorf("the history does not list %q published by mats:\n%s", label, history)
	}
}
