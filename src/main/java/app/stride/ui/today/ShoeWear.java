package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.gear.Shoe;
import app.stride.text.StepText;
import app.stride.settings.DistanceUnit;
import java.util.Optional;

/** What Today says about the picked pair's wear (issue 10): a line near or past its limit, nothing otherwise. */
final class ShoeWear {

    private ShoeWear() {
    }

    /** E.g. "Pegasus: 640 of 700 km. Time to look for a new pair."; empty for a pair with wear to spare. */
    static String warning(final Optional<Shoe> picked, final DistanceUnit unit) {
        if (picked.isEmpty() || picked.get().wearLevel() == Shoe.WearLevel.OK) {
            return "";
        }
        final Shoe s = picked.get();
        return Messages.get(s.wornOut() ? "today.shoe.wornOut" : "today.shoe.nearLimit", s.name(),
                StepText.number(unit.fromMetres(s.totalM())), StepText.number(unit.fromMetres(s.retireAtM())), unit.code());
    }
}
