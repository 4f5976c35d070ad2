package no.smartmat.console.diagnostics;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import org.slf4j.Logger;

/**
 * Logback's start-up configuration, in code rather than logback.xml: reading an XML configuration costs a headless
 * command a third of a second of XML parsing and reflection at every start. Until the data folder is known only the
 * terminal gets log lines, and only what a person running a headless command should see ({@link TerminalLogFilter});
 * {@link Logging} adds the rolling file in {@code <data dir>/logs} once the folder is chosen. Found by logback through
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class TerminalLogging extends ContextAwareBase implements ch.qos.logback.classic.spi.Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getStatusManager().add(new NopStatusListener());

        TerminalLogFilter filter = new TerminalLogFilter();
        filter.setContext(context);
        filter.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss} %-5level %logger{0} - %msg%n");
        encoder.start();

        ConsoleAppender<ILoggingEvent> terminal = new ConsoleAppender<>();
        terminal.setContext(context);
        terminal.setName("TERMINAL");
        terminal.setTarget("System.err");
        terminal.addFilter(filter);
        terminal.setEncoder(encoder);
        terminal.start();

        context.getLogger("org.optaplanner").setLevel(Level.INFO);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(terminal);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
