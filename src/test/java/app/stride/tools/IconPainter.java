package app.stride.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws Stride's icon (a running shoe in mid-stride with three speed lines, white on the accent blue) and writes it
 * as PNGs at the sizes windows, task bars and installers ask for. The same drawing as {@code stride.svg}, on a
 * 256-unit grid. Run: {@code mvn -q test-compile exec:java}-free, e.g.
 * {@code java -cp target/test-classes app.stride.tools.IconPainter src/main/resources/app/stride/ui/icon}.
 */
public final class IconPainter {

    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private IconPainter() {
    }

    public static void main(final String[] args) throws IOException {
        final Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/app/stride/ui/icon");
        Files.createDirectories(out);
        for (int size : SIZES) {
            ImageIO.write(paint(size), "png", out.resolve("stride-" + size + ".png").toFile());
        }
    }

    /** The icon at {@code size} × {@code size} pixels, transparent outside the rounded square. */
    public static BufferedImage paint(final int size) {
        final BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        final Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 256.0, size / 256.0);

        g.setPaint(new GradientPaint(8, 8, new Color(0x2f81f7), 248, 248, new Color(0x0550ae)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 112, 112));

        final Color white = Color.WHITE;
        final Color accent = new Color(0x0969da);
        // Small sizes keep only the shoe: the speed lines would blur into it.
        if (size >= 32) {
            g.setColor(new Color(255, 255, 255, 230));
            g.setStroke(new BasicStroke(11, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(34, 110, 74, 110));
            g.draw(new Line2D.Double(24, 136, 70, 136));
            g.draw(new Line2D.Double(38, 162, 70, 162));
        }

        final AffineTransform before = g.getTransform();
        if (size < 32) {
            g.translate(-30, 0); // centre the shoe when it stands alone
        }
        g.rotate(Math.toRadians(-8), 150, 150);
        final Path2D upper = new Path2D.Double();
        upper.moveTo(92, 170);
        upper.lineTo(90, 112);
        upper.quadTo(90, 100, 102, 100);
        upper.lineTo(118, 100);
        upper.quadTo(126, 118, 146, 120);
        upper.lineTo(160, 122);
        upper.quadTo(200, 130, 222, 150);
        upper.quadTo(232, 160, 228, 170);
        upper.closePath();
        g.setColor(white);
        g.fill(upper);
        if (size >= 48) {
            g.setColor(accent);
            g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(150, 128, 158, 140));
            g.draw(new Line2D.Double(168, 132, 175, 144));
            g.draw(new Line2D.Double(186, 138, 192, 149));
        }
        g.setColor(white);
        g.fill(new RoundRectangle2D.Double(84, 172, 150, 20, 20, 20));
        g.setColor(new Color(9, 105, 218, 140));
        g.fill(new java.awt.geom.Rectangle2D.Double(84, 170, 150, 5));
        g.setTransform(before);
        g.dispose();
        return img;
    }
}
