/**
 * The history of a convention: its numbered amendments (avenants) checked against the amendment
 * rules and optional policies, the convention as in force on a date (version consolidée) with the
 * provenance of each element, the money it commits and the timeline of its dated events.
 *
 * <p>Entry point: {@link dev.conventio.history.History}.
 */
@ConventioStyle
package dev.conventio.history;

import dev.conventio.style.ConventioStyle;
