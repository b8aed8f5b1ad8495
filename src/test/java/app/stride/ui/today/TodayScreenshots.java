package app.stride.ui.today;

import app.stride.app.StrideServices;
import app.stride.settings.Theme;
import app.stride.settings.WindowPlacement;
import app.stride.store.DataFolder;
import app.stride.tracking.RunReport;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.task.ImmediateTaskRunner;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: writes Today's screenshots (session day, life-happens preview, after tick-off, rest day) at 1120×720
 * and 1920×1080, light and dark, for looking at. Run with
 * {@code mvn -o test -Dtest=TodayScreenshots -Dstride.shots=/tmp/today/shots}.
 */
@EnabledIfSystemProperty(named = "stride.shots", matches = ".+")
class TodayScreenshots {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"1120,720,LIGHT", "1120,720,DARK", "1920,1080,LIGHT", "1920,1080,DARK"})
    void shots(final int width, final int height, final Theme theme) throws Exception {
        final Path out = Path.of(System.getProperty("stride.shots"));
        Files.createDirectories(out);
        final String tag = width + "x" + height + "-" + theme.name().toLowerCase();
        shoot(out, tag, width, height, theme, TodayViewModelTest.TODAY, "session", null);
        shoot(out, tag, width, height, theme, TodayViewModelTest.TODAY, "preview", w -> {
            final TextField minutes = (TextField) w.root().lookup("#life-minutes");
            minutes.setText("20");
            ((Button) w.root().lookup("#life-shorten")).fire();
        });
        shoot(out, tag, width, height, theme, TodayViewModelTest.TODAY, "done", w -> {
            ((TextField) w.root().lookup("#today-distance")).setText("5.2");
            ((TextField) w.root().lookup("#today-duration")).setText("33:48");
            ((Button) w.root().lookup("#today-done")).fire();
        });
        shoot(out, tag, width, height, theme, TodayViewModelTest.TODAY, "applied", w -> {
            ((TextField) w.root().lookup("#life-minutes")).setText("20");
            ((Button) w.root().lookup("#life-shorten")).fire();
            ((Button) w.root().lookup("#life-apply")).fire();
        });
        shoot(out, tag, width, height, theme, TodayViewModelTest.TODAY, "reopened", w -> {
            ((Button) w.root().lookup("#today-done")).fire();
            ((Button) w.root().lookup("#today-undo")).fire();
        });
        shoot(out, tag, width, height, theme, TodayViewModelTest.TODAY.plusDays(1), "rest", null);
    }

    private void shoot(final Path out, final String tag, final int width, final int height, final Theme theme, final LocalDate day,
                       final String state, final java.util.function.Consumer<MainWindow> act) throws Exception {
        final Path data = Files.createTempDirectory(dir, state);
        final StrideServices services = StrideServices.open(new DataFolder(data), TodayViewModelTest.clockOn(day));
        TodayViewModelTest.savePlan(services);
        services.settings().save(services.settings().load().withTheme(theme));
        services.why().set("To keep up with my kids on the bike.");
        services.outfit().remember(day, services.outfit().recommend(app.stride.outfit.Conditions.of(3.0), app.stride.outfit.Effort.EASY));
        services.tickOff().done(services.tickOff().today().missed().get(0).id(),
                new RunReport(Optional.of(4000.0), Optional.of(Duration.ofMinutes(26)), Optional.empty(), Optional.empty(), ""));
        final AtomicReference<MainWindow> window = new AtomicReference<>();
        final Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            final MainWindow w = new MainWindow(services, new ImmediateTaskRunner(), services.settings().load());
            w.attach(s, new WindowPlacement(0, 0, width, height, false));
            s.show();
            window.set(w);
        });
        final FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitForFxEvents();
        if (act != null) {
            robot.interact(() -> act.accept(window.get()));
        }
        WaitForAsyncUtils.waitForFxEvents();
        final AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            shot.set(stage.getScene().snapshot(null));
        });
        ImageIO.write(toAwt(shot.get()), "png", out.resolve("today-" + state + "-" + tag + ".png").toFile());
        FxToolkit.cleanupStages();
    }

    private static BufferedImage toAwt(final WritableImage img) {
        final int w = (int) img.getWidth();
        final int h = (int) img.getHeight();
        final BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        final PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        return out;
    }
}
