package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.convention.Convention;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.format.RejectionCode;
import dev.conventio.history.History;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The members and kinds of change issue 14 adds to version 2, against the fixture {@code money-history.json}. */
class MoneyVersionTwoTest {

    private static final Path FIXTURE = Fixtures.directory(2).resolve("money-history.json");

    private static String write(Object value, DocumentCodec<Object> codec, int version) throws IOException {
        TextSink sink = new TextSink();
        codec.write(value, sink, version);
        return sink.toString();
    }

    @SuppressWarnings("unchecked")
    private static DocumentCodec<Object> codec(DocumentCodec<?> codec) {
        return (DocumentCodec<Object>) codec;
    }

    @Test
    void theFixtureReadsAsTheHistoryBuiltInCodeAndIsWhatVersion2Writes() throws IOException {
        History history = MoneyFixture.history();
        String text = Files.readString(FIXTURE);
        assertThat(Fixtures.read(DocumentCodec.HISTORY, text, null)).isEqualTo(history);
        assertThat(write(history, codec(DocumentCodec.HISTORY), 2)).isEqualTo(text.strip());
    }

    @Test
    void version1RefusesToWriteWhatItCannotHold() throws IOException {
        History history = MoneyFixture.history();
        assertThatThrownBy(() -> write(history, codec(DocumentCodec.HISTORY), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format version 1");
        Convention base = history.base();
        FinancialContribution unknown = FinancialContribution.builder().id("reliquat").contributor(MoneyFixture.METROPOLE)
                .beneficiary(MoneyFixture.GIP).nature(ContributionNature.GRANT).build();
        Convention withUnknown = base.toBuilder().actions(java.util.List.of()).targets(java.util.List.of())
                .contributions(java.util.List.of(unknown)).build();
        assertThatThrownBy(() -> write(withUnknown, codec(DocumentCodec.CONVENTION), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contribution 'reliquat' without an amount cannot be written in format version 1, which"
                        + " requires it; write version 2");
    }

    @Test
    void aVersion1ReaderRejectsTheNaturesVersion2Adds() {
        String v1 = "{\"formatVersion\":1,\"reference\":\"R\",\"object\":\"O\",\"parties\":[],\"concludedOn\":\"2020-01-01\","
                + "\"legalBases\":[],\"articles\":[],\"phases\":[],\"contributions\":[{\"id\":\"c\",\"contributor\":\"a\","
                + "\"beneficiary\":\"b\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"budget\":\"2020\","
                + "\"nature\":\"loan\",\"schedule\":[]}],\"decisions\":[],\"signatures\":[]}";
        assertThatThrownBy(() -> Fixtures.read(DocumentCodec.CONVENTION, v1, null))
                .isInstanceOfSatisfying(Rejection.class, rejection -> {
                    assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_CONSTANT);
                    assertThat(rejection.pointer()).isEqualTo("/contributions/0/nature");
                }).hasMessageContaining("it exists from version 2");
    }
}
