package dev.conventio.examples.corpus;

import dev.conventio.action.Action;
import dev.conventio.convention.Convention;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.objective.Quantity;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Corpus sheet 05: the convention of 9 September 2010 between the État and the Caisse des dépôts on
 * the programme d'investissements d'avenir, action « Investissements dans la formation en
 * alternance », its avenant n° 1 of 20 June 2018 and its avenant n° 2 of 24 April 2024.
 *
 * <p>Money and targets: two actions, each endowed with 250 M€, 500 M€ in all, managed by the Caisse
 * des dépôts (read); per the Caisse des dépôts' press note (read there), about fifty investment
 * projects for action 1 and 15 000 extra housing units for action 2, for the programme. The press
 * note's spending period, 2011 to 2014, is not read in the convention: neither the endowments' budget
 * years nor the targets' dates are made of it.
 */
public final class Sheet05EtatCdcFormationAlternance {

    /** The identifier of the État. */
    public static final String ETAT = "etat";
    /** The identifier of the Caisse des dépôts, « l'opérateur ». */
    public static final String CDC = "caisse-des-depots";
    /** The identifier given here to action 1. */
    public static final String ACTION_1 = "action-1";
    /** The identifier given here to action 2. */
    public static final String ACTION_2 = "action-2";
    /** Read: the endowment of each action. */
    public static final Money ENDOWMENT = Money.of(CurrencyUnit.EUR, 250_000_000L);
    /** Read: the date of the convention. */
    public static final LocalDate CONVENTION_DATE = LocalDate.of(2010, 9, 9);
    /** Read: the NOR of the convention. */
    public static final String NOR = "PRMX1023296X";
    /** The source of the targets. */
    public static final String PRESS_NOTE = "note de presse de la Caisse des dépôts (Banque des territoires)";

    private Sheet05EtatCdcFormationAlternance() {
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
     * The Caisse des dépôts et consignations, établissement spécial. Read.
     *
     * @return the party, never null
     */
    public static Party cdc() {
        return Party.builder().id(CDC).name("Caisse des dépôts et consignations").kind(PartyKind.OTHER).build();
    }

    /**
     * The convention of 9 September 2010, as its opening gives it, with its two actions, their
     * endowments and the targets of the press note.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .reference(NOR)
                .object("Programme d'investissements d'avenir (action « investissements dans la formation en "
                        + "alternance »)")
                .addParties(etat(), cdc())
                .concludedOn(CONVENTION_DATE)
                .addLegalBases("Article 8 de la loi n° 2010-237 du 9 mars 2010 de finances rectificative pour 2010")
                .addActions(Action.of(ACTION_1, "Modernisation de l'appareil de formation en alternance"),
                        Action.of(ACTION_2, "Création ou consolidation de solutions d'hébergement"))
                .addContribution(endowment("dotation-action-1", ACTION_1))
                .addContribution(endowment("dotation-action-2", ACTION_2))
                .addTargets(Target.builder().id("projets-action-1").title("Projets d'investissement")
                                .quantity(Quantity.about(BigDecimal.valueOf(50), "projets"))
                                .period(TargetPeriod.programme())
                                .action(ACTION_1).source(PRESS_NOTE).build(),
                        Target.builder().id("logements-action-2").title("Logements supplémentaires")
                                .quantity(Quantity.of(BigDecimal.valueOf(15_000), "logements"))
                                .period(TargetPeriod.programme())
                                .action(ACTION_2).source(PRESS_NOTE).build())
                .build();
    }

    /** The endowment of one action, managed by the Caisse des dépôts; its budget years are not read. */
    private static FinancialContribution endowment(String id, String action) {
        return FinancialContribution.builder().id(id).contributor(ETAT).beneficiary(CDC)
                .nature(ContributionNature.ENDOWMENT).action(action).amount(ENDOWMENT).build();
    }
}
