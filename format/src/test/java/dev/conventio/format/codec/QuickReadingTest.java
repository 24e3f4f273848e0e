package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.format.RejectionCode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A reading that does not note positions gives the value a locating one gives, the same rejection
 * where the current token locates it, and null — read again — where only a noted position would.
 */
class QuickReadingTest {

    private static final String PARTY = "{\"id\":\"gip\",\"name\":\"GIP\",\"kind\":\"gip\"}";
    private static final String PARTIES = PARTY + ",{\"id\":\"etat\",\"name\":\"État\",\"kind\":\"etat\"}";

    private static String convention(String parties, String contributions) {
        return "{\"formatVersion\":1,\"reference\":\"C-1\",\"object\":\"Objet\",\"parties\":[" + parties
                + "],\"concludedOn\":\"2020-01-15\",\"legalBases\":[],\"articles\":[],\"phases\":[],\"contributions\":["
                + contributions + "],\"decisions\":[],\"signatures\":[]}";
    }

    @Test
    void aValidDocumentReadsToTheSameValue() throws IOException {
        String text = convention(PARTIES, "");
        assertThat(DocumentCodec.CONVENTION.readInputQuickly(new TextSource(text)))
                .isEqualTo(DocumentCodec.CONVENTION.readInput(new TextSource(text)));
    }

    @Test
    void aRejectionAtTheCurrentTokenIsTheSame() {
        String text = convention(PARTIES, "").replace("\"object\"", "\"objet\"");
        Rejection quick = catchThrowableOfType(Rejection.class,
                () -> DocumentCodec.CONVENTION.readInputQuickly(new TextSource(text)));
        Rejection located = catchThrowableOfType(Rejection.class,
                () -> DocumentCodec.CONVENTION.readInput(new TextSource(text)));
        assertThat(quick.code()).isEqualTo(RejectionCode.UNKNOWN_FIELD).isEqualTo(located.code());
        assertThat(quick.getMessage()).isEqualTo(located.getMessage());
    }

    @Test
    void aViolationOfAnObjectOrAMissingMemberAsksForAReadingThatLocates() throws IOException {
        // Two parties with one identifier: a violation of the convention, at parties[1].id.
        String duplicate = convention(PARTIES + "," + PARTY, "");
        assertThat(DocumentCodec.CONVENTION.readInputQuickly(new TextSource(duplicate))).isNull();
        Rejection located = catchThrowableOfType(Rejection.class,
                () -> DocumentCodec.CONVENTION.readInput(new TextSource(duplicate)));
        assertThat(located.getMessage()).contains("/parties/2/id");

        String missing = convention(PARTIES, "").replace(",\"object\":\"Objet\"", "");
        assertThat(DocumentCodec.CONVENTION.readInputQuickly(new TextSource(missing))).isNull();
        assertThat(catchThrowableOfType(Rejection.class, () -> DocumentCodec.CONVENTION.readInput(new TextSource(missing)))
                .code()).isEqualTo(RejectionCode.MISSING_FIELD);
    }
}
