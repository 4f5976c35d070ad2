package no.smartmat.console.users;

import static no.smartmat.console.db.jooq.Tables.APP_USER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.access.Role;
import no.smartmat.console.db.jooq.tables.records.AppUserRecord;
import org.jooq.DSLContext;

/** The accounts people log in with; user names are stored as typed at creation, lower case. */
public final class UserRepository {

    /** An account with what only logging in needs: its password hash. */
    public record Stored(User user, String passwordHash, Instant createdAt, Optional<Instant> lastLoginAt) {}

    public Optional<Stored> byUsername(DSLContext ctx, String username) {
        return ctx.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(UserRepository::stored);
    }

    public Optional<Stored> byId(DSLContext ctx, long id) {
        return ctx.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(UserRepository::stored);
    }

    public boolean usernameTaken(DSLContext ctx, String username) {
        return ctx.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public boolean anyExist(DSLContext ctx) {
        return ctx.fetchExists(APP_USER);
    }

    public int activeWithRole(DSLContext ctx, Role role) {
        return ctx.fetchCount(APP_USER, APP_USER.ROLE.eq(role).and(APP_USER.IS_ACTIVE.isTrue()));
    }

    public List<Stored> all(DSLContext ctx) {
        return ctx.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(UserRepository::stored);
    }

    public User insert(DSLContext tx, String username, String displayName, Role role, String passwordHash, Instant at) {
        return toUser(tx.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.IS_ACTIVE, true)
                .set(APP_USER.CREATED_AT, at)
                .returning().fetchOne());
    }

    public void setPasswordHash(DSLContext tx, long id, String passwordHash) {
        tx.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(id)).execute();
    }

    public void setActive(DSLContext tx, long id, boolean active) {
        tx.update(APP_USER).set(APP_USER.IS_ACTIVE, active).where(APP_USER.ID.eq(id)).execute();
    }

    public void loggedIn(DSLContext tx, long id, Instant at) {
        tx.update(APP_USER).set(APP_USER.LAST_LOGIN_AT, at).where(APP_USER.ID.eq(id)).execute();
    }

    private static Stored stored(AppUserRecord r) {
        return new Stored(toUser(r), r.getPasswordHash(), r.getCreatedAt(), Optional.ofNullable(r.getLastLoginAt()));
    }

    private static User toUser(AppUserRecord r) {
        return new User(r.getId(), r.getUsername(), r.getDisplayName(), r.getRole(), r.getIsActive());
    }
}
