// Package report is the "Kommunikativ lägesbild" of a period: composed from
// the coverage (ingest's articles, through ingest's coverage queries), the
// register's figures (tracker) and its own tables — drafts, published
// reports, tone corrections, spokespersons and communication actions — and
// written as JSON, Markdown, HTML or PDF.
//
// Glossary (English identifier = Swedish term):
//
//	Action              kommunikativ åtgärd (pressmeddelande, nyhet …)
//	Report              Kommunikativ lägesbild för en period (dag, vecka, intervall)
//	Pressure            medietryck (låg, normal, hög, mycket hög)
//	Tone                ton på opinionsplats (kritisk, neutral, positiv)
//	ToneCorrection      analytikerns rättning av en texts ton
//	Spokesperson        talesperson
//	Draft               utkast: redaktörens punkter under rubrikerna
//	PublishedReport     publicerad lägesbild, en fryst version ("Sammanställt: …")
package report
