// Package tracker is the register (diariet) of the press office: document
// requests and press inquiries, their state machine, register numbers, due
// dates in Swedish working days, the audit trail, the register's figures for
// a report period, and the people who work the register. The lägesbild
// report built on them is in tracker/report.
//
// Glossary (English identifier = Swedish term):
//
//	DocumentRequest     begäran om allmän handling (HA)
//	PressInquiry        pressförfrågan (PF)
//	Released            handlingen lämnas ut
//	PartiallyReleased   handlingen lämnas ut med maskningar (delvis avslag)
//	Refused             avslag – ett överklagbart beslut med stöd i OSL
//	Withdrawn           begäran återkallad
//	Forwarded           överlämnad till annan myndighet
//	LegalGround         sekretessbestämmelse, t.ex. "OSL 25 kap. 1 §"
//	AppealInstruction   överklagandehänvisning
//	Delegation          delegation att fatta beslut för en enhet
//	DueAt               intern handläggningsrutin enligt JO:s praxis ("skyndsamt")
//	Unit                förvaltning/enhet
//	Period              rapportperiod, hela dagar i svensk tid, båda ändar inräknade
package tracker
