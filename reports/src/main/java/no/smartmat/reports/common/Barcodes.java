package no.smartmat.reports.common;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Barcodes for package codes: ZXing encodes, and the modules are drawn here as vector
 * rectangles (no AWT, no raster image), so they stay sharp at any printer resolution.
 *
 * <p>An 18-digit code with a valid GS1 check digit is an SSCC and becomes GS1-128 with
 * application identifier (00): FNC1 first, then "00" and the 18 digits. ZXing 3.5.4's
 * {@code Code128Writer} ignores {@code EncodeHintType.GS1_FORMAT}; its documented escape
 * character {@code U+00F1} for FNC1 is what actually puts FNC1 in the symbol (decoders
 * then report symbology identifier {@code ]C1}).
 */
public final class Barcodes {

    /** ZXing's escape for the FNC1 function character in Code 128 contents. */
    private static final char FNC1 = '\u00f1';
    /** A thermal printer's dot (203 dpi) in points; bars are snapped to whole dots. */
    public static final float THERMAL_DOT = 72f / 203f;
    /** Quiet zone on each side, in modules (ISO/IEC 15417 asks for 10). */
    public static final int QUIET_ZONE = 10;
    /** Narrower bars than this (0.19 mm) are hard to scan with ordinary hand scanners. */
    public static final float MIN_MODULE = Mm.pt(0.19);

    private Barcodes() {
    }

    /** A Code 128 symbol ready to draw. */
    public record LinearBarcode(BitMatrix modules, String humanReadable, boolean gs1) {
        public int moduleCount() {
            return modules.getWidth();
        }
    }

    /** True for 18 digits whose last digit is the GS1 mod-10 check digit of the first 17. */
    public static boolean isSscc(String code) {
        if (code.length() != 18 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return gs1CheckDigit(code.substring(0, 17)) == code.charAt(17) - '0';
    }

    /** GS1 mod-10: weights 3,1,3,… from the rightmost digit. */
    public static int gs1CheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += d * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * Encodes a package code: GS1-128 (00) for a valid SSCC, plain Code 128 otherwise.
     * Empty if the code cannot be Code 128 (non-ASCII or control characters, or empty).
     */
    public static Optional<LinearBarcode> code128(String packageCode) {
        if (packageCode.isEmpty() || !packageCode.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return Optional.empty();
        }
        boolean gs1 = isSscc(packageCode);
        String contents = gs1 ? FNC1 + "00" + packageCode : packageCode;
        try {
            BitMatrix matrix = new Code128Writer().encode(contents, BarcodeFormat.CODE_128, 0, 1,
                    Map.of(EncodeHintType.MARGIN, 0));
            String human = gs1 ? "(00) " + packageCode : packageCode;
            return Optional.of(new LinearBarcode(matrix, human, gs1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A QR code with medium error correction and no margin (the caller leaves the 4-module quiet zone). */
    public static BitMatrix qr(String contents) {
        try {
            return new QRCodeWriter().encode(contents, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR: " + contents, e);
        }
    }

    /**
     * Module width for a symbol of {@code modules} (plus quiet zones) in {@code width}:
     * snapped down to whole thermal-printer dots when at least two dots wide, and at most
     * {@code maxModule}.
     */
    public static float moduleWidth(int modules, float width, float maxModule) {
        float raw = Math.min(maxModule, width / (modules + 2 * QUIET_ZONE));
        float dots = (float) Math.floor(raw / THERMAL_DOT + 1e-4);
        return dots >= 2 ? dots * THERMAL_DOT : raw;
    }

    /**
     * Draws the bars of a 1-D symbol: each run of dark modules becomes one rectangle
     * (adjacent modules as separate rectangles leave hairline gaps in some viewers).
     */
    public static void drawLinear(Canvas canvas, BitMatrix matrix, float x, float top, float moduleWidth, float height)
            throws IOException {
        int width = matrix.getWidth();
        int run = -1;
        for (int i = 0; i <= width; i++) {
            boolean dark = i < width && matrix.get(i, 0);
            if (dark && run < 0) {
                run = i;
            } else if (!dark && run >= 0) {
                canvas.addRect(x + run * moduleWidth, top, (i - run) * moduleWidth, height);
                run = -1;
            }
        }
        canvas.fillPath();
    }

    /** Draws a 2-D symbol with square modules of {@code moduleSize}, row runs merged. */
    public static void drawMatrix(Canvas canvas, BitMatrix matrix, float x, float top, float moduleSize) throws IOException {
        for (int row = 0; row < matrix.getHeight(); row++) {
            int run = -1;
            for (int col = 0; col <= matrix.getWidth(); col++) {
                boolean dark = col < matrix.getWidth() && matrix.get(col, row);
                if (dark && run < 0) {
                    run = col;
                } else if (!dark && run >= 0) {
                    // A hair of overlap between rows avoids white seams when rasterised.
                    canvas.addRect(x + run * moduleSize, top + row * moduleSize, (col - run) * moduleSize, moduleSize + 0.05f);
                    run = -1;
                }
            }
        }
        canvas.fillPath();
    }
}
