// Package mail is the press mailbox: intake by IMAP and by an SMTP receiver
// into an inbox of messages (suggestions for each: kind, outlet, deadline,
// personnummer), registering or attaching a message to a case, the documents
// stored with cases, and the outbox every outgoing message goes through.
//
// It owns its tables (mail_messages, mail_attachments, case_documents,
// mail_outbox) and works on cases only through tracker.Store.
//
// Glossary: inkorg = inbox, handling = document, utgående post = outbox,
// avskriven = dismissed as not a request.
package mail
