/**
 * Conventio core: the immutable model of conventions de partenariat and their avenants, their
 * invariants, the amendment rules and the consolidated convention as in force on a date.
 */
module dev.conventio.core {
    requires transitive org.joda.money;
    // The Immutables annotations: the generated classes carry @org.immutables.value.Generated
    // (ConventioStyle), kept in their class files, so a consumer's compiler reads it; transitive,
    // so that a module compiled against core reads it too (nothing loads it at run time).
    requires transitive org.immutables.value.annotations;

    exports dev.conventio.validation;
    exports dev.conventio.date;
    exports dev.conventio.text;
    exports dev.conventio.decision;
    exports dev.conventio.publication;
    exports dev.conventio.party;
    exports dev.conventio.work;
    exports dev.conventio.finance;
    exports dev.conventio.action;
    exports dev.conventio.objective;
    exports dev.conventio.governance;
    exports dev.conventio.term;
    exports dev.conventio.signature;
    exports dev.conventio.convention;
    exports dev.conventio.change;
    exports dev.conventio.amendment;
    exports dev.conventio.history;

    uses dev.conventio.validation.CodeCatalog;
    provides dev.conventio.validation.CodeCatalog with dev.conventio.internal.codes.CoreCodeCatalog;
}
