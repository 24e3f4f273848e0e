package dev.conventio.format.codec;

import dev.conventio.finance.AidFacts;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.InstalmentCondition;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.PaymentEvent;
import dev.conventio.finance.Portion;
import dev.conventio.finance.StateAidBasis;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.publication.ConventionReference;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.format.RejectionCode;
import java.io.IOException;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The forms of money that version 2 adds (issue 14): yearly amounts, payment conditions and
 * instalment conditions, beneficiaries' shares, aid facts and transfers; each object's members
 * declared once.
 */
final class MoneyFormsCodecs {

    /** A budget year, a JSON integer of four digits such as {@code 2022}. */
    static final ValueCodec<Year> YEAR = new ValueCodec<>() {
        @Override
        public Year read(Reader in) throws IOException {
            int year = in.integer();
            if (year < 1000 || year > 9999) {
                throw in.reject(RejectionCode.NUMBER_OUT_OF_RANGE, "a year has four digits, such as 2022, was " + year);
            }
            return Year.of(year);
        }

        @Override
        public void write(Writer out, Year value) throws IOException {
            out.sink().integer(value.getValue());
        }
    };

    /** A portion of a whole, {@code "n/d"} such as {@code "1/3"}; a malformed one is a violation at its token. */
    static final ValueCodec<Portion> PORTION = textForm(Portion::parse);

    private static final Member<YearlyAmount, Year> YEARLY_YEAR = Member.required(Names.YEAR, YEAR, YearlyAmount::year);
    private static final Member<YearlyAmount, Money> YEARLY_AMOUNT = Member.optional(Names.AMOUNT, MoneyCodec.MONEY,
            YearlyAmount::amount);
    private static final Member<YearlyAmount, Firmness> FIRMNESS = Member.required(Names.FIRMNESS, Constants.FIRMNESS,
            YearlyAmount::firmness);
    private static final Member<YearlyAmount, String> YEARLY_INFERRED_FROM = Member.optional(Names.INFERRED_FROM,
            Scalars.TEXT, YearlyAmount::inferredFrom);

    static final ObjectCodec<YearlyAmount> YEARLY = ObjectCodec.of("yearlyAmount", values -> YearlyAmount.builder()
            .year(values.get(YEARLY_YEAR))
            .amount(values.optional(YEARLY_AMOUNT))
            .firmness(values.get(FIRMNESS))
            .inferredFrom(values.optional(YEARLY_INFERRED_FROM))
            .build(), YEARLY_YEAR, YEARLY_AMOUNT, FIRMNESS, YEARLY_INFERRED_FROM);

    private static final Member<PaymentConditions, PaymentConditions.Kind> PAYMENT_KIND = Member.required(Names.KIND,
            Constants.PAYMENT_KINDS, PaymentConditions::kind);
    private static final Member<PaymentConditions, String> PAYMENT_DESCRIPTION = Member.optional(Names.DESCRIPTION,
            Scalars.TEXT, PaymentConditions::description);

    static final ObjectCodec<PaymentConditions> PAYMENT = ObjectCodec.of("payment", values -> PaymentConditions.of(
            values.get(PAYMENT_KIND), values.optional(PAYMENT_DESCRIPTION)), PAYMENT_KIND, PAYMENT_DESCRIPTION);

    private static final Member<InstalmentCondition, PaymentEvent> EVENT = Member.required(Names.EVENT,
            Constants.PAYMENT_EVENTS, InstalmentCondition::event);
    private static final Member<InstalmentCondition, String> CONDITION_DESCRIPTION = Member.optional(Names.DESCRIPTION,
            Scalars.TEXT, InstalmentCondition::description);

    static final ObjectCodec<InstalmentCondition> CONDITION = ObjectCodec.of("condition", values ->
            InstalmentCondition.of(values.get(EVENT), values.optional(CONDITION_DESCRIPTION)), EVENT,
            CONDITION_DESCRIPTION);

    private static final Member<BeneficiaryShare, String> SHARE_PARTY = Member.required(Names.PARTY, Scalars.TEXT,
            BeneficiaryShare::party);
    private static final Member<BeneficiaryShare, Portion> SHARE_PORTION = Member.required(Names.PORTION, PORTION,
            BeneficiaryShare::portion);

    static final ObjectCodec<BeneficiaryShare> SHARE = ObjectCodec.of("share", values -> BeneficiaryShare.of(
            values.get(SHARE_PARTY), values.get(SHARE_PORTION)), SHARE_PARTY, SHARE_PORTION);

