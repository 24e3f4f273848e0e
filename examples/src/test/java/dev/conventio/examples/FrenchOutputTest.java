package dev.conventio.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.finance.ContributionNature;
import dev.conventio.history.TimelineEvent;
import dev.conventio.party.PartyKind;
import dev.conventio.work.PhaseStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The examples print French: their output shows French words, never a Java constant of the model. */
class FrenchOutputTest {

    /** Constants that are also French words or acronyms of the documents' own text. */
    private static final Set<String> ALSO_FRENCH = Set.of("GIP", "EPCI");

    @Test
    void theOutputShowsNoConstantOfTheModel() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ReferenceConvention.print(out);
        ReferenceHistory.print(out);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        List<Enum<?>> constants = new ArrayList<>();
        Stream.of(PartyKind.values(), PhaseStatus.values(), ContributionNature.values(), TimelineEvent.Kind.values())
                .forEach(values -> constants.addAll(List.of(values)));
        for (Enum<?> constant : constants) {
            if (!ALSO_FRENCH.contains(constant.name())) {
                assertThat(Pattern.compile("\\b" + constant.name() + "\\b").matcher(printed).find())
                        .as(constant.name()).isFalse();
            }
        }
        assertThat(printed).contains("(validée)", "(prévue)", "(participation financière)", "(métropole)");
    }
}
