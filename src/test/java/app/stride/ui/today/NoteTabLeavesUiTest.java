package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * New-user review nu6 1: Tab in Today's "How did it go?" note typed a tab character, so Done, Skip it, Move and Life
 * happens could never be reached by keyboard. Failed before: the focus stayed in the note and the note held "\t".
 * Tab and Shift+Tab now leave the note as they leave any field; Ctrl+Tab still types a tab.
 */
@ExtendWith(ApplicationExtension.class)
class NoteTabLeavesUiTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(final Stage s) {
        stage = s;
    }

    @Test
    void tabAndShiftTabLeaveTodaysNoteAndCtrlTabTypesATab(final FxRobot robot) {
        final UiTestBench bench = UiTestBench.on(dir, TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        TodayViewModelTest.savePlan(bench.services());
        robot.interact(() -> bench.show(stage, UiTestBench.SMALL, Screen.TODAY));
        bench.settle(robot);
        final TextArea note = robot.lookup("#today-notes").queryAs(TextArea.class);
        robot.interact(note::requestFocus);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        final Node after = stage.getScene().getFocusOwner();
        assertThat(after).isNotSameAs(note);
        assertThat(note.getText()).doesNotContain("\t");

        robot.interact(note::requestFocus);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isNotSameAs(note).isNotSameAs(after);
        assertThat(note.getText()).doesNotContain("\t");

        robot.interact(note::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(note);
        assertThat(note.getText()).isEqualTo("\t");
    }
}
