package app.stride.ui.settings;

import app.stride.common.Messages;
import app.stride.export.PrintedPlan;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The plan as the printer gets it, drawn from the same {@link PrintedPlan} as the PDF: a week per row, days as columns,
 * the why on top. Black on white whatever the app's theme, sized for a landscape page.
 */
final class PlanPrintSheet extends VBox {

    /** Points across a landscape A4/Letter page inside the margins. */
    static final double WIDTH = 760;

    PlanPrintSheet(final PrintedPlan plan, final int firstRow, final int rows) {
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setSpacing(4);
        setPadding(new Insets(0));
        setStyle("-fx-background-color: white;");
        getChildren().add(label(plan.title(), "-fx-font-size: 16px; -fx-font-weight: bold;"));
        if (firstRow == 0) {
            plan.why().ifPresent(w -> {
                final Label why = label(Messages.get("print.why", w), "-fx-font-size: 11px;");
                why.setWrapText(true);
                getChildren().add(why);
            });
        }
        getChildren().add(label(plan.subtitle(), "-fx-font-size: 8px; -fx-text-fill: #59636e;"));

        final GridPane grid = new GridPane();
        grid.setStyle("-fx-border-color: #d0d7de; -fx-border-width: 0.6;");
        final ColumnConstraints week = new ColumnConstraints(70);
        grid.getColumnConstraints().add(week);
        for (int d = 0; d < 7; d++) {
            final ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(0);
            c.setPrefWidth((WIDTH - 70) / 7);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            final Label day = label(plan.dayNames().get(d), "-fx-font-size: 8px; -fx-font-weight: bold; -fx-text-fill: #59636e;");
            grid.add(box(day, "-fx-background-color: #f6f8fa;"), d + 1, 0);
        }
        grid.add(box(new Label(""), "-fx-background-color: #f6f8fa;"), 0, 0);
        final int end = Math.min(plan.rows().size(), firstRow + rows);
        for (int r = firstRow; r < end; r++) {
            final PrintedPlan.Row row = plan.rows().get(r);
            final int y = r - firstRow + 1;
            grid.add(box(new VBox(1, label(Messages.get("print.week", row.number()), "-fx-font-size: 9px; -fx-font-weight: bold;"),
                    label(row.phase(), "-fx-font-size: 7px; -fx-text-fill: #59636e;"),
                    label(row.dates(), "-fx-font-size: 6.5px; -fx-text-fill: #59636e;")), ""), 0, y);
            for (int d = 0; d < 7; d++) {
                grid.add(box(cell(row.days().get(d)), ""), d + 1, y);
            }
        }
        getChildren().add(grid);
        getChildren().add(label(Messages.get("print.footer"), "-fx-font-size: 7px; -fx-text-fill: #59636e;"));
    }

    private static VBox cell(final Optional<PrintedPlan.Cell> cell) {
        if (cell.isEmpty()) {
            return new VBox(label(Messages.get("print.rest"), "-fx-font-size: 7px; -fx-text-fill: #afb8c1;"));
        }
        final PrintedPlan.Cell c = cell.get();
        final String mark = c.status() == app.stride.plan.SessionStatus.DONE ? " (" + Messages.get("print.done") + ")"
                : c.status() == app.stride.plan.SessionStatus.SKIPPED ? " (" + Messages.get("print.skipped") + ")" : "";
        final Label type = label(c.type() + mark, "-fx-font-size: 8px; -fx-font-weight: bold;");
        type.setWrapText(true);
        final Label amount = label(c.amount(), "-fx-font-size: 7px;");
        amount.setWrapText(true);
        final Label how = label(c.how(), "-fx-font-size: 6.5px; -fx-text-fill: #59636e;");
        how.setWrapText(true);
        final VBox v = new VBox(1, type, amount, how);
        v.setStyle("-fx-border-color: transparent transparent transparent " + accent(c.typeCode()) + "; -fx-border-width: 0 0 0 3;"
                + " -fx-padding: 0 0 0 4;");
        return v;
    }

    private static String accent(final String type) {
        return switch (type) {
            case "race" -> "#cf222e";
            case "tempo", "intervals", "repetitions", "hills", "race-pace", "time-trial" -> "#bf8700";
            case "long" -> "#8250df";
            case "cross-training" -> "#8c959f";
            default -> "#1a7f37";
        };
    }

    private static Region box(final javafx.scene.Node content, final String style) {
        final VBox b = new VBox(content);
        b.setPadding(new Insets(4));
        b.setMinHeight(44);
        b.setStyle("-fx-border-color: #d0d7de; -fx-border-width: 0 0 0.6 0.6; " + style);
        return b;
    }

    private static Label label(final String text, final String style) {
        final Label l = new Label(text);
        l.setStyle("-fx-text-fill: #1f2328; " + style);
        return l;
    }
}
