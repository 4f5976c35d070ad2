package no.smartmat.console.app;

import java.nio.file.Path;
import java.time.Instant;

/** A second process for {@link InstanceLockTest}: takes the folder's lock, says so, and holds it until stdin closes. */
public final class LockHolderMain {

    private LockHolderMain() {}

    public static void main(String[] args) throws Exception {
        var lock = InstanceLock.tryAcquire(Path.of(args[0]), Instant.parse("2026-11-23T09:15:00Z"));
        System.out.println(lock.isPresent() ? "LOCKED" : "REFUSED");
        System.out.flush();
        while (System.in.read() != -1) {
            // hold the lock
        }
    }
}
