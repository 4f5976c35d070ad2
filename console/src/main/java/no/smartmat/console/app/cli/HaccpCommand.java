package no.smartmat.console.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.haccp.ColdUnitService;
import no.smartmat.console.haccp.Deviation;
import no.smartmat.console.haccp.Haccp;
import no.smartmat.console.haccp.HaccpBenchmark;
import no.smartmat.console.haccp.HaccpChain;
import no.smartmat.console.haccp.HaccpNumbers;
import no.smartmat.console.haccp.HaccpOverview;
import no.smartmat.console.haccp.HaccpReport;
import no.smartmat.console.haccp.HaccpReportWriter;
import no.smartmat.console.haccp.HaccpTimes;
import no.smartmat.console.haccp.LoggerFiles;
import no.smartmat.console.haccp.LoggerImportService;
import no.smartmat.console.haccp.MissingCheck;
import no.smartmat.console.haccp.RetentionService;
import no.smartmat.console.haccp.UnitFigures;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.Outcome;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "haccp", mixinStandardHelpOptions = true,
        subcommands = {HaccpCommand.Import.class, HaccpCommand.Report.class, HaccpCommand.Export.class,
                HaccpCommand.Verify.class, HaccpCommand.Status.class, HaccpCommand.Purge.class,
                HaccpCommand.Benchmark.class})
final class HaccpCommand {

    static Optional<Long> unitId(Haccp haccp, Optional<String> code, Messages m) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(haccp.units().byCode(code.get())
                .orElseThrow(() -> new CliFailure(m.get("haccp.import.unknownUnit", code.get()))).unit().id());
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import extends HeadlessCommand implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", descriptionKey = "file")
        Path file;

        @Option(names = "--unit", paramLabel = "CODE")
        Optional<String> unit = Optional.empty();

        @Option(names = "--source", paramLabel = "NAME")
        Optional<String> source = Optional.empty();

        @Option(names = "--timestamp-column", paramLabel = "COLUMN") Optional<String> timestampColumn = Optional.empty();

        @Option(names = "--timestamp-format", paramLabel = "PATTERN")
        Optional<String> timestampFormat = Optional.empty();

        @Option(names = "--value-column", paramLabel = "COLUMN") Optional<String> valueColumn = Optional.empty();

        @Option(names = "--fahrenheit") boolean fahrenheit;

        @Option(names = "--decimal-point")
        boolean decimalPoint;

        @Option(names = "--time-zone", paramLabel = "ZONE")
        Optional<String> timeZone = Optional.empty();

        @Option(names = "--skip-bad-lines")
        boolean skipBadLines;

        @Option(names = "--dry-run")
        boolean dryRun;

