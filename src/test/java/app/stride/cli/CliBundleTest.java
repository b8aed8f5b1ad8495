package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.Messages;
import app.stride.profile.Why;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line's usage text lives in the one resource bundle, as the UI's does: no annotation in
 * {@code app.stride.cli} carries English, and every key the annotations and picocli ask for is in the bundle, so a key
 * typed wrong fails the build instead of printing an empty description.
 */
class CliBundleTest {

    /** picocli's own key for a command's description: the qualified name, then {@code usage.description}, maybe {@code .N}. */
    private static final Pattern COMMAND_KEY = Pattern.compile("(stride(?:\\.[a-z-]+)*)\\.usage\\.description(?:\\.\\d+)?");

    private static List<CommandSpec> commands() {
        final List<CommandSpec> all = new ArrayList<>();
        walk(Cli.create(w -> { }), all);
        return all;
    }

    private static void walk(final CommandLine cl, final List<CommandSpec> all) {
        all.add(cl.getCommandSpec());
        cl.getSubcommands().values().stream().distinct().forEach(sub -> walk(sub, all));
    }

    /** {@code key} itself, or its first line {@code key.0} (picocli's multi-line texts). */
    private static boolean inBundle(final String key) {
        return Messages.has(key) || Messages.has(key + ".0");
    }

    private static Set<String> commandNames() {
        final Set<String> names = new TreeSet<>();
        commands().forEach(c -> names.add(c.qualifiedName(".")));
        return names;
    }

    @Test
    void everyCommandHasItsDescriptionInTheBundle() {
        final List<String> missing = new ArrayList<>();
        for (String name : commandNames()) {
            if (!inBundle(name + ".usage.description")) {
                missing.add(name + ".usage.description");
            }
        }
        assertThat(missing).isEmpty();
        assertThat(commandNames()).contains("stride", "stride.plan", "stride.export.csv", "stride.import.gpx");
    }

    @Test
    void everyOptionAndParameterNamesAKeyThatIsInTheBundle() {
        final List<String> problems = new ArrayList<>();
        int checked = 0;
        for (CommandSpec command : commands()) {
            final List<ArgSpec> args = new ArrayList<>(command.options());
            args.addAll(command.positionalParameters());
            for (ArgSpec arg : args) {
                final String what = command.qualifiedName() + " " + arg.paramLabel()
                        + (arg.isOption() ? " " + ((CommandLine.Model.OptionSpec) arg).longestName() : "");
                if (arg.descriptionKey() == null || arg.descriptionKey().isEmpty()) {
                    problems.add(what + ": no descriptionKey");
                } else if (!inBundle(arg.descriptionKey())) {
                    problems.add(what + ": " + arg.descriptionKey() + " is not in the bundle");
                } else if (arg.description().length == 0 || arg.description()[0].isBlank()) {
                    problems.add(what + ": picocli did not find " + arg.descriptionKey());
                }
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("options and parameters checked").isGreaterThan(100);
    }

    @Test
    void noAnnotationInTheCliPackageCarriesItsOwnText() {
        final List<String> inline = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        int annotations = 0;
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.stride.cli")) {
            final Class<?> type = javaClass.reflect();
            final Command command = type.getAnnotation(Command.class);
            if (command != null) {
                annotations++;
                if (command.description().length > 0 || command.header().length > 0 || command.footer().length > 0) {
                    inline.add(type.getSimpleName() + " @Command");
                }
            }
            final List<AnnotatedElement> members = new ArrayList<>(List.of(type.getDeclaredFields()));
            members.addAll(List.of(type.getDeclaredMethods()));
            for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                members.addAll(List.of(m.getParameters()));
            }
            for (AnnotatedElement member : members) {
                final Option option = member.getAnnotation(Option.class);
                final Parameters parameters = member.getAnnotation(Parameters.class);
                final String name = type.getSimpleName() + "." + memberName(member);
                if (option != null) {
                    annotations++;
                    check(name, option.description(), option.descriptionKey(), inline, missing);
                }
                if (parameters != null) {
                    annotations++;
                    check(name, parameters.description(), parameters.descriptionKey(), inline, missing);
                }
            }
        }
        assertThat(inline).as("annotations with inline text").isEmpty();
        assertThat(missing).as("descriptionKeys not in the bundle").isEmpty();
        assertThat(annotations).as("annotations scanned").isGreaterThan(100);
    }

    private static String memberName(final AnnotatedElement member) {
        if (member instanceof Field f) {
            return f.getName();
        }
        if (member instanceof Executable e) {
            return e.getName() + "()";
        }
        return member.toString();
    }

    private static void check(final String name, final String[] description, final String key,
                              final List<String> inline, final List<String> missing) {
        if (description.length > 0) {
            inline.add(name);
        }
        if (key.isEmpty() || !inBundle(key)) {
            missing.add(name + " -> " + (key.isEmpty() ? "(no descriptionKey)" : key));
        }
    }

    @Test
    void everyCommandDescriptionInTheBundleBelongsToACommand() {
        final Set<String> names = commandNames();
        final List<String> orphans = Messages.bundle().keySet().stream()
                .map(COMMAND_KEY::matcher)
                .filter(m -> m.matches() && !names.contains(m.group(1)))
                .map(m -> m.group()).sorted().toList();
        assertThat(orphans).isEmpty();
    }

    @Test
    void theWhyHelpGivesTheLengthTheCodeAllows() {
        // The bundle spells the number; the code's limit and the help must not drift apart.
        assertThat(CliRun.of("why", "--help").out()).contains("at most " + Why.MAX_LENGTH + " characters.");
    }

    @Test
    void percentSignsAndLineBreaksArePicocliFormatted() {
        assertThat(CliRun.of("outfit", "--help").out()).contains("Relative humidity in % (default: 50).");
        assertThat(CliRun.of("--help").out()).contains(
                "for runners." + System.lineSeparator() + "With no command, opens the app window.");
        assertThat(Stream.of("outfit", "log").map(c -> CliRun.of(c, "--help").out())).noneMatch(t -> t.contains("%%") || t.contains("%n"));
    }
}
