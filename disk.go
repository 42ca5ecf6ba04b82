package lagesbild

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrDiskLow: the data dir has less free space than its floor. Ingest stops
// there, so that the register keeps room for cases.
var ErrDiskLow = errors.New("free disk space is below the floor")

// Disk watches the free space of the data dir.
type Disk struct {
	Dir   string
	Floor uint64 // bytes that ingest leaves free
}

// Check returns the free bytes and ErrDiskLow when they are below the floor.
// A nil Disk, or a system where free space cannot be read, never is low.
func (d *Disk) Check() (free uint64, err error) {
	if d == nil {
		return 0, nil
	}
	free, err = freeSpace(d.Dir)
	if errors.Is(err, errors.ErrUnsupported) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("free space of %s: %w", d.Dir, err)
	}
	if free < d.Floor {
		return free, fmt.Errorf("%w: %d MB free in %s, floor %d MB", ErrDiskLow, free>>20, d.Dir, d.Floor>>20)
	}
	return free, nil
}

// InstanceID names this instance for as long as its data dir lives: the
// host's name and a random id kept in the file instance-id, made on first
// use. Feed leases carry it, so that a restarted instance knows its own.
func InstanceID(dataDir string) (string, error) {
	host, _ := os.Hostname()
	if host == "" {
		host = "localhost"
	}
	if len(host) > 100 {
		host = host[:100]
	}
	path := filepath.Join(dataDir, "instance-id")
	b, err := os.ReadFile(path)
	if id := strings.TrimSpace(string(b)); err == nil && id != "" {
		return host + "-" + id, nil
	}
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("read instance id: %w", err)
	}
	var r [8]byte
	if _, err := rand.Read(r[:]); err != nil {
		return "", err
	}
	id := hex.EncodeToString(r[:])
	if err := os.WriteFile(path, []byte(id+"\n"), 0o640); err != nil {
		return "", fmt.Errorf("write instance id: %w", err)
	}
	return host + "-" + id, nil
}