        @Override
        public Integer call() {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                err("cli.fileUnreadable", file, e.getMessage());
                return 1;
            }
            AppContext app = open();
            Messages m = messages();
            Optional<LoggerFiles.CsvMapping> mapping = Optional.empty();
            if (timestampColumn.isPresent() || valueColumn.isPresent() || timestampFormat.isPresent()) {
                if (timestampColumn.isEmpty() || valueColumn.isEmpty()) {
                    err("haccp.cli.mappingIncomplete");
                    return 1;
                }
                ZoneId zone;
                try {
                    zone = timeZone.map(ZoneId::of).orElse(app.zone());
                } catch (RuntimeException e) {
                    err("haccp.cli.badZone", timeZone.orElse(""));
                    return 1;
                }
                mapping = Optional.of(new LoggerFiles.CsvMapping(timestampColumn.get(), timestampFormat.orElse("ISO"),
                        valueColumn.get(), fahrenheit ? LoggerFiles.TemperatureUnit.F : LoggerFiles.TemperatureUnit.C,
                        !decimalPoint, zone));
            }
            LoggerImportService imports = app.haccp().imports();
            LoggerImportService.Preview preview = imports.preview(new LoggerImportService.Request(
                    file.getFileName().toString(), content, unit, source, mapping));
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter errOut = spec.commandLine().getErr();
            preview.notices().forEach(n -> out.println(m.render(n)));
            if (preview.fileError().isPresent()) {
                errOut.println(m.render(preview.fileError().get()));
                return 1;
            }
            preview.mapping().ifPresent(mp -> out.println(m.get(preview.mappingGuessed() ? "haccp.cli.mappingGuessed"
                    : "haccp.cli.mappingUsed", mp.timestampColumn(), mp.timestampPattern(), mp.valueColumn(),
                    mp.unit().name(), m.get(mp.decimalComma() ? "haccp.cli.comma" : "haccp.cli.point"), mp.zone().getId())));
            for (FieldError e : preview.errors()) {
                errOut.println(m.get("haccp.cli.problem", file.getFileName(), m.render(LoggerFiles.where(e.location())),
                        e.field(), e.value(), m.render(e.message())));
            }
            out.println(m.get("haccp.cli.preview", preview.planned().size(), preview.duplicatesInFile(),
                    preview.inSignedPeriods(), preview.errors().stream().map(FieldError::location).distinct().count()));
            if (!preview.canCommit(skipBadLines)) {
                err(preview.planned().isEmpty() ? "haccp.cli.nothingToImport" : "haccp.cli.refused");
                return 1;
            }
            if (dryRun) {
                out("cli.clients.dryRun");
                return 0;
            }
            switch (imports.commit(preview, skipBadLines, CurrentUser.headless())) {
                case Outcome.Done<LoggerImportService.Imported>(LoggerImportService.Imported o, var notices) -> {
                    out("haccp.cli.imported", o.added(), o.alreadyStored(), o.evaluation().raised(), o.evaluation().updated());
                    return 0;
                }
                case Outcome.Refused<LoggerImportService.Imported> refused -> {
                    errOut.println(m.render(refused.reason()));
                    refused.remedy(Outcome.Surface.COMMAND_LINE).ifPresent(r -> errOut.println(m.render(r)));
                    return 1;
                }
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true)
    static final class Report extends HeadlessCommand implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "DATE")
        DayArgument from;
        @Option(names = "--to", required = true, paramLabel = "DATE")
        DayArgument to;
        @Option(names = "--out", required = true, paramLabel = "FILE.pdf") Path out;
        @Option(names = "--unit", paramLabel = "CODE")
        Optional<String> unit = Optional.empty();

        @Override
        public Integer call() throws IOException {
            Messages m = messages();
            AppContext app = open();
            LocalDate f = day(from, app), t = day(to, app);
            if (t.isBefore(f)) {
                err("haccp.cli.toBeforeFrom");
                return 1;
            }
            Haccp haccp = app.haccp();
            Outcome<HaccpReportWriter.Written> outcome = haccp.writeReport(f, t, unitId(haccp, unit, m), out,
                    CurrentUser.headless());
            if (outcome instanceof Outcome.Refused<HaccpReportWriter.Written>(UserMessage reason, var errors, var remedy)) {
                spec.commandLine().getErr().println(m.render(reason));
                return 1;
            }
            HaccpReportWriter.Written written = ((Outcome.Done<HaccpReportWriter.Written>) outcome).value();
            written.result().warnings().forEach(w -> spec.commandLine().getErr().println(w.message()));
            out("haccp.cli.reportWritten", out.toAbsolutePath(), written.result().pageCount(), written.report().units().size(),
                    m.get(written.report().complete() ? "haccp.cli.complete" : "haccp.cli.incomplete"));
            HaccpReport.Retention retention = written.report().retention();
            if (retention.purgedWithin(f)) {
                out("haccp.retention.periodPurged", HaccpTimes.DATE.format(retention.lastPurge().orElseThrow().cutoff()));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export extends HeadlessCommand implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "DATE") DayArgument from;
        @Option(names = "--to", required = true, paramLabel = "DATE") DayArgument to;
        @Option(names = "--out", required = true, paramLabel = "FILE.csv") Path out;
        @Option(names = "--unit", paramLabel = "CODE") Optional<String> unit = Optional.empty();

        @Override
        public Integer call() throws IOException {
            Messages m = messages();
            AppContext app = open();
            LocalDate f = day(from, app), t = day(to, app);
            Haccp haccp = app.haccp();
            Optional<Long> id = unitId(haccp, unit, m);
            int rows;
            try (OutputStream o = Files.newOutputStream(out)) {
                rows = haccp.csvExport().write(f, t, id, new Messages(Messages.NORWEGIAN), o);
            }
            out("haccp.cli.exported", rows, out.toAbsolutePath());
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify extends HeadlessCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            AppContext app = open();
            Haccp haccp = app.haccp();
            HaccpChain.Verification v = haccp.verify();
            v.sincePurge().flatMap(id -> haccp.retention().purges().stream().filter(p -> p.id() == id).findFirst())
                    .ifPresent(p -> out("haccp.cli.verifyFromPurge", HaccpTimes.DATE.format(p.cutoff()),
                            HaccpTimes.format(p.purgedAt(), app.zone()), p.purgedBy()));
            if (v.intact()) {
                out("haccp.cli.verifyIntact", v.links(), v.head());
                return 0;
            }
            for (HaccpChain.Problem p : v.problems()) {
                err("haccp.verify." + p.kind(), p.entity(), String.valueOf(p.entityId()), String.valueOf(p.chainEntry()));
            }
            err("haccp.cli.verifyBroken", v.problems().size(), v.links());
            return 1;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status extends HeadlessCommand implements Callable<Integer> {
        @Option(names = "--from", paramLabel = "DATE")
        Optional<DayArgument> from = Optional.empty();
        @Option(names = "--to", paramLabel = "DATE")
        Optional<DayArgument> to = Optional.empty();
        @Option(names = "--unit", paramLabel = "CODE")
        Optional<String> unit = Optional.empty();

        @Override
        public Integer call() {
            AppContext app = open();
            Messages m = messages();
            HaccpOverview o = app.haccp().overview();
            ZoneId zone = app.zone();
            out("haccp.cli.statusDeviations", o.openDeviations().size());
            for (Deviation d : o.openDeviations()) {
                out("haccp.cli.statusDeviation", o.unitLabels().getOrDefault(d.unitId(), "?"),
                        m.get("haccp.deviationKind." + d.kind()), HaccpTimes.format(d.startedAt(), zone),
                        m.get("haccp.status." + d.status()));
            }
            out("haccp.cli.statusMissing", o.missingChecks().size());
            for (MissingCheck c : o.missingChecks()) {
                out("haccp.cli.statusMissingLine", o.unitLabels().getOrDefault(c.unitId(), "?"),
                        c.roundId().map(r -> m.get("haccp.occasion." + r)).orElse(m.get("haccp.missing.SENSOR_GAP")),
                        HaccpTimes.format(c.from(), zone), HaccpTimes.format(c.to(), zone));
            }
            out("haccp.cli.statusCalibrations", o.calibrations().size());
            for (ColdUnitService.Calibration c : o.calibrations()) {
                out("haccp.cli.statusCalibration", c.instrument(), c.usedFor(), HaccpTimes.DATE.format(c.due()),
                        m.get(c.overdue() ? "haccp.cli.overdue" : "haccp.cli.dueSoon"));
            }
            if (from.isPresent() || to.isPresent()) {
                LocalDate f = day(from.or(() -> to).orElseThrow(), app);
                LocalDate t = day(to.or(() -> from).orElseThrow(), app);
                if (t.isBefore(f)) {
                    err("haccp.cli.toBeforeFrom");
                    return 1;
                }
                period(app.haccp(), f, t, unitId(app.haccp(), unit, m), m);
            }
            return 0;
        }

        /** Each unit's figures and completeness over the period: what the report prints, from the same builder. */
        private void period(Haccp haccp, LocalDate f, LocalDate t, Optional<Long> unitId, Messages m) {
            HaccpReport report = haccp.reports().build(f, t, unitId, CurrentUser.headless().displayName());
            out("haccp.cli.statusPeriod", HaccpTimes.DATE.format(f), HaccpTimes.DATE.format(t),
                    m.get(report.complete() ? "haccp.cli.complete" : "haccp.cli.incomplete"));
            report.incomplete().forEach(issue -> out("haccp.cli.statusIssue", m.render(issue)));
            java.util.Locale l = m.locale();
            for (HaccpReport.UnitSection s : report.units()) {
                UnitFigures fig = s.figures();
                String figures = fig.mean().isEmpty() ? "" : m.get("haccp.cli.statusFigures",
                        HaccpNumbers.celsius(fig.min().getAsDouble(), l), HaccpNumbers.celsius(fig.max().getAsDouble(), l),
                        HaccpNumbers.celsius(fig.mean().getAsDouble(), l),
                        HaccpNumbers.decimal(100 * fig.inRange().orElse(0), l),
                        m.get(fig.weighting() == UnitFigures.Weighting.TIME ? "haccp.cli.statusShareTime"
                                : "haccp.cli.statusShareCount"));
                if (fig.suppressed() > 0) {
                    figures += m.get("haccp.cli.statusSuppressed", fig.suppressed());
                }
                out("haccp.cli.statusUnit", s.unit().label(), fig.readings(), figures, s.deviations().size(),
                        s.missingChecks().size(), s.complete() ? m.get("haccp.cli.statusComplete")
                                : m.get("haccp.cli.statusIncomplete", String.join(", ",
                                s.incomplete().stream().map(m::render).toList())));
            }
        }
    }

    @Command(name = "benchmark", mixinStandardHelpOptions = true)
    static final class Benchmark extends HeadlessCommand implements Callable<Integer> {
        @Option(names = "--days", paramLabel = "N")
        int days = 30;
        @Option(names = "--sensors", paramLabel = "N")
        int sensors = 5;

        @Override
        public Integer call() throws IOException {
            Path dir = Files.createTempDirectory("smartmat-haccp-benchmark");
            PrintWriter out = spec.commandLine().getOut();
            try {
                AppContext app = AppContext.open(dir, java.time.Clock.systemDefaultZone());
                HaccpBenchmark.run(app.haccp(), app.db().file(), app.clock(), days, sensors, line -> {
                    out.println(line);
                    out.flush();
                });
            } finally {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return 0;
        }
    }

    @Command(name = "purge", mixinStandardHelpOptions = true)
    static final class Purge extends HeadlessCommand implements Callable<Integer> {
        @Option(names = "--before", paramLabel = "DATE")
        Optional<DayArgument> before = Optional.empty();

        @Option(names = "--older-than-retention")
        boolean olderThanRetention;

        @Option(names = "--yes")
        boolean yes;

        @Override
        public Integer call() {
            Messages m = messages();
            if (before.isPresent() == olderThanRetention) {
                err("haccp.cli.purgeWhich");
                return 1;
            }
            AppContext app = open();
            RetentionService retention = app.haccp().retention();
            LocalDate cutoff = before.map(b -> day(b, app)).orElse(retention.latestCutoff());
            Validated<RetentionService.Plan> planned = retention.plan(cutoff);
            if (!planned.isValid()) {
                planned.errors().forEach(e -> spec.commandLine().getErr().println(m.render(e.message())));
                return 1;
            }
            RetentionService.Plan plan = ((Validated.Valid<RetentionService.Plan>) planned).value();
            RetentionService.Counts c = plan.counts();
            if (c.records() == 0) {
                out("haccp.retention.nothing", HaccpTimes.DATE.format(cutoff));
                return 0;
            }
            ZoneId zone = app.zone();
            out("haccp.cli.purgePlan", HaccpTimes.DATE.format(cutoff), c.readings(), c.deviations(), c.actions(),
                    c.signOffs(), c.links(), plan.oldest().map(t -> HaccpTimes.format(t, zone)).orElse("–"),
                    plan.newest().map(t -> HaccpTimes.format(t, zone)).orElse("–"), plan.retentionYears());
            if (plan.olderKept() > 0) {
                out("haccp.cli.purgeOlderKept", plan.olderKept());
            }
            if (!yes && !confirmed(m)) {
                err("haccp.cli.purgeNotConfirmed");
                return 1;
            }
            Validated<RetentionService.Purge> done = retention.purge(cutoff, CurrentUser.headless());
            if (!done.isValid()) {
                done.errors().forEach(e -> spec.commandLine().getErr().println(m.render(e.message())));
                return 1;
            }
            RetentionService.Purge p = ((Validated.Valid<RetentionService.Purge>) done).value();
            out("haccp.cli.purged", p.counts().records(), HaccpTimes.DATE.format(p.cutoff()), p.counts().links());
            return 0;
        }

        /** Asks at a terminal only: a script without --yes is refused rather than left waiting for an answer. */
        private boolean confirmed(Messages m) {
            java.io.Console console = System.console();
            if (console == null || !console.isTerminal()) {
                return false;
            }
            String answer = console.readLine("%s", m.get("haccp.cli.purgeConfirm"));
            return answer != null && java.util.Set.of("ja", "j", "yes", "y").contains(answer.strip().toLowerCase(m.locale()));
        }
    }
}
