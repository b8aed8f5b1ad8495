package app.stride.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static List<String> lines() throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream("/app/stride/i18n/messages.properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void everyLineIsACommentOrAKeyValuePairAndNoKeyRepeats() throws IOException {
        final Set<String> keys = new HashSet<>();
        final List<String> problems = new ArrayList<>();
        for (String line : lines()) {
            final String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (!t.matches("[A-Za-z0-9._-]+=.*")) {
                problems.add("not key=value: " + t);
            } else if (!keys.add(t.substring(0, t.indexOf('=')))) {
                problems.add("repeated key: " + t);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void apostrophesNeedNoEscapingAndArgumentsAreFilled() {
        assertThat(Messages.get("cli.error.seeHelp", "stride")).isEqualTo(" (see 'stride --help')");
        assertThat(Messages.get("outfit.weather.searching", "Portland")).isEqualTo("Looking up \"Portland\"...");
    }

    @Test
    void aMissingKeyShowsTheKeyRatherThanFailing() {
        assertThat(Messages.get("no.such.key")).isEqualTo("no.such.key");
    }
}
