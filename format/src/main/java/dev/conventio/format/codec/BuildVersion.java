package dev.conventio.format.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The coordinates of an adapter's artifact, from the {@code version.properties} that its build
 * fills in: one source of truth, the POM, for the version its Jackson module
 * reports. Unsupported: for the adapter modules only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BuildVersion {

    private final String groupId;
    private final String artifactId;
    private final String version;

    private BuildVersion(String groupId, String artifactId, String version) {
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.version = version;
    }

    /**
     * Reads an adapter's {@code version.properties}, which the adapter opens itself: a resource of
     * a named module's package is the module's own to read.
     *
     * @param in  the file, as {@code getResourceAsStream("version.properties")} gives it, or null
     *     when it is missing (classes not built by Maven); closed
     * @return the coordinates, empty when the file is missing, never null
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Optional<BuildVersion> read(InputStream in) {
        if (in == null) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (in) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new BuildVersion(properties.getProperty("groupId"), properties.getProperty("artifactId"),
                properties.getProperty("version")));
    }

    /**
     * Gets the group id, such as {@code dev.conventio}.
     *
     * @return the group id, never null
     */
    public String groupId() {
        return groupId;
    }

    /**
     * Gets the artifact id, such as {@code conventio-jackson3}.
     *
     * @return the artifact id, never null
     */
    public String artifactId() {
        return artifactId;
    }

    /**
     * Gets the version, such as {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version, never null
     */
    public String version() {
        return version;
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
