package no.smartmat.console.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.smartmat.reports.common.Address;
import no.smartmat.reports.common.TimeWindow;
import no.smartmat.reports.manifests.RemovedClient;
import no.smartmat.reports.manifests.StopChanges;
import org.junit.jupiter.api.Test;

class RouteComparisonTest {

    static final TimeWindow MORNING = TimeWindow.of("09:00", "11:00");
    static final TimeWindow MIDDAY = TimeWindow.of("11:00", "13:00");

    static RouteComparison.Visit visit(long clientId, String name, TimeWindow window) {
        return new RouteComparison.Visit(clientId, name, new Address("Gate " + clientId, "1337", "Sandvika"), window);
    }

    @Test
    void aClientNotOnLastWeeksRouteIsNew() {
        var result = RouteComparison.compare(List.of(visit(1, "Astrid", MORNING), visit(2, "Olav", MIDDAY)),
                List.of(visit(1, "Astrid", MORNING)));

        assertThat(result.of(2)).isEqualTo(StopChanges.clientAdded());
        assertThat(result.of(1)).isEqualTo(StopChanges.NONE);
        assertThat(result.removed()).isEmpty();
    }

    @Test
    void aClientWhoseWindowMovedCarriesLastWeeksWindow() {
        var result = RouteComparison.compare(List.of(visit(1, "Astrid", MIDDAY)), List.of(visit(1, "Astrid", MORNING)));

        assertThat(result.of(1).windowChanged()).isTrue();
        assertThat(result.of(1).previousWindow()).contains(MORNING);
        assertThat(result.of(1).newClient()).isFalse();
    }

    @Test
    void clientsGoneSinceLastWeekAreListedInLastWeeksDrivingOrderOnce() {
        var result = RouteComparison.compare(List.of(visit(2, "Olav", MIDDAY)),
                List.of(visit(3, "Åse Ødegård", MORNING), visit(2, "Olav", MIDDAY), visit(1, "Astrid", MORNING),
                        visit(3, "Åse Ødegård", MORNING)));

        assertThat(result.removed()).extracting(RemovedClient::clientName).containsExactly("Åse Ødegård", "Astrid");
        assertThat(result.removed().getFirst().address().oneLine()).isEqualTo("Gate 3, 1337 Sandvika");
    }

    @Test
    void theSameClientsInTheSameWindowsAreNoChangeEvenInAnotherOrder() {
        var result = RouteComparison.compare(List.of(visit(2, "Olav", MIDDAY), visit(1, "Astrid", MORNING)),
                List.of(visit(1, "Astrid", MORNING), visit(2, "Olav", MIDDAY)));

        assertThat(result.isEmpty()).isTrue();
    }

    @Test
    void withNothingLastWeekEveryClientIsNew() {
        var result = RouteComparison.compare(List.of(visit(1, "Astrid", MORNING)), List.of());

        assertThat(result.of(1).newClient()).isTrue();
        assertThat(result.removed()).isEmpty();
    }
}
