/**
 * The text of an instrument (texte): paragraphs (alinéas) and tables, recorded whole, in part or
 * not at all, where they are addressed (« article 1.1, quatrième alinéa, deuxième phrase ») and how
 * words are matched in them ({@link dev.conventio.text.TextMatching}).
 */
@ConventioStyle
package dev.conventio.text;

import dev.conventio.style.ConventioStyle;
