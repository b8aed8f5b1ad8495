package app.stride.ui.adapt;

import app.stride.app.StrideServices;
import app.stride.common.Messages;
import app.stride.ui.adapt.AdaptBannerViewModel.ChangeRow;
import app.stride.ui.adapt.AdaptBannerViewModel.Offer;
import app.stride.ui.common.ErrorLine;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The re-plan offer as a calm banner: what happened and what the engine proposes, the changed days on request
 * (from → to), Accept and Keep as is. Takes no room when there is nothing to offer or say. Binds to
 * {@link AdaptBannerViewModel} only.
 */
public final class AdaptBanner extends VBox {

    private final AdaptBannerViewModel vm;
    /** The most the preview takes before it scrolls, about eight rows. */
    static final double MAX_PREVIEW_HEIGHT = 220;

    private final VBox card = new VBox(8);
    private final Label title = new Label();
    private final Label body = new Label();
    private final VBox warnings = new VBox(4);
    private final GridPane rows = new GridPane();
    private final ScrollPane rowsScroll = new ScrollPane(rows);
    private final ToggleButton showChanges = new ToggleButton();
    /** For a long preview: opens it in a sheet of its own instead of a strip scrolling inside the banner. */
    private final Button review = new Button(null, new FontIcon("mdi2a-arrow-expand"));
    private final String idPrefix;
    private Optional<Offer> shown = Optional.empty();
    private final Button accept = new Button(Messages.get("adaptbanner.accept"), new FontIcon("mdi2c-check"));
    private final Button keep = new Button(Messages.get("adaptbanner.keep"));

    /** A full banner; {@code idPrefix} keeps ids apart when the shell and the Plan screen each have one. */
    public AdaptBanner(final AdaptBannerViewModel vm, final String idPrefix) {
        this(vm, idPrefix, false);
    }

    /**
     * A banner; a {@code compact} one (above other screens) is a single row until the runner opens the changes, so
     * the screen under it keeps its room.
     */
    public AdaptBanner(final AdaptBannerViewModel vm, final String idPrefix, final boolean compact) {
        super(8);
        this.vm = vm;
        this.idPrefix = idPrefix;
        setId(idPrefix);
        getStyleClass().add("adapt-banner-box");

        final FontIcon icon = new FontIcon("mdi2c-calendar-sync-outline");
        icon.getStyleClass().add("adapt-banner-icon");
        title.setId(idPrefix + "-title");
        title.getStyleClass().add("adapt-banner-title");
        title.setWrapText(true);
        // Wrapped, never cut to "…": the label takes the height its lines need at the width it gets.
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMinWidth(160);
        body.setMinHeight(Region.USE_PREF_SIZE);
        body.setId(idPrefix + "-body");
        body.setWrapText(true);
        body.getStyleClass().add("adapt-banner-body");
        final VBox words = new VBox(2, title, body, warnings);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        final HBox head = new HBox(12, icon, words);
        head.setAlignment(compact ? Pos.CENTER_LEFT : Pos.TOP_LEFT);
        if (compact) {
            for (javafx.scene.Node n : List.of(body, warnings)) {
                n.visibleProperty().bind(showChanges.selectedProperty());
                n.managedProperty().bind(n.visibleProperty());
            }
        }

        showChanges.setId(idPrefix + "-changes-toggle");
        showChanges.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        showChanges.setMinWidth(Region.USE_PREF_SIZE);
        rows.setId(idPrefix + "-changes");
        rows.getStyleClass().add("adapt-changes");
        rowsScroll.setFitToWidth(true);
        // The preview shows its rows: up to about eight of them at full height (a longer list scrolls inside that),
        // and a screen short of room scrolls itself rather than squeezing the preview to a sliver with its own bar.
        rowsScroll.setMinHeight(Region.USE_PREF_SIZE);
        rows.layoutBoundsProperty().addListener((o, a, b) -> {
            final double h = Math.min(b.getHeight(), MAX_PREVIEW_HEIGHT);
            rowsScroll.setPrefViewportHeight(h);
            rowsScroll.setMinViewportHeight(h);
        });
        rowsScroll.getStyleClass().add("adapt-changes-scroll");
        rowsScroll.visibleProperty().bind(showChanges.selectedProperty());
        rowsScroll.managedProperty().bind(rowsScroll.visibleProperty());

        review.setId(idPrefix + "-changes-review");
        review.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        review.setMinWidth(Region.USE_PREF_SIZE);
        review.setMnemonicParsing(false);
        review.managedProperty().bind(review.visibleProperty());
        showChanges.managedProperty().bind(showChanges.visibleProperty());
        review.setOnAction(e -> shown.ifPresent(this::openSheet));

        accept.setId(idPrefix + "-accept");
        accept.getStyleClass().add(Styles.ACCENT);
        accept.setDefaultButton(false);
        accept.setMinWidth(Region.USE_PREF_SIZE);
        accept.setOnAction(e -> vm.accept());
        keep.setId(idPrefix + "-keep");
        keep.setMinWidth(Region.USE_PREF_SIZE);
        keep.setOnAction(e -> vm.keepAsIs());
        accept.disableProperty().bind(vm.busyProperty());
        final ErrorLine problem = new ErrorLine(idPrefix + "-problem", vm.problemProperty());
        if (compact) {
            head.getChildren().addAll(showChanges, review, keep, accept);
            card.getChildren().addAll(head, rowsScroll, problem);
        } else {
            final Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            final HBox actions = new HBox(8, showChanges, review, grow, keep, accept);
            actions.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().addAll(head, rowsScroll, problem, actions);
        }
        card.getStyleClass().add("adapt-banner");

        final Label done = new Label();
        done.setId(idPrefix + "-done");
        done.textProperty().bind(vm.doneProperty());
        done.setWrapText(true);
        done.setGraphic(new FontIcon("mdi2c-check-circle"));
        done.getStyleClass().add("adapt-done");
        final Button closeDone = new Button(null, new FontIcon("mdi2c-close"));
        closeDone.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        closeDone.setAccessibleText(Messages.get("plancal.message.close"));
        closeDone.setOnAction(e -> vm.dismissDone());
        final HBox doneBox = new HBox(8, done, closeDone);
        doneBox.setAlignment(Pos.CENTER_LEFT);
        doneBox.getStyleClass().add("adapt-done-box");
        doneBox.visibleProperty().bind(vm.doneProperty().isNotEmpty());
        doneBox.managedProperty().bind(doneBox.visibleProperty());
        // A problem with a change the runner asked for shows even when no offer is open.
        final ErrorLine outside = new ErrorLine(idPrefix + "-problem-alone", vm.problemProperty());
        outside.visibleProperty().unbind();
        outside.visibleProperty().bind(vm.problemProperty().isNotEmpty().and(card.visibleProperty().not()));

        getChildren().addAll(card, doneBox, outside);
        vm.offerProperty().addListener((o, a, offer) -> show(offer));
        show(vm.offerProperty().get());
        visibleProperty().bind(card.visibleProperty().or(doneBox.visibleProperty()).or(outside.visibleProperty()));
        managedProperty().bind(visibleProperty());
    }

