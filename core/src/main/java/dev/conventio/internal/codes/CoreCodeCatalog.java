package dev.conventio.internal.codes;

import dev.conventio.amendment.AmendmentCodes;
import dev.conventio.change.ChangeCodes;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.date.DateCodes;
import dev.conventio.decision.DecisionCodes;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.history.HistoryCodes;
import dev.conventio.objective.TargetCodes;
import dev.conventio.party.PartyCodes;
import dev.conventio.publication.PublicationCodes;
import dev.conventio.signature.SignatureCodes;
import dev.conventio.term.TermCodes;
import dev.conventio.text.TextCodes;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.HolderCodeCatalog;
import dev.conventio.work.WorkCodes;
import java.io.InputStream;
import java.util.List;

/**
 * The catalog of core's violation codes: the constants of each package's {@code …Codes} class, in
 * the order of the packages' dependencies, each class's codes by id.
 *
 * <p>Not part of the API: it is found through {@link dev.conventio.validation.CodeCatalog#installed()}. This class is
 * immutable and thread-safe.
 */
public final class CoreCodeCatalog extends HolderCodeCatalog {

    /** The classes that declare core's codes, one per package, lowest package first. */
    static final List<Class<?>> HOLDERS = List.of(CommonCodes.class, DateCodes.class, TextCodes.class,
            PublicationCodes.class, DecisionCodes.class, PartyCodes.class, WorkCodes.class, FinanceCodes.class,
            TargetCodes.class, TermCodes.class, SignatureCodes.class, ConventionCodes.class, ChangeCodes.class,
            AmendmentCodes.class, HistoryCodes.class);

    /** Creates the catalog; {@link java.util.ServiceLoader} calls it. */
    public CoreCodeCatalog() {
        super("conventio-core", HOLDERS, CoreCodeCatalog::frenchDescriptions);
    }

    /**
     * Opens the French descriptions beside this class. A catalog reads them once per JVM, whatever
     * the number of instances, so this is what a test opens to know the resource is there.
     *
     * @return the stream, null if the resource is missing
     */
    static InputStream frenchDescriptions() {
        return CoreCodeCatalog.class.getResourceAsStream("descriptions_fr.properties");
    }
}
