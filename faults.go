package lagesbild

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"

	sqlite "github.com/glebarez/go-sqlite"
	"github.com/jackc/pgx/v5/pgconn"
)

// Unavailable tells whether err means that the database could not be
// reached or did not answer in time: refused or lost connections, timeouts
// (the statement's deadline included), a server shutting down or out of
// connections, a SQLite file locked for longer than the busy timeout. Such a
// request may succeed when tried again; nothing of it was committed.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch {
		case strings.HasPrefix(pgErr.Code, "08"): // connection exception
			return true
		case pgErr.Code == "57P01", pgErr.Code == "57P02", pgErr.Code == "57P03": // shutting down, cannot connect now
			return true
		case pgErr.Code == "57014", pgErr.Code == "25P03": // statement or idle-in-transaction timeout
			return true
		case pgErr.Code == "53300": // too many connections
			return true
		}
		return false
	}
	var connectErr *pgconn.ConnectError
	var netErr net.Error
	var sqliteErr *sqlite.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), pgconn.Timeout(err):
		return true
	case errors.As(err, &connectErr), errors.As(err, &netErr):
		return true
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, sql.ErrConnDone), errors.Is(err, io.ErrUnexpectedEOF):
		return true
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return true
	case errors.As(err, &sqliteErr):
		switch sqliteErr.Code() & 0xff {
		case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
			return true
		}
	}
	s := err.Error()
	return strings.Contains(s, "conn closed") || strings.Contains(s, "connection refused") ||
		strings.Contains(s, "failed to connect") || strings.Contains(s, "timeout: context")
}

// StorageFull tells whether err means that the database could not write
// because its disk is full (or its file cannot be written any more).
func StorageFull(err error) bool {
	if err == nil {
		return false
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code == "53100" // disk_full
	}
	var sqliteErr *sqlite.Error
	if errors.As(err, &sqliteErr) {
		switch sqliteErr.Code() & 0xff {
		case 13, 8: // SQLITE_FULL, SQLITE_READONLY
			return true
		case 10: // SQLITE_IOERR: a write that failed (ENOSPC shows as this too)
			return true
		}
	}
	s := err.Error()
	return errors.Is(err, syscall.ENOSPC) || strings.Contains(s, "database or disk is full") ||
		strings.Contains(s, "no space left on device")
}