    /**
     * Puts {@code detail} in the card under what happened and what the plan proposes, above the actions (Today's
     * sessions left open, in the card after time away); empty removes it.
     */
    public void setDetail(final Optional<javafx.scene.Node> detail) {
        card.getChildren().removeIf(n -> n.getStyleClass().contains("adapt-banner-detail"));
        detail.ifPresent(d -> {
            d.getStyleClass().add("adapt-banner-detail");
            card.getChildren().add(1, d);
        });
    }

    private void show(final Optional<Offer> offer) {
        shown = offer;
        card.setVisible(offer.isPresent());
        card.setManaged(offer.isPresent());
        if (offer.isEmpty()) {
            return;
        }
        final Offer o = offer.get();
        title.setText(o.title());
        body.setText(o.body());
        warnings.getChildren().clear();
        for (String w : o.warnings()) {
            final Label l = new Label(w, new FontIcon("mdi2i-information-outline"));
            l.setWrapText(true);
            l.getStyleClass().add("adapt-warning");
            warnings.getChildren().add(l);
        }
        rows.getChildren().clear();
        int r = 0;
        for (ChangeRow c : o.changes()) {
            final Label date = cell(c.date(), "adapt-change-date");
            final Label week = cell(c.week(), "adapt-change-week");
            final Label from = cell(c.from(), "adapt-change-from");
            final FontIcon arrow = new FontIcon("mdi2a-arrow-right");
            arrow.getStyleClass().add("adapt-change-arrow");
            final Label to = cell(c.to(), "adapt-change-to");
            rows.addRow(r++, date, week, from, arrow, to);
        }
        showChanges.setText(Messages.get("adaptbanner.changes", o.changes().size()));
        // More than about eight days would scroll inside the banner: those open in a sheet of their own.
        final boolean inline = o.changes().size() <= ChangesSheet.INLINE_ROWS;
        showChanges.setVisible(!o.changes().isEmpty() && inline);
        review.setText(Messages.get("adaptbanner.review", o.changes().size()));
        review.setVisible(!inline);
        // A change the runner asked for opens with its preview; the offer on opening the app stays short.
        showChanges.setSelected(o.asked() && inline);
        if (!inline && o.asked() && review.getScene() != null) {
            review.requestFocus(); // the runner asked to see it: one key opens the sheet
        }
        accept.setText(Messages.get(o.asked() ? "adaptbanner.accept.asked" : "adaptbanner.accept"));
        keep.setText(Messages.get(o.asked() ? "adaptbanner.keep.asked" : "adaptbanner.keep"));
    }

    /** Opens the long preview in its sheet; Accept and Keep as is there do what the banner's buttons do. */
    private void openSheet(final Offer o) {
        // The offer shown, not whatever the banner holds when the sheet closes.
        ChangesSheet.of(this, idPrefix, o, () -> vm.accept(o), () -> vm.keepAsIs(o)).show();
    }

    static Label cell(final String text, final String style) {
        final Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The settings table as the banner's memory of "kept as is today". */
    public static AdaptBannerViewModel.Dismissals dismissals(final StrideServices services) {
        return new AdaptBannerViewModel.Dismissals() {
            @Override
            public Optional<String> get(final String key) {
                return services.setting(key);
            }

            @Override
            public void put(final String key, final String value) {
                services.putSetting(key, value);
            }
        };
    }
}
