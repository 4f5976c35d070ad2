package no.smartmat.console.diagnostics;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The log file lives with the kitchen's data ({@code <data dir>/logs/smartmat.log}), so whoever helps a kitchen asks
 * for one folder. It rolls daily and at 10 MB, keeps 30 days and at most 200 MB: a kitchen PC runs for years
 * without anyone looking at its disk.
 */
public final class Logging {

    static final String APPENDER = "DATA_FOLDER_FILE";
    public static final String FILE_NAME = "smartmat.log";

    private Logging() {}

    /** Sends the log to {@code dataDir}'s log folder from now on (replacing an earlier folder); returns the file. */
    public static synchronized Path toDataFolder(Path dataDir) {
        Path folder = dataDir.resolve("logs");
        Path file = folder.resolve(FILE_NAME);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return file; // another SLF4J binding in a test class path: nothing to configure
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) instanceof RollingFileAppender<ILoggingEvent> current
                && Path.of(current.getFile()).equals(file)) {
            return file;
        }
        var previous = root.getAppender(APPENDER);
        if (previous != null) {
            root.detachAppender(previous);
            previous.stop();
        }

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(folder.resolve("smartmat-%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        return file;
    }

    /** The file the log goes to, once a data folder is known. */
    public static Optional<Path> currentFile() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(APPENDER)
                        instanceof RollingFileAppender<ILoggingEvent> appender) {
            return Optional.of(Path.of(appender.getFile()));
        }
        return Optional.empty();
    }
}
