package no.smartmat.console.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.smartmat.console.i18n.UserMessage;

/**
 * One console window per data folder: an operating-system lock on {@code <data dir>/smartmat.lock}, held for the
 * life of the window and released by the OS even if the process dies. The file tells a refused second start who
 * holds it (PID and start time). The lock is taken on a byte far past the text, because Windows locks are
 * mandatory and would otherwise keep the second process from reading who holds it.
 */
public final class InstanceLock implements AutoCloseable {

    public static final String FILE_NAME = "smartmat.lock";
    private static final long LOCKED_BYTE = 1L << 30;

    /** Who holds a folder, as far as its lock file tells. */
    public record Holder(Optional<Long> pid, Optional<Instant> since) {}

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder's lock, or says who holds it. A refused attempt writes nothing, also not the lock file's
     * text.
     */
    public static Optional<InstanceLock> tryAcquire(Path dataDir, Instant now) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // this JVM already holds it
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            String text = "pid=" + ProcessHandle.current().pid() + "\nstarted=" + now + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return Optional.of(new InstanceLock(channel, lock));
        } catch (IOException e) {
            throw new LockException(UserMessage.of("app.lock.error", file, e.getMessage()), e);
        }
    }

    /** What the lock file says about the process holding it; empty fields when it cannot be read. */
    public static Holder holder(Path dataDir) {
        try {
            Optional<Long> pid = Optional.empty();
            Optional<Instant> since = Optional.empty();
            for (String line : Files.readAllLines(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
                if (line.startsWith("pid=")) {
                    pid = Optional.of(Long.parseLong(line.substring(4).strip()));
                } else if (line.startsWith("started=")) {
                    since = Optional.of(Instant.parse(line.substring(8).strip()));
                }
            }
            return new Holder(pid, since);
        } catch (IOException | NumberFormatException | DateTimeParseException e) {
            return new Holder(Optional.empty(), Optional.empty());
        }
    }

    /** The message for a refused start: the folder, and the holder's PID and start time when known. */
    public static UserMessage busyMessage(Path dataDir) {
        Holder holder = holder(dataDir);
        if (holder.pid().isPresent() && holder.since().isPresent()) {
            return UserMessage.of("app.lock.busy", dataDir, holder.pid().get(), java.util.Date.from(holder.since().get()));
        }
        return UserMessage.of("app.lock.busyUnknown", dataDir);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the operating system releases it with the process at the latest
        }
    }

    /** The lock file cannot be created or written (a read-only folder). */
    public static final class LockException extends RuntimeException {
        private final UserMessage userMessage;

        LockException(UserMessage userMessage, IOException cause) {
            super(cause.getMessage(), cause);
            this.userMessage = userMessage;
        }

        public UserMessage userMessage() {
            return userMessage;
        }
    }
}
