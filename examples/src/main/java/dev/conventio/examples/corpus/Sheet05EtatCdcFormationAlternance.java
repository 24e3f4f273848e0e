package dev.conventio.examples.corpus;

import dev.conventio.action.Action;
import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.KnownFrom;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.ProlongTerm;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Opinion;
import dev.conventio.decision.Verdict;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.History;
import dev.conventio.objective.Quantity;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.publication.Citation;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.publication.Nor;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Corpus sheet 05 ({@code /work/shared/reference/corpus/05-etat-cdc-pia-formation-alternance-prolongations.md}):
 * the convention of 9 September 2010 between the État and the Caisse des dépôts on the programme
 * d'investissements d'avenir, action « Investissements dans la formation en alternance », its
 * avenant n° 1 of 20 June 2018 and its avenant n° 2 of 24 April 2024, which prolong it.
 *
 * <p>The sheet reads the convention's opening (its visa, its legal basis) and avenant n° 2's
 * preamble and article 1, which says that the convention « modifiée » is amended as set out in
 * articles 2 and 3 — not read, and therefore no textual modification is recorded. Avenant n° 1 was
 * not found: it is known only from avenant n° 2's preamble. Both avenants are recorded by their
 * number and what is known of them; their prolongations are given apart. The ministers of 2010 and
 * of 2024 differ; avenant n° 2 was submitted for information to the commission de surveillance of
 * the Caisse des dépôts, an opinion with no verdict and no condition on the signature. Avenant n°
 * 2's own articles (its term) are not read: who represents each party in it, its opinion and its
 * publication are given apart.
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

    /** Read, in avenant n° 2's preamble: the date of avenant n° 1. */
    public static final LocalDate AVENANT_1_DATE = LocalDate.of(2018, 6, 20);
    /** Read: the date of avenant n° 2. */
    public static final LocalDate AVENANT_2_DATE = LocalDate.of(2024, 4, 24);

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
     * The Caisse des dépôts et consignations, établissement spécial, seat 56 rue de Lille, operator,
     * called « l'opérateur » or « la Caisse des dépôts ». Read.
     *
     * @return the party, never null
     */
    public static Party cdc() {
        return Party.builder().id(CDC).name("Caisse des dépôts et consignations").kind(PartyKind.OTHER)
                .legalForm(LegalForm.ETABLISSEMENT_SPECIAL).address("56 rue de Lille, 75007 Paris")
                .addDesignations("l'opérateur", "la Caisse des dépôts").addRoles(Role.OPERATEUR).build();
    }

    /**
     * Read: the State's representatives in 2010, by office — the Premier ministre, the ministre
     * d'État for écologie, énergie, développement durable et mer, the ministre de l'économie, de
     * l'industrie et de l'emploi. The list may be longer: the copy is cut there. The Caisse des
     * dépôts' representative of 2010 is cut as well, and is not stated.
     *
     * @return the representations, never null
     */
    public static List<Representation> conventionRepresentations() {
        return List.of(Representation.of(ETAT, List.of(Representative.office("le Premier ministre"),
                Representative.office("ministre d'État, ministre de l'écologie, de l'énergie, du développement durable"
                        + " et de la mer"),
                Representative.office("ministre de l'économie, de l'industrie et de l'emploi"))));
    }

    /**
     * Read: who represents each party in avenant n° 2 of 2024 — the Premier ministre and two
     * ministers by office, and Eric Lombard, directeur général of the Caisse des dépôts.
     *
     * @return the representations, never null
     */
    public static List<Representation> avenant2Representations() {
        return List.of(
                Representation.of(ETAT, List.of(Representative.office("le Premier ministre"),
                        Representative.office("ministre de l'économie, des finances et de la souveraineté industrielle"
                                + " et numérique"),
                        Representative.office("ministre du travail, de la santé et des solidarités"))),
                Representation.of(CDC, Representative.of(Person.of("Eric Lombard"), "directeur général")));
    }

    /**
     * Read: avenant n° 2 was submitted for information to the commission de surveillance of the
     * Caisse des dépôts, on a day not given.
     *
     * @return the opinion, never null
     */
    public static Opinion avenant2Opinion() {
        return Opinion.of("commission de surveillance de la Caisse des dépôts", PartialDate.unknown(),
                Verdict.FOR_INFORMATION);
    }

    /**
     * Read: avenant n° 2's publication, JORF n° 0098 of 26 April 2024; its NOR is not read.
     *
     * @return the publication, never null
     */
    public static JournalOfficiel avenant2Publication() {
        return JournalOfficiel.builder().issueNumber("0098").date(PartialDate.of(LocalDate.of(2024, 4, 26))).build();
    }

    /**
     * The convention of 9 September 2010, as its opening gives it: identified by the NOR of its
     * publication (JORF n° 0211 of 11 September 2010, texte n° 4), with its two actions, their
     * endowments and the targets of the press note; its articles were not read.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .object("Programme d'investissements d'avenir (action « investissements dans la formation en "
                        + "alternance »)")
                .addParties(etat(), cdc())
                .concludedOn(CONVENTION_DATE)
                .addLegalBases("Article 8 de la loi n° 2010-237 du 9 mars 2010 de finances rectificative pour 2010")
                .addLegalBasisCitations(LegalBasisCitation.of(0, Citation.law("2010-237",
                        PartialDate.of(LocalDate.of(2010, 3, 9))).withArticle("8")))
                .addPublications(JournalOfficiel.builder().issueNumber("0211")
                        .date(PartialDate.of(LocalDate.of(2010, 9, 11))).textNumber(4).nor(Nor.parse(NOR))
                        .eli("https://www.legifrance.gouv.fr/eli/convention/2010/9/9/PRMX1023296X/jo/texte")
                        .legifranceId("JORFTEXT000022809524").build())
                .addAllRepresentations(conventionRepresentations())
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

    /**
     * Avenant n° 1 of 20 June 2018, known only from avenant n° 2's preamble: recorded without
     * content.
     *
     * @return the unrecorded amendment, never null
     */
    public static UnrecordedAmendment avenant1() {
        return UnrecordedAmendment.of(1, "Avenant n° 1 du 20 juin 2018, connu par le préambule de l'avenant n° 2 :"
                + " il prolonge la durée de la convention de cinq années supplémentaires");
    }

    /**
     * Builds the history: the convention, {@linkplain #avenant1() avenant n° 1} known from avenant
     * n° 2's preamble, and avenant n° 2, whose amending articles 2 and 3 were not read.
     *
     * @return the history, never null
     */
    public static History history() {
        return History.of(convention(), List.of(avenant1(),
                UnrecordedAmendment.of(2, "Avenant n° 2 du 24 avril 2024 : ses articles 2 et 3, qui portent la"
                        + " modification, n'ont pas été lus")));
    }

    /**
     * The two prolongations the sheet reads, as changes: avenant n° 1 prolongs the convention by five
     * years (read in avenant n° 2's preamble); avenant n° 2 by one more year, « soit une durée totale
     * de seize ans » (read). The article numbers are avenant n° 2's articles 2 and 3, which carry the
     * prolongation by its preamble (inferred): the changes stay outside the history above, whose
     * avenants are not recorded (their signatories were not read).
     *
     * @return the prolongation of avenant n° 1, then that of avenant n° 2, never null
     */
    public static List<ProlongTerm> prolongations() {
        return List.of(ProlongTerm.of("1", Period.ofYears(5)),
                ProlongTerm.of("2", Period.ofYears(1), Period.ofYears(16)));
    }

    /**
     * The convention's term under the sheet's inferred original duration, ten years (16 − 5 − 1),
     * from its signature (also inferred): an assumption, to be labelled as such wherever it shows.
     *
     * @return the inferred term, never null
     */
    public static Term inferredTerm() {
        return Term.of(StartRule.onSignatureByAllParties(), TermEnd.after(Period.ofYears(10)));
    }

    /**
     * Avenant n° 1 as its successor recalls it: known from avenant n° 2's preamble, signed by all
     * parties on 20 June 2018 (read there) by signatories it does not name, prolonging the convention
     * by five years (read there). Its text was not read: the prolongation is placed under an article
     * numbered 1, an inference.
     *
     * @return the amendment, never null
     */
    public static Amendment avenant1KnownFromAvenant2() {
        return Amendment.builder().number(1)
                .knownFrom(KnownFrom.of("préambule de l'avenant n° 2 du 24 avril 2024", PartialDate.of(AVENANT_1_DATE)))
                .term(Term.of(StartRule.onSignatureByAllParties()))
                .addArticles(Article.numbered("1"))
                .addChanges(prolongations().get(0))
                .build();
    }

    /**
     * The history under the sheet's {@linkplain #inferredTerm() inferred} original duration: the
     * convention with that term, {@linkplain #avenant1KnownFromAvenant2() avenant n° 1} known from
     * avenant n° 2, and avenant n° 2 unrecorded (its amending articles were not read). Its end dates
     * rest on the inferred duration, and are labelled inferred wherever they show.
     *
     * @return the history, never null
     */
    public static History historyUnderTheInferredDuration() {
        return History.of(convention().toBuilder().term(inferredTerm()).build(), List.of(avenant1KnownFromAvenant2(),
                UnrecordedAmendment.of(2, "Avenant n° 2 du 24 avril 2024 : ses articles 2 et 3 n'ont pas été lus")));
    }
}
