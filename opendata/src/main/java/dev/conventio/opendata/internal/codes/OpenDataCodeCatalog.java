package dev.conventio.opendata.internal.codes;

import dev.conventio.opendata.csv.ImportCodes;
import dev.conventio.opendata.export.ExportCodes;
import dev.conventio.opendata.law.LawCodes;
import dev.conventio.opendata.scdl.ScdlCodes;
import dev.conventio.validation.HolderCodeCatalog;
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
        super("conventio-opendata", HOLDERS,
                () -> OpenDataCodeCatalog.class.getResourceAsStream("descriptions_fr.properties"));
    }
}
