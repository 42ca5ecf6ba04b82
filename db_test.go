package lagesbild

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenSaysTheDataDirCannotBeWritten(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes to any directory; cmd/lagesbild's fault suite tests this on a read-only mount")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	_, err := Open(context.Background(), "", dir)
	if err == nil || !strings.Contains(err.Error(), "cannot be written") || !strings.Contains(err.Error(), "LAGESBILD_DATA_DIR") {
		t.Errorf("err = %v, want one that says the data dir cannot be written", err)
	}
}

func TestOpenSaysTheDataDirIsAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "data")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), "", file)
	if err == nil || !strings.Contains(err.Error(), "data dir") || strings.Contains(err.Error(), "out of memory") {
		t.Errorf("err = %v, want one that names the data dir", err)
	}
}
