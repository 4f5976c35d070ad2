package no.smartmat.reports.haccp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.smartmat.reports.samples.SampleHaccp;

class LimitBandTest {

    @Test
    void chilledFoodIsGreenAtExactlyFourAndRedFromExactlyTwelve() {
        LimitProfile chilled = SampleHaccp.chilled();
        assertThat(chilled.levelOf(4.0)).isEqualTo(Level.GREEN);
        assertThat(chilled.levelOf(4.1)).isEqualTo(Level.YELLOW);
        assertThat(chilled.levelOf(11.9)).isEqualTo(Level.YELLOW);
        assertThat(chilled.levelOf(12.0)).isEqualTo(Level.RED);
        assertThat(chilled.levelOf(-1.0)).isEqualTo(Level.GREEN);
    }

    @Test
    void hotHoldingIsGreenFromSixtyAndRedBelow() {
        LimitProfile hot = new LimitProfile(Instant.EPOCH, List.of(LimitBand.below(Level.RED, 60), LimitBand.atLeast(Level.GREEN, 60)));
        assertThat(hot.levelOf(60.0)).isEqualTo(Level.GREEN);
        assertThat(hot.levelOf(59.9)).isEqualTo(Level.RED);
    }

    @Test
    void aValueNoBandHoldsIsRed() {
        LimitProfile gappy = new LimitProfile(Instant.EPOCH, List.of(LimitBand.atMost(Level.GREEN, 4)));
        assertThat(gappy.levelOf(4.5)).isEqualTo(Level.RED);
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
}
