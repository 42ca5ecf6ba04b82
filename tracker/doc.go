// Package tracker is the register (diariet) of the press office: document
// requests and press inquiries, their state machine, register numbers, due
// dates in Swedish working days, the audit trail, communication actions, and
// the people who work the register.
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
//	Action              kommunikativ åtgärd (pressmeddelande, nyhet …)
//	Report              Kommunikativ lägesbild för en period (dag, vecka, intervall)
//	Period              rapportperiod, hela dagar i svensk tid, båda ändar inräknade
//	Pressure            medietryck (låg, normal, hög, mycket hög)
//	Tone                ton på opinionsplats (kritisk, neutral, positiv)
//	ToneCorrection      analytikerns rättning av en texts ton
//	Spokesperson        talesperson
//	Draft               utkast: redaktörens punkter under rubrikerna
//	PublishedReport     publicerad lägesbild, en fryst version ("Sammanställt: …")
package tracker
