package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.profile.Why;
import app.stride.store.DataFolder;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stride why [TEXT]}: shows or sets the one sentence about why you run that Today shows. */
@Command(name = "why", mixinStandardHelpOptions = true)
public final class WhyCommand implements Callable<Integer> {

    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TEXT", descriptionKey = "cli.why.text")
    String text;

    @Option(names = "--clear", descriptionKey = "cli.why.clear")
    boolean clear;

    @Override
    public Integer call() {
        if (clear && text != null) {
            throw new InvalidInputException("--clear", Messages.get("cli.error.option", "--clear", Messages.get("cli.error.whyClear")));
        }
        final Optional<String> valid = text == null ? Optional.empty() : validate(text);
        final StrideServices services = StrideServices.open(DataFolder.forThisMachine(root.dataDir()), Clock.systemDefaultZone());
        final PrintWriter out = spec.commandLine().getOut();
        if (clear) {
            services.why().set("");
            out.println(Messages.get("cli.why.cleared"));
        } else if (text != null) {
            if (valid.isEmpty()) {
                throw new InvalidInputException("TEXT", Messages.get("cli.error.option", "TEXT", Messages.get("cli.error.whyBlank")));
            }
            out.println(Messages.get("cli.why.saved", services.why().set(valid.get()).orElseThrow()));
        } else {
            out.println(services.why().get().orElse(Messages.get("cli.why.none")));
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    private static Optional<String> validate(final String text) {
        try {
            return Why.validate(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("TEXT", Messages.get("cli.error.option", "TEXT", e.getMessage()));
        }
    }
}
