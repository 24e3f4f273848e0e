package dev.conventio.serialization;

import static dev.conventio.serialization.RejectionTest.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conventio.amendment.AmendmentCodes;
import dev.conventio.change.ChangeCodes;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.date.DateCodes;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import dev.conventio.history.HistoryCodes;
import dev.conventio.party.PartyCodes;
import dev.conventio.signature.SignatureCodes;
import dev.conventio.term.TermCodes;
import dev.conventio.text.TextCodes;
import dev.conventio.validation.CodeCatalog;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.WorkCodes;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invariant of the model and every amendment rule, broken once in a well-formed document:
 * the reader reports it as a domain violation, with its code and the JSON Pointer of the element.
 */
class DomainViolationCorpusTest {

    private static final ConventioJson JSON = ConventioJson.compact();
    private static final String CONVENTION = JSON.write(JsonDocument.CONVENTION, Samples.convention());
    private static final String HISTORY = JSON.write(JsonDocument.HISTORY, Samples.history());
    /** The same convention in format version 2, where a term's end may be left out. */
    private static final String CONVENTION_2 = JSON.writing(2).write(JsonDocument.CONVENTION, Samples.convention());
    /** The same history in format version 2, which has relative prolongations. */
    private static final String HISTORY_2 = JSON.writing(2).write(JsonDocument.HISTORY, Samples.history());
    private static final String GIP_SIGNS_AMENDMENT = ",{\"party\":\"gip-crpv-paca\",\"signatory\":{\"civility\":"
            + "\"monsieur\",\"fullName\":\"Mustapha Berra\"},\"capacity\":\"Le Directeur-Ordonnateur\",\"date\":\"2020-02-03\"}";
    private static final String FIRST_CHANGE = "\"changes\":[{\"type\":\"change-contribution-amount\"";

    /** The history in version 2, which textual modifications need. */
    private static final String HISTORY_V2 = ConventioJson.compact().writing(2).write(JsonDocument.HISTORY, Samples.history());

    /** Adds a textual modification of version 2 before the amendment's own changes. */
    private static String withTextChange(String operation) {
        return replace(HISTORY_V2, FIRST_CHANGE, "\"changes\":[{\"type\":\"modify-text\",\"article\":\"1\","
                + "\"operation\":" + operation + "},{\"type\":\"change-contribution-amount\"");
    }

    /** Adds a change before the amendment's own. */
    private static String withChange(String change) {
        return replace(HISTORY, FIRST_CHANGE, "\"changes\":[" + change + ",{\"type\":\"change-contribution-amount\"");
    }

    static Stream<Arguments> cases() {
        return Stream.of(versionOneCases(), PartiesViolationCases.cases(), MoneyViolationCases.cases())
                .flatMap(cases -> cases);
    }

