package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.format.FormatVersions;
import dev.conventio.format.RejectionCode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scalars and lists: JSON types, paired surrogates, real dates, canonical periods, four-digit years, ascending sets. */
class ScalarsTest {

    private static Object read(ValueCodec<?> codec, String json) throws IOException {
        Reader in = new Reader(new TextSource(json));
        in.version(FormatVersions.LATEST);
        in.next();
        return codec.read(in);
    }

    private static Rejection rejection(ValueCodec<?> codec, String json) {
        Rejection rejection = catchThrowableOfType(Rejection.class, () -> read(codec, json));
        assertThat(rejection).as(json).isNotNull();
        return rejection;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\uD83D\\uDE00", "x\\uD83D\\uDE00", "\\uD83D\\uDE00y", "\\uD83D\\uDE00\\uD83D\\uDE01", "plain"})
    void aTextWithItsSurrogatesPairedIsRead(String escaped) throws IOException {
        String expected = (String) read(Scalars.TEXT, "\"" + escaped + "\"");
        assertThat(expected).doesNotContain("\\").isEqualTo(unescape(escaped));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\uD83D", "a\\uD83Db", "\\uDE00", "\\uDE00\\uD83D", "\\uD83D\\uDE00\\uD83D", "x\\uDE00"})
    void aTextWithAnUnpairedSurrogateIsInvalid(String escaped) {
        Rejection rejection = rejection(Scalars.TEXT, "\"" + escaped + "\"");
        assertThat(rejection.code()).isEqualTo(RejectionCode.INVALID_TEXT);
        assertThat(rejection.detail()).isEqualTo("the text holds an unpaired UTF-16 surrogate");
    }

    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            if (escaped.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(escaped.charAt(i));
            }
        }
        return out.toString();
    }

    @Test
    void aValueOfAnotherJsonTypeIsOfTheWrongType() {
        assertThat(rejection(Scalars.TEXT, "{\"a\":1}").detail()).isEqualTo("expected a string, found an object");
        assertThat(rejection(Scalars.INTEGER, "1.5").detail()).isEqualTo("expected an integer, found a decimal number");
        assertThat(rejection(Scalars.BOOLEAN, "\"yes\"").detail()).isEqualTo("expected a boolean, found a string");
        assertThat(rejection(Scalars.TEXTS, "\"x\"").detail()).isEqualTo("expected an array, found a string");
        assertThat(rejection(Scalars.ASCENDING_INTEGERS, "true").detail()).isEqualTo("expected an array, found a boolean");
        assertThat(rejection(Scalars.TEXT, "[]").code()).isEqualTo(RejectionCode.WRONG_TYPE);
        assertThat(rejection(Scalars.TEXTS, "[\"a\",null]").code()).isEqualTo(RejectionCode.NULL_VALUE);
        Rejection large = rejection(Scalars.INTEGER, "2147483648");
        assertThat(large.code()).isEqualTo(RejectionCode.NUMBER_OUT_OF_RANGE);
        assertThat(large.detail()).isEqualTo("integer 2147483648 is outside -2147483648..2147483647");
    }

    @Test
    void aWrongTypeInADocumentIsRejectedAtItsValue() {
        String text = DocumentCodecTest.MINIMAL.replace("\"legalBases\":[]", "\"legalBases\":\n  \"none\"");
        Rejection rejection = DocumentCodecTest.rejection(DocumentCodec.CONVENTION, text);
        assertThat(rejection.code()).isEqualTo(RejectionCode.WRONG_TYPE);
        assertThat(rejection.detail()).isEqualTo("expected an array, found a string");
        assertThat(rejection.pointer()).isEqualTo("/legalBases");
        Location expected = TextLocations.of(text, "\"none\"");
        assertThat(List.of(rejection.location().line(), rejection.location().column()))
                .containsExactly(expected.line(), expected.column());
    }

    @Test
    void theElementsOfAListAreReadInOrder() throws IOException {
        assertThat(read(Scalars.TEXTS, "[\"a\",\"b\",\"c\",\"d\",\"e\"]")).isEqualTo(List.of("a", "b", "c", "d", "e"));
        assertThat(read(Scalars.list(Scalars.INTEGER), "[]")).isEqualTo(List.of());
        assertThat(read(Scalars.list(Scalars.list(Scalars.BOOLEAN)), "[[true],[false,true]]"))
                .isEqualTo(List.of(List.of(true), List.of(false, true)));
    }

