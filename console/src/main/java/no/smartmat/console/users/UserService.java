package no.smartmat.console.users;

import no.smartmat.console.access.Role;
import no.smartmat.console.access.CurrentUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;
import no.smartmat.console.validation.Validated;

/** People who log in to the console: authentication, roles, and re-entering the password for sign-off. */
public final class UserService {

    private final Database db;
    private final UserRepository repository;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public UserService(Database db, UserRepository repository, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.db = db;
        this.repository = repository;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<User> authenticate(String username, char[] password) {
        Optional<User> user = repository.byUsername(db.dsl(), normalise(username))
                .filter(s -> s.user().active() && hasher.verify(password, s.passwordHash()))
                .map(UserRepository.Stored::user);
        user.ifPresent(u -> db.transactionRun(tx -> repository.loggedIn(tx, u.id(), clock.instant())));
        return user;
    }

    /** A supervisor action asks for the password again, so a console left logged in cannot sign. */
    public boolean confirmPassword(CurrentUser user, char[] password) {
        return user.id().flatMap(id -> repository.byId(db.dsl(), id))
                .map(s -> hasher.verify(password, s.passwordHash()))
                .orElse(false);
    }

    public User create(String username, String displayName, Role role, char[] password, CurrentUser by) {
        String hash = hasher.hash(password);
        return db.transaction(tx -> {
            User created = repository.insert(tx, normalise(username), displayName, role, hash, clock.instant());
            audit.record(tx, by, "CREATE", "app_user", String.valueOf(created.id()), created.username() + " " + role);
            return created;
        });
    }

    public static final String USERNAME = "username", DISPLAY_NAME = "displayName", PASSWORD = "password",
            REPEAT = "passwordRepeat";

    /** An administrator adds an account: the rules, a free user name, then one transaction with its audit entry. */
    public Validated<User> add(String username, String displayName, Role role, char[] password, char[] repeat, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> name = AccountRules.username(USERNAME, username, errors);
        name.filter(n -> repository.usernameTaken(db.dsl(), normalise(n)))
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
            repository.setPasswordHash(tx, userId, hash);
            User user = repository.byId(tx, userId).orElseThrow().user();
            audit.record(tx, by, "PASSWORD", "app_user", String.valueOf(userId), user.username());
            return user;
        }));
    }

    /**
     * Someone who left is deactivated, not deleted: their name stays on every record they signed. Nobody
     * deactivates themselves or the last active administrator, or the console would have no way back.
     */
    public Validated<User> setActive(long userId, boolean active, CurrentUser by) {
        return db.transaction(tx -> {
            User user = repository.byId(tx, userId).orElseThrow().user();
            if (!active && by.id().equals(Optional.of(userId))) {
                return Validated.<User>invalid(List.of(FieldError.of(USERNAME, user.username(), "users.validation.notYourself")));
            }
            boolean lastAdmin = user.role() == Role.ADMIN && user.active() && repository.activeWithRole(tx, Role.ADMIN) == 1;
            if (!active && lastAdmin) {
                return Validated.<User>invalid(List.of(FieldError.of(USERNAME, user.username(), "users.validation.lastAdmin")));
            }
            repository.setActive(tx, userId, active);
            audit.record(tx, by, active ? "ACTIVATE" : "DEACTIVATE", "app_user", String.valueOf(userId), user.username());
            return Validated.valid(repository.byId(tx, userId).orElseThrow().user());
        });
    }

    public List<Account> accounts() {
        return repository.all(db.dsl()).stream()
                .map(s -> new Account(s.user(), s.createdAt(), s.lastLoginAt())).toList();
    }

    public List<User> all() {
        return repository.all(db.dsl()).stream().map(UserRepository.Stored::user).toList();
    }

    public boolean anyExist() {
        return repository.anyExist(db.dsl());
    }

    private static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
