package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.ui.common.ErrorLine;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The runner's why on Today, one line, edited in place (Enter keeps it, Escape leaves it). */
final class WhyLine extends VBox {

    WhyLine(final TodayBriefViewModel vm) {
        super(4);
        final Label text = new Label();
        text.setId("today-why");
        text.getStyleClass().add("today-why");
        text.setStyle("-fx-font-style: italic;");
        text.setGraphic(new FontIcon("mdi2h-heart-outline"));
        text.setWrapText(true);
        text.textProperty().bind(vm.whyProperty());
        text.visibleProperty().bind(vm.whyProperty().isNotEmpty());
        text.managedProperty().bind(text.visibleProperty());
        final Button edit = new Button(null, new FontIcon("mdi2p-pencil-outline"));
        edit.setId("today-why-edit");
        edit.getStyleClass().add(Styles.FLAT); // body size, easy to hit (new-user review 4: an 11 px link)
        // At the content's left edge: its focus ring inside it, or the scroll viewport cuts the ring off.
        edit.getStyleClass().add("ring-inside");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.textProperty().bind(Bindings.when(vm.whyProperty().isEmpty())
                .then(Messages.get("today.why.add")).otherwise(Messages.get("today.why.edit")));
        edit.setOnAction(e -> vm.editWhy());
        final HBox shown = new HBox(8, text, edit);
        shown.setAlignment(Pos.CENTER_LEFT);

        final TextField field = new TextField();
        field.setId("today-why-field");
        field.setPromptText(Messages.get("today.why.hint"));
        field.textProperty().bindBidirectional(vm.whyTextProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMaxWidth(560);
        field.setOnAction(e -> vm.saveWhy());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancelWhy();
            }
        });
        final Button save = new Button(Messages.get("today.why.save"));
        save.setId("today-why-save");
        save.setOnAction(e -> vm.saveWhy());
        final Button cancel = new Button(Messages.get("today.why.cancel"));
        cancel.getStyleClass().add(Styles.FLAT);
        cancel.setOnAction(e -> vm.cancelWhy());
        final HBox editing = new HBox(8, field, save, cancel);
        editing.setAlignment(Pos.CENTER_LEFT);
        vm.editingWhyProperty().addListener((o, a, b) -> {
            if (b) {
                field.requestFocus();
            }
        });
        show(shown, vm.editingWhyProperty().not());
        getChildren().addAll(shown, editing, new ErrorLine("today-why-error", vm.errorProperty()));
        // The text field is in the scene only while editing: hidden, it would still be styled and skinned (issue 11).
        app.stride.ui.common.InSceneWhile.bind(this, editing, vm.editingWhyProperty());
    }

    private static void show(final Node n, final javafx.beans.value.ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(n.visibleProperty());
    }
}