    private static Stream<Arguments> versionOneCases() {
        return Stream.of(
                invariant(CommonCodes.TEXT_BLANK, replace(CONVENTION, "\"Durée\"", "\"  \""), "/articles/1/title"),
                invariant(CommonCodes.IDENTIFIER_MALFORMED, replace(CONVENTION, "\"id\":\"in-kind-2018-2020\"",
                        "\"id\":\"In kind\""), "/contributions/1/id"),
                invariant(PartyCodes.SIREN_MALFORMED, replace(CONVENTION, "\"200054807\"", "\"2000548\""), "/parties/0/siren"),
                invariant(PartyCodes.SIREN_CHECKSUM, replace(CONVENTION, "\"200054807\"", "\"200054808\""), "/parties/0/siren"),
                invariant(PartyCodes.SIRET_MALFORMED, replace(CONVENTION, "\"20005480700017\"", "\"2000548070001\""),
                        "/parties/0/siret"),
                invariant(PartyCodes.SIRET_CHECKSUM, replace(CONVENTION, "\"20005480700017\"", "\"20005480700018\""),
                        "/parties/0/siret"),
                invariant(PartyCodes.PARTY_SIRET_SIREN_MISMATCH, replace(CONVENTION, "\"20005480700017\"",
                        "\"13001033300016\""), "/parties/0/siret"),
                invariant(ConventionCodes.CONVENTION_PARTIES_TOO_FEW, replace(CONVENTION,
                        "\"id\":\"gip-crpv-paca\",\"name\"", "\"id\":\"metropole-amp\",\"name\""), "/parties"),
                invariant(ConventionCodes.CONVENTION_PARTIES_DUPLICATE, replace(CONVENTION,
                        "\"id\":\"gip-crpv-paca\",\"name\"", "\"id\":\"metropole-amp\",\"name\""), "/parties/1/id"),
                invariant(ConventionCodes.CONVENTION_PHASES_NOT_CONTIGUOUS, replace(CONVENTION,
                        "{\"number\":2,\"title\":\"Exploitation", "{\"number\":4,\"title\":\"Exploitation"), "/phases/1/number"),
                invariant(ConventionCodes.CONVENTION_CONTRIBUTIONS_DUPLICATE, replace(CONVENTION,
                        "\"id\":\"in-kind-2018-2020\"", "\"id\":\"phase-3-2020\""), "/contributions/1/id"),
                invariant(ConventionCodes.CONVENTION_DECISIONS_OUT_OF_ORDER, replace(CONVENTION, "\"date\":\"2019-06-01\"",
                        "\"date\":\"2019-01-01\""), "/decisions/1/date"),
                invariant(ConventionCodes.DECISION_BEFORE_CONCLUSION, replace(CONVENTION, "\"date\":\"2019-03-21\"",
                        "\"date\":\"2017-01-01\""), "/decisions/0/date"),
                invariant(ConventionCodes.DECISION_PHASE_UNKNOWN, replace(CONVENTION, "\"validatedPhases\":[2,3]",
                        "\"validatedPhases\":[2,3,4]"), "/decisions/0/validatedPhases"),
                invariant(ConventionCodes.COMMITTEE_MEMBER_UNKNOWN, replace(CONVENTION,
                        "\"members\":[\"metropole-amp\",\"gip-crpv-paca\"]", "\"members\":[\"metropole-amp\",\"x\"]"),
                        "/steeringCommittee/members/1"),
                invariant(ConventionCodes.ARTICLES_DUPLICATE_NUMBER, replace(CONVENTION, "{\"number\":\"2\",\"title\":\"Durée\"}",
                        "{\"number\":\"1\",\"title\":\"Durée\"}"), "/articles/1/number"),
                invariant(WorkCodes.PHASE_NUMBER_NOT_POSITIVE, replace(CONVENTION,
                        "{\"number\":1,\"title\":\"Évaluation à mi-parcours\"", "{\"number\":0,\"title\":\"Évaluation à mi-parcours\""),
                        "/phases/0/number"),
                invariant(WorkCodes.ORIENTATION_ORDER_NOT_POSITIVE, replace(CONVENTION, "{\"order\":1,", "{\"order\":0,"),
                        "/phases/2/orientations/0/order"),
                invariant(WorkCodes.PHASE_ORIENTATIONS_DUPLICATE_ORDER, replace(CONVENTION, "{\"order\":2,", "{\"order\":1,"),
                        "/phases/2/orientations/1/order"),
                invariant(FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, replace(CONVENTION, "\"5000\"", "\"0\""),
                        "/contributions/1/amount"),
                invariant(FinanceCodes.CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR, replace(CONVENTION,
                        "\"beneficiary\":\"gip-crpv-paca\"", "\"beneficiary\":\"metropole-amp\""), "/contributions/0/beneficiary"),
                invariant(ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN, replace(CONVENTION, "\"beneficiary\":\"gip-crpv-paca\"",
                        "\"beneficiary\":\"commune-x\""), "/contributions/0/beneficiary"),
                invariant(FinanceCodes.INSTALMENT_AMOUNT_NOT_POSITIVE, replace(CONVENTION, "\"60000.50\"", "\"-60000.50\""),
                        "/contributions/0/schedule/0/amount"),
                invariant(FinanceCodes.SCHEDULE_CURRENCY_MISMATCH, replace(CONVENTION,
                        "\"39999.50\",\"currency\":\"EUR\"", "\"39999.50\",\"currency\":\"USD\""),
                        "/contributions/0/schedule/1/amount"),
                invariant(FinanceCodes.SCHEDULE_SUM_MISMATCH, replace(CONVENTION, "\"39999.50\"", "\"39999.49\""),
                        "/contributions/0/schedule"),
                invariant(FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER, replace(CONVENTION, "\"2020-09-01\"", "\"2020-01-01\""),
                        "/contributions/0/schedule/1/dueOn"),
                invariant(FinanceCodes.BUDGET_PERIOD_REVERSED, replace(CONVENTION, "\"2018-2020\"", "\"2020-2018\""),
                        "/contributions/1/budget"),
                invariant(TermCodes.TERM_END_NOT_AFTER_START, replace(CONVENTION, "\"end\":{\"date\":\"2020-12-31\"}",
                        "\"end\":{\"date\":\"2017-11-22\"}"), "/term/end"),
                invariant(TermCodes.TERM_RENEWAL_WITHOUT_END, replace(CONVENTION_2, "\"end\":{\"date\":\"2020-12-31\"},",
                        ""), "/term/renewal"),
                invariant(TermCodes.DURATION_NOT_POSITIVE, replace(CONVENTION, "\"P1Y\"", "\"P0D\""),
                        "/term/renewal/period"),
                invariant(TermCodes.RENEWAL_COUNT_NOT_POSITIVE, replace(CONVENTION, "\"maxRenewals\":2",
                        "\"maxRenewals\":-1"), "/term/renewal/maxRenewals"),
                invariant(SignatureCodes.SIGNATURES_DUPLICATE_PARTY, replace(CONVENTION,
                        "{\"party\":\"gip-crpv-paca\"", "{\"party\":\"metropole-amp\""), "/signatures/1/party"),
                invariant(ConventionCodes.SIGNATURE_PARTY_UNKNOWN, replace(CONVENTION,
                        "{\"party\":\"gip-crpv-paca\"", "{\"party\":\"commune-x\""), "/signatures/1/party"),
                invariant(ConventionCodes.SIGNATURE_AFTER_CONCLUSION, replace(CONVENTION, "\"2017-11-20\"", "\"2017-12-01\""),
                        "/signatures/0/date"),
                invariant(AmendmentCodes.AMENDMENT_NUMBER_NOT_POSITIVE, replace(HISTORY,
                        "\"type\":\"unrecorded-amendment\",\"number\":1", "\"type\":\"unrecorded-amendment\",\"number\":0"),
                        "/amendments/0/number"),
                invariant(AmendmentCodes.KNOWN_FROM_SIGNED, replace(HISTORY_2, "\"date\":\"2020-02-03\"}]," + FIRST_CHANGE,
                        "\"date\":\"2020-02-03\"}],\"knownFrom\":{\"source\":\"préambule de l'avenant n° 3\","
                                + "\"signedOn\":\"2020\"}," + FIRST_CHANGE), "/amendments/1/signatures"),
                invariant(AmendmentCodes.CHANGE_ARTICLE_UNKNOWN, replace(HISTORY, "\"article\":\"1\",\"contribution\"",
                        "\"article\":\"7\",\"contribution\""), "/amendments/1/changes/0/article"),
                rule(HistoryCodes.PROLONGATION_TOTAL_MISMATCH, replace(HISTORY_2, FIRST_CHANGE, "\"changes\":["
                        + "{\"type\":\"prolong-term\",\"article\":\"1\",\"by\":\"P1Y\",\"statedTotal\":\"P10Y\"},"
                        + "{\"type\":\"change-contribution-amount\"")),
                rule(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT, replace(HISTORY, "\"type\":\"amendment\",\"number\":2",
                        "\"type\":\"amendment\",\"number\":3")),
                rule(HistoryCodes.AMENDMENT_SIGNATURE_MISSING, replace(HISTORY, GIP_SIGNS_AMENDMENT, "")),
                rule(HistoryCodes.AMENDMENT_SIGNATORY_NOT_A_PARTY, replace(HISTORY, GIP_SIGNS_AMENDMENT,
                        GIP_SIGNS_AMENDMENT.replace("gip-crpv-paca", "commune-x"))),
                rule(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, replace(replace(HISTORY, "\"2020-02-03\"", "\"2023-06-01\""),
                        "\"end\":{\"date\":\"2020-12-31\"}},\"signatures\"", "\"end\":{\"date\":\"2023-12-31\"}},\"signatures\"")),
                rule(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, replace(HISTORY, "\"2020-01-27\"", "\"2016-01-27\"")),
                rule(HistoryCodes.AMENDMENT_TERM_ENDS_BEFORE_EFFECT, replace(HISTORY,
                        "\"end\":{\"date\":\"2020-12-31\"}},\"signatures\"", "\"end\":{\"date\":\"2020-01-01\"}},\"signatures\"")),
                rule(HistoryCodes.CHANGE_ENDS_BEFORE_EFFECT, replace(HISTORY_2, "\"currency\":\"EUR\"}}]}]}]}",
                        "\"currency\":\"EUR\"}}],\"until\":\"2020-01-01\"}]}]}")),
                rule(HistoryCodes.CHANGE_TARGET_MISSING, replace(HISTORY, "\"contribution\":\"phase-3-2020\"",
                        "\"contribution\":\"phase-9\"")),
                rule(HistoryCodes.CHANGE_TARGET_EXISTS, withChange("{\"type\":\"add-contribution\",\"article\":\"1\","
                        + "\"contribution\":{\"id\":\"phase-3-2020\",\"contributor\":\"metropole-amp\","
                        + "\"beneficiary\":\"gip-crpv-paca\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},"
                        + "\"budget\":\"2020\",\"nature\":\"grant\",\"schedule\":[]}}")),
                rule(HistoryCodes.CHANGE_RESULT_INVALID, withChange(
                        "{\"type\":\"add-phase\",\"article\":\"1\",\"phase\":{\"number\":9,\"title\":\"P\","
                        + "\"status\":\"planned\",\"orientations\":[]}}")),
                // A change whose result breaks an invariant: at the change's member, with the invariant's code.
                invariant(ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN, withChange("{\"type\":\"add-contribution\","
                        + "\"article\":\"1\",\"contribution\":{\"id\":\"stranger\",\"contributor\":\"etat\","
                        + "\"beneficiary\":\"gip-crpv-paca\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},"
                        + "\"budget\":\"2020\",\"nature\":\"grant\",\"schedule\":[]}}"),
                        "/amendments/1/changes/0/contribution/contributor"),
                invariant(TextCodes.POSITION_NOT_POSITIVE, withTextChange("{\"type\":\"delete-paragraph\",\"location\":"
                        + "{\"type\":\"article\",\"number\":\"1\",\"paragraph\":0}}"),
                        "/amendments/1/changes/0/operation/location/paragraph"),
                invariant(TextCodes.LOCATION_UNFIT, withTextChange("{\"type\":\"replace-sentence\",\"location\":"
                        + "{\"type\":\"article\",\"number\":\"1\",\"paragraph\":1},\"sentence\":\"Une phrase.\"}"),
                        "/amendments/1/changes/0/operation/location/sentence"),
                rule(HistoryCodes.CHANGE_WORDS_ABSENT, withTextChange("{\"type\":\"replace-words\",\"location\":"
                        + "{\"type\":\"article\",\"number\":\"1\",\"paragraph\":1},\"words\":\"mots absents\","
                        + "\"replacement\":\"autres\",\"occurrences\":[]}")));
    }

