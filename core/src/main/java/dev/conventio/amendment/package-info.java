/**
 * Numbered amendments (avenants) to a convention: recorded ones, with their preamble, articles,
 * term, signatures and changes, and earlier ones known to exist but whose content is not recorded.
 */
@ConventioStyle
package dev.conventio.amendment;

import dev.conventio.style.ConventioStyle;
