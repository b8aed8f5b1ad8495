package app.stride.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.cli.CliRun;
import app.stride.settings.DistanceUnit;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanPdfTest {

    @TempDir
    Path dir;

    @Test
    void anEightWeekPlanIsOneLandscapeA4PageWithTheWhyEveryWeekAndEmbeddedFonts() throws Exception {
        final StrideServices s = ExportFixtures.withPlan(dir.resolve("d"));
        final int weeks = PrintedPlan.of(s.plans().current().orElseThrow(), s.plans().currentOutline(),
                new app.stride.store.SqlitePlanExtras(s.database()).current().orElseThrow(), DistanceUnit.KM).rows().size();

        final Path pdf = s.exports().pdf(dir.resolve("plan.pdf"), Optional.of(DistanceUnit.KM), PlanPdf.Paper.A4);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(weeks > PlanPdf.ROWS_PER_PAGE ? 2 : 1);
            final PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getHeight());
            for (var name : page.getResources().getFontNames()) {
                final PDFont f = page.getResources().getFont(name);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
            }
            final String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Why I run: To run the Parkrun with my daughter; and to sleep better")
                    .contains("My plan: 5K on Saturday 5 September 2026").contains("Week 1").contains("Week " + weeks)
                    .contains("Race day").contains("/km");
        }
    }

    @Test
    void letterPaperAndMilesOnRequest() throws Exception {
        final StrideServices s = ExportFixtures.withPlan(dir.resolve("d"));

        final Path pdf = s.exports().pdf(dir.resolve("plan.pdf"), Optional.of(DistanceUnit.MI), PlanPdf.Paper.LETTER);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getHeight());
            assertThat(new PDFTextStripper().getText(doc)).contains("/mi").doesNotContain("/km");
        }
    }

    @Test
    void aBadPaperIsOneLineAndNothingIsWritten() {
        ExportFixtures.withPlan(dir.resolve("d"));

        final CliRun bad = CliRun.of("export", "pdf", "--out", dir.resolve("p.pdf").toString(), "--paper", "a3",
                "--data-dir", dir.resolve("d").toString());

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).singleElement().asString().contains("--paper").contains("a4 or letter");
        assertThat(dir.resolve("p.pdf")).doesNotExist();
    }

    @Test
    void aDataFolderWithNoStrideDataIsBadInputAndIsNotCreated() {
        final CliRun run = CliRun.of("export", "pdf", "--out", dir.resolve("p.pdf").toString(), "--data-dir", dir.resolve("typo").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--data-dir").contains("no Stride data");
        assertThat(dir.resolve("typo")).doesNotExist();
        assertThat(dir.resolve("p.pdf")).doesNotExist();
    }

    @Test
    void withoutAPlanTheCommandSaysSoAndWritesNothing() {
        app.stride.store.Database.open(new app.stride.store.DataFolder(dir.resolve("e")));
        final CliRun run = CliRun.of("export", "pdf", "--out", dir.resolve("p.pdf").toString(), "--data-dir", dir.resolve("e").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("no plan yet");
        assertThat(dir.resolve("p.pdf")).doesNotExist();
    }
}
