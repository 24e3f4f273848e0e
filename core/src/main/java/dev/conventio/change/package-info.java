/**
 * The changes an amendment (avenant) makes to its convention, one class per kind, each tied to an
 * amending article: phases and orientations, committee decisions, money (contributions, their yearly
 * amounts, splits and transfers), actions and targets, governance, term, parties, the object,
 * articles of the base text for changes that have no typed form, and textual modifications
 * ({@link dev.conventio.change.ModifyText} and its {@link dev.conventio.change.TextOperation}s).
 */
@ConventioStyle
package dev.conventio.change;

import dev.conventio.style.ConventioStyle;
