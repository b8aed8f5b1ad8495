package app.stride.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.common.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhyTest {

    /** A profile kept in memory. */
    private static final class Memory implements RunnerProfile {
        Optional<String> why = Optional.empty();

        @Override
        public Optional<String> why() {
            return why;
        }

        @Override
        public void saveWhy(final Optional<String> w) {
            why = w;
        }
    }

    @Test
    void keepsOneTrimmedSentenceAndBlankForgetsIt() {
        final Memory m = new Memory();
        final Why why = new Why(m);
        assertThat(why.set("  To keep up with my kids  ")).contains("To keep up with my kids");
        assertThat(why.get()).contains("To keep up with my kids");
        assertThat(why.set("   ")).isEmpty();
        assertThat(m.why).isEmpty();
    }

    @Test
    void refusesSeveralLinesAndLongTextsNamingTheFieldAndKeepsTheOldOne() {
        final Memory m = new Memory();
        final Why why = new Why(m);
        why.set("Health");
        assertThatThrownBy(() -> why.set("one\ntwo")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("one line").extracting(e -> ((InvalidInputException) e).field()).isEqualTo("why");
        assertThatThrownBy(() -> why.set("x".repeat(Why.MAX_LENGTH + 1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 140").hasMessageContaining("141");
        assertThat(why.set("é".repeat(Why.MAX_LENGTH))).isPresent();
        why.set("Health");
        assertThat(m.why).contains("Health");
    }
}
