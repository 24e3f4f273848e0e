/**
 * The duration of an instrument (durée): when it takes effect (prise d'effet), when it ends (terme)
 * and how it may be renewed (reconduction).
 *
 * <p>End dates are inclusive: a term that ends on 31 December 2020 is in force on that day and has
 * lapsed on 1 January 2021.
 */
@ConventioStyle
package dev.conventio.term;

import dev.conventio.style.ConventioStyle;
