package app.stride.ui.settings;

import app.stride.common.Messages;
import app.stride.export.PrintedPlan;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Modality;
import javafx.stage.Window;

/** A window showing the plan's pages as they will print, with Print… (JavaFX printing) and Close. */
final class PrintPreview {

    /** Rows per printed page, as in the PDF. */
    private static final int ROWS_PER_PAGE = 10;

    private PrintPreview() {
    }

    static void show(final Window owner, final PrintedPlan plan) {
        final List<PlanPrintSheet> pages = pages(plan);
        final VBox sheets = new VBox(16);
        sheets.setPadding(new Insets(16));
        sheets.setStyle("-fx-background-color: #d0d7de;");
        for (PlanPrintSheet p : pages) {
            final VBox paper = new VBox(p);
            paper.setPadding(new Insets(24));
            paper.setStyle("-fx-background-color: white; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.2), 8, 0, 0, 2);");
            paper.setMaxWidth(PlanPrintSheet.WIDTH + 48);
            sheets.getChildren().add(paper);
        }
        final Label problem = new Label();
        problem.setStyle("-fx-text-fill: #cf222e;");
        final Button print = new Button(Messages.get("print.preview.print"));
        print.setDefaultButton(true);
        final Button close = new Button(Messages.get("print.preview.close"));
        close.setCancelButton(true);
        final HBox bar = new HBox(8, problem, new javafx.scene.layout.Region(), print, close);
        HBox.setHgrow(bar.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        final BorderPane root = new BorderPane(new ScrollPane(sheets), null, null, bar, null);
        final javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("print.preview.title"));
        stage.setScene(new Scene(root, PlanPrintSheet.WIDTH + 100, 640));
        close.setOnAction(e -> stage.close());
        print.setOnAction(e -> {
            if (Printer.getDefaultPrinter() == null) {
                problem.setText(Messages.get("print.preview.none"));
                return;
            }
            final PrinterJob job = PrinterJob.createPrinterJob();
            if (job == null) {
                problem.setText(Messages.get("print.preview.none"));
                return;
            }
            if (!job.showPrintDialog(stage)) {
                job.cancelJob();
                return;
            }
            final Printer printer = job.getPrinter();
            final PageLayout layout = printer.createPageLayout(Paper.A4.equals(job.getJobSettings().getPageLayout().getPaper())
                    ? Paper.A4 : job.getJobSettings().getPageLayout().getPaper(), PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
            boolean ok = true;
            for (PlanPrintSheet p : pages(plan)) {
                new Scene(new VBox(p)).getRoot().applyCss();
                p.layout();
                final double scale = Math.min(layout.getPrintableWidth() / p.prefWidth(-1),
                        layout.getPrintableHeight() / Math.max(1, p.prefHeight(PlanPrintSheet.WIDTH)));
                p.getTransforms().setAll(new Scale(Math.min(1, scale), Math.min(1, scale)));
                ok &= job.printPage(layout, p);
            }
            if (ok && job.endJob()) {
                stage.close();
            } else {
                problem.setText(Messages.get("print.preview.failed"));
            }
        });
        stage.show();
    }

    private static List<PlanPrintSheet> pages(final PrintedPlan plan) {
        final int n = plan.rows().size() > ROWS_PER_PAGE ? 2 : 1;
        final int per = (plan.rows().size() + n - 1) / n;
        final List<PlanPrintSheet> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new PlanPrintSheet(plan, i * per, per));
        }
        return out;
    }
}
