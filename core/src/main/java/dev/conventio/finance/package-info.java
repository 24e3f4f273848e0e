/**
 * Money a convention commits: financial contributions (participations financières, subventions),
 * their budget periods and payment schedules (échéanciers), in {@link org.joda.money.Money}.
 */
@ConventioStyle
package dev.conventio.finance;

import dev.conventio.style.ConventioStyle;
