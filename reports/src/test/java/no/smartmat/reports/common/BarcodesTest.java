package no.smartmat.reports.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;

class BarcodesTest {

    @Test
    void recognisesAnSsccByItsCheckDigit() {
        assertThat(Barcodes.isSscc("370400001234567895")).isTrue();
        assertThat(Barcodes.isSscc("370400001234567896")).isFalse();
        assertThat(Barcodes.isSscc("37040000123456789")).isFalse();
        assertThat(Barcodes.isSscc("3704000012345678AB")).isFalse();
    }

    @Test
    void computesTheGs1CheckDigit() {
        // Same mod-10 as EAN-13: 400638133393 has check digit 1 (EAN 4006381333931).
        assertThat(Barcodes.gs1CheckDigit("400638133393")).isEqualTo(1);
    }

    @Test
    void encodesAnSsccAsGs1128WithApplicationIdentifier00() throws Exception {
        Barcodes.LinearBarcode barcode = Barcodes.code128("370400001234567895").orElseThrow();
        assertThat(barcode.gs1()).isTrue();
        assertThat(barcode.humanReadable()).isEqualTo("(00) 370400001234567895");
        Result result = decode(barcode.modules());
        assertThat(result.getText()).isEqualTo("00370400001234567895");
        assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.SYMBOLOGY_IDENTIFIER, "]C1");
    }

    @Test
    void encodesOtherCodesAsPlainCode128() throws Exception {
        Barcodes.LinearBarcode barcode = Barcodes.code128("PK-20261201-000123").orElseThrow();
        assertThat(barcode.gs1()).isFalse();
        Result result = decode(barcode.modules());
        assertThat(result.getText()).isEqualTo("PK-20261201-000123");
        assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.SYMBOLOGY_IDENTIFIER, "]C0");
    }

    @Test
    void refusesCodesThatCode128CannotCarry() {
        assertThat(Barcodes.code128("PAKKE-ÆØÅ")).isEmpty();
        assertThat(Barcodes.code128("")).isEmpty();
    }

    @Test
    void snapsModulesToWholeThermalDots() {
        float module = Barcodes.moduleWidth(156, 250, Mm.pt(0.5));
        float dots = module / Barcodes.THERMAL_DOT;
        assertThat(dots).isCloseTo(Math.round(dots), org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(module * (156 + 2 * Barcodes.QUIET_ZONE)).isLessThanOrEqualTo(250);
    }

    private static Result decode(BitMatrix modules) throws Exception {
        // Scale the 1-module-per-pixel symbol up, with a quiet zone, as a printer would.
        int scale = 3;
        BitMatrix big = new BitMatrix((modules.getWidth() + 20) * scale, 60);
        for (int x = 0; x < modules.getWidth(); x++) {
            if (modules.get(x, 0)) {
                big.setRegion((x + 10) * scale, 0, scale, 60);
            }
        }
        var image = MatrixToImageWriter.toBufferedImage(big);
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.CODE_128)));
    }
}
