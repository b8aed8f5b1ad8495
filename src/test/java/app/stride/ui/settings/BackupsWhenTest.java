package app.stride.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BackupsWhenTest {

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aBackupsTimeReadsLikeEveryOtherDateInTheApp() {
        assertThat(BackupsPane.when(Instant.parse("2026-11-29T20:16:00Z"), ZoneOffset.UTC)).isEqualTo("Sunday 29 November, 20:16");
    }
}
