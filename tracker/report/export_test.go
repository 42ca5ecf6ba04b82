package report

// SeriesKey exposes seriesKey to the tests.
var SeriesKey = seriesKey
