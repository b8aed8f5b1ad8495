package app.stride.cli;

import app.stride.common.Messages;
import app.stride.format.Distances;
import app.stride.gear.Shoe;
import app.stride.settings.DistanceUnit;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stride shoes}: each pair's distance against its planned life and how worn it is, as the Shoes screen says. */
@Command(name = "shoes", mixinStandardHelpOptions = true)
public final class ShoesCommand implements Callable<Integer> {

    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        final var services = root.services(Clock.systemDefaultZone());
        final DistanceUnit unit = services.settings().load().distanceUnit();
        final List<Shoe> all = services.shoes().all();
        final PrintWriter out = spec.commandLine().getOut();
        if (all.isEmpty()) {
            out.println(Messages.get("cli.shoes.none"));
        } else {
            final TextTable table = new TextTable("", "  ", TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
                    TextTable.Align.RIGHT, TextTable.Align.LEFT);
            table.row(Messages.get("cli.shoes.head.pair"), Messages.get("cli.shoes.head.run"),
                    Messages.get("cli.shoes.head.life"), Messages.get("cli.shoes.head.used"), "");
            for (Shoe s : all) {
                table.row(s.name(), Distances.format(s.totalM(), unit), Distances.format(s.retireAtM(), unit),
                        Messages.get("progress.tile.percent", s.percentUsed()), state(s));
            }
            table.lines().forEach(out::println);
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    /** The pair's state in words with a mark, as the screen's chip: colour is never all a terminal has. */
    static String state(final Shoe s) {
        if (s.retired()) {
            return Messages.get("cli.shoes.retired");
        }
        return switch (s.wearLevel()) {
            case OK -> "";
            case NEAR_LIMIT -> Messages.get("cli.shoes.gettingWorn");
            case WORN_OUT -> Messages.get("cli.shoes.pastLife");
        };
    }
}
