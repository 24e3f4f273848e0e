package dev.conventio.serialization;

import static dev.conventio.serialization.RejectionTest.replace;

import dev.conventio.format.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The hand-written documents of this module's tests, valid and invalid, for tests of other modules
 * that compare readers (the examples' test of the facade and both Jackson modules): every case of
 * {@link RejectionTest} and {@link DomainViolationCorpusTest}, the rejections {@code RejectionTest}
 * checks one by one (limits, encodings), and the valid documents the cases are made from. Published
 * in this module's tests jar only.
 */
public final class Corpora {

    /**
     * One document of a corpus.
     *
     * @param name  what the case is, unique in the corpus
     * @param kind  the kind of document it is read as
     * @param bytes  the document, as UTF-8 bytes unless the case is about the encoding
     */
    public record Case(String name, DocumentKind kind, byte[] bytes) {

        @Override
        public String toString() {
            return name;
        }
    }

    private Corpora() {
    }

    /**
     * Lists the documents.
     *
     * @return every document, never null
     */
    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        valid(cases);
        table(cases, "RejectionTest.convention: ", DocumentKind.CONVENTION, RejectionTest.conventionCases());
        table(cases, "RejectionTest.amendment: ", DocumentKind.AMENDMENT, RejectionTest.amendmentCases());
        RejectionTest.domainCases().forEach(arguments -> cases.add(new Case("RejectionTest.domain: " + arguments.get()[0],
                ((JsonDocument<?>) arguments.get()[1]).kind(), utf8((String) arguments.get()[2]))));
        DomainViolationCorpusTest.cases().forEach(arguments -> {
            String document = (String) arguments.get()[1];
            // A code may be broken in two places (a convention, a change): its pointer tells them apart.
            cases.add(new Case("DomainViolationCorpusTest: " + arguments.get()[0] + " at " + arguments.get()[2],
                    document.contains("\"base\":")
                    ? DocumentKind.HISTORY : DocumentKind.CONVENTION, utf8(document)));
        });
        oneByOne(cases);
        return cases;
    }

    private static void valid(List<Case> cases) {
        ConventioJson compact = ConventioJson.compact();
        ConventioJson pretty = ConventioJson.pretty();
        cases.add(new Case("valid: convention", DocumentKind.CONVENTION,
                compact.writeBytes(JsonDocument.CONVENTION, Samples.convention())));
        cases.add(new Case("valid: minimal convention, pretty", DocumentKind.CONVENTION,
                utf8(pretty.write(JsonDocument.CONVENTION, Samples.minimalConvention()))));
        cases.add(new Case("valid: amendment", DocumentKind.AMENDMENT,
                compact.writeBytes(JsonDocument.AMENDMENT, Samples.amendment())));
        cases.add(new Case("valid: unrecorded amendment", DocumentKind.AMENDMENT,
                compact.writeBytes(JsonDocument.AMENDMENT, Samples.unrecorded())));
        cases.add(new Case("valid: history, pretty", DocumentKind.HISTORY,
                utf8(pretty.write(JsonDocument.HISTORY, Samples.history()))));
        for (String base : List.of(RejectionTest.CONVENTION, RejectionTest.WITH_MONEY, RejectionTest.WITH_PHASE,
                RejectionTest.WITH_TERM)) {
            cases.add(new Case("valid: RejectionTest base " + cases.size(), DocumentKind.CONVENTION, utf8(base)));
        }
        cases.add(new Case("valid: RejectionTest amendment", DocumentKind.AMENDMENT, utf8(RejectionTest.AMENDMENT)));
    }

    private static void table(List<Case> cases, String prefix, DocumentKind kind, Stream<Arguments> table) {
        table.forEach(arguments -> cases.add(new Case(prefix + arguments.get()[0], kind, utf8((String) arguments.get()[1]))));
    }

    /** The documents of RejectionTest's single tests: limits, encodings, hostile values. */
    private static void oneByOne(List<Case> cases) {
        String convention = RejectionTest.CONVENTION;
        add(cases, "string over the limit", replace(convention, "\"R-1\"", "\"" + "r".repeat((1 << 20) + 1) + "\""));
        add(cases, "string at the limit", replace(convention, "\"R-1\"", "\"" + "r".repeat(1 << 20) + "\""));
        add(cases, "name over the limit", replace(convention, "\"object\":", "\"" + "n".repeat(65) + "\":1,\"object\":"));
        add(cases, "number over the limit", replace(RejectionTest.WITH_PHASE, "\"number\":1", "\"number\":" + "1".repeat(21)));
        add(cases, "nesting over the limit", replace(convention, "\"legalBases\":[]",
                "\"legalBases\":" + "[".repeat(70) + "]".repeat(70)));
        add(cases, "nesting at the limit", replace(convention, "\"legalBases\":[]",
                "\"legalBases\":" + "[".repeat(63) + "]".repeat(63)));
        add(cases, "too many tokens", replace(convention, "\"legalBases\":[]", "\"legalBases\":["
                + String.join(",", Collections.nCopies(1_000_001, "\"l\"")) + "]"));
        add(cases, "thousand-digit number", replace(RejectionTest.WITH_MONEY, "\"100000.00\"", "9".repeat(1000)));
        add(cases, "huge bad constant", replace(convention, "\"kind\":\"gip\"", "\"kind\":\"" + "g".repeat(100_000) + "\""));
        add(cases, "amount bomb", replace(RejectionTest.WITH_MONEY, "\"100000.00\"", "\"1e100000000\""));
        byte[] invalid = utf8(convention);
        int at = convention.indexOf("R-1") + 1;
        invalid[at] = (byte) 0xC3;
        invalid[at + 1] = (byte) 0x28;
        cases.add(new Case("RejectionTest: invalid UTF-8", DocumentKind.CONVENTION, invalid));
        cases.add(new Case("RejectionTest: UTF-16", DocumentKind.CONVENTION, convention.getBytes(StandardCharsets.UTF_16LE)));
        for (String head : List.of("0000fffe", "feff0000", "0000007b", "007b0000")) {
            cases.add(new Case("RejectionTest: UCS-4 " + head, DocumentKind.CONVENTION,
                    java.util.HexFormat.of().parseHex(head + "00000000000000b5")));
        }
    }

    private static void add(List<Case> cases, String name, String document) {
        cases.add(new Case("RejectionTest: " + name, DocumentKind.CONVENTION, utf8(document)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
