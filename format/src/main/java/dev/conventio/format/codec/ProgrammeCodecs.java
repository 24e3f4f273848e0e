package dev.conventio.format.codec;

import dev.conventio.action.Action;
import dev.conventio.format.RejectionCode;
import dev.conventio.objective.Quantity;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The actions of a programme and the targets that are not money (version 2, issue 14): each
 * object's members declared once.
 */
final class ProgrammeCodecs {

    /** A quantity's value, a plain decimal string such as {@code "700"} or {@code "12.5"}. */
    private static final ValueCodec<BigDecimal> DECIMAL = new ValueCodec<>() {
        @Override
        public BigDecimal read(Reader in) throws IOException {
            String text = in.text();
            if (MoneyFormat.decimalPlaces(text) < 0) {
                throw in.reject(RejectionCode.INVALID_AMOUNT, "a quantity is a plain decimal string of at most "
                        + MoneyFormat.MAX_INTEGER_DIGITS + " integer digits, such as \"700\", was '"
                        + Reader.abbreviate(text) + "'");
            }
            return new BigDecimal(text);
        }

        @Override
        public void write(Writer out, BigDecimal value) throws IOException {
            out.sink().string(value.toPlainString());
        }
    };

    /** A target's period, {@code per-year}, {@code programme}, {@code by YYYY[-MM[-DD]]} or {@code over YYYY-YYYY}. */
    private static final ValueCodec<TargetPeriod> PERIOD = MoneyFormsCodecs.textForm(TargetPeriod::parse);

    private static final Member<Action, String> ACTION_ID = Member.required(Names.ID, Scalars.TEXT, Action::id);
    private static final Member<Action, String> ACTION_TITLE = Member.required(Names.TITLE, Scalars.TEXT,
            Action::title);
    private static final Member<Action, String> ACTION_DESCRIPTION = Member.optional(Names.DESCRIPTION, Scalars.TEXT,
            Action::description);

    static final ObjectCodec<Action> ACTION = ObjectCodec.of("action", values -> Action.builder()
            .id(values.get(ACTION_ID))
            .title(values.get(ACTION_TITLE))
            .description(values.optional(ACTION_DESCRIPTION))
            .build(), ACTION_ID, ACTION_TITLE, ACTION_DESCRIPTION);

    private static final Member<Quantity, BigDecimal> VALUE = Member.required(Names.VALUE, DECIMAL, Quantity::value);
    private static final Member<Quantity, String> UNIT = Member.required(Names.UNIT, Scalars.TEXT, Quantity::unit);
    private static final Member<Quantity, Boolean> APPROXIMATE = Member.optional(Names.APPROXIMATE, Scalars.BOOLEAN,
            (Quantity quantity) -> quantity.isApproximate() ? Optional.of(true) : Optional.empty());

    static final ObjectCodec<Quantity> QUANTITY = ObjectCodec.of("quantity", values -> Quantity.of(values.get(VALUE),
            values.get(UNIT), Boolean.TRUE.equals(values.get(APPROXIMATE))), VALUE, UNIT, APPROXIMATE);

    private static final Member<Target, String> TARGET_ID = Member.required(Names.ID, Scalars.TEXT, Target::id);
    private static final Member<Target, String> TARGET_TITLE = Member.required(Names.TITLE, Scalars.TEXT,
            Target::title);
    private static final Member<Target, Quantity> TARGET_QUANTITY = Member.required(Names.QUANTITY, QUANTITY,
            Target::quantity);
    private static final Member<Target, TargetPeriod> TARGET_PERIOD = Member.required(Names.PERIOD, PERIOD,
            Target::period);
    private static final Member<Target, Integer> TARGET_PHASE = Member.optional(Names.PHASE, Scalars.INTEGER,
            (Target target) -> target.phase().isPresent() ? Optional.of(target.phase().getAsInt()) : Optional.empty());
    private static final Member<Target, String> TARGET_ACTION = Member.optional(Names.ACTION, Scalars.TEXT,
            Target::action);
    private static final Member<Target, String> TARGET_SOURCE = Member.optional(Names.SOURCE, Scalars.TEXT,
            Target::source);

    static final ObjectCodec<Target> TARGET = ObjectCodec.of("target", values -> Target.builder()
            .id(values.get(TARGET_ID))
            .title(values.get(TARGET_TITLE))
            .quantity(values.get(TARGET_QUANTITY))
            .period(values.get(TARGET_PERIOD))
            .phase(values.has(TARGET_PHASE) ? OptionalInt.of(values.get(TARGET_PHASE)) : OptionalInt.empty())
            .action(values.optional(TARGET_ACTION))
            .source(values.optional(TARGET_SOURCE))
            .build(), TARGET_ID, TARGET_TITLE, TARGET_QUANTITY, TARGET_PERIOD, TARGET_PHASE, TARGET_ACTION, TARGET_SOURCE);

    private ProgrammeCodecs() {
    }
}
