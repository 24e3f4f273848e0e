package dev.conventio.examples;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.AddContribution;
import dev.conventio.change.Change;
import dev.conventio.change.ChangePhaseStatus;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.SetGovernance;
import dev.conventio.change.SetOrientations;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.decision.Authorisation;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.party.Civility;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import dev.conventio.work.PhaseStatus;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The reference document built in code: convention DEVT 013-2609/17/BM between the Métropole
 * Aix-Marseille-Provence and the GIP CRPV PACA, and its Avenant n° 2, exactly as the document
 * states them.
 *
 * <p>The document is a draft: it gives no signature dates and leaves the deliberation number blank
 * ({@code n°.....}). {@link #avenant2Draft()} keeps it so; {@link #avenant2Signed()} adds signature
 * dates that are <em>illustrative</em>, for the examples that need a signed amendment.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am test-compile exec:java}: it prints a summary of every
 * fact, then the consolidated history of {@link ReferenceHistory}.
 */
public final class ReferenceConvention {

    /** The identifier of the Métropole Aix-Marseille-Provence in the convention. */
    public static final String METROPOLE = "metropole-amp";
    /** The identifier of the GIP CRPV PACA in the convention. */
    public static final String GIP = "gip-crpv-paca";
    /** The identifier of the contribution that Article 2 of Avenant n° 2 adds. */
    public static final String CONTRIBUTION_2020 = "participation-2020";

    /**
     * The day of the Bureau de la Métropole's deliberation that authorises the Métropole to sign
     * Avenant n° 2 (« délibération n°..... du Bureau de la Métropole du 19 décembre 2019 »): its
     * number is left blank.
     */
    public static final LocalDate MANDATE_DATE = LocalDate.of(2019, 12, 19);

    /** Illustrative: the document gives no signature date. Chosen after the mandate of 2019-12-19. */
    public static final LocalDate ILLUSTRATIVE_METROPOLE_SIGNATURE = LocalDate.of(2020, 1, 27);
    /** Illustrative: the document gives no signature date. */
    public static final LocalDate ILLUSTRATIVE_GIP_SIGNATURE = LocalDate.of(2020, 2, 3);

    private ReferenceConvention() {
    }

