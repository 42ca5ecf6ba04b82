package tracker

import (
	"testing"
	"time"
)

// The register reads SQLite's times in one pass; every shape the driver
// writes comes out as the same instant as time.Parse would give.
func TestParseSQLiteTime(t *testing.T) {
	for _, s := range []string{
		"2024-11-19 09:00:00+00:00",
		"2024-11-19 09:00:00.123456+00:00",
		"2024-11-19 10:00:00.5+01:00",
		"2025-03-30 23:59:59.999999999-02:30",
	} {
		want, err := time.Parse("2006-01-02 15:04:05.999999999-07:00", s)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := parseSQLiteTime(s)
		if !ok || !got.Equal(want) {
			t.Errorf("parseSQLiteTime(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "2024-11-19", "2024-11-19T09:00:00Z", "2024-11-19 09:00:00", "2024-11-19 09:00:00.+00:00", "2024-1x-19 09:00:00+00:00"} {
		if _, ok := parseSQLiteTime(s); ok {
			t.Errorf("parseSQLiteTime(%q) accepted a shape it does not know", s)
		}
		var d dbTime
		if err := d.Scan(s); err == nil && s != "2024-11-19" && s != "2024-11-19T09:00:00Z" && s != "2024-11-19 09:00:00" {
			t.Errorf("dbTime.Scan(%q) = %v, want an error", s, d.Time)
		}
	}
}
