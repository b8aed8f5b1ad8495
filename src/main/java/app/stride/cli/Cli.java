package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.CannotContinueException;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Builds the picocli command line with Stride's exit codes: 0 ok, 1 failure, 2 bad input (one line, no stack trace). */
public final class Cli {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_BAD_INPUT = 2;

    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private Cli() {
    }

    /** A command line whose no-subcommand action calls {@code openWindow}; data is opened without a log file. */
    public static CommandLine create(final Consumer<Optional<Path>> openWindow) {
        return create(openWindow, StrideServices::open);
    }

    /**
     * A command line whose no-subcommand action calls {@code openWindow}; {@code opener} opens the data folder (and
     * may start the log file there) the first time a command needs it, never before.
     */
    public static CommandLine create(final Consumer<Optional<Path>> openWindow,
                                     final BiFunction<Optional<Path>, Clock, StrideServices> opener) {
        final StrideCommand root = new StrideCommand(openWindow, opener);
        final CommandLine cl = new CommandLine(root);
        cl.setExecutionStrategy(parseResult -> {
            if (CommandLine.printHelpIfRequested(parseResult)) {
                return EXIT_OK;
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            final PrintWriter err = ex.getCommandLine().getErr();
            err.println(Messages.get("cli.error.prefix") + Echo.clip(oneLine(ex.getMessage()), java.util.Arrays.asList(args))
                    + Messages.get("cli.error.seeHelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
            err.flush();
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            final PrintWriter err = commandLine.getErr();
            final java.util.List<String> typed = parseResult.originalArgs();
            final int code;
            if (ex instanceof InvalidInputException) {
                err.println(Messages.get("cli.error.prefix") + Echo.clip(oneLine(ex.getMessage()), typed));
                code = EXIT_BAD_INPUT;
            } else if (ex instanceof StoreException || ex instanceof CannotContinueException) {
                LOG.log(Level.WARNING, "store failure", ex);
                err.println(Messages.get("cli.error.prefix") + Echo.clip(oneLine(ex.getMessage()), typed));
                code = EXIT_FAILURE;
            } else {
                LOG.log(Level.SEVERE, "unexpected failure", ex);
                err.println(Messages.get("cli.error.prefix") + Echo.clip(Messages.get("cli.error.unexpected", oneLine(String.valueOf(ex))), typed));
                code = EXIT_FAILURE;
            }
            err.flush();
            return code;
        });
        return cl;
    }

    private static String oneLine(final String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
