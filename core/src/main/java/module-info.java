/**
 * Conventio core: the immutable model of conventions de partenariat and their avenants, their
 * invariants, the amendment rules and the consolidated convention as in force on a date.
 */
module dev.conventio.core {
    requires transitive org.joda.money;
    // Compile time only: the Immutables annotations. The generated classes carry no @Generated
    // (ConventioStyle's allowedClasspathAnnotations), so neither java.compiler nor the annotations
    // jar is needed by a consumer, on the class path or the module path.
    requires static org.immutables.value.annotations;

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
