package dev.conventio.format.codec;

import dev.conventio.decision.Decision;
import dev.conventio.decision.Verdict;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.PaymentEvent;
import dev.conventio.finance.StateAidBasis;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.party.Civility;
import dev.conventio.party.PartyKind;
import dev.conventio.publication.Bulletin;
import dev.conventio.publication.Citation;
import dev.conventio.publication.ConventionLink;
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
            .name(ContributionNature.ENDOWMENT, "endowment", 2)
            .name(ContributionNature.EQUITY, "equity", 2)
            .name(ContributionNature.LOAN, "loan", 2)
            .name(ContributionNature.REPAYABLE_ADVANCE, "repayable-advance", 2)
            .name(ContributionNature.OPERATING_GRANT, "operating-grant", 2)
            .name(ContributionNature.EARMARKED_GRANT, "earmarked-grant", 2)
            .name(ContributionNature.INVESTMENT_GRANT, "investment-grant", 2)
            .build();

    static final ConstantTable<Firmness> FIRMNESS = ConstantTable.of(Firmness.class)
            .name(Firmness.FIRM, "firm", 2)
            .name(Firmness.FORECAST, "forecast", 2)
            .build();

    static final ConstantTable<PaymentConditions.Kind> PAYMENT_KINDS = ConstantTable.of(PaymentConditions.Kind.class)
            .name(PaymentConditions.Kind.SINGLE, "single", 2)
            .name(PaymentConditions.Kind.INSTALMENTS, "instalments", 2)
            .name(PaymentConditions.Kind.OTHER, "other", 2)
            .build();

    static final ConstantTable<PaymentEvent> PAYMENT_EVENTS = ConstantTable.of(PaymentEvent.class)
            .name(PaymentEvent.SIGNATURE, "signature", 2)
            .name(PaymentEvent.FINANCIAL_REPORT, "financial-report", 2)
            .name(PaymentEvent.ACTIVITY_REPORT, "activity-report", 2)
            .name(PaymentEvent.COMPLETION, "completion", 2)
            .name(PaymentEvent.OTHER, "other", 2)
            .build();

    static final ConstantTable<StateAidBasis> STATE_AID_BASES = ConstantTable.of(StateAidBasis.class)
            .name(StateAidBasis.DE_MINIMIS, "de-minimis", 2)
            .name(StateAidBasis.NOTIFIED, "notified", 2)
            .name(StateAidBasis.EXEMPTED, "exempted", 2)
            .name(StateAidBasis.NOT_STATE_AID, "not-state-aid", 2)
            .build();

    static final ConstantTable<Transfer.Kind> TRANSFER_KINDS = ConstantTable.of(Transfer.Kind.class)
            .name(Transfer.Kind.TRANSFER, "transfer", 2)
            .name(Transfer.Kind.REDEPLOYMENT, "redeployment", 2)
            .build();

    /** The {@code type} names of the ends of a transfer. */
    static final ConstantTable<TransferEnd.Kind> TRANSFER_ENDS = ConstantTable.of(TransferEnd.Kind.class)
            .name(TransferEnd.Kind.CONTRIBUTION, "contribution", 2)
            .name(TransferEnd.Kind.OTHER_CONVENTION, "other-convention", 2)
            .name(TransferEnd.Kind.UNSTATED, "unstated", 2)
            .build();

    /** The {@code type} names of start rules. */
    static final ConstantTable<StartRule.Kind> START_KINDS = ConstantTable.of(StartRule.Kind.class)
            .name(StartRule.Kind.ON_SIGNATURE_BY_ALL_PARTIES, "on-signature-by-all-parties")
            .name(StartRule.Kind.ON_DATE, "on-date")
            .name(StartRule.Kind.ON_NOTIFICATION, "on-notification")
            .build();

    static final ConstantTable<Decision.Kind> DECISION_KINDS = ConstantTable.of(Decision.Kind.class)
            .name(Decision.Kind.DELIBERATION, "deliberation")
            .name(Decision.Kind.ARRETE, "arrete")
            .name(Decision.Kind.BOARD_DECISION, "board-decision")
            .build();

    static final ConstantTable<Verdict> VERDICTS = ConstantTable.of(Verdict.class)
            .name(Verdict.FAVOURABLE, "favourable")
            .name(Verdict.UNFAVOURABLE, "unfavourable")
            .name(Verdict.WITH_RESERVATIONS, "with-reservations")
            .name(Verdict.FOR_INFORMATION, "for-information")
            .build();

    static final ConstantTable<Bulletin.Kind> BULLETIN_KINDS = ConstantTable.of(Bulletin.Kind.class)
            .name(Bulletin.Kind.BULLETIN_OFFICIEL, "bulletin-officiel")
            .name(Bulletin.Kind.RECUEIL_DES_ACTES_ADMINISTRATIFS, "recueil-des-actes-administratifs")
            .build();

    static final ConstantTable<Citation.Kind> CITATION_KINDS = ConstantTable.of(Citation.Kind.class)
            .name(Citation.Kind.CODE, "code")
            .name(Citation.Kind.LAW, "law")
            .name(Citation.Kind.ORDINANCE, "ordinance")
            .name(Citation.Kind.DECREE, "decree")
            .name(Citation.Kind.ARRETE, "arrete")
            .name(Citation.Kind.CIRCULAR, "circular")
            .build();

    static final ConstantTable<ConventionLink.Relation> LINK_RELATIONS = ConstantTable.of(ConventionLink.Relation.class)
            .name(ConventionLink.Relation.REPLACES, "replaces")
            .name(ConventionLink.Relation.MONEY_MOVED_TO, "money-moved-to")
            .name(ConventionLink.Relation.MONEY_MOVED_FROM, "money-moved-from")
            .name(ConventionLink.Relation.CITES, "cites")
            .build();

    private Constants() {
    }

    /** Every table, for the tests that check them. */
    static List<ConstantTable<?>> all() {
        return List.of(PARTY_KINDS, CIVILITIES, PHASE_STATUSES, NATURES, START_KINDS, DECISION_KINDS, VERDICTS,
                BULLETIN_KINDS, CITATION_KINDS, LINK_RELATIONS, FIRMNESS, PAYMENT_KINDS, PAYMENT_EVENTS,
                STATE_AID_BASES, TRANSFER_KINDS, TRANSFER_ENDS);
    }
}
