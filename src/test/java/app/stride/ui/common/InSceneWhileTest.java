package app.stride.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

class InSceneWhileTest {

    private final Region title = new Region();
    private final Region part = new Region();
    private final Region error = new Region();
    private final VBox box = new VBox(title, part, error);

    @Test
    void thePartIsAChildOnlyWhileWantedAndComesBackInItsPlace() {
        final SimpleBooleanProperty wanted = new SimpleBooleanProperty(false);
        InSceneWhile.bind(box, part, wanted);
        assertThat(box.getChildren()).containsExactly(title, error);

        wanted.set(true);
        assertThat(box.getChildren()).containsExactly(title, part, error);

        wanted.set(false);
        box.getChildren().remove(title);
        wanted.set(true);
        assertThat(box.getChildren()).containsExactly(part, error);
    }

    @Test
    void aListenerOnTheSameValueFindsThePartAlreadyInPlace() {
        final SimpleBooleanProperty editing = new SimpleBooleanProperty(false);
        final List<Boolean> seen = new ArrayList<>();
        editing.addListener((o, a, b) -> seen.add(b && part.getParent() == box)); // added first, as a focus listener is
        InSceneWhile.bind(box, part, editing);

        editing.set(true);

        assertThat(seen).containsExactly(true);
    }

    /** A condition made for the call ({@code hidden.not()}) is held weakly by its source: the pane keeps it. */
    @Test
    void aConditionNobodyElseKeepsStillWorksAfterACollection() {
        final SimpleBooleanProperty hidden = new SimpleBooleanProperty(true);
        InSceneWhile.bind(box, part, hidden.not());
        final WeakReference<Object> canary = new WeakReference<>(new Object());
        for (int i = 0; i < 20 && canary.get() != null; i++) {
            System.gc();
        }
        assertThat(canary.get()).as("a collection ran").isNull();

        hidden.set(false);

        assertThat(box.getChildren()).containsExactly(title, part, error);
    }

    @Test
    void aPartOfAnotherPaneIsRefused() {
        final Node stranger = new Region();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InSceneWhile.bind(box, stranger, new SimpleBooleanProperty(true)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