    private static Arguments invariant(ViolationCode code, String document, String pointer) {
        return Arguments.of(code, document, pointer);
    }

    /** Amendment rules are reported under the amendment that breaks them. */
    private static Arguments rule(ViolationCode code, String document) {
        return Arguments.of(code, document, "/amendments/1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theViolationIsReportedWithItsCodeAndPointer(ViolationCode code, String document, String pointer) {
        JsonDocument<?> kind = kindOf(document);
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class, () -> JSON.read(kind, document));
        assertThat(rejection).as(code.id()).isNotNull();
        assertThat(rejection.code()).as(rejection.getMessage()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        LocatedViolation found = rejection.violations().stream().filter(v -> v.code().equals(code)).findFirst().orElse(null);
        assertThat(found).as(rejection.getMessage()).isNotNull();
        if (code.kind() == ViolationCode.Kind.RULE) {
            assertThat(found.pointer()).as(rejection.getMessage()).startsWith(pointer);
        } else {
            assertThat(found.pointer()).as(rejection.getMessage()).isEqualTo(pointer);
        }
        assertThat(found.line()).isEqualTo(1);
        assertThat(found.column()).isPositive();
    }

    /** The kind a case's document is read as: a history when it has a base, else a convention. */
    private static JsonDocument<?> kindOf(String document) {
        return document.contains("\"base\":") ? JsonDocument.HISTORY : JsonDocument.CONVENTION;
    }

    /** A case's compact document, pretty-printed, so that its values stand on lines of their own. */
    private static String pretty(String compact) throws IOException {
        return new ObjectMapper().readTree(compact).toPrettyString();
    }

    /**
     * A string and bytes are read first without noting positions, then again with them when a
     * violation needs one; a stream is read once, noting them: the three give the same rejection,
     * violation for violation, line and column included.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRejectionIsTheSameFromAStringBytesAndAStream(ViolationCode code, String compact, String pointer)
            throws IOException {
        JsonDocument<?> kind = kindOf(compact);
        String document = pretty(compact);
        byte[] bytes = document.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ConventioJsonException fromText = catchThrowableOfType(ConventioJsonException.class,
                () -> JSON.read(kind, document));
        ConventioJsonException fromBytes = catchThrowableOfType(ConventioJsonException.class,
                () -> JSON.read(kind, bytes));
        ConventioJsonException fromStream = catchThrowableOfType(ConventioJsonException.class,
                () -> JSON.read(kind, new java.io.ByteArrayInputStream(bytes)));
        assertThat(fromStream).as(code.id()).isNotNull();
        for (ConventioJsonException rejection : List.of(fromText, fromBytes)) {
            assertThat(rejection.getMessage()).isEqualTo(fromStream.getMessage());
            assertThat(rejection.violations()).isEqualTo(fromStream.violations());
        }
    }

    /**
     * The line and column of each violation are those where the value its pointer names starts (or,
     * for a pointer deeper than the document goes, the deepest value of it the document has), found
     * here by Jackson's own pointers and locations: in a pretty document, no violation is at the
     * document's first brace, and none at the brace of the object whose check found it unless its
     * pointer names that object.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theViolationIsLocatedAtTheValueItsPointerNames(ViolationCode code, String compact, String pointer)
            throws IOException {
        JsonDocument<?> kind = kindOf(compact);
        String document = pretty(compact);
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> JSON.read(kind, document));
        assertThat(rejection).as(code.id()).isNotNull();
        Map<String, int[]> values = valueLocations(document);
        for (LocatedViolation violation : rejection.violations()) {
            int[] expected = locate(values, violation.pointer());
            assertThat(new int[] {violation.line(), violation.column()}).as(violation.toString()).isEqualTo(expected);
            if (!violation.pointer().isEmpty()) {
                assertThat(violation.line()).as(violation.toString()).isGreaterThan(1);
            }
        }
    }

    /** The line and column of the first token of every value of a document, by its JSON Pointer. */
    static Map<String, int[]> valueLocations(String document) throws IOException {
        Map<String, int[]> values = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(document)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonLocation at = parser.currentTokenLocation();
                values.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                        new int[] {at.getLineNr(), at.getColumnNr()});
            }
        }
        return values;
    }

    /** The location of the deepest value of a pointer that the document holds. */
    static int[] locate(Map<String, int[]> values, String pointer) {
        String prefix = pointer;
        while (!values.containsKey(prefix)) {
            prefix = prefix.substring(0, prefix.lastIndexOf('/'));
        }
        return values.get(prefix);
    }

    private static final Set<ViolationCode> TEXT_FORMS = Set.of(FinanceCodes.BUDGET_PERIOD_MALFORMED,
            TermCodes.START_RULE_MALFORMED, TermCodes.TERM_END_MALFORMED, DateCodes.PARTIAL_DATE_MALFORMED,
            DateCodes.DATE_OUT_OF_RANGE, ChangeCodes.UNTIL_ON_LASTING_CHANGE);

    @Test
    void everyInvariantAndEveryAmendmentRuleHasItsCase() {
        Set<ViolationCode> covered = cases().map(arguments -> (ViolationCode) arguments.get()[0])
                .collect(Collectors.toSet());
        Set<ViolationCode> expected = new HashSet<>();
        for (ViolationCode code : CodeCatalog.named("conventio-core").orElseThrow().codes()) {
            // Policies are application code, not data, and queries are not reading: neither can a document break.
            // Nor can it hold a malformed text form: the format reads start rules and ends as objects, and
            // rejects a budget period's form itself (format.budget-period.invalid) before the model sees it.
            // Nor a date outside the years 0000 to 9999: a date of the format has four digits (format.date.invalid).
            // Nor a lasting change with an end of its own: the format has no until on those kinds (an unknown member).
            if ((code.kind() == ViolationCode.Kind.INVARIANT || code.kind() == ViolationCode.Kind.RULE)
                    && !TEXT_FORMS.contains(code)) {
                expected.add(code);
            }
        }
        assertThat(covered).isEqualTo(expected);
    }

    @Test
    void aLastingChangeWithAnEndOfItsOwnIsAnUnknownMemberOfTheFormat() {
        String document = replace(HISTORY_2, FIRST_CHANGE, "\"changes\":[{\"type\":\"prolong-term\",\"article\":\"1\","
                + "\"by\":\"P1Y\",\"until\":\"2020-12-31\"},{\"type\":\"change-contribution-amount\"");
        assertThatThrownBy(() -> JSON.read(JsonDocument.HISTORY, document))
                .isInstanceOfSatisfying(ConventioJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo(RejectionCode.UNKNOWN_FIELD);
                    assertThat(e.pointer()).isEqualTo("/amendments/1/changes/0/until");
                });
    }
}
