package dev.conventio.opendata.export;

import dev.conventio.convention.Convention;
import dev.conventio.finance.AidFacts;
import dev.conventio.finance.AidForm;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.StateAidBasis;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.opendata.scdl.AidNature;
import dev.conventio.opendata.scdl.PaymentDates;
import dev.conventio.opendata.scdl.PaymentTerms;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.opendata.scdl.ScdlRowBuilder;
import dev.conventio.party.Party;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Makes the SCDL rows of each attribution of a convention as in force on a date, or its refusal:
 * every field is taken from the model, and every one that is missing or cannot be written is a
 * violation with the path of what is missing; an attribution with any is refused whole.
 */
final class Attributions {

    private final ConsolidatedConvention view;
    private final Convention convention;
    private final Predicate<? super Party> naturalPerson;

    Attributions(ConsolidatedConvention view, Predicate<? super Party> naturalPerson) {
        this.view = view;
        this.convention = view.convention();
        this.naturalPerson = naturalPerson;
    }

    /** The rows of each attribution, in the order of the contributions, or its refusal. */
    void each(Consumer<List<ScdlRow>> rows, Consumer<Refusal> refusals) {
        List<FinancialContribution> contributions = convention.contributions();
        for (int k = 0; k < contributions.size(); k++) {
            FinancialContribution contribution = contributions.get(k);
            Violations violations = Violations.collector();
            List<ScdlRow> made = rows(contribution, "contributions[" + k + "]", violations);
            if (violations.isEmpty()) {
                rows.accept(made);
            } else {
                refusals.accept(Refusal.of(convention.identification().toString(), contribution.id(), violations.list()));
            }
        }
    }

    private List<ScdlRow> rows(FinancialContribution contribution, String path, Violations violations) {
        ScdlRowBuilder common = ScdlRow.builder();
        if (view.date().isBefore(convention.concludedOn())) {
            violations.add(ExportCodes.CONVENTION_NOT_CONCLUDED, "concludedOn", "the convention is concluded on "
                    + convention.concludedOn() + ", after the export's date " + view.date());
        }
        common.dateConvention(convention.concludedOn());
        attributor(contribution, common, violations);
        object(contribution, path, common, violations);
        amount(contribution, path, common, violations);
        nature(contribution, path, common, violations);
        payment(contribution, path, common, violations);
        aid(contribution, path, common, violations);
        List<String> beneficiaries = new ArrayList<>();
        List<BigDecimal> percentages = beneficiaries(contribution, path, beneficiaries, violations);
        List<ScdlRow> rows = new ArrayList<>();
        for (int j = 0; j < beneficiaries.size(); j++) {
            int index = partyIndex(beneficiaries.get(j));
            Party beneficiary = convention.parties().get(index);
            String partyPath = "parties[" + index + "]";
            if (naturalPerson.test(beneficiary)) {
                violations.add(ExportCodes.BENEFICIARY_NATURAL_PERSON, partyPath, "beneficiary '" + beneficiary.id()
                        + "' is a natural person, whose name is not published (CRPA L312-1-2)");
                continue;
            }
            if (beneficiary.siret().isEmpty()) {
                violations.add(ExportCodes.BENEFICIARY_UNIDENTIFIED, partyPath + ".siret", "beneficiary '"
                        + beneficiary.id() + "' has neither a SIRET nor an RNA number");
            }
            if (violations.isEmpty()) {
                ScdlRowBuilder row = common.copy().nomBeneficiaire(beneficiary.name())
                        .pourcentageSubvention(percentages.get(j));
                beneficiary.siret().ifPresent(row::idBeneficiaire);
                rows.add(row.build());
            }
        }
        return rows;
    }

    /**
     * The beneficiaries of an attribution, in order, and the share of each, rounded to hundredths so
     * that they add up to 1.00: the beneficiary alone at 1.00, or each party of the shares.
     */
    private static List<BigDecimal> beneficiaries(FinancialContribution contribution, String path,
            List<String> beneficiaries, Violations violations) {
        List<BeneficiaryShare> shares = contribution.shares();
        if (shares.isEmpty()) {
            beneficiaries.add(contribution.beneficiary());
            return List.of(new BigDecimal("1.00"));
        }
        List<BigDecimal> exact = new ArrayList<>(shares.size());
        shares.forEach(share -> {
            beneficiaries.add(share.party());
            exact.add(share.portion().toDecimal(20));
        });
        List<BigDecimal> rounded = Shares.round(exact);
        for (int j = 0; j < rounded.size(); j++) {
            if (rounded.get(j).signum() == 0) {
                violations.add(ExportCodes.SHARE_TOO_SMALL, path + ".shares[" + j + "].portion", "the share "
                        + shares.get(j).portion() + " of '" + shares.get(j).party() + "' rounds to 0.00, and"
                        + " pourcentageSubvention is at least 0.01");
            }
        }
        return rounded;
    }

    private int partyIndex(String id) {
        List<Party> parties = convention.parties();
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("a contribution names party '" + id + "', which the convention checks");
    }

    private void attributor(FinancialContribution contribution, ScdlRowBuilder row, Violations violations) {
        int index = partyIndex(contribution.contributor());
        Party attributor = convention.parties().get(index);
        row.nomAttribuant(attributor.name());
        if (attributor.siret().isPresent()) {
            row.idAttribuant(attributor.siret().get());
        } else {
            violations.add(ExportCodes.ATTRIBUTOR_SIRET_MISSING, "parties[" + index + "].siret", "granting party '"
                    + attributor.id() + "' has no SIRET");
        }
    }

