package app.stride.ui.common;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Keeps a part of a pane among its children only while a condition holds, in the place it had: the way to hide a part
 * that holds controls until it is wanted. JavaFX styles hidden nodes too and gives every control in them its skin, so
 * a hidden text field or combo box costs the window's first frame as much as a shown one (issue 11).
 */
public final class InSceneWhile {

    private InSceneWhile() {
    }

    /**
     * {@code part}, now one of {@code parent}'s children, stays there only while {@code when} is true. The pane holds
     * {@code when}, so the caller need not keep it.
     */
    public static void bind(final Pane parent, final Node part, final ObservableBooleanValue when) {
        final List<Node> children = parent.getChildren();
        final int at = children.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException("not a child of the pane: " + part);
        }
        final List<Node> after = List.copyOf(children.subList(at + 1, children.size()));
        // An invalidation listener runs before any change listener on the same value, so a listener that focuses a
        // field in the part finds it in the scene.
        final javafx.beans.InvalidationListener update = o -> {
            final boolean wanted = when.get();
            if (!wanted) {
                children.remove(part);
            } else if (!children.contains(part)) {
                final int next = after.stream().mapToInt(children::indexOf).filter(i -> i >= 0).min().orElse(children.size());
                children.add(next, part);
            }
        };
        when.addListener(update);
        // The listener lives only as long as the value it listens to, and a binding made for this call (such as
        // editing.not()) is held by nothing else: its own sources hold it weakly. The pane keeps it, so the part
        // keeps coming and going for as long as the pane is in use (binding the same part again replaces it).
        parent.getProperties().put(new Held(part), when);
        update.invalidated(when);
    }

    /** The key under which a pane keeps the condition for one of its parts. */
    private record Held(Node part) {
    }
}
