package no.smartmat.console.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import no.smartmat.console.i18n.Messages;
import no.smartmat.reports.common.Zone;
import org.junit.jupiter.api.Test;

/** The handling rule: the bag's zone decides where it goes, the client's wish decides whether the driver puts it there. */
class HandlingTest {

    @Test
    void aClientWhoWantsTheFoodPutAwayGetsEachBagIntoThePlaceItsZoneNeeds() {
        assertThat(Handling.of(Zone.CHILLED, true)).contains(Handling.FRIDGE);
        assertThat(Handling.of(Zone.FROZEN, true)).contains(Handling.FREEZER);
        assertThat(Handling.of(Zone.AMBIENT, true)).contains(Handling.CUPBOARD);
    }

    @Test
    void frozenFoodIsNeverToldToGoInAFridge() {
        for (boolean putAway : new boolean[] {true, false}) {
            assertThat(Handling.of(Zone.FROZEN, putAway)).isNotEqualTo(Optional.of(Handling.FRIDGE));
        }
        assertThat(Handling.FREEZER.words(new Messages(Messages.NORWEGIAN)).text()).doesNotContain("KJØLESKAP");
    }

    @Test
    void aClientWhoDoesNotGetsNoInstructionOnAnyBag() {
        for (Zone zone : Zone.values()) {
            assertThat(Handling.of(zone, false)).as(zone.name()).isEmpty();
        }
    }

    @Test
    void everyInstructionHasItsWordsAndAShortFormInBothLanguages() {
        for (Messages m : new Messages[] {new Messages(Messages.NORWEGIAN), new Messages(Messages.ENGLISH)}) {
            for (Handling h : Handling.values()) {
                var words = h.words(m);
                assertThat(words.text()).as(h + " " + m.locale()).isNotBlank().contains(words.shortText());
            }
        }
    }
}
