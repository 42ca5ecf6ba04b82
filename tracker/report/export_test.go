package report

// WithTrend is setTrend for the tests.
func WithTrend(pr Pressure, previous, days int) Pressure {
	pr.setTrend(previous, days)
	return pr
}

// NeedsBreak is the PDF's page-break rule for a heading, for the tests.
var NeedsBreak = needsBreak

// SeriesKey exposes seriesKey to the tests.
var SeriesKey = seriesKey
