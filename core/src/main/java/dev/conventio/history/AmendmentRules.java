package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.AddParty;
import dev.conventio.change.Change;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.internal.InstrumentChecks;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The amendment rules: whether a candidate may join a history as its next amendment (see
 * {@link History} for the rules and their codes), and the state it leaves if it does.
 *
 * <p>Stateless: each check reads the history's {@link Chronicle} and never changes it.
 */
final class AmendmentRules {

    /**
     * The outcome of checking a candidate: its violations and undetermined outcomes, its dates, and
     * the convention on its first day with it applied, when its start is known and its changes apply
     * (else null).
     */
    record Evaluation(List<Violation> outcomes, Span span, ConsolidatedConvention first) {

        /** The certain violations, which reject the candidate. */
        List<Violation> violations() {
            return Violation.certainOf(outcomes);
        }

        /** The undetermined outcomes, which a history accepts and keeps. */
        List<Violation> undetermined() {
            return outcomes.stream().filter(Violation::isUndetermined).toList();
        }
    }

    private AmendmentRules() {
    }

    /**
     * Adds each amendment in order to a history under the amendment rules, as
     * {@link History#of(Convention, List)} does: every violation reported
     * under {@code amendments[i]}, a rejected amendment counted as unrecorded for the next ones.
     */
    static History admitAll(History history, List<? extends AmendmentRecord> amendments) {
        Violations violations = Violations.collector();
        for (int i = 0; i < amendments.size(); i++) {
            AmendmentRecord record = java.util.Objects.requireNonNull(amendments.get(i), "amendment");
            Evaluation evaluation = evaluate(history, record);
            List<Violation> certain = evaluation.violations();
            violations.addAll("amendments[" + i + "]", certain);
            history = certain.isEmpty() ? history.withRecord(record, evaluation)
                    : history.withRecord(UnrecordedAmendment.of(record.number()), new Evaluation(List.of(),
                            Span.unrecordedSpan(), null));
        }
        violations.throwIfAny();
        return history;
    }

    /** Adds a candidate to a history, as {@link History#add} does: accepted unless a violation is certain. */
    static History admit(History history, AmendmentRecord next) {
        Evaluation evaluation = evaluate(history, next);
        if (!evaluation.violations().isEmpty()) {
            throw new ValidationException(evaluation.violations());
        }
        return history.withRecord(next, evaluation);
    }

    /** Checks a candidate as the next amendment of a history, under the history's policies. */
    static Evaluation evaluate(History history, AmendmentRecord next) {
        Chronicle chronicle = history.chronicle();
        Violations violations = Violations.collector();
        int expected = chronicle.ledger().size() + 1;
        if (next.number() != expected) {
            violations.add(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT, "number", "amendment n° " + next.number()
                    + " does not follow: the history has " + (expected - 1) + " amendments, the next is n° "
                    + expected);
        }
        Span span = Span.of(next);
        ConsolidatedConvention first = null;
        if (next instanceof Amendment amendment) {
            first = check(chronicle, amendment, span, violations);
            // Policies judge what the changes do: only once they are known to apply.
            if (first != null) {
                for (AmendmentPolicy policy : history.policies()) {
                    violations.addAll("", policy.check(history, amendment));
                }
            }
        }
        List<Violation> outcomes = violations.list();
        if (history.policies().contains(AmendmentPolicy.undeterminedRejected())) {
            outcomes = outcomes.stream().map(Violation::asCertain).toList();
        }
        return new Evaluation(outcomes, span, span.first() != null ? first : null);
    }

