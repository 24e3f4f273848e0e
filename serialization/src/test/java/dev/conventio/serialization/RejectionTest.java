package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentCodes;
import dev.conventio.change.ChangeObject;
import dev.conventio.convention.Article;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.format.FormatVersions;
import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import dev.conventio.history.HistoryCodes;
import dev.conventio.party.PartyCodes;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermCodes;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.WorkCodes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written corpus of bad documents: one targeted change of a valid document per rule, each
 * with the code and the JSON Pointer it must be rejected with.
 */
class RejectionTest {

    /** The cases are made from version-1 documents, which readers read forever; version 2's have their own. */
    private static final ConventioJson JSON = ConventioJson.compact().writing(1);

    /** A valid convention, as the library writes it. */
    static final String CONVENTION = JSON.write(JsonDocument.CONVENTION, Samples.minimalConvention());

    private static final String CONTRIBUTION = "{\"id\":\"c\",\"contributor\":\"gip-crpv-paca\","
            + "\"beneficiary\":\"commune-x\",\"amount\":{\"amount\":\"100000.00\",\"currency\":\"EUR\"},"
            + "\"budget\":\"2020\",\"nature\":\"grant\",\"schedule\":[]}";

    /** A valid convention with one contribution, for the money rules. */
    static final String WITH_MONEY = replace(CONVENTION, "\"contributions\":[]", "\"contributions\":[" + CONTRIBUTION + "]");

    private static final String PHASE = "{\"number\":1,\"title\":\"P\",\"status\":\"planned\",\"orientations\":[]}";

    /** A valid convention with one phase and one decision, for integers and sets. */
    static final String WITH_PHASE = replace(replace(CONVENTION, "\"phases\":[]", "\"phases\":[" + PHASE + "]"),
            "\"decisions\":[]", "\"decisions\":[{\"date\":\"2021-02-01\",\"statement\":\"S\",\"validatedPhases\":[1]}]");

    /** A valid convention with a term. */
    static final String WITH_TERM = replace(CONVENTION, "\"signatures\":[]",
            "\"term\":{\"start\":{\"type\":\"on-signature-by-all-parties\"},\"end\":{\"date\":\"2022-12-31\"},"
                    + "\"renewal\":{\"period\":\"P1Y\",\"maxRenewals\":1,\"tacit\":true}},\"signatures\":[]");