    private static final Member<AidFacts, StateAidBasis> BASIS = Member.optional(Names.BASIS, Constants.STATE_AID_BASES,
            AidFacts::basis);
    private static final Member<AidFacts, String> BASIS_REFERENCE = Member.optional(Names.BASIS_REFERENCE, Scalars.TEXT,
            AidFacts::basisReference);
    private static final Member<AidFacts, String> RAE_NUMBER = Member.optional(Names.RAE_NUMBER, Scalars.TEXT,
            AidFacts::raeNumber);
    private static final Member<AidFacts, String> SCHEME = Member.optional(Names.SCHEME, Scalars.TEXT, AidFacts::scheme);

    static final ObjectCodec<AidFacts> AID = ObjectCodec.of("aid", values -> AidFacts.builder()
            .basis(values.optional(BASIS))
            .basisReference(values.optional(BASIS_REFERENCE))
            .raeNumber(values.optional(RAE_NUMBER))
            .scheme(values.optional(SCHEME))
            .build(), BASIS, BASIS_REFERENCE, RAE_NUMBER, SCHEME);

    private static final Member<TransferEnd, String> END_CONTRIBUTION = Member.required(Names.CONTRIBUTION,
            Scalars.TEXT, end -> end.contribution().orElseThrow());
    private static final Member<TransferEnd, ConventionReference> END_CONVENTION = Member.required(Names.CONVENTION,
            PublicationCodecs.CONVENTION_REFERENCE, end -> end.otherConvention().orElseThrow());

    /** One end of a transfer: {@code contribution}, {@code other-convention} or {@code unstated}. */
    static final UnionCodec<TransferEnd> END = UnionCodec.of("transferEnd", List.of(
            UnionCodec.variant(Constants.TRANSFER_ENDS.name(TransferEnd.Kind.CONTRIBUTION), TransferEnd.class,
                    ObjectCodec.of("transferEnd.contribution", values -> TransferEnd.contribution(
                            values.get(END_CONTRIBUTION)), END_CONTRIBUTION)),
            UnionCodec.variant(Constants.TRANSFER_ENDS.name(TransferEnd.Kind.OTHER_CONVENTION), TransferEnd.class,
                    ObjectCodec.of("transferEnd.other-convention", values -> TransferEnd.otherConvention(
                            values.get(END_CONVENTION)), END_CONVENTION)),
            UnionCodec.variant(Constants.TRANSFER_ENDS.name(TransferEnd.Kind.UNSTATED), TransferEnd.class,
                    ObjectCodec.of("transferEnd.unstated", values -> TransferEnd.unstated()))),
            end -> Constants.TRANSFER_ENDS.name(end.kind()),
            type -> "'" + type + "' is not one of " + Constants.TRANSFER_ENDS.description());

    private static final Member<Transfer, TransferEnd> FROM = Member.required(Names.FROM, END, Transfer::from);
    private static final Member<Transfer, TransferEnd> TO = Member.required(Names.TO, END, Transfer::to);
    private static final Member<Transfer, Money> TRANSFER_AMOUNT = Member.required(Names.AMOUNT, MoneyCodec.MONEY,
            Transfer::amount);
    private static final Member<Transfer, Transfer.Kind> TRANSFER_KIND = Member.required(Names.KIND,
            Constants.TRANSFER_KINDS, Transfer::kind);
    private static final Member<Transfer, Year> TRANSFER_YEAR = Member.optional(Names.YEAR, YEAR, Transfer::year);
    private static final Member<Transfer, String> REASON = Member.optional(Names.REASON, Scalars.TEXT,
            Transfer::reason);

    static final ObjectCodec<Transfer> TRANSFER = ObjectCodec.of("transfer", values -> Transfer.builder()
            .from(values.get(FROM))
            .to(values.get(TO))
            .amount(values.get(TRANSFER_AMOUNT))
            .kind(values.get(TRANSFER_KIND))
            .year(values.optional(TRANSFER_YEAR))
            .reason(values.optional(REASON))
            .build(), FROM, TO, TRANSFER_AMOUNT, TRANSFER_KIND, TRANSFER_YEAR, REASON);

    private MoneyFormsCodecs() {
    }

    /**
     * A value of the model with a text form, {@code toString()} the inverse of {@code parse}: a text
     * its {@code parse} refuses is a violation at its token.
     */
    static <T> ValueCodec<T> textForm(java.util.function.Function<String, T> parse) {
        return new ValueCodec<>() {
            @Override
            public T read(Reader in) throws IOException {
                return in.scalar(in.text(), parse);
            }

            @Override
            public void write(Writer out, T value) throws IOException {
                out.sink().string(value.toString());
            }
        };
    }

    /** A list member that version 2 adds: written when not empty, read as empty when absent. */
    static <T, V> Member<T, List<V>> list(Name name, ValueCodec<V> element,
            java.util.function.Function<? super T, List<V>> getter) {
        return Member.optional(name, Scalars.list(element), (T value) -> {
            List<V> list = getter.apply(value);
            return list.isEmpty() ? Optional.<List<V>>empty() : Optional.of(list);
        }).since(2);
    }
}
