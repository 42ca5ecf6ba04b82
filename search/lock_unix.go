//go:build unix

package search

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// lockIndex takes the lock file beside the index directory (dir + ".lock":
// beside, not inside, because Rebuild swaps the directory), so that a
// second process fails at once with ErrInUse instead of waiting forever
// for Bleve's own file locks. Closing the file releases the lock, also when
// the process dies.
func lockIndex(dir string) (release func() error, err error) {
	path := filepath.Clean(dir) + ".lock"
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("lock search index: %w", err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o640)
	if err != nil {
		return nil, fmt.Errorf("lock search index: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s", ErrInUse, dir)
		}
		return nil, fmt.Errorf("lock search index: %w", err)
	}
	return f.Close, nil
}
