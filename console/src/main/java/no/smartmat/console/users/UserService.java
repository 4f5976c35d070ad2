package no.smartmat.console.users;

import static no.smartmat.console.db.jooq.Tables.APP_USER;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.db.jooq.tables.records.AppUserRecord;

/** People who log in to the console: authentication, roles, and re-entering the password for sign-off. */
public final class UserService {

    private final Database db;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public UserService(Database db, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<User> authenticate(String username, char[] password) {
        Optional<AppUserRecord> found = db.dsl().selectFrom(APP_USER)
                .where(APP_USER.USERNAME.eq(normalise(username)).and(APP_USER.IS_ACTIVE.isTrue()))
                .fetchOptional();
        Optional<User> user = found.filter(r -> hasher.verify(password, r.getPasswordHash())).map(UserService::toUser);
        user.ifPresent(u -> db.transactionRun(tx -> tx.update(APP_USER).set(APP_USER.LAST_LOGIN_AT, clock.instant())
                .where(APP_USER.ID.eq(u.id())).execute()));
        return user;
    }

    /** A supervisor action asks for the password again, so a console left logged in cannot sign. */
    public boolean confirmPassword(CurrentUser user, char[] password) {
        return user.id().flatMap(id -> db.dsl().selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional())
                .map(r -> hasher.verify(password, r.getPasswordHash()))
                .orElse(false);
    }

    public User create(String username, String displayName, Role role, char[] password, CurrentUser by) {
        String hash = hasher.hash(password);
        return db.transaction(tx -> {
            AppUserRecord r = tx.insertInto(APP_USER)
                    .set(APP_USER.USERNAME, normalise(username))
                    .set(APP_USER.DISPLAY_NAME, displayName)
                    .set(APP_USER.ROLE, role.name())
                    .set(APP_USER.PASSWORD_HASH, hash)
                    .set(APP_USER.IS_ACTIVE, true)
                    .set(APP_USER.CREATED_AT, clock.instant())
                    .returning().fetchOne();
            audit.record(tx, by, "CREATE", "app_user", String.valueOf(r.getId()), normalise(username) + " " + role);
            return toUser(r);
        });
    }

    public List<User> all() {
        return db.dsl().selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(UserService::toUser);
    }

    public boolean anyExist() {
        return db.dsl().fetchExists(APP_USER);
    }

    private static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static User toUser(AppUserRecord r) {
        return new User(r.getId(), r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRole()), r.getIsActive());
    }
}
