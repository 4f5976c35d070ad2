package no.smartmat.console.haccp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.i18n.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every reading of a period as written (corrected rows included and marked), for a spreadsheet in a Norwegian
 * locale: ';' separated, decimal comma, dd.MM.yyyy HH:mm, UTF-8 with BOM so Excel shows æøå. Negative numbers get
 * an ASCII hyphen: Java's Norwegian format writes U+2212, which Excel reads as text.
 */
public final class HaccpCsvExport {

    private final HaccpRepository repo;
    private final ColdUnitService units;
    private final ReadingService readings;
    private final Clock clock;

    public HaccpCsvExport(HaccpRepository repo, ColdUnitService units, ReadingService readings, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.readings = readings;
        this.clock = clock;
    }

    /** Writes the period's readings; returns how many rows (without the header). */
    public int write(LocalDate from, LocalDate to, Optional<Long> unitId, Messages messages, OutputStream out)
            throws IOException {
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        NumberFormat decimal = NumberFormat.getNumberInstance(Messages.NORWEGIAN);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(2);
        decimal.setGroupingUsed(false);
        Map<Long, String> names = repo.userNames();
        int rows = 0;
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        CSVPrinter csv = new CSVPrinter(writer, format);
        csv.printRecord(List.of("Enhet", "Navn", "Type", "Målt", "Registrert", "Temperatur (°C)", "Nivå", "Kilde",
                "Metode", "Instrument", "Anledning", "Sen registrering", "Registrert av", "Status", "Korrigerer måling",
                "Begrunnelse", "Måling-ID"));
        for (ColdUnitService.WatchedUnit w : units.watched()) {
            if (unitId.map(id -> id != w.unit().id()).orElse(false)) {
                continue;
            }
            List<Reading> written = repo.allReadings(w.unit().id(), start, end, names);
            Set<Long> corrected = new HashSet<>();
            written.forEach(r -> r.correctsId().ifPresent(corrected::add));
            // Each row judged by the same rule as the screens and the report (a cooling end paired with its start):
            // the valid rows among themselves, a corrected one among the rows as written.
            ReadingRule rule = readings.rule(w);
            Map<Long, Verdict> valid = rule.judgeAll(written.stream().filter(r -> !corrected.contains(r.id())).toList());
            Map<Long, Verdict> asWritten = rule.judgeAll(written);
            for (Reading r : written) {
                boolean isCorrected = corrected.contains(r.id()) || repo.isCorrected(r.id());
                Level level = valid.getOrDefault(r.id(), asWritten.get(r.id())).level();
                csv.printRecord(w.unit().code(), w.unit().name(), messages.get("haccp.kind." + w.unit().kind()),
                        HaccpTimes.format(r.measuredAt(), zone), HaccpTimes.format(r.recordedAt(), zone),
                        decimal.format(r.celsius()).replace('\u2212', '-'), messages.get("haccp.level." + level),
                        messages.get("haccp.source." + r.source()), messages.get("haccp.method." + r.method()),
                        r.instrumentId(), r.occasion().isEmpty() ? "" : messages.get("haccp.occasion." + r.occasion()),
                        r.late() ? "ja" : "nei", r.recordedBy(),
                        messages.get(isCorrected ? "haccp.csv.status.corrected" : "haccp.csv.status.valid"),
                        r.correctsId().map(String::valueOf).orElse(""), r.correctionReason().orElse(""),
                        String.valueOf(r.id()));
                rows++;
            }
        }
        csv.flush();
        return rows;
    }
}
