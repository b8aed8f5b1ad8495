package app.stride.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFieldTest {

    private static final LocalDate NOV_26 = LocalDate.of(2026, 11, 26);

    @Test
    void readsWhatItShowsAndWhatRunnersType() {
        assertThat(DateField.parse("Thu 26 Nov 2026", 2026)).contains(NOV_26);
        assertThat(DateField.parse("2026-11-26", 2026)).contains(NOV_26);
        assertThat(DateField.parse("11/26/26", 2026)).contains(NOV_26);
        assertThat(DateField.parse("26/11/2026", 2026)).contains(NOV_26);
        assertThat(DateField.parse("26 Nov", 2026)).contains(NOV_26);
        assertThat(DateField.parse("Thu 26 Nov", 2026)).contains(NOV_26);
    }

    @Test
    void nonsenseIsNotADate() {
        assertThat(DateField.parse("next week", 2026)).isEmpty();
        assertThat(DateField.parse("24/13/2027", 2026)).isEmpty();
    }

    @Test
    void pickersStartTheWeekOnTheDaySettingsSay() {
        final java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        try {
            DateField.weekStartsOn(java.time.DayOfWeek.SUNDAY);
            // DatePicker's skin asks exactly this for its first column.
            assertThat(java.time.temporal.WeekFields.of(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
                    .getFirstDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
            DateField.weekStartsOn(java.time.DayOfWeek.MONDAY);
            assertThat(java.time.temporal.WeekFields.of(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
                    .getFirstDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT).getLanguage()).isEqualTo(before.getLanguage());
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
        }
    }
}
