package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's violations of the model are located at the values their paths name; a value with a broken part is not built. */
class LocatedViolationsTest {

    private static final String CONVENTION = Fixtures.all().stream()
            .filter(fixture -> fixture.name().equals("serialization-convention.json")).findFirst().orElseThrow().text();

    private static Rejection violations(String text) {
        assertThat(text).isNotEqualTo(CONVENTION);
        Rejection rejection = DocumentCodecTest.rejection(DocumentCodec.CONVENTION, text);
        assertThat(rejection.code()).as(rejection.getMessage()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        return rejection;
    }

    private static void assertAt(LocatedViolation violation, String text, String marker) {
        Location expected = TextLocations.of(text, marker);
        assertThat(violation.line()).as("line of " + marker).isEqualTo(expected.line());
        assertThat(violation.column()).as("column of " + marker).isEqualTo(expected.column());
    }

    @Test
    void aViolationInAnArrayElementIsLocatedAtItsMember() {
        String text = CONVENTION.replace("\"contributor\": \"gip-crpv-paca\"", "\"contributor\": \"nobody\"");
        Rejection rejection = violations(text);
        LocatedViolation violation = rejection.violations().get(0);
        assertThat(rejection.violations()).hasSize(1);
        assertThat(violation.violation().path()).isEqualTo("contributions[1].contributor");
        assertThat(violation.pointer()).isEqualTo("/contributions/1/contributor");
        assertThat(rejection.pointer()).isEqualTo(violation.pointer());
        assertAt(violation, text, "\"nobody\"");
        assertThat(rejection.location().line()).isEqualTo(violation.line());
        assertThat(rejection.location().column()).isEqualTo(violation.column());
    }

    @Test
    void aViolationInAnArrayOfANestedObjectIsLocatedAtItsElement() {
        String text = CONVENTION.replaceFirst("(\"members\": \\[\\s*\"metropole-amp\",\\s*)\"gip-crpv-paca\"",
                "$1\"stranger\"");
        LocatedViolation violation = violations(text).violations().get(0);
        assertThat(violation.pointer()).isEqualTo("/steeringCommittee/members/1");
        assertAt(violation, text, "\"stranger\"");
    }

    @Test
    void aViolationOfAListMemberIsLocatedAtTheList() {
        String text = CONVENTION.replaceFirst("(\"validatedPhases\": \\[\\s*2,\\s*)3", "$19");
        LocatedViolation violation = violations(text).violations().get(0);
        assertThat(violation.pointer()).isEqualTo("/decisions/0/validatedPhases");
        int list = text.indexOf("[", text.indexOf("\"validatedPhases\""));
        Location expected = TextLocations.at(text, list);
        assertThat(List.of(violation.line(), violation.column())).containsExactly(expected.line(), expected.column());
    }

    @Test
    void everyViolationIsListedInTheOrderFoundAndTheFirstLocatesTheRejection() {
        String text = CONVENTION.replace("\"contributor\": \"gip-crpv-paca\"", "\"contributor\": \"nobody\"")
                .replace("\"party\": \"gip-crpv-paca\"", "\"party\": \"ghost\"");
        Rejection rejection = violations(text);
        assertThat(rejection.violations()).extracting(LocatedViolation::pointer)
                .containsExactly("/contributions/1/contributor", "/signatures/1/party");
        assertAt(rejection.violations().get(1), text, "\"ghost\"");
        assertThat(rejection.detail()).isEqualTo("2 violations of the model");
        Location first = TextLocations.of(text, "\"nobody\"");
        assertThat(List.of(rejection.location().line(), rejection.location().column()))
                .containsExactly(first.line(), first.column());
    }

    @Test
    void aScalarsViolationIsLocatedAtItsToken() {
        String text = CONVENTION.replace("\"siren\": \"200054807\"", "\"siren\": \"200054808\"");
        Rejection rejection = violations(text);
        assertThat(rejection.violations()).hasSize(1);
        LocatedViolation violation = rejection.violations().get(0);
        assertThat(violation.pointer()).isEqualTo("/parties/0/siren");
        assertAt(violation, text, "\"200054808\"");
    }

    @Test
    void aValueIsNotBuiltWhenAValueNestedInItBroke() {
        // Without its first party, the convention would break more: its contributions name that party.
        String text = CONVENTION.replace("\"id\": \"metropole-amp\"", "\"id\": \"Metropole AMP\"");
        Rejection rejection = violations(text);
        assertThat(rejection.violations()).hasSize(1);
        LocatedViolation violation = rejection.violations().get(0);
        assertThat(violation.pointer()).isEqualTo("/parties/0/id");
        assertAt(violation, text, "\"Metropole AMP\"");
    }

    @Test
    void aViolationOfTheWholeDocumentIsLocatedAtItsStart() {
        String text = "\n   " + DocumentCodecTest.MINIMAL.replace("{\"formatVersion\":1,\"reference\":\"C-1\",",
                "{\"formatVersion\":2,\"document\":\"convention\",");
        Rejection rejection = violations(text);
        LocatedViolation violation = rejection.violations().get(0);
        assertThat(violation.pointer()).isEmpty();
        assertThat(violation.violation().path()).isEmpty();
        assertThat(List.of(violation.line(), violation.column())).containsExactly(2, 4);
        assertAt(violation, text, "{\"formatVersion\"");
        assertThat(rejection.getMessage()).startsWith("[domain.violation] at <root>: 1 violation of the model (")
                .contains(" at <root>: ");
    }
}
