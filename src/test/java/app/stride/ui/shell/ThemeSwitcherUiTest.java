package app.stride.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.Theme;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Review of issue 11: the theme's sheet was set from whatever thread chose it, and counted as the toolkit's although it
 * was only queued to the UI thread; applying the same theme on the UI thread then skipped it, and the first style pass
 * ran with the old sheet. The toolkit is now given the sheet on the UI thread only, at once there.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitcherUiTest {

    @Start
    void start(final Stage stage) {
        ThemeSwitcher.apply(new Pane(), Theme.LIGHT);
    }

    @AfterEach
    void lightAgain(final FxRobot robot) {
        // The theme is the application's stylesheet: later tests in this JVM expect the light one.
        robot.interact(() -> ThemeSwitcher.apply(new Pane(), Theme.LIGHT));
    }

    @Test
    void aThemeChosenOffTheUiThreadIsStillAppliedAtOnceOnIt(final FxRobot robot) {
        final Color[] text = new Color[1];
        final String[] sheetOffThread = new String[1];
        robot.interact(() -> {
            // Chosen on another thread while the UI thread is busy (its queue does not run before this block ends).
            final Thread other = new Thread(() -> {
                ThemeSwitcher.apply(new Pane(), Theme.DARK);
                sheetOffThread[0] = Application.getUserAgentStylesheet();
            }, "test-theme");
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            final Label label = new Label("Easy run");
            final Scene scene = new Scene(new StackPane(label));
            ThemeSwitcher.apply(scene.getRoot(), Theme.DARK);
            label.applyCss();
            text[0] = (Color) label.getTextFill();
        });
        // Failed before the fix: dark text (Primer Light's) on the dark theme's first style pass.
        assertThat(text[0].getBrightness()).as("Primer Dark's light text on the first style pass").isGreaterThan(0.6);
        assertThat(sheetOffThread[0]).as("the toolkit's sheet is not set off the UI thread")
                .isNotEqualTo(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        assertThat(ThemeSwitcher.toolkitHas(Theme.DARK)).isTrue();
    }

    @Test
    void handingOverFromAnotherThreadWaitsUntilTheToolkitHasIt() throws Exception {
        final Thread other = new Thread(() -> ThemeSwitcher.handOverAndWait(Theme.DARK), "test-theme");
        other.start();
        other.join();
        assertThat(ThemeSwitcher.toolkitHas(Theme.DARK)).isTrue();
    }
}
