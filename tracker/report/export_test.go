package report

// NeedsBreak is the PDF's page-break rule for a heading, for the tests.
var NeedsBreak = needsBreak
