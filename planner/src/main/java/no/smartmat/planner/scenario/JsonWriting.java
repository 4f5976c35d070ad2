package no.smartmat.planner.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalTime;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/** Shared writing conventions: UTF-8, indented, times as HH:MM (HH:MM:SS when seconds are not 0). */
final class JsonWriting {

    private JsonWriting() {
    }

    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = JsonFields.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        return g;
    }

    static String time(LocalTime t) {
        return t.getSecond() == 0
                ? String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())
                : String.format(Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    }
}
