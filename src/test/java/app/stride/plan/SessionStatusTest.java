package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The status enum reads every code the schema lets a planned session hold, and writes no other. */
class SessionStatusTest {

    @Test
    void theCodesAreExactlyTheOnesTheSchemaAllows() throws IOException {
        final String sql;
        try (InputStream in = getClass().getResourceAsStream("/app/stride/store/migration/V001__initial_schema.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        final Matcher m = Pattern.compile("status\\s+TEXT NOT NULL DEFAULT 'planned' CHECK \\(status IN \\(([^)]*)\\)\\)").matcher(sql);
        assertThat(m.find()).isTrue();
        final String[] allowed = Arrays.stream(m.group(1).split(",")).map(s -> s.trim().replace("'", "")).toArray(String[]::new);
        assertThat(Arrays.stream(SessionStatus.values()).map(SessionStatus::code)).containsExactlyInAnyOrder(allowed);
        for (String code : allowed) {
            assertThat(SessionStatus.parse(code)).as(code).isPresent();
        }
        assertThat(SessionStatus.parse("partial")).as("partial is a run's status; its session is done").isEmpty();
    }

    @Test
    void onlyAPlannedSessionIsOpen() {
        assertThat(Arrays.stream(SessionStatus.values()).filter(SessionStatus::isOpen)).containsExactly(SessionStatus.PLANNED);
    }
}
