package no.smartmat.console.users;

import no.smartmat.console.access.Role;
import no.smartmat.console.access.CurrentUser;
import static no.smartmat.console.db.jooq.Tables.APP_USER;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.db.jooq.tables.records.AppUserRecord;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;
import no.smartmat.console.validation.Validated;

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

    public static final String USERNAME = "username", DISPLAY_NAME = "displayName", PASSWORD = "password",
            REPEAT = "passwordRepeat";

    /** An administrator adds an account: the rules, a free user name, then one transaction with its audit entry. */
    public Validated<User> add(String username, String displayName, Role role, char[] password, char[] repeat, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> name = AccountRules.username(USERNAME, username, errors);
        name.filter(n -> db.dsl().fetchExists(APP_USER, APP_USER.USERNAME.eq(normalise(n))))
                .ifPresent(n -> errors.add(FieldError.of(USERNAME, n, "users.validation.taken")));
        Fields.required(DISPLAY_NAME, displayName, errors);
        AccountRules.password(PASSWORD, REPEAT, password, repeat, errors);
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        return Validated.valid(create(username, displayName.strip(), role, password, by));
    }

    /** A forgotten password is replaced by the administrator; the old one stops working at once. */
    public Validated<User> setPassword(long userId, char[] password, char[] repeat, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        if (!AccountRules.password(PASSWORD, REPEAT, password, repeat, errors)) {
            return Validated.invalid(errors);
        }
        String hash = hasher.hash(password);
        return Validated.valid(db.transaction(tx -> {
            tx.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).where(APP_USER.ID.eq(userId)).execute();
            AppUserRecord r = tx.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle();
            audit.record(tx, by, "PASSWORD", "app_user", String.valueOf(userId), r.getUsername());
            return toUser(r);
        }));
    }

    /**
     * Someone who left is deactivated, not deleted: their name stays on every record they signed. Nobody
     * deactivates themselves or the last active administrator, or the console would have no way back.
     */
    public Validated<User> setActive(long userId, boolean active, CurrentUser by) {
        return db.transaction(tx -> {
            AppUserRecord r = tx.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle();
            if (!active && by.id().equals(Optional.of(userId))) {
                return Validated.<User>invalid(List.of(FieldError.of(USERNAME, r.getUsername(), "users.validation.notYourself")));
            }
            boolean lastAdmin = Role.valueOf(r.getRole()) == Role.ADMIN && r.getIsActive()
                    && tx.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.ADMIN.name()).and(APP_USER.IS_ACTIVE.isTrue())) == 1;
            if (!active && lastAdmin) {
                return Validated.<User>invalid(List.of(FieldError.of(USERNAME, r.getUsername(), "users.validation.lastAdmin")));
            }
            tx.update(APP_USER).set(APP_USER.IS_ACTIVE, active).where(APP_USER.ID.eq(userId)).execute();
            audit.record(tx, by, active ? "ACTIVATE" : "DEACTIVATE", "app_user", String.valueOf(userId), r.getUsername());
            return Validated.valid(toUser(tx.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle()));
        });
    }

    public List<Account> accounts() {
        return db.dsl().selectFrom(APP_USER).orderBy(APP_USER.USERNAME)
                .fetch(r -> new Account(toUser(r), r.getCreatedAt(), Optional.ofNullable(r.getLastLoginAt())));
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
