package no.smartmat.console.users;

import no.smartmat.console.access.Role;
import no.smartmat.console.access.CurrentUser;
import static no.smartmat.console.db.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.TestKitchen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserServiceTest {

    @TempDir
    Path dir;

    @Test
    void passwordsAreStoredAsSaltedPbkdf2HashesNeverInClear() {
        AppContext app = TestKitchen.empty(dir);
        app.users().create("Kari", "Kari Koordinator", Role.COORDINATOR, "hemmelig-passord".toCharArray(), CurrentUser.headless("t"));

        String stored = app.db().dsl().select(APP_USER.PASSWORD_HASH).from(APP_USER).fetchSingle(APP_USER.PASSWORD_HASH);

        assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain("hemmelig");
        assertThat(app.users().authenticate("kari", "hemmelig-passord".toCharArray())).isPresent();
        assertThat(app.users().authenticate("KARI ", "hemmelig-passord".toCharArray())).isPresent();
        assertThat(app.users().authenticate("kari", "feil-passord".toCharArray())).isEmpty();
        assertThat(app.users().authenticate("ola", "hemmelig-passord".toCharArray())).isEmpty();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        String a = hasher.hash("smartmat".toCharArray());
        String b = hasher.hash("smartmat".toCharArray());
        assertThat(a).isNotEqualTo(b);
        assertThat(hasher.verify("smartmat".toCharArray(), a)).isTrue();
        assertThat(hasher.verify("smartmat".toCharArray(), b)).isTrue();
    }

    @Test
    void aSupervisorMustReenterThePasswordAndOnlyTheirOwn() {
        AppContext app = TestKitchen.empty(dir);
        User supervisor = app.users().create("vigdis", "Vigdis", Role.SUPERVISOR, "vigdis-passord".toCharArray(), CurrentUser.headless("t"));
        app.users().create("kare", "Kåre", Role.KITCHEN, "kare-passord".toCharArray(), CurrentUser.headless("t"));

        assertThat(app.users().confirmPassword(supervisor.asCurrent(), "vigdis-passord".toCharArray())).isTrue();
        assertThat(app.users().confirmPassword(supervisor.asCurrent(), "kare-passord".toCharArray())).isFalse();
        assertThat(app.users().confirmPassword(CurrentUser.headless("t"), "vigdis-passord".toCharArray())).isFalse();
        assertThat(supervisor.role().canSignOff()).isTrue();
        assertThat(Role.KITCHEN.canSignOff()).isFalse();
    }

    @Test
    void everyChangeNamesTheUserInTheAuditLog() {
        AppContext app = TestKitchen.empty(dir);
        User admin = app.users().create("admin", "Åse Admin", Role.ADMIN, "admin-passord".toCharArray(), CurrentUser.headless("root"));
        app.users().create("ola", "Ola", Role.KITCHEN, "ola-passord1".toCharArray(), admin.asCurrent());

        assertThat(app.audit().latest(app.db().dsl(), 10)).extracting(e -> e.username() + " " + e.action() + " " + e.details())
                .containsExactly("admin CREATE ola KITCHEN", "cli:root CREATE admin ADMIN");
    }
}
