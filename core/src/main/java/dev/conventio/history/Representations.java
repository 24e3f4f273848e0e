package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.party.Representation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who represented a party in each instrument of a history, for {@link History#representationsOf}. */
final class Representations {

    private Representations() {
    }

    /** The base's representation of a party, then each recorded amendment's, drafts included, in order. */
    static Map<Instrument, Representation> inHistory(Convention base, List<AmendmentRecord> amendments,
            String party) {
        Map<Instrument, Representation> found = new LinkedHashMap<>();
        base.representationOf(party).ifPresent(r -> found.put(Instrument.base(), r));
        for (AmendmentRecord record : amendments) {
            if (record instanceof Amendment amendment) {
                amendment.representations().stream().filter(r -> r.party().equals(party)).findFirst()
                        .ifPresent(r -> found.put(Instrument.amendment(amendment.number()), r));
            }
        }
        return Collections.unmodifiableMap(found);
    }
}
