package app.stride.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundle and the code agree: every key the code asks for by name exists, and every key in the bundle is asked for,
 * by name or through a prefix the code completes at run time ({@code "outfit.why." + item.id()}).
 */
class BundleKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** {@code Messages.get("a.b"}, {@code Messages.has("a.b"}. */
    private static final Pattern ASKED = Pattern.compile("Messages\\.(?:get|has)\\(\\s*\"([A-Za-z0-9._-]+)\"\\s*[,)]"
            // refusals the domain codes: InvalidInputException.coded("field", "a.b", ...), Phrase.of("a.b", ...)
            + "|InvalidInputException\\.coded\\(\\s*\"[^\"]*\"\\s*,\\s*\"([A-Za-z0-9._-]+)\"\\s*[,)]"
            + "|Phrase\\.of\\(\\s*\"([A-Za-z0-9._-]+)\"\\s*[,)]");
    /** Any string literal that looks like a key. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    /** A literal prefix completed at run time: {@code "outfit.why." + ...}. */
    private static final Pattern PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*\\.)\"\\s*\\+");

    /** Keys picocli asks the bundle for by its own names: {@code stride.plan.usage.description}, {@code mixinStandardHelpOptions.help}. */
    private static final Pattern PICOCLI = Pattern.compile("stride(?:\\.[a-z-]+)*\\.usage\\.(?:description|footer|footerHeading|customSynopsis)(?:\\.\\d+)?"
            + "|mixinStandardHelpOptions\\.(?:help|version)|usage\\.(?:synopsisHeading|synopsisSubcommandLabel|commandListHeading)");

    private static Properties bundle() throws IOException {
        final Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/app/stride/i18n/messages.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String code() throws IOException {
        final StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }

    private static Set<String> all(final Pattern p, final String text) {
        final Set<String> found = new TreeSet<>();
        final Matcher m = p.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    found.add(m.group(g));
                }
            }
        }
        return found;
    }

    @Test
    void everyKeyTheCodeAsksForByNameExists() throws IOException {
        final Properties bundle = bundle();
        final List<String> missing = new ArrayList<>();
        for (String key : all(ASKED, code())) {
            if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        final String code = code();
        final Set<String> literals = all(LITERAL, code);
        final Set<String> prefixes = all(PREFIX, code);
        final List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(bundle().stringPropertyNames())) {
            final boolean used = literals.contains(key) || prefixes.stream().anyMatch(key::startsWith)
                    // picocli's own keys, which it derives itself: a command's description, the -h/-V texts, headings
                    // (CliBundleTest checks each belongs to a command)
                    || PICOCLI.matcher(key).matches()
                    // "key" + ".hint" style suffixes on a key that is used by name
                    || literals.stream().anyMatch(l -> key.startsWith(l + "."));
            if (!used) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }
}
