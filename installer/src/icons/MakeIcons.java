import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the application icon (a plate between a fork and a knife on a green-blue rounded square) and writes
 * it as smartmat.png (Linux, 512x512), smartmat.ico (Windows, 16-256 px) and smartmat.icns (macOS, 16-1024 px).
 * Run once when the icon changes, from this folder: java MakeIcons.java
 */
public class MakeIcons {

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;
        double m = s * 0.04;
        g.setPaint(new GradientPaint(0, (float) m, new Color(0x3F, 0xA8, 0x8C), 0, (float) (s - m), new Color(0x1D, 0x6A, 0x8A)));
        g.fill(new RoundRectangle2D.Double(m, m, s - 2 * m, s - 2 * m, s * 0.42, s * 0.42));

        Color white = Color.WHITE;
        g.setColor(white);
        // plate: a rim and a well
        double cx = s * 0.5, cy = s * 0.52;
        double rim = s * 0.235;
        g.setStroke(new BasicStroke((float) (s * 0.05)));
        g.draw(new Ellipse2D.Double(cx - rim, cy - rim, 2 * rim, 2 * rim));
        double well = s * 0.135;
        g.setColor(new Color(255, 255, 255, 150));
        g.setStroke(new BasicStroke((float) (s * 0.025)));
        g.draw(new Ellipse2D.Double(cx - well, cy - well, 2 * well, 2 * well));

        g.setColor(white);
        // fork, left of the plate
        double fx = s * 0.165, top = s * 0.25, bottom = s * 0.80;
        float tine = (float) (s * 0.022);
        g.setStroke(new BasicStroke(tine, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double spread = s * 0.038;
        for (int i = -1; i <= 1; i++) {
            g.draw(new java.awt.geom.Line2D.Double(fx + i * spread, top, fx + i * spread, top + s * 0.12));
        }
        Path2D.Double neck = new Path2D.Double();
        neck.moveTo(fx - spread, top + s * 0.12);
        neck.quadTo(fx - spread, top + s * 0.19, fx, top + s * 0.20);
        neck.quadTo(fx + spread, top + s * 0.19, fx + spread, top + s * 0.12);
        g.draw(neck);
        g.setStroke(new BasicStroke((float) (s * 0.04), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(fx, top + s * 0.20, fx, bottom));

        // knife, right of the plate
        double kx = s * 0.835;
        Path2D.Double blade = new Path2D.Double();
        blade.moveTo(kx - s * 0.02, top + s * 0.30);
        blade.lineTo(kx - s * 0.02, top + s * 0.02);
        blade.quadTo(kx + s * 0.05, top + s * 0.06, kx + s * 0.035, top + s * 0.30);
        blade.closePath();
        g.fill(blade);
        g.draw(new java.awt.geom.Line2D.Double(kx, top + s * 0.30, kx, bottom));
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG-compressed entries (Windows Vista and later). */
    static byte[] ico(int... sizes) throws IOException {
        List<byte[]> pngs = new ArrayList<>();
        for (int size : sizes) pngs.add(png(draw(size)));
        ByteBuffer dir = ByteBuffer.allocate(6 + 16 * sizes.length).order(ByteOrder.LITTLE_ENDIAN);
        dir.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            int size = sizes[i];
            dir.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            dir.putShort((short) 1).putShort((short) 32).putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(dir.array());
        for (byte[] p : pngs) out.write(p);
        return out.toByteArray();
    }

    /** ICNS with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024. */
    static byte[] icns() throws IOException {
        String[] types = {"icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {16, 32, 64, 128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] p = png(draw(sizes[i]));
            b.writeBytes(types[i]);
            b.writeInt(8 + p.length);
            b.write(p);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of("smartmat.png"), png(draw(512)));
        Files.write(Path.of("smartmat.ico"), ico(16, 24, 32, 48, 64, 128, 256));
        Files.write(Path.of("smartmat.icns"), icns());
    }
}
