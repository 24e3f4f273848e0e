package dev.conventio.jackson3;

import dev.conventio.format.codec.BuildVersion;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The version of this module, from the {@code version.properties} the build fills in. */
final class PackageVersion {

    static final Version VERSION = BuildVersion.read(PackageVersion.class.getResourceAsStream("version.properties"))
            .map(build -> VersionUtil.parseVersion(build.version(), build.groupId(), build.artifactId()))
            .orElseGet(Version::unknownVersion);

    private PackageVersion() {
    }
}
