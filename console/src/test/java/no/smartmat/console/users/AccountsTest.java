package no.smartmat.console.users;

import no.smartmat.console.access.Role;
import no.smartmat.console.access.CurrentUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {

    @TempDir
    Path dir;

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    void anAdministratorAddsAnAccountAndEveryRuleIsNamedAtItsField() {
        AppContext app = TestKitchen.empty(dir);
        User admin = app.users().create("ingrid", "Ingrid Ødegård", Role.ADMIN, pw("riktig-hest"), CurrentUser.headless("t"));
        CurrentUser by = admin.asCurrent();

        assertThat(app.users().add("per olsen", " ", Role.KITCHEN, pw("kort"), pw("kort"), by).errors())
                .extracting(FieldError::field, e -> e.message().key())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(UserService.USERNAME, "users.validation.username"),
                        org.assertj.core.groups.Tuple.tuple(UserService.DISPLAY_NAME, "validation.required"),
                        org.assertj.core.groups.Tuple.tuple(UserService.PASSWORD, "users.validation.passwordShort"));
        assertThat(app.users().add("INGRID", "Ingrid To", Role.KITCHEN, pw("riktig-hest"), pw("riktig-hest"), by).errors())
                .extracting(e -> e.message().key()).containsExactly("users.validation.taken");
        assertThat(app.users().all()).hasSize(1);

        assertThat(app.users().add("per", "Per Ås", Role.SUPERVISOR, pw("veileder-1"), pw("veileder-1"), by).isValid()).isTrue();
        assertThat(app.users().authenticate("per", pw("veileder-1")))
                .hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.SUPERVISOR));
        assertThat(app.users().accounts()).extracting(a -> a.user().username()).containsExactly("ingrid", "per");
        assertThat(app.audit().forEntity(app.db().dsl(), "app_user", String.valueOf(app.users().accounts().get(1).user().id())))
                .singleElement().satisfies(e -> assertThat(e.username()).isEqualTo("ingrid"));
    }

    @Test
    void aNewPasswordReplacesTheOldAndADeactivatedAccountCannotLogIn() {
        AppContext app = TestKitchen.empty(dir);
        User admin = app.users().create("ingrid", "Ingrid", Role.ADMIN, pw("riktig-hest"), CurrentUser.headless("t"));
        User per = app.users().create("per", "Per", Role.KITCHEN, pw("gammelt-passord"), CurrentUser.headless("t"));

        assertThat(app.users().setPassword(per.id(), pw("nytt-passord"), pw("nytt-passrod"), admin.asCurrent()).errors())
                .extracting(FieldError::field).containsExactly(UserService.REPEAT);
        assertThat(app.users().authenticate("per", pw("gammelt-passord"))).isPresent();
        assertThat(app.users().setPassword(per.id(), pw("nytt-passord"), pw("nytt-passord"), admin.asCurrent()).isValid()).isTrue();
        assertThat(app.users().authenticate("per", pw("gammelt-passord"))).isEmpty();
        assertThat(app.users().authenticate("per", pw("nytt-passord"))).isPresent();

        assertThat(app.users().setActive(per.id(), false, admin.asCurrent()).isValid()).isTrue();
        assertThat(app.users().authenticate("per", pw("nytt-passord"))).isEmpty();
        assertThat(app.users().setActive(per.id(), true, admin.asCurrent()).isValid()).isTrue();
        assertThat(app.users().authenticate("per", pw("nytt-passord"))).isPresent();
    }

    @Test
    void nobodyLocksTheConsoleOut() {
        AppContext app = TestKitchen.empty(dir);
        User ingrid = app.users().create("ingrid", "Ingrid", Role.ADMIN, pw("riktig-hest"), CurrentUser.headless("t"));
        User ola = app.users().create("ola", "Ola", Role.ADMIN, pw("riktig-hest"), CurrentUser.headless("t"));

        assertThat(app.users().setActive(ingrid.id(), false, ingrid.asCurrent()).errors())
                .extracting(e -> e.message().key()).containsExactly("users.validation.notYourself");
        assertThat(app.users().setActive(ola.id(), false, ingrid.asCurrent()).isValid()).isTrue();
        // Ola, now the only other admin, is gone; Ingrid is the last one and a headless run cannot remove her either.
        assertThat(app.users().setActive(ingrid.id(), false, CurrentUser.headless("t")).errors())
                .extracting(e -> e.message().key()).containsExactly("users.validation.lastAdmin");
        assertThat(app.users().authenticate("ingrid", pw("riktig-hest"))).isPresent();
    }
}
