package report

// WithTrend is setTrend for the tests.
func WithTrend(pr Pressure, previous, days int) Pressure {
	pr.setTrend(previous, days)
	return pr
}
