package dev.conventio.serialization;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import dev.conventio.format.codec.BuildVersion;

/**
 * The version of this module, from {@code version.properties}, which the build fills in: one source
 * of truth, the POM, rather than a constant to keep in step by hand.
 */
final class PackageVersion {

    static final Version VERSION = BuildVersion.read(PackageVersion.class.getResourceAsStream("version.properties"))
            .map(build -> VersionUtil.parseVersion(build.version(), build.groupId(), build.artifactId()))
            .orElseGet(Version::unknownVersion);

    private PackageVersion() {
    }
}
