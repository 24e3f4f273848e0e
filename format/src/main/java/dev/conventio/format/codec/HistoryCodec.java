package dev.conventio.format.codec;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import java.util.List;

/**
 * Histories: a base convention and its amendment records. Reading checks the amendment rules as
 * {@link History#of} checks them, their violations reported under {@code /amendments/i}; the
 * history read has no policies, which are application code, not data.
 */
final class HistoryCodec {

    private static final Member<History, Convention> BASE = Member.required(Names.BASE, ConventionCodec.CONVENTION,
            History::base);
    private static final Member<History, List<AmendmentRecord>> AMENDMENTS = Member.required(Names.AMENDMENTS,
            AmendmentCodecs.RECORDS, History::amendments);

    static final ObjectCodec<History> HISTORY = ObjectCodec.of("history", values ->
            History.of(values.get(BASE), values.get(AMENDMENTS)), BASE, AMENDMENTS);

    private HistoryCodec() {
    }
}
