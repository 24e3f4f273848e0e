package dev.conventio.benchmarks;

import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.party.Civility;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import dev.conventio.publication.OtherPublication;
import dev.conventio.signature.Signature;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import dev.conventio.work.PhaseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The conventions the benchmark documents are written from, built in code and deterministic.
 *
 * <p>One shape, scaled by a few counts, so that the three documents differ in size, not in kind:
 * every element kind of the format (parties with SIREN, SIRET, representative and mandate; phases
 * with orientations; contributions with schedules; articles; a committee and its decisions; a term
 * with renewal; signatures) appears in each, and the texts are French, with accents, as the real
 * documents are (multi-byte UTF-8 is part of what a reader decodes).
 */
public final class Conventions {

    /** The day every benchmark convention is concluded on. */
    public static final LocalDate CONCLUDED_ON = LocalDate.of(2017, 11, 22);

    private static final PartyKind[] KINDS = {PartyKind.METROPOLE, PartyKind.GIP, PartyKind.COMMUNE,
        PartyKind.DEPARTEMENT, PartyKind.REGION, PartyKind.ETAT, PartyKind.ASSOCIATION, PartyKind.ETABLISSEMENT_PUBLIC};

    private Conventions() {
    }

    /**
     * Builds the convention of a benchmark document.
     *
     * @param document  the document, not null
     * @return the convention, never null
     */
    public static Convention of(Document document) {
        switch (document) {
            case SMALL:
                return sized(2, 1, 0, 1, 0, 0, 0, false);
            case MEDIUM:
                return sized(2, 3, 1, 2, 2, 1, 1, true);
            case LARGE:
                return sized(8, 8, 6, 22, 4, 14, 6, true);
            default:
                throw new IllegalArgumentException(document.name());
        }
    }

