package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/tracker"
)

// A backup taken while cases are being written holds every case committed
// before it, and restores into a data dir that serves them.
func TestBackupWhileWritingAndRestore(t *testing.T) {
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
	store := tracker.NewStore(db, tracker.Options{})
	newCase := func(subject string) {
		t.Helper()
		_, err := store.CreateCase(ctx, tracker.NewCase{Kind: tracker.PressInquiry, Subject: subject, Channel: tracker.ChannelPhone,
			Requester: tracker.Requester{Outlet: "GP"}}, tracker.System)
		if err != nil {
			t.Fatal(err)
		}
	}
	newCase("Före säkerhetskopian")
	// The server goes on writing while the backup runs.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
				newCase("Under säkerhetskopian")
			}
		}
	})
	to := filepath.Join(t.TempDir(), "kopia.db")
	code, stdout, stderr := runCmd(t, "", "backup", "-data-dir", dir, "-to", to)
	close(stop)
	wg.Wait()
	if code != 0 || !strings.Contains(stdout, to) {
		t.Fatalf("backup: exit %d, %s %s", code, stdout, stderr)
	}
	if code, _, stderr := runCmd(t, "", "backup", "-data-dir", dir, "-to", to); code != 1 || !strings.Contains(stderr, "exists") {
		t.Errorf("a second backup to the same file: exit %d, %s", code, stderr)
	}
	// Restore: the copy becomes the SQLite file of a new data dir.
	restored := t.TempDir()
	b, err := os.ReadFile(to)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(restored, lagesbild.SQLiteFile), b, 0o600); err != nil {
		t.Fatal(err)
	}
	rdb, err := lagesbild.Open(ctx, "", restored)
	if err != nil {
		t.Fatal(err)
	}
	defer lagesbild.Close(rdb)
	if _, err := migrateDB(ctx, rdb); err != nil {
		t.Fatalf("the restored database is not current: %v", err)
	}
	cases, n, err := tracker.NewStore(rdb, tracker.Options{}).Cases(ctx, tracker.CaseFilter{Sort: "received", Limit: tracker.MaxPageSize})
	if err != nil || n < 1 {
		t.Fatalf("restored cases: %d %v", n, err)
	}
	found := false
	for _, c := range cases {
		found = found || c.Subject == "Före säkerhetskopian"
	}
	if !found {
		t.Errorf("the case from before the backup is not in the copy")
	}
	t.Logf("%d cases in the copy", n)
}
