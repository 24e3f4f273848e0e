/**
 * The convention de partenariat itself: its reference, object, parties, legal bases, articles,
 * phases, money, governance, term and signatures, with the invariants that tie them together.
 */
@ConventioStyle
package dev.conventio.convention;

import dev.conventio.style.ConventioStyle;
