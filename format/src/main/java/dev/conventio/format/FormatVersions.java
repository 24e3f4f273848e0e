package dev.conventio.format;

import java.net.URL;
import java.util.Objects;

/**
 * The versions of the format: the one written, the ones read, and the JSON Schema of each.
 *
 * <pre>{@code
 * FormatVersions.WRITTEN;                      // 2: what the writers write
 * FormatVersions.isRead(2);                    // true: readers read 1 to LATEST
 * URL schema = FormatVersions.schema(1);       // conventio-format-1.schema.json
 * }</pre>
 *
 * <p>A reader reads every version from {@link #OLDEST} to {@link #LATEST} and rejects any other with
 * {@link RejectionCode#FORMAT_VERSION_UNSUPPORTED}. Writers write {@link #WRITTEN}, which may lag
 * behind {@link #LATEST} while a version is being built. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FormatVersions {

    /** The oldest version readers read: version 1, which they read forever. */
    public static final int OLDEST = 1;

    /** The newest version readers read. */
    public static final int LATEST = 2;

    /** The version writers write. */
    public static final int WRITTEN = 2;

    private FormatVersions() {
    }

    /**
     * Tells whether readers read a version.
     *
     * @param version  the {@code formatVersion} of a document
     * @return true from {@link #OLDEST} to {@link #LATEST}
     */
    public static boolean isRead(int version) {
        return version >= OLDEST && version <= LATEST;
    }

    /**
     * Gets the JSON Schema (draft 2020-12) of a version, a resource of this library.
     *
     * @param version  a version that readers read
     * @return the location of the schema, never null
     * @throws IllegalArgumentException if readers do not read that version
     */
    public static URL schema(int version) {
        if (!isRead(version)) {
            throw new IllegalArgumentException("no format version " + version + "; versions are " + OLDEST + " to "
                    + LATEST);
        }
        String name = schemaName(version);
        return Objects.requireNonNull(FormatVersions.class.getResource(name), name);
    }

    /**
     * Gets the file name of the schema of a version, such as {@code conventio-format-1.schema.json}.
     *
     * @param version  the version
     * @return the file name, never null
     */
    public static String schemaName(int version) {
        return "conventio-format-" + version + ".schema.json";
    }
}
