package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/tracker"
)

// lagesbild retention --dry-run lists what the rules would cull and changes
// nothing; --apply culls it; LAGESBILD_RETENTION changes the rules.
func TestRetentionCommand(t *testing.T) {
	clearEnv(t)
	dir := t.TempDir()
	ctx := context.Background()
	db, err := lagesbild.Open(ctx, "", dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lagesbild.Close(db)
	if _, err := migrateDB(ctx, db); err != nil {
		t.Fatal(err)
	}
	then := time.Now().AddDate(-2, 0, 0)
	old := tracker.NewStore(db, tracker.Options{Now: func() time.Time { return then }})
	cs, err := old.CreateCase(ctx, tracker.NewCase{Kind: tracker.PressInquiry, Subject: "Fråga om vårdköerna", Channel: tracker.ChannelPhone,
		Requester: tracker.Requester{Name: "Per Reporter", Phone: "070-123 45 67", Outlet: "SVT"}}, tracker.System)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Transition(ctx, cs.ID, tracker.Transition{To: tracker.StatusAnswered, Answer: "Siffrorna lämnade."}, tracker.System); err != nil {
		t.Fatal(err)
	}
	requester := func() string {
		c, err := tracker.NewStore(db, tracker.Options{}).Case(ctx, cs.ID)
		if err != nil {
			t.Fatal(err)
		}
		return c.RequesterName
	}

	t.Run("neither or both of --dry-run and --apply is a usage error", func(t *testing.T) {
		if code, _, _ := runCmd(t, "", "retention", "-data-dir", dir); code != 2 {
			t.Errorf("no flag: exit %d, want 2", code)
		}
	})
	t.Run("a rule set to keep press inquiries for 36 months culls nothing", func(t *testing.T) {
		t.Setenv("LAGESBILD_RETENTION", "press_inquiry=36")
		code, out, stderr := runCmd(t, "", "retention", "-data-dir", dir, "--dry-run")
		if code != 0 || !strings.Contains(out, "0 cases would be culled") {
			t.Errorf("dry run: exit %d\n%s%s", code, out, stderr)
		}
	})
	t.Run("a malformed rule is refused, naming the variable", func(t *testing.T) {
		t.Setenv("LAGESBILD_RETENTION", "press_inquiry=ett år")
		if code, _, stderr := runCmd(t, "", "retention", "-data-dir", dir, "--dry-run"); code != 1 || !strings.Contains(stderr, "LAGESBILD_RETENTION") {
			t.Errorf("malformed rule: exit %d, %s", code, stderr)
		}
	})
	t.Run("the dry run lists the press inquiry answered two years ago and changes nothing", func(t *testing.T) {
		code, out, stderr := runCmd(t, "", "retention", "-data-dir", dir, "--dry-run")
		if code != 0 || !strings.Contains(out, "would cull "+cs.Number) || !strings.Contains(out, "press_inquiry/12") {
			t.Errorf("dry run: exit %d\n%s%s", code, out, stderr)
		}
		if requester() != "Per Reporter" {
			t.Error("the dry run changed the case")
		}
	})
	t.Run("--apply culls it", func(t *testing.T) {
		code, out, stderr := runCmd(t, "", "retention", "-data-dir", dir, "--apply")
		if code != 0 || !strings.Contains(out, "culled "+cs.Number) || !strings.Contains(out, "1 cases culled") {
			t.Errorf("apply: exit %d\n%s%s", code, out, stderr)
		}
		if r := requester(); r != "" {
			t.Errorf("requester after the run = %q, want erased", r)
		}
	})
}
