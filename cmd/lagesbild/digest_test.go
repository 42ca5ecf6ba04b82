package main

import (
	"strings"
	"testing"
)

func TestDigestCommand(t *testing.T) {
	clearEnv(t)
	dir := t.TempDir()
	runOK(t, "migrate", "-data-dir", dir, "-log-level", "warn")
	out := runOK(t, "digest", "-data-dir", dir, "-log-level", "warn", "--dry-run", "--at", "2024-11-19T07:00")
	if !strings.Contains(out, "Ingen får något utskick") {
		t.Errorf("dry run without subscriptions: %q", out)
	}
	out = runOK(t, "digest", "-data-dir", dir, "-log-level", "warn", "--at", "2024-11-19T07:00")
	if !strings.Contains(out, "Dagens bevakning lagd i utkorgen till 0 mottagare.") {
		t.Errorf("send: %q", out)
	}
	if code, _, errOut := runCmd(t, "", "digest", "-data-dir", dir, "-log-level", "warn", "--at", "i morgon"); code == 0 || !strings.Contains(errOut, "--at") {
		t.Errorf("a bad --at = %d %q", code, errOut)
	}
}
