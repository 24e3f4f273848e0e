package dev.conventio.publication;

import dev.conventio.date.PartialDate;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where an instrument is published: the Journal officiel ({@link JournalOfficiel}), a bulletin
 * officiel or a recueil des actes administratifs ({@link Bulletin}), a web address
 * ({@link WebPublication}), or a publication the model has no type for, described in words
 * ({@link OtherPublication}).
 * <pre>{@code
 * Publication jo = JournalOfficiel.builder().issueNumber("0291")
 *         .date(PartialDate.of(LocalDate.of(2014, 12, 17))).nor(Nor.parse("PRMI1426516X")).build();
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface Publication permits JournalOfficiel, Bulletin, WebPublication, OtherPublication {

    /**
     * Gets the date of the publication, as far as it is known.
     *
     * @return the date, possibly {@linkplain PartialDate#unknown() unknown}, never null
     */
    PartialDate date();

    /**
     * Gets the day of the publication, when known.
     *
     * @return the day, present only when the date is known to the day, never null
     */
    default Optional<LocalDate> day() {
        return date().date();
    }
}
