package no.smartmat.console.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.demo.DemoData;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.users.PasswordHasher;
import no.smartmat.console.access.Role;
import no.smartmat.console.users.User;

/**
 * A real kitchen on a real SQLite file in a test's temporary folder, with a fixed clock. Passwords use a
 * cheap hash (1,000 iterations) so tests do not spend seconds on PBKDF2.
 */
public final class TestKitchen {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** A Monday: the demo has deliveries every weekday of this week and the next. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private TestKitchen() {}

    public static Clock clockAt(LocalDateTime localTime) {
        return Clock.fixed(localTime.atZone(OSLO).toInstant(), OSLO);
    }

    /** An empty kitchen (schema only) with the clock at {@code MONDAY 10:00}. */
    public static AppContext empty(Path dir) {
        return empty(dir, clockAt(MONDAY.atTime(10, 0)));
    }

    public static AppContext empty(Path dir, Clock clock) {
        // Every service at once, as the window builds them: a configuration a feature refuses fails here.
        return AppContext.open(dir, clock, new PasswordHasher(1_000)).buildAll();
    }

    /** The full demo kitchen (990 clients, orders for two weeks from {@code MONDAY}); takes about two seconds. */
    public static AppContext demo(Path dir) {
        AppContext app = empty(dir);
        app.demo().create(MONDAY, step -> {});
        return app;
    }

    public static AppContext demo(Path dir, Clock clock) {
        AppContext app = empty(dir, clock);
        app.demo().create(LocalDate.now(clock), step -> {});
        return app;
    }

    /** A logged-in user of the given role, created if missing (password {@code "secret-password"}). */
    public static CurrentUser user(AppContext app, Role role) {
        String name = role.name().toLowerCase(java.util.Locale.ROOT) + "-test";
        User user = app.users().all().stream().filter(u -> u.username().equals(name)).findFirst()
                .orElseGet(() -> app.users().create(name, "Test " + role, role, "secret-password".toCharArray(),
                        CurrentUser.headless("test")));
        return user.asCurrent();
    }
}
