package dev.conventio.format.codec;

import dev.conventio.finance.ContributionNature;
import dev.conventio.party.Civility;
import dev.conventio.party.PartyKind;
import dev.conventio.term.StartRule;
import dev.conventio.work.PhaseStatus;
import java.util.List;

/** The wire name of every constant of every enum of the format, one table per enum. */
final class Constants {

    static final ConstantTable<PartyKind> PARTY_KINDS = ConstantTable.of(PartyKind.class)
            .name(PartyKind.METROPOLE, "metropole")
            .name(PartyKind.EPCI, "epci")
            .name(PartyKind.COMMUNE, "commune")
            .name(PartyKind.DEPARTEMENT, "departement")
            .name(PartyKind.REGION, "region")
            .name(PartyKind.ETAT, "etat")
            .name(PartyKind.GIP, "gip")
            .name(PartyKind.ETABLISSEMENT_PUBLIC, "etablissement-public")
            .name(PartyKind.ASSOCIATION, "association")
            .name(PartyKind.COMPANY, "company")
            .name(PartyKind.OTHER, "other")
            .build();

    static final ConstantTable<Civility> CIVILITIES = ConstantTable.of(Civility.class)
            .name(Civility.MADAME, "madame")
            .name(Civility.MONSIEUR, "monsieur")
            .build();

    static final ConstantTable<PhaseStatus> PHASE_STATUSES = ConstantTable.of(PhaseStatus.class)
            .name(PhaseStatus.PLANNED, "planned")
            .name(PhaseStatus.VALIDATED, "validated")
            .name(PhaseStatus.IN_PROGRESS, "in-progress")
            .name(PhaseStatus.COMPLETED, "completed")
            .name(PhaseStatus.ABANDONED, "abandoned")
            .build();

    static final ConstantTable<ContributionNature> NATURES = ConstantTable.of(ContributionNature.class)
            .name(ContributionNature.FINANCIAL_PARTICIPATION, "financial-participation")
            .name(ContributionNature.GRANT, "grant")
            .name(ContributionNature.REMUNERATION, "remuneration")
            .name(ContributionNature.IN_KIND, "in-kind")
            .name(ContributionNature.OTHER, "other")
            .build();

    /** The {@code type} names of start rules. */
    static final ConstantTable<StartRule.Kind> START_KINDS = ConstantTable.of(StartRule.Kind.class)
            .name(StartRule.Kind.ON_SIGNATURE_BY_ALL_PARTIES, "on-signature-by-all-parties")
            .name(StartRule.Kind.ON_DATE, "on-date")
            .name(StartRule.Kind.ON_NOTIFICATION, "on-notification")
            .build();

    private Constants() {
    }

    /** Every table, for the tests that check them. */
    static List<ConstantTable<?>> all() {
        return List.of(PARTY_KINDS, CIVILITIES, PHASE_STATUSES, NATURES, START_KINDS);
    }
}