    /**
     * Checks a recorded amendment; returns the convention with its changes applied, on the first day
     * they are checked on (its first day in force when known), when they apply; else null.
     */
    private static ConsolidatedConvention check(Chronicle chronicle, Amendment amendment, Span span,
            Violations violations) {
        Convention base = chronicle.base();
        List<Span.SigningDay> signingDays = Span.signingDays(amendment);
        for (Span.SigningDay signed : signingDays) {
            PartialDate date = signed.date();
            if (date.isCertainlyBefore(base.concludedOn())) {
                violations.add(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, signed.path(), "signed on "
                        + date + ", before convention " + base.identification() + " was concluded on " + base.concludedOn());
            } else if (date.isKnown() && base.concludedOn().isKnown() && date.isPossiblyBefore(base.concludedOn())) {
                // Days known in part; a date not known at all is no evidence either way.
                violations.addUndetermined(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, signed.path(),
                        "signed in " + date + ", possibly before convention " + base.identification()
                                + " was concluded on " + base.concludedOn() + "; the days given do not decide");
            }
        }
        violations.addAll("", InstrumentChecks.undeterminedSignatureOrder(amendment.signatures(),
                amendment.authorisations(), amendment.opinions()));
        WorkingState standing = null;
        LocalDate concluded = span.concludedOn();
        if (concluded != null) {
            standing = chronicle.stateOn(chronicle.ledger().size(), concluded);
            checkSignatures(amendment, standing.partyIds(), concluded, violations);
            LocalDate end = chronicle.lastDay(standing);
            if (end != null && concluded.isAfter(end)) {
                violations.add(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, lastSignaturePath(signingDays, concluded),
                        "amendment n° " + amendment.number() + " is concluded on " + concluded + ", after convention "
                                + base.identification() + " ended on " + end + " (renewals included)");
            }
        }
        if (concluded == null && !amendment.isDraft()) {
            checkEndInPart(chronicle, amendment, signingDays, violations);
        }
        if (span.first() != null && span.last().isBefore(span.first())) {
            violations.add(HistoryCodes.AMENDMENT_TERM_ENDS_BEFORE_EFFECT, "term.end", "amendment n° "
                    + amendment.number() + " takes effect on " + span.first() + " but its term ends on "
                    + span.last() + ": it would never be in force");
        }
        for (int i = 0; span.first() != null && i < amendment.changes().size(); i++) {
            LocalDate until = amendment.changes().get(i).until().orElse(null);
            if (until != null && until.isBefore(span.first())) {
                violations.add(HistoryCodes.CHANGE_ENDS_BEFORE_EFFECT, "changes[" + i + "].until", "the change ends on "
                        + until + ", before its amendment takes effect on " + span.first());
            }
        }
        return checkChanges(chronicle, amendment, span, standing, violations);
    }

    /**
     * Applies the changes of an amendment to the convention as it stands on each of its
     * {@linkplain Chronicle#applicationDates application dates}; returns the result on the first
     * one, or null after reporting the changes that do not apply.
     *
     * @param standing  the state on the day of its last signature, used again rather than built
     *     again, null for a draft
     */
    private static ConsolidatedConvention checkChanges(Chronicle chronicle, Amendment amendment, Span span,
            WorkingState standing, Violations violations) {
        Violations changes = Violations.collector();
        Set<String> reported = new HashSet<>();
        ConsolidatedConvention first = null;
        for (LocalDate day : chronicle.applicationDates(span, outlives(amendment))) {
            // The state on the day of conclusion serves again when the amendment takes effect that
            // day, as it does on signature by all parties; it is used once, since applying changes it.
            WorkingState state = standing != null && day.equals(span.concludedOn()) ? standing
                    : chronicle.stateOn(chronicle.ledger().size(), day);
            standing = null;
            Violations here = Violations.collector();
            if (span.first() == null || span.covers(day)) {
                state.apply(amendment, day, here);
            } else {
                state.applyLasting(amendment, day, here);
            }
            if (here.isEmpty()) {
                try {
                    if (first == null) {
                        first = state.freeze(day, List.of());
                    } else {
                        state.check();
                    }
                } catch (ValidationException e) {
                    // Found at fault change by change, on a state of its own; else as a whole.
                    WorkingState again = chronicle.stateOn(chronicle.ledger().size(), day);
                    if (!again.applyChecked(amendment, day, here)) {
                        for (Violation violation : e.violations()) {
                            here.add(HistoryCodes.CHANGE_RESULT_INVALID, "changes",
                                    "the result would break an invariant: " + violation);
                        }
                    }
                }
            }
            for (Violation violation : here.list()) {
                // The same change usually fails the same way in every state: report it once.
                if (reported.add(violation.code() + " " + violation.path())) {
                    changes.addAll("", List.of(violation));
                }
            }
        }
        violations.addAll("", changes.list());
        return changes.isEmpty() ? first : null;
    }

