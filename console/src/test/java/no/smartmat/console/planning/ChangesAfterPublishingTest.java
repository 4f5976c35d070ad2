package no.smartmat.console.planning;

import static no.smartmat.console.db.jooq.Tables.AUDIT_LOG;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.PUBLISHED_STOP_CHANGE;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.clients.ClientRegisterImport;
import no.smartmat.console.delivery.ChangeResolution;
import no.smartmat.console.delivery.StopChangeKind;
import no.smartmat.console.delivery.StopStatus;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.orders.ImportFile;
import no.smartmat.console.orders.ImportOutcome;
import no.smartmat.console.orders.Resolutions;
import no.smartmat.console.printing.DocumentKind;
import no.smartmat.console.printing.PrintJob;
import no.smartmat.console.validation.Outcome;
import no.smartmat.console.printing.PrintScope;
import no.smartmat.console.printing.RenderedDocument;
import no.smartmat.console.slots.TimeWindow;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.planner.solver.SolveLimits;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a stop of a published day changes afterwards is said where it is made (the service's result names day,
 * version, route and client), recorded against the published version, shown as the day's open changes, and told
 * to whoever prints; the documents keep printing the published plan. The demo kitchen on Monday 10:00 with
 * Tuesday planned and published; each test changes its own clients, the last ones settle the day.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangesAfterPublishingTest {

    static final LocalDate TUESDAY = TestKitchen.MONDAY.plusDays(1);
    static final TimeWindow WHOLE_DAY = new TimeWindow(LocalTime.of(9, 0), LocalTime.of(15, 0));
    static final TimeWindow MIDDAY = new TimeWindow(LocalTime.of(11, 0), LocalTime.of(13, 0));

    @TempDir
    static Path dir;
    static AppContext app;
    static CurrentUser coordinator;
    static StoredPlan published;

    @BeforeAll
    static void tuesdayPublished() {
        app = TestKitchen.demo(dir);
        coordinator = TestKitchen.user(app, Role.COORDINATOR);
        published = app.planning().planDay(TUESDAY, SolveLimits.seconds(3), true, coordinator, p -> {});
    }

    /** The n-th stop (in van order) of the published plan whose window is the whole day, with its route. */
    record OnRoute(long stopId, long clientId, String clientNumber, String clientName, String van, StoredPlan.StoredStop stop) {}

    static OnRoute wholeDayStop(int n) {
        return published.routes().stream().flatMap(r -> r.stops().stream()
                        .filter(s -> s.windowStart().equals(WHOLE_DAY.start()) && s.windowEnd().equals(WHOLE_DAY.end()))
                        .map(s -> {
                            var c = app.db().dsl().select(CLIENT.ID, CLIENT.CLIENT_NUMBER, CLIENT.NAME).from(STOP)
                                    .join(CLIENT).on(CLIENT.ID.eq(STOP.CLIENT_ID)).where(STOP.ID.eq(s.stopId())).fetchSingle();
                            return new OnRoute(s.stopId(), c.value1(), c.value2(), c.value3(), r.vehicleCode(), s);
                        }))
                .skip(n).findFirst().orElseThrow();
    }

    static List<PublishedChange> openFor(OnRoute s) {
        return app.planning().changesAfterPublishing(TUESDAY).stream().filter(c -> c.stopId() == s.stopId()).toList();
    }

    static List<UserMessage> changeNotices(List<UserMessage> notices) {
        return notices.stream().filter(n -> n.key().startsWith("planning.changed.") && !n.key().endsWith(".advice")).toList();
    }

    static String text(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static RenderedDocument print(DocumentKind kind, PrintScope scope) {
        Outcome<RenderedDocument> out = app.printing().render(TUESDAY,
                new PrintJob(kind, scope, app.printing().settings().current()), coordinator);
        return ((Outcome.Done<RenderedDocument>) out).value();
    }

    @Test
    @Order(1)
    void publishingMakesTheStopsOfItsRoutesPublishedAndNothingIsChangedYet() {
        Set<Long> onRoutes = published.routes().stream().flatMap(r -> r.stops().stream()).map(StoredPlan.StoredStop::stopId)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(app.db().dsl().select(STOP.ID, STOP.STATUS).from(STOP).where(STOP.DELIVERY_DATE.eq(TUESDAY)).fetch())
                .allSatisfy(r -> assertThat(r.value2()).as("stop " + r.value1())
                        .isEqualTo(onRoutes.contains(r.value1()) ? StopStatus.PUBLISHED : StopStatus.OPEN));
        assertThat(app.planning().changesAfterPublishing(TUESDAY)).isEmpty();
    }

    @Test
    @Order(2)
    void aNewWindowIsSaidWhereItIsBookedAndTheDocumentsKeepThePublishedOne() {
        OnRoute s = wholeDayStop(0);

        Outcome<UserMessage> result = app.bookings().book(s.clientId(), TUESDAY, MIDDAY, false, coordinator);

        assertThat(result).isInstanceOf(Outcome.Done.class);
        List<UserMessage> notices = ((Outcome.Done<UserMessage>) result).notices();
        assertThat(changeNotices(notices)).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("planning.changed.WINDOW");
            assertThat(n.args().subList(1, 7)).containsExactly(1, s.van(), s.clientName(), s.clientNumber(), "09:00–15:00",
                    "11:00–13:00");
        });
        assertThat(notices.getLast()).isEqualTo(PublishedChange.ADVICE);
        assertThat(openFor(s)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(StopChangeKind.WINDOW);
            assertThat(c.planVersion()).isEqualTo(published.version());
            assertThat(c.vanCode()).contains(s.van());
            assertThat(c.before()).isEqualTo("09:00-15:00");
            assertThat(c.after()).isEqualTo("11:00-13:00");
            assertThat(c.changedBy()).isEqualTo(coordinator.username());
        });

        // The stop moved, the published plan did not: its arrival is only right for the window it was solved against.
        RenderedDocument manifest = print(DocumentKind.MANIFESTS, PrintScope.route(s.van()));
        RenderedDocument labels = print(DocumentKind.LABELS, PrintScope.client(s.clientNumber()));
        String eta = s.stop().serviceStart().toString();
        assertThat(text(manifest.pdf())).contains(s.clientName()).contains(eta + " Vindu 09:00–15:00")
                .doesNotContain("11:00–13:00 " + s.clientName());
        assertThat(text(labels.pdf())).contains("kl. 09:00–15:00").doesNotContain("11:00–13:00");
        assertThat(manifest.changedAfterPublishing()).extracting(PublishedChange::stopId).contains(s.stopId());
        assertThat(labels.changedAfterPublishing()).extracting(PublishedChange::stopId).containsExactly(s.stopId());
    }

    @Test
    @Order(3)
    void bookingTheWindowBackClosesTheChangeAsReverted() {
        OnRoute s = wholeDayStop(1);
        app.bookings().book(s.clientId(), TUESDAY, MIDDAY, false, coordinator);
        assertThat(openFor(s)).hasSize(1);

        Outcome<UserMessage> back = app.bookings().revertToStanding(s.clientId(), TUESDAY, false, coordinator);

        assertThat(changeNotices(((Outcome.Done<UserMessage>) back).notices())).isEmpty();
        assertThat(openFor(s)).isEmpty();
        assertThat(app.db().dsl().select(PUBLISHED_STOP_CHANGE.RESOLUTION).from(PUBLISHED_STOP_CHANGE)
                .where(PUBLISHED_STOP_CHANGE.STOP_ID.eq(s.stopId())).fetch(PUBLISHED_STOP_CHANGE.RESOLUTION))
                .containsExactly(ChangeResolution.REVERTED);
    }

    @Test
    @Order(4)
    void aPauseOnThePublishedDayIsSaid() {
        OnRoute s = wholeDayStop(2);

        Outcome<UserMessage> result = app.bookings().pause(s.clientId(), TUESDAY, TUESDAY.plusDays(3), "Sykehus", false, coordinator);

        assertThat(changeNotices(((Outcome.Done<UserMessage>) result).notices())).extracting(UserMessage::key)
                .containsExactly("planning.changed.PAUSED");
        assertThat(openFor(s)).extracting(PublishedChange::kind).containsExactly(StopChangeKind.PAUSED);
    }

    @Test
    @Order(5)
    void anImportThatAddsBagsToAPublishedStopOrAStopToThePublishedDaySaysSo() {
        OnRoute s = wholeDayStop(3);
        String otherDaysClient = app.db().dsl().select(CLIENT.CLIENT_NUMBER).from(CLIENT)
                .whereNotExists(app.db().dsl().selectOne().from(STOP).where(STOP.CLIENT_ID.eq(CLIENT.ID))
                        .and(STOP.DELIVERY_DATE.eq(TUESDAY)))
                .orderBy(CLIENT.ID).limit(1).fetchSingle(CLIENT.CLIENT_NUMBER);
        String csv = "supplier;batchReference;deliveryDate;orderReference;clientNumber;kind;zone;packages;description\n"
                + "Fjordfrukt AS;FF-TEST;" + TUESDAY + ";FF-1;" + s.clientNumber() + ";dagligvare;FRYS;1;Frysepose\n"
                + "Fjordfrukt AS;FF-TEST;" + TUESDAY + ";FF-2;" + otherDaysClient + ";dagligvare;KJØL;1;Kjølepose\n";
        var preview = app.orderImport().preview(List.of(ImportFile.of("fjordfrukt.csv", csv.getBytes(StandardCharsets.UTF_8))),
                Progress.NONE).getFirst();

        ImportOutcome outcome = app.orderImport().commit(preview, Resolutions.NONE, coordinator, Progress.NONE);

        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(outcome.afterPublishing()).extracting(PublishedChange::kind, PublishedChange::clientNumber)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(StopChangeKind.PACKAGES, s.clientNumber()),
                        org.assertj.core.groups.Tuple.tuple(StopChangeKind.ADDED, otherDaysClient));
        PublishedChange bags = outcome.afterPublishing().stream().filter(c -> c.kind() == StopChangeKind.PACKAGES)
                .findFirst().orElseThrow();
        var planned = s.stop().packages();
        assertThat(bags.before()).isEqualTo(PublishedChange.packagesText(planned));
        assertThat(bags.after()).isEqualTo(PublishedChange.packagesText(
                new no.smartmat.planner.scenario.Capacity(planned.chilled(), planned.frozen() + 1, planned.ambient())));
        assertThat(bags.message().args().get(6)).as("as a person reads it")
                .isEqualTo("KJØL " + planned.chilled() + ", FRYS " + (planned.frozen() + 1) + ", TØRR " + planned.ambient());
        assertThat(outcome.afterPublishing()).filteredOn(c -> c.kind() == StopChangeKind.ADDED)
                .singleElement().satisfies(c -> assertThat(c.vanCode()).isEmpty());
    }

    @Test
    @Order(6)
    void aNewAddressFromTheClientRegisterIsSaidForTheRouteThatGoesToTheOldOne() {
        OnRoute s = wholeDayStop(4);
        String csv = "clientNumber;name;address;postcode;city\n" + s.clientNumber() + ";" + s.clientName()
                + ";Nyveien 1;1337;Sandvika\n";
        ClientRegisterImport.Preview preview = app.clientRegisterImport().preview("register.csv",
                csv.getBytes(StandardCharsets.UTF_8));

        ClientRegisterImport.Outcome outcome = app.clientRegisterImport().commit(preview, Set.of(), coordinator).orElseThrow();

        assertThat(outcome.updated()).isEqualTo(1);
        assertThat(changeNotices(outcome.notices())).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("planning.changed.ADDRESS");
            assertThat(n.args().get(2)).isEqualTo(s.van());
            assertThat(n.args().get(6)).isEqualTo("Nyveien 1, 1337 Sandvika");
        });
        assertThat(outcome.notices().getLast()).isEqualTo(PublishedChange.ADVICE);
    }

    @Test
    @Order(7)
    void aClientEndedBeforeThePublishedDayIsSaid() {
        OnRoute s = wholeDayStop(5);

        var changed = app.clients().deactivate(s.clientId(), TestKitchen.MONDAY, coordinator);

        assertThat(changeNotices(changed.notices())).extracting(UserMessage::key)
                .containsExactly("planning.changed.CLIENT_INACTIVE");
    }

    @Test
    @Order(8)
    void acceptingKeepsThePublishedPlanAndClosesEveryOpenChange() {
        List<PublishedChange> open = app.planning().changesAfterPublishing(TUESDAY);
        assertThat(open).extracting(PublishedChange::kind).contains(StopChangeKind.WINDOW, StopChangeKind.PAUSED,
                StopChangeKind.PACKAGES, StopChangeKind.ADDED, StopChangeKind.ADDRESS, StopChangeKind.CLIENT_INACTIVE);

        int accepted = app.planning().acceptChangesAfterPublishing(TUESDAY, coordinator);

        assertThat(accepted).isEqualTo(open.size());
        assertThat(app.planning().changesAfterPublishing(TUESDAY)).isEmpty();
        assertThat(print(DocumentKind.LABELS, PrintScope.all()).changedAfterPublishing()).isEmpty();
        assertThat(app.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("ACCEPT_CHANGES"))).isEqualTo(1);
        // An accepted difference is not recorded again by the next change of the day.
        app.bookings().book(wholeDayStop(6).clientId(), TUESDAY, MIDDAY, false, coordinator);
        assertThat(app.planning().changesAfterPublishing(TUESDAY)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(StopChangeKind.WINDOW));
    }

    @Test
    @Order(9)
    void publishingANewVersionSettlesTheChangesItWasSolvedWith() {
        OnRoute moved = wholeDayStop(6);

        StoredPlan v2 = app.planning().planDay(TUESDAY, SolveLimits.seconds(2), true, coordinator, p -> {});

        assertThat(v2.version()).isEqualTo(2);
        assertThat(app.planning().changesAfterPublishing(TUESDAY)).isEmpty();
        assertThat(app.db().dsl().select(PUBLISHED_STOP_CHANGE.RESOLUTION).from(PUBLISHED_STOP_CHANGE)
                .where(PUBLISHED_STOP_CHANGE.STOP_ID.eq(moved.stopId())).fetch(PUBLISHED_STOP_CHANGE.RESOLUTION))
                .containsExactly(ChangeResolution.REPLANNED);
        StoredPlan.StoredStop again = v2.routes().stream().flatMap(r -> r.stops().stream())
                .filter(x -> x.stopId() == moved.stopId()).findFirst().orElseThrow();
        assertThat(Optional.of(new TimeWindow(again.windowStart(), again.windowEnd()))).contains(MIDDAY);
        assertThat(again.serviceStart()).isBetween(MIDDAY.start(), MIDDAY.end());
    }
}