    @Test
    void aSetOfNumbersIsListedInIncreasingOrderWithoutRepeats() throws IOException {
        assertThat(read(Scalars.ASCENDING_INTEGERS, "[-5,0,3]")).isEqualTo(List.of(-5, 0, 3));
        assertThat(read(Scalars.ASCENDING_INTEGERS, "[]")).isEqualTo(List.of());
        Rejection repeat = rejection(Scalars.ASCENDING_INTEGERS, "[1,2,2]");
        assertThat(repeat.code()).isEqualTo(RejectionCode.NOT_ASCENDING);
        assertThat(repeat.detail()).isEqualTo("the numbers are listed in increasing order without repeats,"
                + " 2 comes after 2");
        assertThat(repeat.pointer()).isEqualTo("/2");
        assertThat(rejection(Scalars.ASCENDING_INTEGERS, "[3,1]").detail()).endsWith(", 1 comes after 3");
    }

    @Test
    void aDateIsFourTwoAndTwoDigitsThatNameADayThatExists() throws IOException {
        assertThat(read(Scalars.DATE, "\"2024-02-29\"")).isEqualTo(LocalDate.of(2024, 2, 29));
        for (String notADate : List.of("2020-0a-15", "20a0-01-15", "2020-01-1x", "2020/01/15", "2020-01-155")) {
            Rejection rejection = rejection(Scalars.DATE, "\"" + notADate + "\"");
            assertThat(rejection.code()).isEqualTo(RejectionCode.INVALID_DATE);
            assertThat(rejection.detail()).isEqualTo("a date is YYYY-MM-DD, was '" + notADate + "'");
        }
        Rejection noDay = rejection(Scalars.DATE, "\"2023-02-29\"");
        assertThat(noDay.code()).isEqualTo(RejectionCode.INVALID_DATE);
        assertThat(noDay.detail()).isEqualTo("date '2023-02-29' does not exist");
    }

    @Test
    void aPeriodIsReadInItsCanonicalFormOfAtMost32Characters() throws IOException {
        assertThat(read(Scalars.PERIOD, "\"P1Y6M\"")).isEqualTo(Period.of(1, 6, 0));
        String longest = "P" + Integer.MAX_VALUE + "Y" + Integer.MAX_VALUE + "M12345678D";
        assertThat(longest).hasSize(32);
        assertThat(read(Scalars.PERIOD, "\"" + longest + "\"")).isEqualTo(Period.of(Integer.MAX_VALUE,
                Integer.MAX_VALUE, 12345678));
        String tooLong = "P" + Integer.MAX_VALUE + "Y" + Integer.MAX_VALUE + "M123456789D";
        assertThat(Period.parse(tooLong)).as("a period, but too long a text").hasToString(tooLong);
        for (String notCanonical : List.of(tooLong, "P1Y0M", "P", "one year")) {
            Rejection rejection = rejection(Scalars.PERIOD, "\"" + notCanonical + "\"");
            assertThat(rejection.code()).isEqualTo(RejectionCode.INVALID_PERIOD);
            assertThat(rejection.detail()).endsWith("was '" + notCanonical + "'");
        }
    }

    @Test
    void aYearHasFourDigits() throws IOException {
        assertThat(read(MoneyFormsCodecs.YEAR, "1000")).isEqualTo(Year.of(1000));
        assertThat(read(MoneyFormsCodecs.YEAR, "9999")).isEqualTo(Year.of(9999));
        for (int notFourDigits : List.of(999, 10000, -2022, 0)) {
            Rejection rejection = rejection(MoneyFormsCodecs.YEAR, String.valueOf(notFourDigits));
            assertThat(rejection.code()).isEqualTo(RejectionCode.NUMBER_OUT_OF_RANGE);
            assertThat(rejection.detail()).isEqualTo("a year has four digits, such as 2022, was " + notFourDigits);
        }
    }

    @Test
    void aModelPathIsAJsonPointerSuffix() {
        assertThat(Reader.toPointer("")).isEmpty();
        assertThat(Reader.toPointer("contributions[0].amount")).isEqualTo("/contributions/0/amount");
        assertThat(Reader.toPointer("[3].amount")).isEqualTo("/3/amount");
        assertThat(Reader.toPointer("[3][1]")).isEqualTo("/3/1");
        assertThat(Reader.toPointer("a~b/c")).isEqualTo("/a~0b~1c");
    }
}
