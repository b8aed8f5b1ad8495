package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code stride} command: with no subcommand it opens the app window. */
@Command(name = "stride",
        // Every command's usage text is in the one bundle; subcommands inherit it (keys: the bundle's "clibundle" block).
        resourceBundle = "app.stride.i18n.messages",
        mixinStandardHelpOptions = true,
        versionProvider = StrideVersion.class,
        subcommands = {InfoCommand.class, PlanCommand.class, OutfitCommand.class, FeedbackCommand.class, AdaptCommand.class,
            ExportCommand.class, ImportCommand.class, CheckCommand.class, DemoDataCommand.class, TodayCommand.class,
            LogCommand.class, ProgressCommand.class, WhyCommand.class, ShoesCommand.class})
public final class StrideCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private Path dataDir;

    private final Consumer<Optional<Path>> openWindow;
    private final BiFunction<Optional<Path>, Clock, StrideServices> opener;
    private StrideServices services;

    /**
     * @param openWindow what the command does without a subcommand
     * @param opener opens the runner's data (and starts its log); called only by a command that needs the data
     */
    public StrideCommand(final Consumer<Optional<Path>> openWindow, final BiFunction<Optional<Path>, Clock, StrideServices> opener) {
        this.openWindow = openWindow;
        this.opener = opener;
    }

    /**
     * The services over the chosen data folder, opened on first use: commands that need no data (a plan not saved,
     * an outfit without {@code --data-dir}) never call this, so they create no folder and no log.
     */
    public StrideServices services(final Clock clock) {
        final StrideCommand root = spec == null ? this : (StrideCommand) spec.root().userObject();
        if (root.services == null) {
            root.services = root.opener.apply(root.dataDir(), clock);
        }
        return root.services;
    }

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            descriptionKey = "cli.stride.dataDir")
    void setDataDir(final Path dir) {
        if (dir.toString().isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.error.blankDataDir"));
        }
        // Inherited options are copied to subcommands; keep the value on the root so every command sees it.
        final StrideCommand root = spec == null ? this : (StrideCommand) spec.root().userObject();
        root.dataDir = dir;
        this.dataDir = dir;
    }

    /** The folder the runner named with {@code --data-dir}, before or after the subcommand. */
    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    @Option(names = "--startup-probe", hidden = true,
            descriptionKey = "cli.stride.startupProbe")
    boolean startupProbe;

    @Override
    public Integer call() {
        if (startupProbe) {
            System.setProperty("stride.startupProbe", "true");
        }
        openWindow.accept(dataDir());
        return 0;
    }
}
