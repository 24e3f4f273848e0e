package dev.conventio.opendata.export;

import dev.conventio.convention.Convention;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.opendata.scdl.AidNature;
import dev.conventio.opendata.scdl.PaymentDates;
import dev.conventio.opendata.scdl.PaymentTerms;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.opendata.scdl.ScdlRowBuilder;
import dev.conventio.party.Party;
import dev.conventio.validation.Violations;
import java.math.BigDecimal;
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
        violations.add(ExportCodes.NOTIFICATION_UNKNOWN, path + ".aid.basis", "the model does not say whether"
                + " contribution '" + contribution.id() + "' is a State aid notified to the European Commission");
        List<ScdlRow> rows = new ArrayList<>();
        int index = partyIndex(contribution.beneficiary());
        Party beneficiary = convention.parties().get(index);
        String partyPath = "parties[" + index + "]";
        if (naturalPerson.test(beneficiary)) {
            violations.add(ExportCodes.BENEFICIARY_NATURAL_PERSON, partyPath, "beneficiary '" + beneficiary.id()
                    + "' is a natural person, whose name is not published (CRPA L312-1-2)");
            return rows;
        }
        if (beneficiary.siret().isEmpty()) {
            violations.add(ExportCodes.BENEFICIARY_UNIDENTIFIED, partyPath + ".siret", "beneficiary '"
                    + beneficiary.id() + "' has neither a SIRET nor an RNA number");
        }
        if (violations.isEmpty()) {
            common.nomBeneficiaire(beneficiary.name()).pourcentageSubvention(new BigDecimal("1.00"));
            beneficiary.siret().ifPresent(common::idBeneficiaire);
            rows.add(common.build());
        }
        return rows;
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
        Money amount = contribution.amount();
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
        switch (nature) {
            case GRANT:
            case FINANCIAL_PARTICIPATION:
                return Optional.of(AidNature.CASH);
            case IN_KIND:
                return Optional.of(AidNature.IN_KIND);
            default:
                return Optional.empty();
        }
    }

    private void payment(FinancialContribution contribution, String path, ScdlRowBuilder row, Violations violations) {
        List<Instalment> schedule = contribution.schedule();
        if (schedule.isEmpty()) {
            violations.add(ExportCodes.PAYMENT_CONDITIONS_UNKNOWN, path + ".schedule", "contribution '"
                    + contribution.id() + "' has no payment schedule, which would say whether it is paid at once");
            violations.add(ExportCodes.PAYMENT_DATES_UNKNOWN, path + ".schedule", "contribution '"
                    + contribution.id() + "' has no payment schedule, which would give its dates of payment");
            return;
        }
        if (schedule.size() == 1) {
            row.conditionsVersement(PaymentTerms.single()).datesPeriodeVersement(PaymentDates.on(schedule.get(0).dueOn()));
        } else {
            row.conditionsVersement(PaymentTerms.inInstalments()).datesPeriodeVersement(PaymentDates.between(
                    schedule.get(0).dueOn(), schedule.get(schedule.size() - 1).dueOn()));
        }
    }
}
