package dev.conventio.examples.corpus;

import dev.conventio.action.Action;
import dev.conventio.change.TransferMoney;
import dev.conventio.convention.Convention;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Siren;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Corpus sheet 02: the convention of 15 December 2014 between the État and the ADEME on the
 * programme d'investissements d'avenir, action « Véhicules et transports du futur », and its
 * avenant n° 1 of 11 July 2019.
 *
 * <p>Money: the envelope of the action, 1 150 M€ (read in the avenant, which replaces it; the
 * convention's article 1.3 is <em>inferred</em> to hold it), brought down to 934,4 M€ (read) by
 * successive redeployment decisions of the Premier ministre (read). The cut, 215,6 M€, is
 * <em>inferred</em> by subtraction. The avenant's own term and signatories are not read, so it is
 * given as its change alone ({@link #redeployment()}).
 */
public final class Sheet02EtatAdemeVtf {

    /** The identifier of the État. */
    public static final String ETAT = "etat";
    /** The identifier of the ADEME, « l'Opérateur ». */
    public static final String ADEME = "ademe";
    /** The identifier given here to the action « Véhicules et transports du futur ». */
    public static final String ACTION = "vehicules-et-transports-du-futur";
    /** The identifier given here to the envelope of the action. */
    public static final String ENVELOPE = "enveloppe-vtf";

    /** Read: the date of the convention. */
    public static final LocalDate CONVENTION_DATE = LocalDate.of(2014, 12, 15);
    /** Read: the NOR of the convention, in its ELI. */
    public static final String NOR = "PRMI1426516X";
    /** Read (in the avenant, which replaces it): the envelope of the action in the convention of 2014. */
    public static final Money ENVELOPE_2014 = Money.of(CurrencyUnit.EUR, 1_150_000_000L);
    /** Read: the envelope after avenant n° 1 (article 2, first paragraph of article 1.3). */
    public static final Money ENVELOPE_2019 = Money.of(CurrencyUnit.EUR, 934_400_000L);

    private Sheet02EtatAdemeVtf() {
    }

    /**
     * The État. Read.
     *
     * @return the party, never null
     */
    public static Party etat() {
        return Party.builder().id(ETAT).name("l'État").kind(PartyKind.ETAT).build();
    }

    /**
     * The ADEME, établissement public, SIREN 385290309 (read in the avenant).
     *
     * @return the party, never null
     */
    public static Party ademe() {
        return Party.builder().id(ADEME).name("Agence de l'environnement et de la maîtrise de l'énergie")
                .kind(PartyKind.ETABLISSEMENT_PUBLIC).siren(Siren.parse("385290309")).build();
    }

    /**
     * The envelope the État entrusts to its operator for the action: an endowment (the nature is
     * <em>inferred</em>: PIA money managed by an operator), of 1 150 M€, its source labelled.
     *
     * @return the contribution, never null
     */
    public static FinancialContribution envelope() {
        return FinancialContribution.builder().id(ENVELOPE).contributor(ETAT).beneficiary(ADEME)
                .nature(ContributionNature.ENDOWMENT).action(ACTION).amount(ENVELOPE_2014)
                .inferredFrom("l'article 2 de l'avenant n° 1, qui remplace le montant de 1 150 M€ de l'article 1.3")
                .build();
    }

    /**
     * The convention of 15 December 2014, as its opening gives it, with its action and its envelope.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .reference(NOR)
                .object("Programme d'investissements d'avenir (action « Véhicules et transports du futur »)")
                .addParties(etat(), ademe())
                .concludedOn(CONVENTION_DATE)
                .addActions(Action.of(ACTION, "Véhicules et transports du futur"))
                .addContribution(envelope())
                .build();
    }

    /**
     * Avenant n° 1's cut of the envelope, as a change of its article 2: a redeployment (read) out of
     * the action, to where the part read does not say, of 215,6 M€ (<em>inferred</em>: 1 150 − 934,4).
     *
     * @return the change, never null
     */
    public static TransferMoney redeployment() {
        return TransferMoney.of("2", Transfer.builder().from(TransferEnd.contribution(ENVELOPE)).to(TransferEnd.unstated())
                .amount(ENVELOPE_2014.minus(ENVELOPE_2019)).kind(Transfer.Kind.REDEPLOYMENT)
                .reason("décisions successives de redéploiement du Premier ministre").build());
    }
}
