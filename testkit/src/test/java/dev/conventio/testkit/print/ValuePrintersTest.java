package dev.conventio.testkit.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.testkit.ConventionGen;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A counterexample is printed as the document it is — a history, a convention, an amendment —
 * when the serialization module is there, else by {@code toString()}; {@code null} prints as such.
 */
class ValuePrintersTest {

    private static final ConventioJson PRETTY = ConventioJson.pretty();

    @Test
    void printsEachModelDocumentAsPrettyJsonAndNothingElse() {
        ValuePrinter json = ValuePrinters.json().orElseThrow();
        Convention convention = ConventionGen.conventions().generate(new SplittableRandom(7), 4);
        History history = History.of(convention);
        UnrecordedAmendment amendment = UnrecordedAmendment.of(1);

        assertThat(json.print(history)).contains(PRETTY.write(JsonDocument.HISTORY, history));
        assertThat(json.print(convention)).contains(PRETTY.write(JsonDocument.CONVENTION, convention));
        assertThat(json.print(amendment)).contains(PRETTY.write(JsonDocument.AMENDMENT, amendment));
        assertThat(json.print("a string")).isEmpty();
    }

    @Test
    void takesThePrintersRegisteredWithTheServiceLoaderFirst() {
        assertThat(ValuePrinters.registered()).singleElement().isInstanceOf(MarkedPrinter.class);
        MarkedPrinter.Marked marked = new MarkedPrinter.Marked("x");
        assertThat(ValuePrinters.print(ValuePrinters.standard(), marked)).isEqualTo("marked x");
        assertThat(ValuePrinters.print(ValuePrinters.standard(), "plain")).isEqualTo("plain");
    }

    @Test
    void fallsBackToTheTextFormAndPrintsNullAsNull() {
        ValuePrinter none = value -> Optional.empty();

        assertThat(ValuePrinters.print(none, List.of(1, 2))).isEqualTo("[1, 2]");
        assertThat(ValuePrinters.print(none, null)).isEqualTo("null");
        assertThat(ValuePrinters.print(value -> Optional.of("printed"), 3)).isEqualTo("printed");
        assertThat(ValuePrinters.standard().print(UnrecordedAmendment.of(2)))
                .contains(PRETTY.write(JsonDocument.AMENDMENT, UnrecordedAmendment.of(2)));
    }
}
