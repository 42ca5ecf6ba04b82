// Package alert tells analysts about new coverage of what they follow: a
// subscription to a monitored topic or a query (a saved search) is matched
// against every indexed batch of new articles (percolation, see
// search.Percolator), and turns into notifications in the app and mail
// through the outbox. Instant subscriptions are batched every few minutes
// and alert once per story group however many outlets carry it; spike
// subscriptions alert when a day's volume rises above the normal state by a
// factor; digest subscriptions wait for the morning digest. Quiet hours
// hold the mail back.
//
// The package owns its tables (alert_subscriptions, alert_pending,
// notifications, alert_progress) and their migrations ("alert/0001_…").
package alert