    private void object(FinancialContribution contribution, String path, ScdlRowBuilder row, Violations violations) {
        String object = contribution.purpose().orElse(convention.object());
        String where = contribution.purpose().isPresent() ? path + ".purpose" : "object";
        int length = object.codePointCount(0, object.length());
        if (length > ScdlRow.OBJET_MAX_LENGTH) {
            violations.add(ExportCodes.OBJECT_TOO_LONG, where, "the object is " + length + " characters, objet at"
                    + " most " + ScdlRow.OBJET_MAX_LENGTH + ", and it is never truncated");
        } else {
            row.objet(object);
        }
    }

    private void amount(FinancialContribution contribution, String path, ScdlRowBuilder row, Violations violations) {
        Optional<Money> total = contribution.total();
        if (total.isEmpty()) {
            violations.add(ExportCodes.AMOUNT_UNKNOWN, path + ".amount", "contribution '" + contribution.id()
                    + "' has no known amount, nor one for every year of its budget period, which montant requires");
            return;
        }
        Money amount = total.get();
        if (!amount.getCurrencyUnit().equals(CurrencyUnit.EUR)) {
            violations.add(ExportCodes.AMOUNT_NOT_EURO, path + ".amount", "contribution '" + contribution.id()
                    + "' is " + amount + ", montant is in euros");
        } else {
            row.montant(amount.getAmount());
        }
    }

    private void nature(FinancialContribution contribution, String path, ScdlRowBuilder row, Violations violations) {
        Optional<AidNature> nature = aidNature(contribution.nature());
        if (nature.isPresent()) {
            row.nature(nature.get());
        } else {
            violations.add(ExportCodes.NATURE_NOT_AID, path + ".nature", "contribution '" + contribution.id()
                    + "' is of nature " + contribution.nature() + ", neither an aid in cash nor in kind");
        }
    }

    static Optional<AidNature> aidNature(ContributionNature nature) {
        return nature.aidForm().map(form -> form == AidForm.CASH ? AidNature.CASH : AidNature.IN_KIND);
    }

    /** notificationUE from the State-aid basis, idRAE and dispositifAide from the aid's facts. */
    private void aid(FinancialContribution contribution, String path, ScdlRowBuilder row, Violations violations) {
        Optional<AidFacts> aid = contribution.aid();
        Optional<StateAidBasis> basis = aid.flatMap(AidFacts::basis);
        if (basis.isPresent()) {
            row.notificationUE(basis.get() == StateAidBasis.NOTIFIED);
        } else {
            violations.add(ExportCodes.NOTIFICATION_UNKNOWN, path + ".aid.basis", "contribution '" + contribution.id()
                    + "' does not say whether it is a State aid notified to the European Commission");
        }
        aid.flatMap(AidFacts::raeNumber).ifPresent(row::idRAE);
        aid.flatMap(AidFacts::scheme).ifPresent(row::dispositifAide);
    }

    private void payment(FinancialContribution contribution, String path, ScdlRowBuilder row, Violations violations) {
        List<Instalment> schedule = contribution.schedule();
        Optional<PaymentConditions> conditions = contribution.payment();
        if (conditions.isPresent()) {
            terms(contribution, conditions.get(), path, row, violations);
        } else if (schedule.isEmpty()) {
            violations.add(ExportCodes.PAYMENT_CONDITIONS_UNKNOWN, path + ".schedule", "contribution '"
                    + contribution.id() + "' has neither payment conditions nor a schedule, which would say whether"
                    + " it is paid at once");
        } else {
            row.conditionsVersement(schedule.size() == 1 ? PaymentTerms.single() : PaymentTerms.inInstalments());
        }
        List<LocalDate> dates = new ArrayList<>(schedule.size());
        schedule.forEach(instalment -> instalment.dueOn().ifPresent(dates::add));
        if (schedule.isEmpty() || dates.size() < schedule.size()) {
            violations.add(ExportCodes.PAYMENT_DATES_UNKNOWN, path + ".schedule", "contribution '" + contribution.id()
                    + (schedule.isEmpty() ? "' has no payment schedule, which would give its dates of payment"
                    : "' has an instalment paid on a condition whose date is not known"));
        } else {
            row.datesPeriodeVersement(dates.size() == 1 ? PaymentDates.on(dates.get(0))
                    : PaymentDates.between(dates.get(0), dates.get(dates.size() - 1)));
        }
    }

    /** conditionsVersement from the conditions the instrument states. */
    private static void terms(FinancialContribution contribution, PaymentConditions conditions, String path,
            ScdlRowBuilder row, Violations violations) {
        switch (conditions.kind()) {
            case SINGLE -> row.conditionsVersement(PaymentTerms.single());
            case INSTALMENTS -> row.conditionsVersement(PaymentTerms.inInstalments());
            default -> {
                String description = conditions.description().orElse("");
                try {
                    row.conditionsVersement(PaymentTerms.other(description));
                } catch (ValidationException e) {
                    violations.add(ExportCodes.PAYMENT_CONDITIONS_TOO_LONG, path + ".payment.description",
                            "contribution '" + contribution.id() + "' describes its payment conditions in "
                                    + description.codePointCount(0, description.length()) + " characters, "
                                    + "conditionsVersement at most " + PaymentTerms.MAX_LENGTH
                                    + ", and they are never truncated");
                }
            }
        }
    }
}
