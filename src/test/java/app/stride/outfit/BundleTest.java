package app.stride.outfit;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.Messages;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label the outfit screen needs is in the bundle. */
class BundleTest {

    @Test
    void everyItemZoneAndChoiceHasALabel() {
        Stream.of(Item.values()).forEach(i -> assertThat(Messages.has("outfit.item." + i.id())).as(i.id()).isTrue());
        Stream.of(Item.values()).forEach(i -> assertThat(Messages.has("outfit.why." + i.id())).as(i.id()).isTrue());
        assertThat(app.stride.text.OutfitText.label(Zone.TORSO)).isEqualTo("Torso");
        assertThat(app.stride.text.OutfitText.label(Precipitation.HEAVY_RAIN)).isEqualTo("Heavy rain");
        assertThat(app.stride.text.OutfitText.label(FeedbackAnswer.OK)).isEqualTo("Just right");
        for (Enum<?>[] values : new Enum<?>[][] {Zone.values(), Precipitation.values(), Light.values(), Sky.values(), Effort.values(),
            Tendency.values(), FeedbackAnswer.values()}) {
            for (Enum<?> v : values) {
                assertThat(label(v)).as(v.toString()).doesNotStartWith("outfit.");
            }
        }
    }

    private static String label(final Enum<?> v) {
        try {
            return (String) app.stride.text.OutfitText.class.getMethod("label", v.getDeclaringClass()).invoke(null, v);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
