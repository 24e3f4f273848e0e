package dev.conventio.format.codec;

import dev.conventio.format.RejectionCode;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** Terms, their start rules, ends and renewals: each object's members declared once. */
final class TermCodecs {

    private static final Member<StartRule, LocalDate> START_DATE = Member.required(Names.DATE, Scalars.DATE,
            start -> start.date().orElseThrow());
    private static final Member<StartRule, LocalDate> NOTIFIED_ON = Member.optional(Names.DATE, Scalars.DATE,
            StartRule::date);

    /** A start rule: its {@code type} is the name of its kind. */
    static final UnionCodec<StartRule> START = UnionCodec.of("start", List.of(
            UnionCodec.variant(Constants.START_KINDS.name(StartRule.Kind.ON_SIGNATURE_BY_ALL_PARTIES), StartRule.class,
                    ObjectCodec.of("start.on-signature-by-all-parties", values -> StartRule.onSignatureByAllParties())),
            UnionCodec.variant(Constants.START_KINDS.name(StartRule.Kind.ON_DATE), StartRule.class,
                    ObjectCodec.of("start.on-date", values -> StartRule.onDate(values.get(START_DATE)), START_DATE)),
            UnionCodec.variant(Constants.START_KINDS.name(StartRule.Kind.ON_NOTIFICATION), StartRule.class,
                    ObjectCodec.of("start.on-notification", values -> values.has(NOTIFIED_ON)
                            ? StartRule.notifiedOn(values.get(NOTIFIED_ON)) : StartRule.onNotification(), NOTIFIED_ON))),
            start -> Constants.START_KINDS.name(start.kind()),
            type -> "'" + type + "' is not one of " + Constants.START_KINDS.description());

    private static final Member<TermEnd, LocalDate> END_DATE = Member.optional(Names.DATE, Scalars.DATE, TermEnd::date);
    private static final Member<TermEnd, Period> DURATION = Member.optional(Names.DURATION, Scalars.PERIOD,
            TermEnd::duration);

    static final ObjectCodec<TermEnd> END = ObjectCodec.of("end", TermCodecs::end, END_DATE, DURATION);

    private static final Member<Renewal, Period> PERIOD = Member.required(Names.PERIOD, Scalars.PERIOD, Renewal::period);
    private static final Member<Renewal, Integer> MAX_RENEWALS = Member.required(Names.MAX_RENEWALS, Scalars.INTEGER,
            Renewal::maxRenewals);
    private static final Member<Renewal, Boolean> TACIT = Member.required(Names.TACIT, Scalars.BOOLEAN, Renewal::tacit);

    static final ObjectCodec<Renewal> RENEWAL = ObjectCodec.of("renewal", values ->
            Renewal.of(values.get(PERIOD), values.get(MAX_RENEWALS), values.get(TACIT)), PERIOD, MAX_RENEWALS, TACIT);

    private static final Member<Term, StartRule> TERM_START = Member.required(Names.START, START, Term::start);
    /** Version 1: every term has an end. */
    private static final Member<Term, TermEnd> TERM_END_1 = Member.<Term, TermEnd>required(Names.END, END,
            term -> term.end().orElseThrow(() -> new IllegalArgumentException("format version 1 has no term"
                    + " without an end; write version 2"))).until(1);
    /** Version 2: a term without an end lasts from its start on. */
    private static final Member<Term, TermEnd> TERM_END = Member.optional(Names.END, END, Term::end).since(2)
            .succeeding();
    private static final Member<Term, Renewal> TERM_RENEWAL = Member.optional(Names.RENEWAL, RENEWAL, Term::renewal);

    static final ObjectCodec<Term> TERM = ObjectCodec.of("term", TermCodecs::term, TERM_START, TERM_END_1, TERM_END,
            TERM_RENEWAL);

    private TermCodecs() {
    }

    private static Term term(Values values) {
        TermEnd end = values.has(TERM_END_1) ? values.get(TERM_END_1) : values.get(TERM_END);
        return Term.builder().start(values.get(TERM_START)).end(Optional.ofNullable(end))
                .renewal(values.optional(TERM_RENEWAL)).build();
    }

    private static TermEnd end(Values values) {
        LocalDate date = values.get(END_DATE);
        Period duration = values.get(DURATION);
        if ((date == null) == (duration == null)) {
            RejectionCode code = date == null ? RejectionCode.MISSING_FIELD : RejectionCode.EXCLUSIVE_FIELDS;
            throw values.reject(code, "an end has either a date or a duration");
        }
        return date != null ? TermEnd.on(date) : TermEnd.after(duration);
    }
}