    /** A valid amendment with one change, as the library writes it. */
    static final String AMENDMENT = JSON.write(JsonDocument.AMENDMENT, Amendment.builder().number(1)
            .articles(List.of(Article.of("1", "A")))
            .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(LocalDate.of(2020, 12, 31))))
            .changes(List.of(ChangeObject.of("1", "X"))).build());

    /** Replaces the one occurrence of a fragment, failing if there is not exactly one. */
    static String replace(String document, String fragment, String replacement) {
        int at = document.indexOf(fragment);
        if (at < 0 || document.indexOf(fragment, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + fragment + "' is not in the document exactly once: " + document);
        }
        return document.substring(0, at) + replacement + document.substring(at + fragment.length());
    }

    static ConventioJsonException rejection(JsonDocument<?> document, String json) {
        return catchThrowableOfType(ConventioJsonException.class, () -> JSON.read(document, json));
    }

    @Test
    void theBaseDocumentsAreValid() throws Exception {
        // Each case below is one change of these; they must be valid for the cases to mean anything.
        for (String convention : List.of(CONVENTION, WITH_MONEY, WITH_PHASE, WITH_TERM)) {
            assertThat(JSON.write(JsonDocument.CONVENTION, JSON.read(JsonDocument.CONVENTION, convention)))
                    .isEqualTo(convention);
        }
        assertThat(JSON.write(JsonDocument.AMENDMENT, JSON.read(JsonDocument.AMENDMENT, AMENDMENT))).isEqualTo(AMENDMENT);
    }

    static Stream<Arguments> conventionCases() {
        return Stream.of(
                // JSON before anything else
                Arguments.of("empty input", "", RejectionCode.MALFORMED_JSON, ""),
                Arguments.of("only whitespace", " \n ", RejectionCode.MALFORMED_JSON, ""),
                Arguments.of("truncated", CONVENTION.substring(0, 40), RejectionCode.MALFORMED_JSON, "/reference"),
                Arguments.of("single quotes", replace(CONVENTION, "\"R-1\"", "'R-1'"), RejectionCode.MALFORMED_JSON,
                        "/reference"),
                Arguments.of("comment", replace(CONVENTION, "\"object\"", "/* c */\"object\""),
                        RejectionCode.MALFORMED_JSON, "/reference"),
                Arguments.of("trailing object", CONVENTION + "{}", RejectionCode.TRAILING_CONTENT, ""),
                Arguments.of("trailing garbage", CONVENTION + " x", RejectionCode.MALFORMED_JSON, ""),
                Arguments.of("malformed after an unknown member wins",
                        replace(CONVENTION, "\"object\":\"Objet\"", "\"bogus\":1,\"object\":\"Objet\"") + "]",
                        RejectionCode.MALFORMED_JSON, ""),
                Arguments.of("trailing content after a domain violation wins",
                        replace(CONVENTION, "\"R-1\"", "\" \"") + "[]", RejectionCode.TRAILING_CONTENT, ""),
                // the document's shape
                Arguments.of("root is an array", "[" + CONVENTION + "]", RejectionCode.WRONG_TYPE, ""),
                Arguments.of("formatVersion missing", replace(CONVENTION, "\"formatVersion\":1,", ""),
                        RejectionCode.FORMAT_VERSION_MISSING, "/reference"),
                Arguments.of("formatVersion not first", replace(replace(CONVENTION, "\"formatVersion\":1,", ""),
                        "\"signatures\":[]", "\"signatures\":[],\"formatVersion\":1"),
                        RejectionCode.FORMAT_VERSION_MISSING, "/reference"),
                // Version 2 is read since the format module: the future is the version after the latest.
                Arguments.of("formatVersion of the future", replace(CONVENTION, "\"formatVersion\":1",
                        "\"formatVersion\":" + (FormatVersions.LATEST + 1)),
                        RejectionCode.FORMAT_VERSION_UNSUPPORTED, "/formatVersion"),
                Arguments.of("formatVersion 0", replace(CONVENTION, "\"formatVersion\":1", "\"formatVersion\":0"),
                        RejectionCode.FORMAT_VERSION_UNSUPPORTED, "/formatVersion"),
                Arguments.of("version 2 without its document", replace(CONVENTION, "\"formatVersion\":1",
                        "\"formatVersion\":2"), RejectionCode.DOCUMENT_KIND_MISSING, "/reference"),
                Arguments.of("version 2 naming another kind", replace(CONVENTION, "\"formatVersion\":1",
                        "\"formatVersion\":2,\"document\":\"history\""), RejectionCode.DOCUMENT_KIND_MISMATCH, "/document"),
                Arguments.of("version 2 naming no kind", replace(CONVENTION, "\"formatVersion\":1",
                        "\"formatVersion\":2,\"document\":\"Convention\""), RejectionCode.DOCUMENT_KIND_MISMATCH,
                        "/document"),
                Arguments.of("version 2 with a null document", replace(CONVENTION, "\"formatVersion\":1",
                        "\"formatVersion\":2,\"document\":null"), RejectionCode.NULL_VALUE, "/document"),
                Arguments.of("version 2 with its document twice", replace(CONVENTION, "\"formatVersion\":1",
                        "\"formatVersion\":2,\"document\":\"convention\",\"document\":\"convention\""),
                        RejectionCode.DUPLICATE_FIELD, "/document"),
                Arguments.of("version 1 with a document", replace(CONVENTION, "\"formatVersion\":1",
                        "\"formatVersion\":1,\"document\":\"convention\""), RejectionCode.UNKNOWN_FIELD, "/document"),
                Arguments.of("formatVersion as a string", replace(CONVENTION, "\"formatVersion\":1", "\"formatVersion\":\"1\""),
                        RejectionCode.WRONG_TYPE, "/formatVersion"),
                Arguments.of("formatVersion twice", replace(CONVENTION, "\"formatVersion\":1", "\"formatVersion\":1,\"formatVersion\":1"),
                        RejectionCode.DUPLICATE_FIELD, "/formatVersion"),
                Arguments.of("unknown member at the root", replace(CONVENTION, "\"object\":", "\"objet\":\"x\",\"object\":"),
                        RejectionCode.UNKNOWN_FIELD, "/objet"),
                Arguments.of("unknown member in a party", replace(CONVENTION, "\"kind\":\"gip\"", "\"kind\":\"gip\",\"x\":1"),
                        RejectionCode.UNKNOWN_FIELD, "/parties/0/x"),
                Arguments.of("unknown member in a person", replace(CONVENTION, "\"fullName\":\"Mustapha Berra\"",
                        "\"fullName\":\"Mustapha Berra\",\"age\":40"), RejectionCode.UNKNOWN_FIELD,
                        "/parties/0/representative/person/age"),
                Arguments.of("unknown member in money", replace(WITH_MONEY, "\"currency\":\"EUR\"",
                        "\"currency\":\"EUR\",\"rate\":1"), RejectionCode.UNKNOWN_FIELD, "/contributions/0/amount/rate"),
                Arguments.of("duplicate member", replace(CONVENTION, "\"reference\":\"R-1\"",
                        "\"reference\":\"R-1\",\"reference\":\"R-2\""), RejectionCode.DUPLICATE_FIELD, "/reference"),
                Arguments.of("duplicate nested member", replace(CONVENTION, "\"kind\":\"gip\"", "\"kind\":\"gip\",\"kind\":\"gip\""),
                        RejectionCode.DUPLICATE_FIELD, "/parties/0/kind"),
                Arguments.of("missing required member", replace(CONVENTION, "\"object\":\"Objet\",", ""),
                        RejectionCode.MISSING_FIELD, ""),
                Arguments.of("missing required collection", replace(CONVENTION, "\"legalBases\":[],", ""),
                        RejectionCode.MISSING_FIELD, ""),
                Arguments.of("missing nested member", replace(CONVENTION, ",\"fullName\":\"Mustapha Berra\"", ""),
                        RejectionCode.MISSING_FIELD, "/parties/0/representative/person"),
                Arguments.of("missing boolean with a default", replace(CONVENTION, ",\"orDelegate\":false", ""),
                        RejectionCode.MISSING_FIELD, "/parties/0/representative"),
                Arguments.of("null required member", replace(CONVENTION, "\"Objet\"", "null"),
                        RejectionCode.NULL_VALUE, "/object"),
                Arguments.of("null optional member", replace(CONVENTION, "\"legalBases\"", "\"publication\":null,\"legalBases\""),
                        RejectionCode.NULL_VALUE, "/publication"),
                Arguments.of("null list element", replace(CONVENTION, "\"legalBases\":[]", "\"legalBases\":[null]"),
                        RejectionCode.NULL_VALUE, "/legalBases/0"),
                Arguments.of("null at the root", "null", RejectionCode.WRONG_TYPE, ""),
                Arguments.of("string for an integer", replace(WITH_PHASE, "\"number\":1", "\"number\":\"1\""),
                        RejectionCode.WRONG_TYPE, "/phases/0/number"),
                Arguments.of("decimal for an integer", replace(WITH_PHASE, "\"number\":1", "\"number\":1.9"),
                        RejectionCode.WRONG_TYPE, "/phases/0/number"),
                Arguments.of("integral decimal for an integer", replace(WITH_PHASE, "\"number\":1", "\"number\":1.0"),
                        RejectionCode.WRONG_TYPE, "/phases/0/number"),
                Arguments.of("exponent for an integer", replace(WITH_PHASE, "\"number\":1", "\"number\":1e0"),
                        RejectionCode.WRONG_TYPE, "/phases/0/number"),
                Arguments.of("integer out of range", replace(WITH_PHASE, "\"number\":1", "\"number\":2147483648"),
                        RejectionCode.NUMBER_OUT_OF_RANGE, "/phases/0/number"),
                Arguments.of("empty string for an object", replace(CONVENTION, "\"signatures\":[]", "\"term\":\"\",\"signatures\":[]"),
                        RejectionCode.WRONG_TYPE, "/term"),
                Arguments.of("string for a boolean", replace(CONVENTION, "\"orDelegate\":false", "\"orDelegate\":\"false\""),
                        RejectionCode.WRONG_TYPE, "/parties/0/representative/orDelegate"),
                Arguments.of("number for a string", replace(CONVENTION, "\"R-1\"", "1"),
                        RejectionCode.WRONG_TYPE, "/reference"),
                Arguments.of("object for a list", replace(CONVENTION, "\"legalBases\":[]", "\"legalBases\":{}"),
                        RejectionCode.WRONG_TYPE, "/legalBases"),
                Arguments.of("unpaired surrogate", replace(CONVENTION, "\"R-1\"", "\"R-\\ud800\""),
                        RejectionCode.INVALID_TEXT, "/reference"),
                Arguments.of("unknown constant", replace(CONVENTION, "\"kind\":\"gip\"", "\"kind\":\"GIP\""),
                        RejectionCode.UNKNOWN_CONSTANT, "/parties/0/kind"),
                Arguments.of("Java constant name", replace(WITH_PHASE, "\"planned\"", "\"PLANNED\""),
                        RejectionCode.UNKNOWN_CONSTANT, "/phases/0/status"),
                Arguments.of("date that does not exist", replace(CONVENTION, "2021-01-04", "2023-02-29"),
                        RejectionCode.INVALID_DATE, "/concludedOn"),
                Arguments.of("date without padding", replace(CONVENTION, "2021-01-04", "2021-1-4"),
                        RejectionCode.INVALID_DATE, "/concludedOn"),
                Arguments.of("date time", replace(CONVENTION, "\"2021-01-04\"", "\"2021-01-04T00:00\""),
                        RejectionCode.INVALID_DATE, "/concludedOn"),
                Arguments.of("date as a number", replace(CONVENTION, "\"2021-01-04\"", "20210104"),
                        RejectionCode.WRONG_TYPE, "/concludedOn"),
                Arguments.of("period in weeks", replace(WITH_TERM, "\"P1Y\"", "\"P2W\""),
                        RejectionCode.INVALID_PERIOD, "/term/renewal/period"),
                Arguments.of("period in words", replace(WITH_TERM, "\"P1Y\"", "\"1 year\""),
                        RejectionCode.INVALID_PERIOD, "/term/renewal/period"),
                Arguments.of("end with a date and a duration", replace(WITH_TERM, "\"end\":{\"date\":\"2022-12-31\"}",
                        "\"end\":{\"date\":\"2022-12-31\",\"duration\":\"P1Y\"}"), RejectionCode.EXCLUSIVE_FIELDS, "/term/end"),
                Arguments.of("end with neither", replace(WITH_TERM, "\"end\":{\"date\":\"2022-12-31\"}", "\"end\":{}"),
                        RejectionCode.MISSING_FIELD, "/term/end"),
                Arguments.of("start rule without type", replace(WITH_TERM, "{\"type\":\"on-signature-by-all-parties\"}", "{}"),
                        RejectionCode.MISSING_TYPE, "/term/start"),
                Arguments.of("start rule of unknown type", replace(WITH_TERM, "on-signature-by-all-parties", "on-signature"),
                        RejectionCode.UNKNOWN_TYPE, "/term/start/type"),
                Arguments.of("start rule on a date without date", replace(WITH_TERM, "on-signature-by-all-parties", "on-date"),
                        RejectionCode.MISSING_FIELD, "/term/start"),
                Arguments.of("start rule on signature with a date", replace(WITH_TERM, "\"on-signature-by-all-parties\"",
                        "\"on-signature-by-all-parties\",\"date\":\"2021-01-01\""), RejectionCode.UNKNOWN_FIELD,
                        "/term/start/date"),
                Arguments.of("budget period syntax", replace(WITH_MONEY, "\"budget\":\"2020\"", "\"budget\":\"20-20\""),
                        RejectionCode.INVALID_BUDGET_PERIOD, "/contributions/0/budget"),
                Arguments.of("phases of a decision out of order", replace(replace(WITH_PHASE, "\"validatedPhases\":[1]",
                        "\"validatedPhases\":[1,1]"), "x", "x"), RejectionCode.NOT_ASCENDING,
                        "/decisions/0/validatedPhases/1"),
                Arguments.of("article with neither title nor text", replace(CONVENTION, "\"articles\":[]",
                        "\"articles\":[{\"number\":\"1\"}]"), RejectionCode.MISSING_FIELD, "/articles/0"),
                // money
                Arguments.of("amount as a number", replace(WITH_MONEY, "\"100000.00\"", "100000.00"),
                        RejectionCode.WRONG_TYPE, "/contributions/0/amount/amount"),
                Arguments.of("amount with an exponent", replace(WITH_MONEY, "\"100000.00\"", "\"1e5\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("amount bomb", replace(WITH_MONEY, "\"100000.00\"", "\"1e100000000\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("amount of a thousand digits", replace(WITH_MONEY, "\"100000.00\"", "\"" + "9".repeat(1000) + ".00\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("amount of nineteen integer digits", replace(WITH_MONEY, "\"100000.00\"", "\"1" + "0".repeat(18) + ".00\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("negative zero", replace(WITH_MONEY, "\"100000.00\"", "\"-0\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("negative zero at scale", replace(WITH_MONEY, "\"100000.00\"", "\"-0.00\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("leading plus", replace(WITH_MONEY, "\"100000.00\"", "\"+100000.00\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("leading zero", replace(WITH_MONEY, "\"100000.00\"", "\"0100000.00\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("no integer digit", replace(WITH_MONEY, "\"100000.00\"", "\".50\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("no fraction digit", replace(WITH_MONEY, "\"100000.00\"", "\"100000.\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("decimal comma", replace(WITH_MONEY, "\"100000.00\"", "\"100000,00\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("spaces", replace(WITH_MONEY, "\"100000.00\"", "\"100 000.00\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("empty amount", replace(WITH_MONEY, "\"100000.00\"", "\"\""),
                        RejectionCode.INVALID_AMOUNT, "/contributions/0/amount/amount"),
                Arguments.of("scale above the currency's", replace(WITH_MONEY, "\"100000.00\"", "\"100000.001\""),
                        RejectionCode.AMOUNT_SCALE, "/contributions/0/amount/amount"),
                Arguments.of("scale below the currency's", replace(WITH_MONEY, "\"100000.00\"", "\"100000\""),
                        RejectionCode.AMOUNT_SCALE, "/contributions/0/amount/amount"),
                Arguments.of("pseudo-currency XXX", replace(WITH_MONEY, "\"EUR\"", "\"XXX\""),
                        RejectionCode.UNSUPPORTED_CURRENCY, "/contributions/0/amount/currency"),
                Arguments.of("precious metal XAU", replace(WITH_MONEY, "\"EUR\"", "\"XAU\""),
                        RejectionCode.UNSUPPORTED_CURRENCY, "/contributions/0/amount/currency"),
                Arguments.of("test currency XTS", replace(WITH_MONEY, "\"EUR\"", "\"XTS\""),
                        RejectionCode.UNSUPPORTED_CURRENCY, "/contributions/0/amount/currency"),
                Arguments.of("historic currency FRF", replace(WITH_MONEY, "\"EUR\"", "\"FRF\""),
                        RejectionCode.UNSUPPORTED_CURRENCY, "/contributions/0/amount/currency"),
                Arguments.of("fund code CLF", replace(WITH_MONEY, "\"EUR\"", "\"CLF\""),
                        RejectionCode.UNSUPPORTED_CURRENCY, "/contributions/0/amount/currency"),
                Arguments.of("lower-case currency", replace(WITH_MONEY, "\"EUR\"", "\"eur\""),
                        RejectionCode.UNSUPPORTED_CURRENCY, "/contributions/0/amount/currency"),
                Arguments.of("unknown currency", replace(WITH_MONEY, "\"EUR\"", "\"ABC\""),
                        RejectionCode.UNSUPPORTED_CURRENCY, "/contributions/0/amount/currency"),
                Arguments.of("currency name", replace(WITH_MONEY, "\"EUR\"", "\"EURO\""),
                        RejectionCode.UNSUPPORTED_CURRENCY, "/contributions/0/amount/currency"),
                Arguments.of("missing currency", replace(WITH_MONEY, ",\"currency\":\"EUR\"", ""),
                        RejectionCode.MISSING_FIELD, "/contributions/0/amount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conventionCases")
    void aBadConventionIsRejectedWithItsCodeAndPointer(String rule, String document, RejectionCode code, String pointer) {
        ConventioJsonException rejection = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> rejection(JsonDocument.CONVENTION, document));
        assertThat(rejection).as(rule).isNotNull();
        assertThat(rejection.code()).as(rule + ": " + rejection.getMessage()).isEqualTo(code);
        assertThat(rejection.pointer()).as(rule + ": " + rejection.getMessage()).isEqualTo(pointer);
        assertThat(rejection.line()).as(rule).isPositive();
        assertThat(rejection.column()).as(rule).isPositive();
        assertThat(rejection.violations()).as(rule).isEmpty();
        assertThat(rejection.getMessage()).as(rule).contains(code.code());
    }

    static Stream<Arguments> amendmentCases() {
        return Stream.of(
                Arguments.of("type missing", replace(AMENDMENT, "\"type\":\"amendment\",", ""),
                        RejectionCode.MISSING_TYPE, "/number"),
                Arguments.of("type not first", replace(replace(AMENDMENT, "\"type\":\"amendment\",", ""),
                        "\"number\":1,", "\"number\":1,\"type\":\"amendment\","), RejectionCode.MISSING_TYPE, "/number"),
                Arguments.of("unknown type", replace(AMENDMENT, "\"type\":\"amendment\"", "\"type\":\"avenant\""),
                        RejectionCode.UNKNOWN_TYPE, "/type"),
                Arguments.of("type twice", replace(AMENDMENT, "\"number\":1,", "\"number\":1,\"type\":\"amendment\","),
                        RejectionCode.DUPLICATE_FIELD, "/type"),
                Arguments.of("change without type", replace(AMENDMENT, "\"type\":\"change-object\",", ""),
                        RejectionCode.MISSING_TYPE, "/changes/0/article"),
                Arguments.of("change of unknown type", replace(AMENDMENT, "change-object", "change-subject"),
                        RejectionCode.UNKNOWN_TYPE, "/changes/0/type"),
                Arguments.of("change typed by its class name", replace(AMENDMENT, "change-object", "ChangeObject"),
                        RejectionCode.UNKNOWN_TYPE, "/changes/0/type"),
                Arguments.of("change typed by its qualified class name", replace(AMENDMENT, "change-object",
                        "dev.conventio.change.ChangeObject"), RejectionCode.UNKNOWN_TYPE, "/changes/0/type"),
                Arguments.of("change type as a number", replace(AMENDMENT, "\"change-object\"", "7"),
                        RejectionCode.WRONG_TYPE, "/changes/0/type"),
                Arguments.of("member of another kind of change", replace(AMENDMENT, "\"object\":\"X\"",
                        "\"object\":\"X\",\"phase\":1"), RejectionCode.UNKNOWN_FIELD, "/changes/0/phase"),
                Arguments.of("change missing a member", replace(AMENDMENT, ",\"object\":\"X\"", ""),
                        RejectionCode.MISSING_FIELD, "/changes/0"),
                Arguments.of("null change", replace(AMENDMENT, "\"changes\":[{", "\"changes\":[null,{"),
                        RejectionCode.NULL_VALUE, "/changes/0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amendmentCases")
    void aBadAmendmentIsRejectedWithItsCodeAndPointer(String rule, String document, RejectionCode code, String pointer) {
        ConventioJsonException rejection = rejection(JsonDocument.AMENDMENT, document);
        assertThat(rejection).as(rule).isNotNull();
        assertThat(rejection.code()).as(rule + ": " + rejection.getMessage()).isEqualTo(code);
        assertThat(rejection.pointer()).as(rule + ": " + rejection.getMessage()).isEqualTo(pointer);
    }

    static Stream<Arguments> domainCases() {
        return Stream.of(
                Arguments.of("blank reference", JsonDocument.CONVENTION, replace(CONVENTION, "\"R-1\"", "\" \""),
                        List.of(CommonCodes.TEXT_BLANK), List.of("/reference")),
                Arguments.of("one party", JsonDocument.CONVENTION, replace(CONVENTION, "},{\"id\":\"commune-x\"",
                        "}],\"x\":[{\"id\":\"commune-x\"").replace(",\"x\":[", ",\"legalBases2\":["),
                        List.of(), List.of()),
                Arguments.of("malformed identifiers of two parties", JsonDocument.CONVENTION,
                        replace(replace(CONVENTION, "\"gip-crpv-paca\"", "\"GIP\""), "\"commune-x\"", "\"Commune X\""),
                        List.of(CommonCodes.IDENTIFIER_MALFORMED, CommonCodes.IDENTIFIER_MALFORMED),
                        List.of("/parties/0/id", "/parties/1/id")),
                Arguments.of("SIREN checksum", JsonDocument.CONVENTION, replace(CONVENTION, "\"kind\":\"gip\"",
                        "\"kind\":\"gip\",\"siren\":\"200054808\""), List.of(PartyCodes.SIREN_CHECKSUM),
                        List.of("/parties/0/siren")),
                Arguments.of("negative contribution", JsonDocument.CONVENTION, replace(WITH_MONEY, "\"100000.00\"", "\"-5.00\""),
                        List.of(FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE), List.of("/contributions/0/amount")),
                Arguments.of("contribution from a stranger", JsonDocument.CONVENTION,
                        replace(WITH_MONEY, "\"contributor\":\"gip-crpv-paca\"", "\"contributor\":\"someone\""),
                        List.of(ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN), List.of("/contributions/0/contributor")),
                Arguments.of("reversed budget period", JsonDocument.CONVENTION,
                        replace(WITH_MONEY, "\"budget\":\"2020\"", "\"budget\":\"2022-2020\""),
                        List.of(FinanceCodes.BUDGET_PERIOD_REVERSED), List.of("/contributions/0/budget")),
                Arguments.of("negative duration", JsonDocument.CONVENTION,
                        replace(WITH_TERM, "\"end\":{\"date\":\"2022-12-31\"}", "\"end\":{\"duration\":\"P-1Y\"}"),
                        List.of(TermCodes.DURATION_NOT_POSITIVE), List.of("/term/end/duration")),
                Arguments.of("renewal twice wrong", JsonDocument.CONVENTION,
                        replace(replace(WITH_TERM, "\"P1Y\"", "\"P0D\""), "\"maxRenewals\":1", "\"maxRenewals\":0"),
                        List.of(TermCodes.DURATION_NOT_POSITIVE, TermCodes.RENEWAL_COUNT_NOT_POSITIVE),
                        List.of("/term/renewal/period", "/term/renewal/maxRenewals")),
                Arguments.of("decision on a phase that does not exist", JsonDocument.CONVENTION,
                        replace(WITH_PHASE, "\"validatedPhases\":[1]", "\"validatedPhases\":[1,2]"),
                        List.of(ConventionCodes.DECISION_PHASE_UNKNOWN), List.of("/decisions/0/validatedPhases")),
                Arguments.of("change of an article the amendment lacks", JsonDocument.AMENDMENT,
                        replace(AMENDMENT, "\"article\":\"1\"", "\"article\":\"9\""),
                        List.of(AmendmentCodes.CHANGE_ARTICLE_UNKNOWN), List.of("/changes/0/article")),
                Arguments.of("amendment number zero", JsonDocument.AMENDMENT,
                        replace(AMENDMENT, "\"number\":1,", "\"number\":0,"),
                        List.of(AmendmentCodes.AMENDMENT_NUMBER_NOT_POSITIVE), List.of("/number")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domainCases")
    void aDomainViolationIsRejectedWithEveryViolationAndItsPointer(String rule, JsonDocument<?> document, String json,
            List<ViolationCode> codes, List<String> pointers) {
        ConventioJsonException rejection = rejection(document, json);
        assertThat(rejection).as(rule).isNotNull();
        if (codes.isEmpty()) {
            assertThat(rejection.code()).as(rule).isNotEqualTo(RejectionCode.DOMAIN_VIOLATION);
            return;
        }
        assertThat(rejection.code()).as(rule + ": " + rejection.getMessage()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        assertThat(rejection.violations()).extracting(LocatedViolation::code).as(rule).isEqualTo(codes);
        assertThat(rejection.violations()).extracting(LocatedViolation::pointer).as(rule).isEqualTo(pointers);
        assertThat(rejection.pointer()).isEqualTo(pointers.get(0));
        assertThat(rejection.getMessage()).contains(codes.get(0).id());
    }

    @Test
    void aHistoryThatBreaksAnAmendmentRuleListsTheViolationsUnderTheAmendment() {
        String history = JSON.write(JsonDocument.HISTORY, Samples.history());
        // Avenant n° 2 becomes n° 3: it no longer follows n° 1.
        String skipped = replace(history, "\"type\":\"amendment\",\"number\":2", "\"type\":\"amendment\",\"number\":3");
        ConventioJsonException rejection = rejection(JsonDocument.HISTORY, skipped);
        assertThat(rejection.code()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        assertThat(rejection.violations()).extracting(LocatedViolation::code)
                .containsExactly(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT);
        assertThat(rejection.pointer()).startsWith("/amendments/1");
    }

    @Test
    void aHistoryWhoseAmendmentChangesAMissingContributionIsADomainViolation() {
        String history = JSON.write(JsonDocument.HISTORY, Samples.history());
        String missing = replace(history, "\"contribution\":\"phase-3-2020\"", "\"contribution\":\"phase-9\"");
        ConventioJsonException rejection = rejection(JsonDocument.HISTORY, missing);
        assertThat(rejection.code()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        assertThat(rejection.violations()).extracting(LocatedViolation::code).contains(HistoryCodes.CHANGE_TARGET_MISSING);
        assertThat(rejection.violations()).extracting(LocatedViolation::pointer).allMatch(p -> p.startsWith("/amendments/1/"));
    }

    @Test
    void aHistoryWithABadBaseIsRejectedAtTheBase() {
        String history = JSON.write(JsonDocument.HISTORY, Samples.history());
        String bad = replace(history, "\"base\":{\"reference\":\"DEVT 013-2609/17/BM\"", "\"base\":{\"reference\":\" \"");
        ConventioJsonException rejection = rejection(JsonDocument.HISTORY, bad);
        assertThat(rejection.code()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        assertThat(rejection.pointer()).isEqualTo("/base/reference");
    }

    @Test
    void aHistoryMemberOutOfPlaceIsAFormatError() {
        String history = JSON.write(JsonDocument.HISTORY, Samples.history());
        ConventioJsonException rejection = rejection(JsonDocument.HISTORY,
                replace(history, "\"amendments\":[", "\"policies\":[],\"amendments\":["));
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_FIELD);
        assertThat(rejection.pointer()).isEqualTo("/policies");
    }

    /** Issue 17 item 3: an amendment read on its own runs every check of its values that needs no other document. */
    static Stream<Arguments> standaloneChanges() {
        String schedule = "\"schedule\":[{\"dueOn\":\"2020-03-01\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}},"
                + "{\"dueOn\":\"2020-02-01\",\"amount\":{\"amount\":\"2.00\",\"currency\":\"EUR\"}}]";
        return Stream.of(
                Arguments.of(replace(AMENDMENT, "{\"type\":\"change-object\",\"article\":\"1\",\"object\":\"X\"}",
                        "{\"type\":\"set-orientations\",\"article\":\"1\",\"phase\":3,\"orientations\":["
                                + "{\"order\":1,\"title\":\"a\"},{\"order\":1,\"title\":\"b\"}]}"),
                        WorkCodes.PHASE_ORIENTATIONS_DUPLICATE_ORDER, "/changes/0/orientations/1/order"),
                Arguments.of(replace(AMENDMENT, "{\"type\":\"change-object\",\"article\":\"1\",\"object\":\"X\"}",
                        "{\"type\":\"change-contribution-amount\",\"article\":\"1\",\"contribution\":\"c\","
                                + "\"amount\":{\"amount\":\"9.00\",\"currency\":\"EUR\"}," + schedule + "}"),
                        FinanceCodes.SCHEDULE_SUM_MISMATCH, "/changes/0/schedule"),
                Arguments.of(replace(AMENDMENT, "{\"type\":\"change-object\",\"article\":\"1\",\"object\":\"X\"}",
                        "{\"type\":\"change-contribution-schedule\",\"article\":\"1\",\"contribution\":\"c\","
                                + schedule + "}"),
                        FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER, "/changes/0/schedule/1/dueOn"));
    }

    @ParameterizedTest
    @MethodSource("standaloneChanges")
    void aStandaloneAmendmentChecksTheValuesOfItsChanges(String json, ViolationCode code, String pointer) {
        ConventioJsonException rejection = rejection(JsonDocument.AMENDMENT, json);
        assertThat(rejection).as(json).isNotNull();
        assertThat(rejection.code()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        assertThat(rejection.violations()).extracting(LocatedViolation::code, LocatedViolation::pointer)
                .contains(tuple(code, pointer));
    }

    /** An unknown {@code type} of every polymorphic object: the message lists the types it could have. */
    static Stream<Arguments> unknownTypes() {
        return Stream.of(
                Arguments.of(JsonDocument.AMENDMENT, replace(AMENDMENT, "change-object", "change-subject"),
                        List.of("set-orientations", "add-phase", "change-object")),
                Arguments.of(JsonDocument.AMENDMENT, replace(AMENDMENT, "\"type\":\"amendment\"", "\"type\":\"avenant\""),
                        List.of("amendment", "unrecorded-amendment")),
                Arguments.of(JsonDocument.CONVENTION, replace(WITH_TERM, "on-signature-by-all-parties", "on-vote"),
                        List.of("on-signature-by-all-parties", "on-date", "on-notification")));
    }

    @ParameterizedTest
    @MethodSource("unknownTypes")
    void anUnknownTypeListsTheValidOnes(JsonDocument<?> document, String json, List<String> valid) {
        ConventioJsonException rejection = rejection(document, json);
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_TYPE);
        assertThat(rejection.getMessage()).contains(valid);
    }

    @Test
    void aConventionWithOnePartyIsADomainViolation() {
        String onlyGip = replace(CONVENTION, CONVENTION.substring(CONVENTION.indexOf(",{\"id\":\"commune-x\""),
                CONVENTION.indexOf("],\"concludedOn\"")), "");
        ConventioJsonException rejection = rejection(JsonDocument.CONVENTION, onlyGip);
        assertThat(rejection.code()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        assertThat(rejection.violations()).extracting(LocatedViolation::code)
                .containsExactly(ConventionCodes.CONVENTION_PARTIES_TOO_FEW);
        assertThat(rejection.pointer()).isEqualTo("/parties");
        // At the parties' array, not at the convention's brace.
        assertThat(rejection.line()).isEqualTo(1);
        assertThat(rejection.column()).isEqualTo(onlyGip.indexOf("\"parties\":[") + "\"parties\":[".length());
    }

    @Test
    void lineAndColumnNameTheOffendingToken() {
        String pretty = ConventioJson.pretty().write(JsonDocument.CONVENTION, Samples.minimalConvention())
                .replace("\"kind\": \"commune\"", "\"kind\": \"town\"");
        ConventioJsonException rejection = rejection(JsonDocument.CONVENTION, pretty);
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_CONSTANT);
        String[] lines = pretty.split("\n");
        int line = 0;
        while (!lines[line].contains("\"town\"")) {
            line++;
        }
        assertThat(rejection.line()).isEqualTo(line + 1);
        assertThat(rejection.column()).isEqualTo(lines[line].indexOf("\"town\"") + 1);
    }

    // ---- limits ------------------------------------------------------------------------------------

    @Test
    void aStringOverTheLimitIsRejected() {
        String document = replace(CONVENTION, "\"R-1\"", "\"" + "r".repeat((1 << 20) + 1) + "\"");
        ConventioJsonException rejection = rejection(JsonDocument.CONVENTION, document);
        assertThat(rejection.code()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
        assertThat(rejection.getMessage()).contains("String value length");
    }

    @Test
    void aStringAtTheLimitIsAccepted() throws Exception {
        String document = replace(CONVENTION, "\"R-1\"", "\"" + "r".repeat(1 << 20) + "\"");
        assertThat(JSON.read(JsonDocument.CONVENTION, document).reference().orElseThrow()).hasSize(1 << 20);
    }

    @Test
    void aNameOverTheLimitIsRejected() {
        String document = replace(CONVENTION, "\"object\":", "\"" + "n".repeat(65) + "\":1,\"object\":");
        ConventioJsonException rejection = rejection(JsonDocument.CONVENTION, document);
        assertThat(rejection.code()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
        assertThat(rejection.getMessage()).contains("Name length");
    }

    @Test
    void aNumberOverTheLimitIsRejected() {
        String document = replace(WITH_PHASE, "\"number\":1", "\"number\":" + "1".repeat(21));
        ConventioJsonException rejection = rejection(JsonDocument.CONVENTION, document);
        assertThat(rejection.code()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
        assertThat(rejection.getMessage()).contains("Number value length");
    }

    @Test
    void nestingDeeperThanTheLimitIsRejected() {
        // The value is out of place at depth 2; the rest of the document is still judged as JSON first.
        String document = replace(CONVENTION, "\"legalBases\":[]", "\"legalBases\":" + "[".repeat(70) + "]".repeat(70));
        ConventioJsonException rejection = rejection(JsonDocument.CONVENTION, document);
        assertThat(rejection.code()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
        assertThat(rejection.getMessage()).contains("nesting depth");
    }

    @Test
    void nestingAtTheLimitIsNotALimitProblem() {
        // 63 levels inside the root object: the depth is allowed, the misplaced array is a format error.
        String document = replace(CONVENTION, "\"legalBases\":[]", "\"legalBases\":" + "[".repeat(63) + "]".repeat(63));
        assertThat(rejection(JsonDocument.CONVENTION, document).code()).isEqualTo(RejectionCode.WRONG_TYPE);
    }

    @Test
    void aDocumentOverTheLimitIsRejected() {
        String big = "\"" + "b".repeat(1 << 20) + "\"";
        String document = replace(CONVENTION, "\"legalBases\":[]", "\"legalBases\":[" + String.join(",",
                java.util.Collections.nCopies(17, big)) + "]");
        ConventioJsonException rejection = rejection(JsonDocument.CONVENTION, document);
        assertThat(rejection.code()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
        assertThat(rejection.getMessage()).contains("Document length");
    }

    @Test
    void aDocumentOfBytesOverTheLimitIsRejectedBeforeItIsParsed() {
        // Found by JsonLimitsFuzzTest: Jackson measures a byte array before it makes a parser.
        String document = replace(CONVENTION, "\"legalBases\":[]", "\"legalBases\":[]" + " ".repeat(16 << 20));
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> JSON.read(JsonDocument.CONVENTION, document.getBytes(StandardCharsets.UTF_8)));
        assertThat(rejection.code()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
        assertThat(rejection.getMessage()).contains("Document length");
    }

    @Test
    void tooManyTokensAreRejected() {
        String document = replace(CONVENTION, "\"legalBases\":[]", "\"legalBases\":["
                + String.join(",", java.util.Collections.nCopies(1_000_001, "\"l\"")) + "]");
        ConventioJsonException rejection = rejection(JsonDocument.CONVENTION, document);
        assertThat(rejection.code()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
        assertThat(rejection.getMessage()).contains("Token count");
    }

    @Test
    void utf16IsRejectedAsMalformed() {
        byte[] utf16 = CONVENTION.getBytes(StandardCharsets.UTF_16LE);
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> JSON.read(JsonDocument.CONVENTION, utf16));
        assertThat(rejection.code()).isEqualTo(RejectionCode.MALFORMED_JSON);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0000fffe", "feff0000", "0000007b", "007b0000"})
    void ucs4InAnUnusualByteOrderIsRejectedAsMalformedFromBytesAndStreams(String head) throws Exception {
        // Jackson's encoding detection refuses these byte orders before any parser exists: a fuzzing finding.
        byte[] bytes = java.util.HexFormat.of().parseHex(head + "00000000000000b5");
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable read : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> JSON.read(JsonDocument.CONVENTION, bytes),
                () -> JSON.read(JsonDocument.HISTORY, new java.io.ByteArrayInputStream(bytes)))) {
            ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class, read);
            assertThat(rejection).as(head).isNotNull();
            assertThat(rejection.code()).isEqualTo(RejectionCode.MALFORMED_JSON);
            assertThat(rejection.pointer()).isEmpty();
            assertThat(rejection.line()).isEqualTo(1);
        }
    }

    @Test
    void invalidUtf8IsRejectedAsMalformed() {
        byte[] bytes = CONVENTION.getBytes(StandardCharsets.UTF_8);
        int at = CONVENTION.indexOf("R-1") + 1;
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> JSON.read(JsonDocument.CONVENTION, bytes));
        assertThat(rejection.code()).isEqualTo(RejectionCode.MALFORMED_JSON);
    }

    @Test
    void aThousandDigitNumberIsRejectedByTheNumberLimitBeforeAnyArithmetic() {
        String document = replace(WITH_MONEY, "\"100000.00\"", "9".repeat(1000));
        ConventioJsonException rejection = rejection(JsonDocument.CONVENTION, document);
        assertThat(rejection.code()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
        assertThat(rejection.getMessage()).contains("Number value length");
    }

    @Test
    void aHugeBadValueIsQuotedShortInTheMessage() {
        String document = replace(CONVENTION, "\"kind\":\"gip\"", "\"kind\":\"" + "g".repeat(100_000) + "\"");
        ConventioJsonException rejection = rejection(JsonDocument.CONVENTION, document);
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_CONSTANT);
        assertThat(rejection.getMessage()).contains("(100000 characters)").hasSizeLessThan(1000);
    }

    @Test
    void theAmountBombIsRejectedQuickly() {
        String document = replace(WITH_MONEY, "\"100000.00\"", "\"1e100000000\"");
        long start = System.nanoTime();
        ConventioJsonException rejection = rejection(JsonDocument.CONVENTION, document);
        assertThat(rejection.code()).isEqualTo(RejectionCode.INVALID_AMOUNT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
}