    /** Tells whether a change of the amendment outlives its term ({@link Change#isLasting()}). */
    private static boolean outlives(Amendment amendment) {
        for (Change change : amendment.changes()) {
            if (change.isLasting()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For an amendment signed on days known in part: its conclusion lies between the earliest and the
     * latest possible day of its last signature; after the convention's end (as it stands on the
     * earliest) for certain is a violation, possibly after it an undetermined outcome.
     */
    private static void checkEndInPart(Chronicle chronicle, Amendment amendment, List<Span.SigningDay> signingDays,
            Violations violations) {
        LocalDate earliest = null;
        LocalDate latest = null;
        String path = null;
        for (Span.SigningDay signed : signingDays) {
            PartialDate date = signed.date();
            if (date.earliest().isEmpty()) {
                return;   // a day not known at all bounds nothing
            }
            earliest = earliest == null || date.earliest().get().isAfter(earliest) ? date.earliest().get() : earliest;
            if (latest == null || date.latest().get().isAfter(latest)) {
                latest = date.latest().get();
                path = signed.path();
            }
        }
        LocalDate end = earliest == null ? null : chronicle.lastDay(chronicle.stateOn(chronicle.ledger().size(),
                earliest));
        if (end == null || !latest.isAfter(end)) {
            return;
        }
        String concluded = "amendment n° " + amendment.number() + " is concluded between " + earliest + " and "
                + latest + ", the days given in part, and convention " + chronicle.base().identification()
                + " ends on " + end + " (renewals included)";
        if (earliest.isAfter(end)) {
            violations.add(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, path, concluded + ": after it");
        } else {
            violations.addUndetermined(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, path, concluded
                    + ": possibly after it; the days given do not decide");
        }
    }

    private static String lastSignaturePath(List<Span.SigningDay> signingDays, LocalDate day) {
        for (Span.SigningDay signed : signingDays) {
            if (signed.date().date().filter(day::equals).isPresent()) {
                return signed.path();
            }
        }
        return "signatures";
    }

    private static void checkSignatures(Amendment amendment, Set<String> standing, LocalDate day,
            Violations violations) {
        Set<String> added = new LinkedHashSet<>();
        for (Change change : amendment.changes()) {
            if (change instanceof AddParty addParty) {
                added.add(addParty.party().id());
            }
        }
        Set<String> signed = new HashSet<>();
        amendment.signatures().forEach(signature -> signed.add(signature.party()));
        boolean signedByAll = amendment.knownFrom().isPresent();   // by parties its source does not name
        for (String party : standing) {
            if (!signed.contains(party) && !signedByAll) {
                violations.add(HistoryCodes.AMENDMENT_SIGNATURE_MISSING, "signatures", "party '" + party
                        + "' of the convention as it stands on " + day + " does not sign amendment n° "
                        + amendment.number());
            }
        }
        for (String party : added) {
            if (!signed.contains(party) && !standing.contains(party) && !signedByAll) {
                violations.add(HistoryCodes.AMENDMENT_SIGNATURE_MISSING, "signatures", "party '" + party
                        + "', which amendment n° " + amendment.number() + " adds, does not sign it");
            }
        }
        for (int i = 0; i < amendment.signatures().size(); i++) {
            String party = amendment.signatures().get(i).party();
            if (!standing.contains(party) && !added.contains(party)) {
                violations.add(HistoryCodes.AMENDMENT_SIGNATORY_NOT_A_PARTY, "signatures[" + i + "].party", "'"
                        + party + "' signs but is not a party of the convention as it stands on " + day
                        + ", nor one the amendment adds; the parties are " + standing);
            }
        }
        PartyReferences.check(amendment, standing, added, day, violations);
    }
}
