package dev.conventio.format.codec;

import dev.conventio.finance.BudgetPeriod;
import dev.conventio.format.RejectionCode;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** The values of the format that are one JSON scalar, and lists: each read and written once, here. */
final class Scalars {

    private static final int MAX_PERIOD_LENGTH = 32;
    private static final Pattern BUDGET_PERIOD = Pattern.compile("[0-9]{4}(-[0-9]{4})?");

    /** A string without unpaired surrogates. */
    static final ValueCodec<String> TEXT = new ValueCodec<>() {
        @Override
        public String read(Reader in) throws IOException {
            return in.text();
        }

        @Override
        public void write(Writer out, String value) throws IOException {
            out.sink().string(value);
        }
    };

    /** A JSON integer in the 32-bit range. */
    static final ValueCodec<Integer> INTEGER = new ValueCodec<>() {
        @Override
        public Integer read(Reader in) throws IOException {
            return in.integer();
        }

        @Override
        public void write(Writer out, Integer value) throws IOException {
            out.sink().integer(value);
        }
    };

    /** {@code true} or {@code false}. */
    static final ValueCodec<Boolean> BOOLEAN = new ValueCodec<>() {
        @Override
        public Boolean read(Reader in) {
            return in.bool();
        }

        @Override
        public void write(Writer out, Boolean value) throws IOException {
            out.sink().bool(value);
        }
    };

    /** An ISO-8601 calendar date, exactly {@code YYYY-MM-DD}, that exists. */
    static final ValueCodec<LocalDate> DATE = new ValueCodec<>() {
        @Override
        public LocalDate read(Reader in) throws IOException {
            String text = in.text();
            if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
                    || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
                throw in.reject(RejectionCode.INVALID_DATE, "a date is YYYY-MM-DD, was '" + Reader.abbreviate(text) + "'");
            }
            try {
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            } catch (DateTimeException e) {
                throw in.reject(RejectionCode.INVALID_DATE, "date '" + text + "' does not exist");
            }
        }

        @Override
        public void write(Writer out, LocalDate value) throws IOException {
            out.sink().string(value.toString());
        }
    };

    /** An ISO-8601 period in the form {@link Period#toString()} writes ({@code P2Y}, {@code P1Y6M}). */
    static final ValueCodec<Period> PERIOD = new ValueCodec<>() {
        @Override
        public Period read(Reader in) throws IOException {
            String text = in.text();
            Period period = null;
            if (text.length() <= MAX_PERIOD_LENGTH) {
                try {
                    period = Period.parse(text);
                } catch (DateTimeParseException e) {
                    period = null;
                }
            }
            if (period == null || !period.toString().equals(text)) {
                throw in.reject(RejectionCode.INVALID_PERIOD, "a duration is an ISO-8601 period in canonical form"
                        + " such as P2Y or P1Y6M, was '" + Reader.abbreviate(text) + "'");
            }
            return period;
        }

        @Override
        public void write(Writer out, Period value) throws IOException {
            out.sink().string(value.toString());
        }
    };

    /** A budget period, {@code YYYY} or {@code YYYY-YYYY}; one that breaks an invariant is a violation. */
    static final ValueCodec<BudgetPeriod> BUDGET = new ValueCodec<>() {
        @Override
        public BudgetPeriod read(Reader in) throws IOException {
            String text = in.text();
            // The form is the format's to judge; the order of the years, the model's.
            if (!BUDGET_PERIOD.matcher(text).matches()) {
                throw in.reject(RejectionCode.INVALID_BUDGET_PERIOD, "a budget period is YYYY or YYYY-YYYY, was '"
                        + Reader.abbreviate(text) + "'");
            }
            return in.scalar(text, BudgetPeriod::parse);
        }

        @Override
        public void write(Writer out, BudgetPeriod value) throws IOException {
            out.sink().string(value.toString());
        }
    };

    /** A SIREN; one that breaks an invariant is a violation at its token. */
    static final ValueCodec<Siren> SIREN = new ValueCodec<>() {
        @Override
        public Siren read(Reader in) throws IOException {
            return in.scalar(in.text(), Siren::parse);
        }

        @Override
        public void write(Writer out, Siren value) throws IOException {
            out.sink().string(value.toString());
        }
    };

    /** A SIRET; one that breaks an invariant is a violation at its token. */
    static final ValueCodec<Siret> SIRET = new ValueCodec<>() {
        @Override
        public Siret read(Reader in) throws IOException {
            return in.scalar(in.text(), Siret::parse);
        }

        @Override
        public void write(Writer out, Siret value) throws IOException {
            out.sink().string(value.toString());
        }
    };

    /** A set of integers, written in increasing order without repeats: its one canonical form. */
    static final ValueCodec<Collection<Integer>> ASCENDING_INTEGERS = new ValueCodec<>() {
        @Override
        public Collection<Integer> read(Reader in) throws IOException {
            in.startArray();
            List<Integer> list = new ArrayList<>();
            int last = 0;
            while (in.nextElement()) {
                int value = in.integer();
                if (!list.isEmpty() && value <= last) {
                    throw in.reject(RejectionCode.NOT_ASCENDING, "the numbers are listed in increasing order"
                            + " without repeats, " + value + " comes after " + last);
                }
                last = value;
                list.add(value);
            }
            return list;
        }

        @Override
        public void write(Writer out, Collection<Integer> value) throws IOException {
            out.sink().startArray();
            for (int number : value) {
                out.sink().integer(number);
            }
            out.sink().endArray();
        }
    };

    /** A list of strings. */
    static final ValueCodec<List<String>> TEXTS = list(TEXT);

    private Scalars() {
    }

    static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A JSON array of values; the elements that broke an invariant are left out of the list read. */
    static <V> ValueCodec<List<V>> list(ValueCodec<V> element) {
        return new ListCodec<>(element);
    }

    /** A JSON array of values of one codec. */
    static final class ListCodec<V> implements ValueCodec<List<V>> {

        private final ValueCodec<V> element;

        private ListCodec(ValueCodec<V> element) {
            this.element = element;
        }

        ValueCodec<V> element() {
            return element;
        }

        @Override
        public List<V> read(Reader in) throws IOException {
            return in.list(element);
        }

        @Override
        public void write(Writer out, List<V> value) throws IOException {
            out.sink().startArray();
            // By index, the model's lists being random access: two iterators per list were 5 % of a
            // 32 KB write's allocation (JFR).
            for (int i = 0; i < value.size(); i++) {
                element.write(out, value.get(i));
            }
            out.sink().endArray();
        }
    }
}
