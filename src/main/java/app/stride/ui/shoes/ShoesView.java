package app.stride.ui.shoes;

import app.stride.format.Distances;
import app.stride.common.Messages;
import app.stride.gear.Shoe;
import app.stride.settings.DistanceUnit;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.FieldMarks;
import app.stride.ui.common.Confirm;
import app.stride.ui.common.Destructive;
import app.stride.ui.common.EmptyState;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.ScreenHeader;
import app.stride.ui.common.ScreenView;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The runner's shoes with the distance in each pair, and adding or retiring a pair. */
public final class ShoesView implements ScreenView {

    private final ScreenContext context;
    private final ShoesViewModel vm;
    private final Parent root;
    private final VBox list = new VBox(10);

    public ShoesView(final ScreenContext context) {
        this.context = context;
        this.vm = new ShoesViewModel(context.services().shoes(), context.tasks(), context.settings());
        list.setId("shoes-list");
        vm.all().addListener((ListChangeListener<Shoe>) c -> drawList());
        context.settings().addListener((o, a, b) -> drawList());
        drawList();
        final VBox body = Layouts.column(addCard(), list);
        root = Layouts.screen(new ScreenHeader(Messages.get(Screen.SHOES.key()), Messages.get("screen.shoes.subtitle")), body);
    }

