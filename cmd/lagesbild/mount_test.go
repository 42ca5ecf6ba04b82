package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// faultsEnv makes the fault tests that need a mount fail instead of skip:
// .ci/run sets it after checking that it can mount a tmpfs.
const faultsEnv = "LAGESBILD_TEST_FAULTS"

// mountTmpfs mounts a tmpfs of the given options (e.g. "size=4m", "ro") on a
// fresh directory and unmounts it when the test ends. Where it cannot
// (not root, no mount), the test is skipped with a message, unless
// LAGESBILD_TEST_FAULTS is set, when it fails.
func mountTmpfs(t testing.TB, opts string) string {
	t.Helper()
	dir := t.TempDir()
	out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "tmpfs", dir).CombinedOutput()
	if err != nil {
		msg := "cannot mount a tmpfs here (" + strings.TrimSpace(string(out)) + "): run as root, or set " + faultsEnv + " to make this a failure"
		if os.Getenv(faultsEnv) != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", "-l", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", dir, err, out)
		}
	})
	return dir
}

func TestReadOnlyDataDirIsNamed(t *testing.T) {
	clearEnv(t)
	dir := mountTmpfs(t, "ro,size=1m")
	code, _, stderr := runCmd(t, "", "migrate", "-data-dir", dir)
	if code != 1 || !strings.Contains(stderr, "cannot be written") || strings.Contains(stderr, "out of memory") {
		t.Errorf("exit %d, stderr %q; want 1 and a message that the data dir cannot be written", code, stderr)
	}
}
