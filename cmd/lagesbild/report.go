package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// reportFormats are the forms `lagesbild report` writes.
var reportFormats = []string{"md", "html", "pdf", "docx", "json"}

// runReport writes the lägesbild of a period (today by default) as
// Markdown, a printable HTML page, a PDF, a Word document or the API's JSON,
// to stdout or a file.
func runReport(ctx context.Context, args []string, s streams) error {
	var from, to, week, date, since, topic, format, out, audienceFlag string
	var audience report.Audience
	cmd, err := openCommand(ctx, "report", args, s, func(fs *flag.FlagSet) {
		fs.StringVar(&from, "from", "", "first day of the period, YYYY-MM-DD")
		fs.StringVar(&to, "to", "", "last day of the period, YYYY-MM-DD, included (default: the --from day)")
		fs.StringVar(&week, "week", "", "an ISO week instead of --from/--to, e.g. 2024-W47")
		fs.StringVar(&date, "date", "", "one day instead of --from/--to, YYYY-MM-DD")
		fs.StringVar(&since, "since", "", `"last" (since the last published report) or a time such as 2024-11-19T16:45, with --to as the last day (default: today); `+
			"the default period is since the last published report, or today when none is")
		fs.StringVar(&audienceFlag, "audience", "external", "external, or internal: with the spokespersons' phone numbers")
		fs.StringVar(&topic, "topic", "", "narrow the coverage to one monitored topic")
		fs.StringVar(&format, "format", "md", "md, html, pdf, docx or json")
		fs.StringVar(&out, "out", "", "write the report to this file instead of stdout")
	}, func() error {
		format = strings.ToLower(strings.TrimSpace(format))
		if !slices.Contains(reportFormats, format) {
			return usageError(fmt.Sprintf("report: --format %q: want md, html, pdf, docx or json", format))
		}
		var err error
		if audience, err = report.ParseAudience(audienceFlag); err != nil {
			return usageError(fmt.Sprintf("report: --audience %q: want internal or external", audienceFlag))
		}
		return nil
	})
	if err != nil {
		return err
	}
	defer cmd.close()

	reports := report.NewStore(cmd.db, cmd.store, cmd.cfg.reportOptions())
	p, err := reportPeriod(ctx, reports, report.PeriodQuery{Date: date, Week: week, From: from, To: to, Since: since}, topic)
	if err != nil {
		return err
	}
	opts := reportSources(ingest.NewStore(cmd.db, nil), cmd.cfg.Authority)
	opts.Topic = topic
	r, err := reports.Compose(ctx, p, opts)
	var v *tracker.ValidationError
	if errors.As(err, &v) {
		return usageError("report: " + flagMessages(v))
	}
	if err != nil {
		return fmt.Errorf("compose the report for %s: %w", p, err)
	}
	r = r.ForAudience(audience)
	var buf bytes.Buffer
	switch format {
	case "md":
		err = report.WriteMarkdown(&buf, r)
	case "html":
		err = report.WriteHTML(&buf, r, report.HTMLOptions{Page: true})
	case "pdf":
		err = report.WritePDF(&buf, r)
	case "docx":
		err = report.WriteDocx(&buf, r)
	case "json":
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		err = enc.Encode(r)
	}
	if err != nil {
		return err
	}
	if out == "" {
		_, err = s.out.Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write the report: %w", err)
	}
	cmd.logger.Info("report written", "period", p.String(), "format", format, "bytes", buf.Len())
	fmt.Fprintf(s.err, "wrote the lägesbild for %s (%s) to %s\n", r.Label, format, out)
	return nil
}

// reportSources are the report's coverage and mention counts, straight from
// the articles table: the report needs no search index. The authority's name
// is never a theme.
func reportSources(feeds *ingest.Store, authority string) report.ComposeOptions {
	cov := report.NewArticleCoverage(feeds, report.ArticleCoverageOptions{Organisation: authority})
	return report.ComposeOptions{Coverage: cov, Mentions: cov}
}

// reportPeriod reads the period flags as the web reads its parameters
// (report.PeriodQuery): one of --week, --date, --from/--to or --since; none
// is the daily report's period (since the last published report, or today).
func reportPeriod(ctx context.Context, reports *report.Store, q report.PeriodQuery, topic string) (tracker.Period, error) {
	var p tracker.Period
	var err error
	if q.Empty() {
		p, err = reports.DefaultPeriod(ctx, topic)
	} else {
		p, err = reports.Period(ctx, q, topic)
	}
	var v *tracker.ValidationError
	if errors.As(err, &v) {
		return p, usageError("report: " + flagMessages(v))
	}
	return p, err
}

// flagMessages lists a validation error's problems by flag: "--to: Slutdatumet …".
func flagMessages(v *tracker.ValidationError) string {
	keys := make([]string, 0, len(v.Fields))
	for k := range v.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = "--" + k + ": " + v.Fields[k]
	}
	return strings.Join(parts, "; ")
}
