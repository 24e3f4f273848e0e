package dev.conventio.opendata.export;

import dev.conventio.convention.Convention;
import dev.conventio.decision.Decision;
import dev.conventio.finance.AidFacts;
import dev.conventio.finance.AidForm;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.StateAidBasis;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.opendata.scdl.AidNature;
import dev.conventio.opendata.scdl.PaymentDates;
import dev.conventio.opendata.scdl.PaymentTerms;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.opendata.scdl.ScdlRowBuilder;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.Rna;
import dev.conventio.party.Siret;
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

    /**
     * The rows of each attribution, in the order of the contributions, or its refusal: a
     * contribution with yearly amounts is one attribution per budget year, each of that year's
     * amount; any other is one attribution of its total.
     */
    void each(Consumer<List<ScdlRow>> rows, Consumer<Refusal> refusals) {
        List<FinancialContribution> contributions = convention.contributions();
        for (int k = 0; k < contributions.size(); k++) {
            FinancialContribution contribution = contributions.get(k);
            String path = "contributions[" + k + "]";
            List<YearlyAmount> years = contribution.yearlyAmounts();
            if (years.isEmpty()) {
                attribution(contribution, path, contribution.id(), contribution.total(), path + ".amount", rows, refusals);
            } else {
                for (int i = 0; i < years.size(); i++) {
                    YearlyAmount year = years.get(i);
                    attribution(contribution, path, contribution.id() + "/" + year.year(), year.amount(),
                            path + ".yearlyAmounts[" + i + "].amount", rows, refusals);
                }
            }
        }
    }

    private void attribution(FinancialContribution contribution, String path, String attribution,
            Optional<Money> amount, String amountPath, Consumer<List<ScdlRow>> rows, Consumer<Refusal> refusals) {
        Violations violations = Violations.collector();
        List<ScdlRow> made = rows(contribution, path, amount, amountPath, violations);
        if (violations.isEmpty()) {
            rows.accept(made);
        } else {
            refusals.accept(Refusal.of(convention.identification().toString(), attribution, violations.list()));
        }
    }

    private List<ScdlRow> rows(FinancialContribution contribution, String path, Optional<Money> amount,
            String amountPath, Violations violations) {
        ScdlRowBuilder common = ScdlRow.builder();
        if (convention.concludedOn().isCertainlyAfter(view.date())) {
            violations.add(ExportCodes.CONVENTION_NOT_CONCLUDED, "concludedOn", "the convention is concluded on "
                    + convention.concludedOn() + ", after the export's date " + view.date());
        }
        Optional<LocalDate> concluded = convention.conclusionDate();
        if (concluded.isEmpty()) {
            violations.add(ExportCodes.CONCLUSION_UNKNOWN, "concludedOn", "the convention is concluded on "
                    + convention.concludedOn() + ", and dateConvention needs the day; none is invented");
        }
        concluded.ifPresent(common::dateConvention);
        attributor(contribution, common, violations);
        contribution.grantingDecision().flatMap(Decision::number).ifPresent(common::referenceDecision);
        object(contribution, path, common, violations);
        amount(contribution, amount, amountPath, common, violations);
        nature(contribution, path, common, violations);
        payment(contribution, path, common, violations);
        aid(contribution, path, common, violations);
        List<String> beneficiaries = new ArrayList<>();
        List<BigDecimal> percentages = beneficiaries(contribution, path, beneficiaries, violations);
        List<ScdlRow> rows = new ArrayList<>(beneficiaries.size());
        for (int j = 0; j < beneficiaries.size(); j++) {
            int index = partyIndex(beneficiaries.get(j));
            Party beneficiary = convention.parties().get(index);
            String partyPath = "parties[" + index + "]";
            if (isNaturalPerson(beneficiary)) {
                violations.add(ExportCodes.BENEFICIARY_NATURAL_PERSON, partyPath, "beneficiary '" + beneficiary.id()
                        + "' is a natural person, whose name is not published (CRPA L312-1-2)");
                continue;
            }
            // The receiving establishment is the contribution's beneficiary's: it identifies that party alone.
            Optional<Siret> siret = beneficiary.id().equals(contribution.beneficiary())
                    && contribution.receivingEstablishment().isPresent()
                    ? contribution.receivingEstablishment() : beneficiary.siret();
            Optional<String> rna = beneficiary.rna().map(Rna::toString).filter(Attributions::isScdlRna);
            if (siret.isEmpty() && rna.isEmpty()) {
                if (beneficiary.rna().isPresent()) {
                    violations.add(ExportCodes.BENEFICIARY_RNA_UNWRITABLE, partyPath + ".rna", "beneficiary '"
                            + beneficiary.id() + "' has no SIRET, and its RNA number " + beneficiary.rna().get()
                            + " is not W and nine digits, as rnaBeneficiaire requires");
                } else {
                    violations.add(ExportCodes.BENEFICIARY_UNIDENTIFIED, partyPath + ".siret", "beneficiary '"
                            + beneficiary.id() + "' has neither a SIRET nor an RNA number");
                }
            }
            if (violations.isEmpty()) {
                ScdlRowBuilder row = common.copy().nomBeneficiaire(beneficiary.name())
                        .pourcentageSubvention(percentages.get(j));
                siret.ifPresent(row::idBeneficiaire);
                rna.ifPresent(row::rnaBeneficiaire);
                rows.add(row.build());
            }
        }
        return rows;
    }

    /** Whether a party is a natural person: by its legal form, or by the export's own test. */
    private boolean isNaturalPerson(Party party) {
        return party.legalForm().map(LegalForm::isNaturalPerson).orElse(false) || naturalPerson.test(party);
    }

    /** Whether an RNA number has the form rnaBeneficiaire requires: W and nine digits (not Corsica's W2A, W2B). */
    private static boolean isScdlRna(String rna) {
        for (int i = 1; i < rna.length(); i++) {
            if (rna.charAt(i) < '0' || rna.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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

    /** nomAttribuant, and idAttribuant: the paying establishment, else the contributor's SIRET. */
    private void attributor(FinancialContribution contribution, ScdlRowBuilder row, Violations violations) {
        int index = partyIndex(contribution.contributor());
        Party attributor = convention.parties().get(index);
        row.nomAttribuant(attributor.name());
        Optional<Siret> siret = contribution.payingEstablishment().isPresent() ? contribution.payingEstablishment()
                : attributor.siret();
        if (siret.isPresent()) {
            row.idAttribuant(siret.get());
        } else {
            violations.add(ExportCodes.ATTRIBUTOR_SIRET_MISSING, "parties[" + index + "].siret", "granting party '"
                    + attributor.id() + "' has no SIRET, nor does the contribution name its paying establishment");
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

    /** montant: the attribution's amount, the contribution's total or one year's amount. */
    private static void amount(FinancialContribution contribution, Optional<Money> known, String where,
            ScdlRowBuilder row, Violations violations) {
        if (known.isEmpty()) {
            violations.add(ExportCodes.AMOUNT_UNKNOWN, where, "contribution '" + contribution.id() + "' has no known"
                    + (where.contains(".yearlyAmounts[") ? " amount for this budget year"
                    : " amount, nor one for every year of its budget period") + ", which montant requires");
            return;
        }
        Money amount = known.get();
        if (!amount.getCurrencyUnit().equals(CurrencyUnit.EUR)) {
            violations.add(ExportCodes.AMOUNT_NOT_EURO, where, "contribution '" + contribution.id()
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
