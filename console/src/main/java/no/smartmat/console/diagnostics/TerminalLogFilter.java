package no.smartmat.console.diagnostics;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The terminal gets warnings and the console's own information lines; the log file gets everything at INFO
 * (Flyway's migrations, the solver's phases). A logger level cannot say both, so the terminal filters.
 */
public final class TerminalLogFilter extends Filter<ILoggingEvent> {

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        boolean ours = event.getLoggerName().startsWith("no.smartmat");
        return ours && event.getLevel().isGreaterOrEqual(Level.INFO) ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