    /**
     * Builds a convention of a given size.
     *
     * @param parties  the number of parties, at least 2
     * @param phases  the number of phases
     * @param orientations  the number of orientations of each phase
     * @param contributions  the number of contributions
     * @param instalments  the number of instalments of each contribution, 0 for no schedule
     * @param articles  the number of articles
     * @param decisions  the number of committee decisions
     * @param full  whether optional elements (SIREN, SIRET, mandates, legal bases, committee,
     *     renewal, justifications) are set
     * @return the convention, never null
     */
    public static Convention sized(int parties, int phases, int orientations, int contributions, int instalments,
            int articles, int decisions, boolean full) {
        Convention.Builder builder = Convention.builder()
                .reference("DEVT 013-2609/17/BM")
                .object("Fixer les modalités de partenariat entre la Métropole Aix-Marseille-Provence et le Centre "
                        + "de Ressource Politique de la Ville PACA pour la réalisation de l'évaluation des Contrats "
                        + "de Ville 2015-2020")
                .concludedOn(CONCLUDED_ON);
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            Party party = party(p, full);
            ids.add(party.id());
            builder.addParties(party);
        }
        if (full) {
            builder.addLegalBases("Vu le code général des collectivités territoriales",
                    "Vu la loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine");
            builder.addPublications(OtherPublication.of("Recueil des actes administratifs de la Métropole, décembre 2017"));
            builder.amendmentClause("La détermination des étapes de travail de la phase 3 ainsi que son plan de "
                    + "financement doivent faire l'objet d'un avenant à la convention");
        }
        for (int a = 1; a <= articles; a++) {
            builder.addArticles(Article.of(Integer.toString(a), "Article " + a + " : objet et modalités",
                    "Les parties conviennent des modalités de mise en œuvre décrites au présent article, "
                            + "qui précise les engagements réciproques de chacune d'elles (n° " + a + ")."));
        }
        for (int n = 1; n <= phases; n++) {
            Phase.Builder phase = Phase.builder().number(n)
                    .title("Phase " + n + " : évaluation des Contrats de Ville et mise en place des éléments de "
                            + "référence")
                    .status(n == 1 ? PhaseStatus.COMPLETED : n == 2 ? PhaseStatus.VALIDATED : PhaseStatus.PLANNED);
            if (full) {
                phase.description("Exploitation du référentiel d'évaluation, co-construction avec les acteurs des "
                        + "territoires de proximité");
            }
            for (int o = 1; o <= orientations; o++) {
                String title = "Orientation " + o + " : le renforcement d'une politique autour de « la jeunesse »"
                        + " et de l'insertion sociale et professionnelle";
                phase.addOrientations(full && o % 2 == 0
                        ? Orientation.of(o, title, "Une surreprésentation des mineurs vulnérables dans les QPV")
                        : Orientation.of(o, title));
            }
            builder.addPhases(phase.build());
        }
        for (int c = 0; c < contributions; c++) {
            builder.addContributions(contribution(c, ids, instalments, full));
        }
        if (full) {
            builder.steeringCommittee(SteeringCommittee.builder().name("Comité de pilotage")
                    .mission("Validera l'ensemble de cette démarche").addAllMembers(ids).build());
        }
        for (int d = 0; d < decisions; d++) {
            builder.addDecisions(CommitteeDecision.of(CONCLUDED_ON.plusMonths(3L * (d + 1)),
                    "Résultats de l'évaluation à mi-parcours présentés ; phases validées (séance " + (d + 1) + ")",
                    Math.min(phases, 2), Math.min(phases, 3)));
        }
        builder.term(full
                ? Term.of(StartRule.onSignatureByAllParties(), TermEnd.after(Period.ofYears(3)),
                        Renewal.of(Period.ofYears(1), 2, true))
                : Term.of(StartRule.onDate(CONCLUDED_ON), TermEnd.on(LocalDate.of(2020, 12, 31))));
        for (int p = 0; p < parties; p++) {
            builder.addSignatures(Signature.of(ids.get(p), Person.of(p % 2 == 0 ? Civility.MADAME : Civility.MONSIEUR,
                    signatory(p)), "Le Président ou son représentant", CONCLUDED_ON.minusDays(parties - p)));
        }
        return builder.build();
    }

    private static String signatory(int p) {
        String[] names = {"Arlette Fructus", "Mustapha Berra", "Hélène Bérenger", "François Dupré"};
        return names[p % names.length] + (p < names.length ? "" : " " + (p / names.length + 1));
    }

    private static Party party(int p, boolean full) {
        PartyKind kind = KINDS[p % KINDS.length];
        Party.Builder party = Party.builder()
                .id(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + (p + 1))
                .name(p == 0 ? "Métropole Aix-Marseille-Provence" : p == 1 ? "GIP CRPV PACA"
                        : "Collectivité partenaire n° " + (p + 1) + " des Bouches-du-Rhône")
                .kind(kind);
        if (full) {
            String siren = withCheckDigit(String.format("20005415%d", p % 10).substring(0, 8));
            party.siren(Siren.parse(siren));
            party.siret(Siret.parse(withCheckDigit(siren + String.format("000%d", p % 10))));
            party.representative(Representative.orDelegate(Person.of(p % 2 == 0 ? Civility.MADAME : Civility.MONSIEUR,
                    signatory(p)), "Présidente du conseil de la Métropole"));
            party.mandate(p % 2 == 0
                    ? Mandate.withUnknownNumber("Bureau de la Métropole", LocalDate.of(2019, 12, 19))
                    : Mandate.of("Assemblée générale", "AG-2019-" + (p + 1), LocalDate.of(2019, 12, 19)));
        }
        return party.build();
    }

    /** Appends the Luhn check digit that makes the whole number valid. */
    static String withCheckDigit(String digits) {
        for (int check = 0; check <= 9; check++) {
            String candidate = digits + check;
            int sum = 0;
            boolean doubled = false;
            for (int i = candidate.length() - 1; i >= 0; i--) {
                int digit = candidate.charAt(i) - '0';
                if (doubled) {
                    digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                }
                sum += digit;
                doubled = !doubled;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check digit for " + digits);
    }

    private static FinancialContribution contribution(int c, List<String> parties, int instalments, boolean full) {
        String contributor = parties.get(c % parties.size());
        String beneficiary = parties.get((c + 1) % parties.size());
        int year = 2018 + c % 3;
        // Cents on purpose: amounts are read at the currency's scale, not as whole numbers.
        Money amount = Money.of(CurrencyUnit.EUR, BigDecimal.valueOf(10_000_000L + 123_456L * c, 2).multiply(
                BigDecimal.valueOf(Math.max(instalments, 1))));
        FinancialContribution.Builder contribution = FinancialContribution.builder()
                .id("participation-" + year + "-" + (c + 1))
                .contributor(contributor)
                .beneficiary(beneficiary)
                .amount(amount)
                .budget(c % 4 == 3 ? BudgetPeriod.of(java.time.Year.of(year), java.time.Year.of(year + 2))
                        : BudgetPeriod.ofYear(year))
                .nature(c % 2 == 0 ? ContributionNature.FINANCIAL_PARTICIPATION : ContributionNature.GRANT);
        if (full) {
            contribution.purpose("Réalisation de l'évaluation finale et des éléments de prospective urbaine");
        }
        Money each = amount.dividedBy(Math.max(instalments, 1), java.math.RoundingMode.UNNECESSARY);
        for (int i = 0; i < instalments; i++) {
            contribution.addSchedule(Instalment.of(LocalDate.of(year, 3 + 3 * i, 15), each));
        }
        return contribution.build();
    }
}
