package dev.conventio.serialization;

import dev.conventio.finance.ContributionNature;
import dev.conventio.party.Civility;
import dev.conventio.party.PartyKind;
import dev.conventio.term.StartRule;
import dev.conventio.work.PhaseStatus;

/** What the reader and the writer share about the format: its version and the names of constants. */
final class Format {

    /** The version of the format this library writes and the highest it reads. */
    static final int VERSION = 1;

    static final Constants<PartyKind> PARTY_KINDS = Constants.of(PartyKind.class);
    static final Constants<Civility> CIVILITIES = Constants.of(Civility.class);
    static final Constants<PhaseStatus> PHASE_STATUSES = Constants.of(PhaseStatus.class);
    static final Constants<ContributionNature> NATURES = Constants.of(ContributionNature.class);
    static final Constants<StartRule.Kind> START_KINDS = Constants.of(StartRule.Kind.class);

    private Format() {
    }
}
