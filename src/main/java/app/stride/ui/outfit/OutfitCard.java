package app.stride.ui.outfit;

import app.stride.text.OutfitText;
import app.stride.common.Messages;
import app.stride.format.Degrees;
import app.stride.outfit.Advice;
import app.stride.outfit.Outfit;
import app.stride.outfit.OutfitItem;
import app.stride.outfit.OutfitWarning;
import app.stride.outfit.Zone;
import app.stride.settings.TemperatureUnit;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** An outfit drawn as feels-like, warnings, one card per body zone, and tips; reused wherever a run is shown. */
public final class OutfitCard extends VBox {

    /** Ikonli literals per zone; checked by a test so a typo cannot crash the screen. */
    public static final Map<Zone, String> ZONE_ICONS = Map.of(
            Zone.HEAD, "mdi2h-hat-fedora",
            Zone.NECK, "mdi2a-account-outline",
            Zone.TORSO, "mdi2t-tshirt-crew-outline",
            Zone.HANDS, "mdi2h-hand-back-right-outline",
            Zone.LEGS, "mdi2w-walk",
            Zone.FEET, "mdi2s-shoe-sneaker",
            Zone.EXTRAS, "mdi2b-bag-personal-outline");

    public OutfitCard() {
        getStyleClass().add("outfit-card");
        setSpacing(16);
        show(Optional.empty(), TemperatureUnit.C);
    }

    /** Redraws for {@code outfit} with temperatures in {@code unit}. */
    public void show(final Optional<Outfit> outfit, final TemperatureUnit unit) {
        getChildren().clear();
        if (outfit.isEmpty()) {
            final Label empty = new Label(Messages.get("outfit.screen.empty"));
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(empty);
            return;
        }
        final Outfit o = outfit.get();
        getChildren().add(temperatures(o, unit));
        if (!o.warnings().isEmpty()) {
            getChildren().add(warnings(o.warnings()));
        }
        getChildren().add(zones(o));
        if (!o.advice().isEmpty()) {
            getChildren().add(advice(o.advice()));
        }
    }

    private static HBox temperatures(final Outfit o, final TemperatureUnit unit) {
        final VBox feels = figure("outfit-feels-like", Messages.get("outfit.screen.feelsLike"),
                Degrees.of(o.feelsLike().celsius(), unit), Messages.get("outfit.screen.feelsLike." + o.feelsLike().kind().name()));
        final String shifts = String.join(" · ", o.shifts().stream().map(s -> OutfitText.shift(s, unit)).toList());
        final VBox dress = figure("outfit-dress-for", Messages.get("outfit.screen.dressFor"), Degrees.of(o.dressForC(), unit), shifts);
        HBox.setHgrow(dress, Priority.ALWAYS);
        // The feels-like figure is short and fixed; the dress-for note (what was learned) wraps instead of squeezing it.
        feels.setMinWidth(Region.USE_PREF_SIZE);
        final HBox row = new HBox(32, feels, dress);
        row.getStyleClass().add("outfit-temperatures");
        return row;
    }

    private static VBox figure(final String id, final String caption, final String value, final String note) {
        final Label c = new Label(caption);
        c.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        final Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("outfit-degrees");
        final Label n = new Label(note);
        n.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        n.setWrapText(true);
        return new VBox(2, c, v, n);
    }

    private static VBox warnings(final List<OutfitWarning> warnings) {
        final VBox box = new VBox(8);
        for (OutfitWarning w : warnings) {
            final FontIcon icon = new FontIcon("mdi2a-alert-outline");
            final Label text = new Label(w.text().text(), icon);
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            text.getStyleClass().addAll("outfit-warning");
            text.setId("warning-" + w.id());
            box.getChildren().add(text);
        }
        return box;
    }

    private static FlowPane zones(final Outfit o) {
        final FlowPane pane = new FlowPane(12, 12);
        pane.getStyleClass().add("outfit-zones");
        for (Zone z : Zone.values()) {
            final List<OutfitItem> items = o.itemsIn(z);
            if (items.isEmpty()) {
                continue;
            }
            final FontIcon icon = new FontIcon(ZONE_ICONS.get(z));
            final Label title = new Label(OutfitText.label(z), icon);
            title.getStyleClass().add("zone-title");
            final VBox card = new VBox(8, title);
            card.getStyleClass().add("zone-card");
            card.setId("zone-" + z.code());
            for (OutfitItem item : items) {
                final Label name = new Label(OutfitText.label(item));
                name.getStyleClass().add("item-name");
                name.setId("item-" + item.id());
                final Label why = new Label(item.why().text());
                // Body size, muted: in small text (11 px) the three cards read as ~9 px print on a large screen.
                why.getStyleClass().addAll("item-why", Styles.TEXT_MUTED);
                why.setWrapText(true);
                card.getChildren().add(new VBox(1, name, why));
            }
            pane.getChildren().add(card);
        }
        // Cards share the width they have: as many columns of at least ZONE_MIN_WIDTH as fit, all equally wide.
        pane.widthProperty().addListener((obs, was, w) -> fitZones(pane, w.doubleValue()));
        return pane;
    }

    /** The narrowest a zone card gets before the row wraps. */
    static final double ZONE_MIN_WIDTH = 200;

    private static void fitZones(final FlowPane pane, final double width) {
        if (width <= 0) {
            return;
        }
        final double gap = pane.getHgap();
        final int cards = Math.max(1, pane.getChildren().size());
        final int columns = (int) Math.max(1, Math.min(cards, Math.floor((width + gap) / (ZONE_MIN_WIDTH + gap))));
        final double each = Math.floor((width - gap * (columns - 1)) / columns);
        pane.getChildren().forEach(n -> ((javafx.scene.layout.Region) n).setPrefWidth(each));
    }

    private static VBox advice(final List<Advice> advice) {
        final Label title = new Label(Messages.get("outfit.screen.advice"));
        title.getStyleClass().add(Styles.TITLE_4);
        final VBox box = new VBox(6, title);
        for (Advice a : advice) {
            final Label l = new Label(a.text().text(), new FontIcon("mdi2l-lightbulb-on-outline"));
            l.setWrapText(true);
            l.getStyleClass().add("advice");
            box.getChildren().add(l);
        }
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }
}
