package search

import (
	"errors"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

func TestParseQuery(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"word":                  {"journalsystemet", "journalsystemet"},
		"implicit AND":          {"vård journal", "vård AND journal"},
		"explicit AND":          {"vård AND journal", "vård AND journal"},
		"OR":                    {"vård OR omsorg", "vård OR omsorg"},
		"AND before OR":         {"a b OR c", "a AND b OR c"},
		"parentheses":           {"(vård OR omsorg) kaos", "(vård OR omsorg) AND kaos"},
		"nested parentheses":    {"((a))", "a"},
		"flattened":             {"a AND (b AND c)", "a AND b AND c"},
		"NOT":                   {"journal NOT kaos", "journal AND NOT kaos"},
		"minus":                 {"journal -kaos", "journal AND NOT kaos"},
		"minus phrase":          {`journal -"hela systemet"`, `journal AND NOT "hela systemet"`},
		"minus group":           {"journal -(kaos OR strejk)", "journal AND NOT (kaos OR strejk)"},
		"double negation":       {"NOT -kaos", "kaos"},
		"plus":                  {"+journal +kaos", "journal AND kaos"},
		"lone minus is a word":  {"covid - 19", "covid AND - AND 19"},
		"hyphenated word":       {"e-hälsa", "e-hälsa"},
		"phrase":                {`"hela  systemet låg nere"`, `"hela systemet låg nere"`},
		"prefix":                {"journalsystem*", "journalsystem*"},
		"Swedish operators":     {"vård och omsorg eller kaos inte strejk", "vård AND och AND omsorg OR kaos AND NOT strejk"},
		"Swedish capitals":      {"vård OCH omsorg ELLER kaos", "vård AND omsorg OR kaos"},
		"English only capitals": {"and or not", "and AND or AND not"},
		"eller as a word":       {"eller kaos", "eller AND kaos"},
		"inte at the end":       {"kaos inte", "kaos AND inte"},
		"och is a word":         {"och", "och"},
		"outlet quoted":         {`outlet:"Radio Väst"`, `outlet:"Radio Väst"`},
		"outlet word":           {"outlet:P4", "outlet:P4"},
		"kind alias":            {"typ:nyheter", "kind:news"},
		"kind case":             {"kind:Opinion", "kind:opinion"},
		"topic":                 {"ämne:12", "topic:12"},
		"title":                 {"rubrik:kaos title:\"hela systemet\"", `title:kaos AND title:"hela systemet"`},
		"unknown field is text": {"kl:17 http://x.se", "kl:17 AND http://x.se"},
		"genitive":              {"SÄS:s", "SÄS:s"},
		"operator as value":     {`outlet:"OR"`, `outlet:"OR"`},
		"not a filter":          {"-kind:opinion", "NOT kind:opinion"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			n, err := ParseQuery(tt.in)
			if err != nil {
				t.Fatalf("ParseQuery(%q): %v", tt.in, err)
			}
			if got := n.String(); got != tt.want {
				t.Errorf("ParseQuery(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseQueryEmpty(t *testing.T) {
	for _, q := range []string{"", "  ", "\t\n"} {
		if n, err := ParseQuery(q); n != nil || err != nil {
			t.Errorf("ParseQuery(%q) = %v, %v", q, n, err)
		}
	}
}

func TestParseQueryErrors(t *testing.T) {
	tests := map[string]struct {
		in   string
		pos  int
		want string // part of the Swedish message
	}{
		"unbalanced quote":     {`vård "hela systemet`, 5, "Citattecknet"},
		"unclosed paren":       {"(vård OR omsorg", 0, "Parentesen"},
		"stray closing paren":  {"vård)", 4, "Högerparentesen"},
		"empty parens":         {"vård ()", 5, "tom"},
		"OR at the end":        {"vård OR", 5, "OR behöver ett sökord efter sig"},
		"OR at the start":      {"OR vård", 0, "saknas ett sökord"},
		"AND at the start":     {"AND vård", 0, "AND behöver ett sökord före sig"},
		"AND AND":              {"vård AND AND omsorg", 5, "AND behöver ett sökord efter sig"},
		"NOT at the end":       {"vård NOT", 5, "NOT behöver ett sökord efter sig"},
		"field without value":  {"outlet: vård", 0, "saknar ett värde"},
		"unknown kind":         {"kind:blogg", 5, "Okänd typ"},
		"short prefix":         {"j*", 0, "minst 2 bokstäver"},
		"star inside":          {"jo*urnal", 0, "sist i ett ord"},
		"too deep":             {strings.Repeat("(", 30) + "a" + strings.Repeat(")", 30), 20, "nästlad"},
		"too many terms":       {strings.Repeat("a ", 70), 128, "för många sökord"},
		"invalid UTF-8":        {"vård \xff", -1, "UTF-8"},
		"too long":             {strings.Repeat("a", 3000), -1, "för lång"},
		"empty quoted outlet":  {`outlet:""`, 7, "saknar ett värde"},
		"OR right after paren": {"(OR a)", 1, "saknas ett sökord"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			n, err := ParseQuery(tt.in)
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("ParseQuery(%q) = %v, %v; want a QueryError", tt.in, n, err)
			}
			if qe.Field != "q" || qe.Pos != tt.pos || !strings.Contains(qe.Msg, tt.want) {
				t.Errorf("ParseQuery(%q): field %q pos %d msg %q; want pos %d and %q", tt.in, qe.Field, qe.Pos, qe.Msg, tt.pos, tt.want)
			}
		})
	}
}

func TestBleveQueryStopWordsOnly(t *testing.T) {
	q, err := BleveQuery("och det", false)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := q.(*query.MatchNoneQuery); !ok {
		t.Errorf("query %T, want MatchNone", q)
	}
	q, err = BleveQuery("", false)
	if _, ok := q.(*query.MatchAllQuery); !ok || err != nil {
		t.Errorf("query %T, %v; want MatchAll", q, err)
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		"journalsystemet", `"hela systemet" OR kaos`, "(a OR b) -c", `outlet:"Radio Väst" kind:opinion`,
		"journalsystem*", "NOT (a AND b)", "SÄS:s", "a OR (b", `"`, "--a", "-(-a)", "title:x*", "ämne:1 typ:egna",
		"och eller inte", "- + -", "(((a)))", `outlet:"OR" a`, "kl:17:30",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		n, err := ParseQuery(q)
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) || qe.Msg == "" {
				t.Fatalf("ParseQuery(%q): error %v is not a QueryError with a message", q, err)
			}
			return
		}
		if n == nil {
			if strings.TrimSpace(q) != "" && strings.Trim(q, " \t\n\r\v\f+") != "" {
				// Only white space and lone + may parse to nothing.
				t.Fatalf("ParseQuery(%q) = nil", q)
			}
			return
		}
		// The canonical form reads back the same.
		s := n.String()
		n2, err := ParseQuery(s)
		if err != nil {
			t.Fatalf("ParseQuery(%q) = %s, which does not parse: %v", q, s, err)
		}
		if n2 == nil || n2.String() != s {
			t.Fatalf("ParseQuery(%q) = %s, which reads back as %v", q, s, n2)
		}
		// Converting never panics.
		toQuery(n, queryOptions{compounds: true})
		newMarker(n, true, false).spans(q)
	})
}
