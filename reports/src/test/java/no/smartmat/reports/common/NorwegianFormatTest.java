package no.smartmat.reports.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NorwegianFormatTest {

    @Test
    void writesDecimalsWithCommaAndARealMinusSign() {
        assertThat(NorwegianFormat.decimal(3.25, 1)).isEqualTo("3,3");
        assertThat(NorwegianFormat.celsius(-18)).isEqualTo("\u221218,0 °C");
        assertThat(NorwegianFormat.decimal(-0.01, 1)).isEqualTo("0,0");
    }

    @Test
    void spellsOutDaysAndMonthsInBokmal() {
        assertThat(NorwegianFormat.dateLong(LocalDate.of(2026, 12, 1))).isEqualTo("tirsdag 1. desember 2026");
        assertThat(NorwegianFormat.weekdayDayMonth(LocalDate.of(2026, 12, 5))).isEqualTo("Lørdag 5.12.");
    }

    @Test
    void writesDurationsInHoursAndMinutes() {
        assertThat(NorwegianFormat.duration(Duration.ofMinutes(328))).isEqualTo("5 t 28 min");
        assertThat(NorwegianFormat.duration(Duration.ofMinutes(45))).isEqualTo("45 min");
    }
}
