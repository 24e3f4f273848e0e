package dev.conventio.opendata.internal.codes;

import dev.conventio.opendata.csv.ImportCodes;
import dev.conventio.opendata.export.ExportCodes;
import dev.conventio.opendata.law.LawCodes;
import dev.conventio.opendata.scdl.ScdlCodes;
import dev.conventio.validation.HolderCodeCatalog;
import java.io.InputStream;
import java.util.List;

/**
 * The catalog of conventio-opendata's codes: the constants of each package's {@code …Codes}
 * class, the row's first, each class's codes by id; French descriptions from
 * {@code descriptions_fr.properties} beside this class.
 *
 * <p>Not part of the API: it is found through {@link dev.conventio.validation.CodeCatalog#installed()}.
 * This class is immutable and thread-safe.
 */
public final class OpenDataCodeCatalog extends HolderCodeCatalog {

    /** The classes that declare the module's codes, one per package. */
    static final List<Class<?>> HOLDERS = List.of(ScdlCodes.class, ImportCodes.class, ExportCodes.class,
            LawCodes.class);

    /** Creates the catalog; {@link java.util.ServiceLoader} calls it. */
    public OpenDataCodeCatalog() {
        super("conventio-opendata", HOLDERS, OpenDataCodeCatalog::frenchDescriptions);
    }

    /**
     * Opens the French descriptions beside this class. A catalog reads them once per JVM, whatever
     * the number of instances, so this is what a test opens to know the resource is there.
     *
     * @return the stream, null if the resource is missing
     */
    static InputStream frenchDescriptions() {
        return OpenDataCodeCatalog.class.getResourceAsStream("descriptions_fr.properties");
    }
}
