package no.smartmat.reports.haccp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.smartmat.reports.samples.SampleHaccp;

class LimitBandTest {

    @Test
    void aBandHoldsItsClosedEndsAndNotItsOpenOnes() {
        assertThat(LimitBand.atMost(Level.GREEN, 4).contains(4.0)).isTrue();
        assertThat(LimitBand.between(Level.YELLOW, 4, 12).contains(4.0)).isFalse();
        assertThat(LimitBand.between(Level.YELLOW, 4, 12).contains(11.9)).isTrue();
        assertThat(LimitBand.atLeast(Level.RED, 12).contains(12.0)).isTrue();
        assertThat(LimitBand.below(Level.YELLOW, 60).contains(60.0)).isFalse();
    }

    @Test
    void rejectsOverlappingBands() {
        assertThatThrownBy(() -> new LimitProfile(Instant.EPOCH,
                List.of(LimitBand.atMost(Level.GREEN, 4), LimitBand.atLeast(Level.YELLOW, 4))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesBandsTheWayGuidanceWritesThem() {
        assertThat(SampleHaccp.frozen().describe())
                .isEqualTo("grønn ≤ \u221218,0 °C · gul mellom \u221218,0 og \u221215,0 °C · rød ≥ \u221215,0 °C");
    }

    @Test
    void aProfilesNoteFollowsItsBands() {
        LimitProfile hot = new LimitProfile(Instant.EPOCH, List.of(LimitBand.below(Level.YELLOW, 60),
                LimitBand.atLeast(Level.GREEN, 60)), "rød under 60 °C i mer enn 2 t");
        assertThat(hot.describe()).endsWith("grønn ≥ 60,0 °C (rød under 60 °C i mer enn 2 t)");
    }
}
