package no.smartmat.reports.haccp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemperatureChartTest {

    /** Rec. 601 luma: what a greyscale printer or copier keeps of a colour. */
    private static double luma(float[] rgb) {
        return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
    }

    @Test
    void bandColoursStayDistinctWhenPrintedInGrey() {
        double green = luma(TemperatureChart.GREEN);
        double yellow = luma(TemperatureChart.YELLOW);
        double red = luma(TemperatureChart.RED);
        assertThat(green - yellow).isGreaterThan(0.08);
        assertThat(yellow - red).isGreaterThan(0.08);
    }
}