    private VBox addCard() {
        final Label title = new Label(Messages.get("shoes.add.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        final TextField name = new TextField();
        name.setId("shoes-name");
        name.setPromptText(Messages.get("shoes.add.name.hint"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        final TextField already = new TextField();
        already.setId("shoes-already");
        already.setPrefColumnCount(5);
        already.textProperty().bindBidirectional(vm.alreadyRunProperty());
        final TextField retire = new TextField();
        retire.setId("shoes-retire-at");
        retire.setPrefColumnCount(5);
        retire.textProperty().bindBidirectional(vm.retireAtProperty());
        final Button add = new Button(Messages.get("shoes.add.button"), new FontIcon("mdi2p-plus"));
        add.setId("shoes-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> vm.add());
        name.setOnAction(e -> vm.add());

        final HBox row = new HBox(10, field("shoes.add.name", name), field("shoes.add.already", withUnit(already)),
                field("shoes.add.retireAt", withUnit(retire)), add);
        row.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(row.getChildren().get(0), Priority.ALWAYS);

        final ErrorLine error = new ErrorLine("shoes-error", vm.errorProperty());
        FieldMarks.attach(vm.errorFieldProperty(), vm.errorProperty(),
                java.util.Map.of("name", name, "alreadyRun", already, "retireAt", retire));
        final VBox card = new VBox(12, title, row, error);
        card.getStyleClass().add("card-panel");
        card.setStyle("-fx-padding: 12 16 16 16;");
        return card;
    }

    private HBox withUnit(final TextField field) {
        final Label unit = new Label();
        unit.getStyleClass().add(Styles.TEXT_MUTED);
        unit.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> context.settings().get().distanceUnit().code(), context.settings()));
        final HBox box = new HBox(6, field, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static VBox field(final String key, final javafx.scene.Node control) {
        final Label l = new Label(Messages.get(key));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(4, l, control);
    }

    private void drawList() {
        list.getChildren().clear();
        if (vm.all().isEmpty()) {
            final EmptyState none = new EmptyState("mdi2s-shoe-sneaker", Messages.get("shoes.empty.title"),
                    Messages.get("shoes.none"), Optional.empty());
            none.setId("shoes-none");
            // The list's full width, so the empty state sits centred like the other screens' (not to the left).
            none.setMaxWidth(Double.MAX_VALUE);
            none.setPadding(new javafx.geometry.Insets(32, 0, 32, 0));
            list.getChildren().add(none);
            return;
        }
        final DistanceUnit unit = context.settings().get().distanceUnit();
        boolean retiredTitled = false;
        for (Shoe s : vm.all()) {
            if (s.retired() && !retiredTitled) {
                // Years of retired pairs would bury the ones in use: they follow under their own heading.
                final Label title = new Label(Messages.get("shoes.retiredSection"));
                title.getStyleClass().addAll(Styles.TEXT_CAPTION, "section-title");
                title.setId("shoes-retired-title");
                list.getChildren().add(title);
                retiredTitled = true;
            }
            final Label name = new Label(s.name());
            name.getStyleClass().add(Styles.TITLE_4);
            // The share used in words too, so the state never rests on the bar's colour alone.
            final Label distance = new Label(s.retired() ? Messages.get("shoes.distance", Distances.format(s.totalM(), unit),
                    Distances.format(s.retireAtM(), unit)) : Messages.get("shoes.wear.distance", Distances.format(s.totalM(), unit),
                    Distances.format(s.retireAtM(), unit), s.percentUsed()));
            distance.getStyleClass().add(Styles.TEXT_MUTED);
            final ProgressBar wear = new ProgressBar(Math.min(1.0, s.wear()));
            wear.setMaxWidth(Double.MAX_VALUE);
            if (s.wornOut()) {
                wear.getStyleClass().add(Styles.DANGER);
            } else if (s.wearLevel() == Shoe.WearLevel.NEAR_LIMIT) {
                wear.getStyleClass().add(Styles.WARNING);
            }
            // The wear chip sits on the distance line, so every bar in use takes the card's full width and they line up.
            final HBox line = new HBox(10, distance);
            line.setAlignment(Pos.CENTER_LEFT);
            // A retired pair's bar would only be full: its distance says all there is.
            final VBox text = s.retired() ? new VBox(4, name, line) : new VBox(4, name, line, wear);
            HBox.setHgrow(text, Priority.ALWAYS);
            final HBox row = new HBox(16, text);
            row.setAlignment(Pos.CENTER_LEFT);
            if (s.retired()) {
                final Label retired = new Label(Messages.get("shoes.retired"));
                retired.getStyleClass().add("status-chip");
                row.getChildren().add(retired);
                // Stepped back through muted text, not opacity, so it stays readable.
                row.getStyleClass().add("shoe-retired");
            } else {
                if (s.wearLevel() != Shoe.WearLevel.OK) {
                    // Colour, an icon and words (gear.Shoe's threshold): getting worn from 80%, past its life from 100%.
                    final boolean past = s.wearLevel() == Shoe.WearLevel.WORN_OUT;
                    final Label worn = new Label(Messages.get(past ? "shoes.wear.pastLife" : "shoes.wear.gettingWorn"),
                            new FontIcon(past ? "mdi2a-alert-octagon-outline" : "mdi2a-alert-outline"));
                    worn.getStyleClass().addAll("status-chip", "shoe-wear-chip", past ? Styles.DANGER : Styles.WARNING);
                    worn.setId("shoe-wear-" + s.id());
                    worn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    line.getChildren().add(worn);
                    wear.setAccessibleText(Messages.get("shoes.wear.accessible", s.percentUsed(), worn.getText()));
                } else {
                    wear.setAccessibleText(Messages.get("shoes.wear.accessibleOk", s.percentUsed()));
                }
                final Button retire = new Button(Messages.get("shoes.retire"), new FontIcon("mdi2a-archive-arrow-down-outline"));
                retire.setId("shoe-retire-" + s.id());
                Destructive.style(retire);
                retire.getStyleClass().add(Styles.SMALL);
                retire.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                retire.setOnAction(e -> confirmRetire(s));
                row.getChildren().add(retire);
            }
            row.getStyleClass().add("card-panel");
            row.setStyle("-fx-padding: 12 16 12 16;");
            list.getChildren().add(row);
        }
    }

    private void confirmRetire(final Shoe shoe) {
        if (Confirm.ask(root, Messages.get("shoes.retire.title", shoe.name()), Messages.get("shoes.retire.body"),
                Messages.get("shoes.retire"), true)) {
            vm.retire(shoe);
        }
    }

    @Override
    public void onShow() {
        vm.load();
    }

    @Override
    public Parent root() {
        return root;
    }
}