    /**
     * Builds the convention as format version 1 holds the reference document: reference, object,
     * parties and their representatives, date of conclusion, the clause that calls for an avenant,
     * and the three phases. The document does not give the convention's own term, articles or
     * signatures, so they are not recorded. The representatives and the mandate are Avenant n° 2's,
     * which version 1 can only state on the parties: {@link #conventionAsStated()} and
     * {@link #avenant2AsStated()} state them where the document does, for version 2.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        Party metropole = Party.builder()
                .id(METROPOLE)
                .name("Métropole Aix-Marseille-Provence")
                .kind(PartyKind.METROPOLE)
                .representative(Representative.orDelegate(Person.of("Martine Vassal"), "Présidente"))
                .mandate(Mandate.withUnknownNumber("Bureau de la Métropole", MANDATE_DATE))
                .build();
        Party gip = Party.builder()
                .id(GIP)
                .name("GIP Centre de Ressources pour la Politique de la Ville PACA (CRPV PACA)")
                .kind(PartyKind.GIP)
                .representative(Representative.of(Person.of(Civility.MONSIEUR, "Mustapha Berra"),
                        "Directeur-Ordonnateur du CRPV PACA"))
                .build();
        return Convention.builder()
                .reference("DEVT 013-2609/17/BM")
                .object("Fixer les modalités de partenariat entre la Métropole Aix-Marseille-Provence et le "
                        + "Centre de Ressource Politique de la Ville PACA pour la réalisation de l'évaluation des "
                        + "Contrats de Ville 2015-2020")
                .addParties(metropole, gip)
                .concludedOn(LocalDate.of(2017, 11, 22))
                .amendmentClause("La détermination des étapes de travail de la phase 3 ainsi que son plan de "
                        + "financement doivent faire l'objet d'un avenant à la convention")
                .addPhases(
                        Phase.of(1, "Évaluation à mi-parcours des Contrats de Ville 2015-2020 et mise en place des "
                                + "éléments de référence de l'évaluation en continu"),
                        Phase.of(2, "Exploitation du référentiel d'évaluation"),
                        Phase.of(3, "Évaluation finale et mise en place d'éléments de prospective urbaine et sociale"))
                .build();
    }

    /**
     * Builds Avenant n° 2 as format version 1 holds the document: a draft, with its signature blocks
     * undated; who represents the parties and the mandate are on the convention's parties.
     *
     * @return the draft amendment, never null
     */
    public static Amendment avenant2Draft() {
        return Amendment.builder()
                .number(2)
                .title("Avenant n° 2 à la convention DEVT 013-2609/17/BM de partenariat entre la Métropole "
                        + "Aix – Marseille-Provence et le GIP CRPV PACA relative à la réalisation de l'évaluation "
                        + "des Contrats de Ville 2015-2020")
                .addPreamble(
                        "La convention initiale conclue le 22 novembre 2017 a pour objectif de fixer les modalités "
                                + "de partenariat entre la Métropole Aix-Marseille-Provence et le Centre de Ressource "
                                + "Politique de la Ville PACA pour la réalisation de l'évaluation des Contrats de Ville "
                                + "2015-2020.",
                        "L'objet de cette convention porte sur trois phases distinctes : Phase 1 : évaluation à "
                                + "mi-parcours des Contrats de Ville 2015-2020 et mise en place des éléments de "
                                + "référence de l'évaluation en continu ; Phase 2 : exploitation du référentiel "
                                + "d'évaluation ; Phase 3 : évaluation finale et mise en place d'éléments de "
                                + "prospective urbaine et sociale.",
                        "Les phases 2 et 3 ont été validées par un comité de pilotage qui s'est tenu le 21 Mars 2019.",
                        "Aussi, conformément à la convention initiale, la détermination des étapes de travail de la "
                                + "phase 3 ainsi que son plan de financement doivent faire l'objet d'un avenant à la "
                                + "convention précitée.")
                .addArticles(
                        Article.of("1", "Avenant à la convention initiale de partenariat entre la Métropole "
                                + "Aix-Marseille-Provence et le GIP CRPV PACA - Détermination des étapes de travail "
                                + "de la phase 3",
                                "Le GIP CRPV PACA propose d'élaborer une stratégie de développement social et urbain, "
                                + "claire, partagée et territorialisée à moyen et long terme en approfondissant les "
                                + "réflexions autour du devenir des quartiers prioritaires de la Métropole pour les "
                                + "Conseils de Territoire et Communes qui le souhaitent. À la suite du Comité de "
                                + "Pilotage du 21 mars 2019 présentant les résultats de l'évaluation à mi-parcours, "
                                + "quatre grandes orientations ont été validées, constituant les étapes de travail de "
                                + "la phase 3."),
                        Article.of("2", "Conditions financières",
                                "La Métropole Aix-Marseille-Provence versera une participation financière au GIP CRPV "
                                + "PACA d'un montant de 100 000 € pour 2020."),
                        Article.of("3", "Instance de pilotage",
                                "La mise en place d'un comité de pilotage validera l'ensemble de cette démarche."),
                        Article.of("4", "Durée de l'avenant à la convention",
                                "Le présent avenant prendra effet à compter de sa signature par les deux parties et "
                                + "trouvera son terme au 31 décembre 2020."))
                .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(LocalDate.of(2020, 12, 31))))
                .addSignatures(
                        Signature.unsigned(METROPOLE, Person.of(Civility.MADAME, "Arlette Fructus"),
                                "La Vice-Présidente Déléguée"),
                        Signature.unsigned(GIP, Person.of(Civility.MONSIEUR, "Mustapha Berra"),
                                "Le Directeur – Ordonnateur"))
                .addAllChanges(changes())
                .build();
    }

    /**
     * Builds Avenant n° 2 signed by both parties on <em>illustrative</em> dates
     * ({@link #ILLUSTRATIVE_METROPOLE_SIGNATURE}, {@link #ILLUSTRATIVE_GIP_SIGNATURE}): the
     * document gives none.
     *
     * @return the signed amendment, never null
     */
    public static Amendment avenant2Signed() {
        Amendment draft = avenant2Draft();
        return draft.withSignatures(List.of(
                draft.signatures().get(0).withDate(ILLUSTRATIVE_METROPOLE_SIGNATURE),
                draft.signatures().get(1).withDate(ILLUSTRATIVE_GIP_SIGNATURE)));
    }

    private static List<Change> changes() {
        LocalDate committee = LocalDate.of(2019, 3, 21);
        return List.of(
                RecordDecision.of("1", CommitteeDecision.of(committee,
                        "Résultats de l'évaluation à mi-parcours présentés ; phases 2 et 3 validées ; quatre grandes "
                                + "orientations validées, constituant les étapes de travail de la phase 3", 2, 3)),
                ChangePhaseStatus.of("1", 2, PhaseStatus.VALIDATED),
                ChangePhaseStatus.of("1", 3, PhaseStatus.VALIDATED),
                SetOrientations.of("1", 3, List.of(
                        Orientation.of(1, "La co-construction d'un plan d'accompagnement des professionnels "
                                + "métropolitains et communaux avec la mobilisation de ressources internes et externes "
                                + "en appui aux acteurs des territoires de proximité"),
                        Orientation.of(2, "Le renforcement d'une politique autour de « La jeunesse - Le champ de "
                                + "l'éducation des enfants, de l'insertion sociale et professionnelle des jeunes et du "
                                + "soutien aux familles »",
                                "Une surreprésentation des mineurs vulnérables et de la part des mineurs vivants dans "
                                + "des situations de grande pauvreté dans les QPV de la Métropole "
                                + "Aix-Marseille-Provence"),
                        Orientation.of(3, "La mise en œuvre d'une démarche prospective, claire, partagée et "
                                + "territorialisée à moyen et long terme en approfondissant les réflexions autour du "
                                + "devenir des quartiers prioritaires de la métropole"),
                        Orientation.of(4, "Plus largement l'accompagnement à l'expérimentation et à l'innovation sur "
                                + "les différents sujets ayant attiré à la politique de la ville et à la Cohésion "
                                + "sociale"))),
                AddContribution.of("2", FinancialContribution.builder()
                        .id(CONTRIBUTION_2020)
                        .contributor(METROPOLE)
                        .beneficiary(GIP)
                        .amount(Money.of(CurrencyUnit.EUR, 100_000))
                        .budget(BudgetPeriod.ofYear(2020))
                        .nature(ContributionNature.FINANCIAL_PARTICIPATION)
                        .build()),
                SetGovernance.of("3", SteeringCommittee.of("Comité de pilotage",
                        "Validera l'ensemble de cette démarche")));
    }

    /**
     * Builds the convention as the reference document states it, for format version 2: its parties
     * without representatives or mandate, which the document states for Avenant n° 2
     * ({@link #avenant2AsStated()}), not for the convention.
     *
     * @return the convention, never null
     */
    public static Convention conventionAsStated() {
        Convention convention = convention();
        return convention.toBuilder().parties(convention.parties().stream().map(party -> Party.builder().from(party)
                .representative(Optional.empty()).mandate(Optional.empty()).build()).toList()).build();
    }

    /**
     * Builds Avenant n° 2 as the document states it, for format version 2: who represents each party
     * in it, and the deliberation of the Bureau de la Métropole of 19 December 2019 that authorises
     * the Métropole to sign it, its number unknown (« n°..... »); a draft.
     *
     * @return the draft amendment, never null
     */
    public static Amendment avenant2AsStated() {
        return Amendment.builder().from(avenant2Draft())
                .addRepresentations(
                        Representation.of(METROPOLE, Representative.orDelegate(Person.of("Martine Vassal"), "Présidente")),
                        Representation.of(GIP, Representative.of(Person.of(Civility.MONSIEUR, "Mustapha Berra"),
                                "Directeur-Ordonnateur du CRPV PACA")))
                .addAuthorisations(Authorisation.of(METROPOLE, Mandate.withUnknownNumber("Bureau de la Métropole",
                        MANDATE_DATE).toDecision()))
                .build();
    }

    /**
     * Prints a summary of every fact of the convention and of Avenant n° 2.
     *
     * @param out  where to print, not null
     */
    public static void print(PrintStream out) {
        new Summary(out).print(convention(), avenant2Draft());
    }

    /**
     * Runs the example: prints the summary of the reference convention and its Avenant n° 2, then
     * their history as in force on 2020-06-30 and on 2021-01-01 ({@link ReferenceHistory}), then the
     * open data of the reference convention and of a generated one ({@link ReferenceOpenData}).
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        print(System.out);
        System.out.println();
        ReferenceHistory.print(System.out);
        System.out.println();
        ReferenceOpenData.print(System.out);
    }
}
