package dev.conventio.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The BOM lists every published artifact, and carries the same metadata as the parent. */
class ReleaseMetadataTest {

    @Test
    void theBomListsEveryPublishedModuleAndNothingElse() {
        List<String> published = Poms.modules().stream().filter(Poms::isPublished)
                .map(module -> Poms.text(Poms.pom(module), "artifactId")).collect(Collectors.toList());
        Element management = Poms.children(Poms.pom("bom"), "dependencyManagement").get(0);
        List<String> listed = Poms.children(Poms.children(management, "dependencies").get(0), "dependency").stream()
                .map(dependency -> Poms.text(dependency, "artifactId")).collect(Collectors.toList());

        assertThat(published).contains("conventio-core", "conventio-format", "conventio-serialization",
                "conventio-jackson3", "conventio-opendata", "conventio-testkit", "conventio-render", "conventio-cli")
                .doesNotContain("conventio-examples", "conventio-benchmarks", "conventio-release-checks");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    void theBomWithoutAParentHasTheParentsVersionAndMetadata() {
        Element parent = Poms.pom("");
        Element bom = Poms.pom("bom");

        assertThat(Poms.children(bom, "parent")).as("a BOM with a parent would export the parent's "
                + "dependencyManagement").isEmpty();
        for (String[] path : new String[][] {{"groupId"}, {"version"}, {"url"}, {"inceptionYear"},
            {"licenses", "license", "name"}, {"licenses", "license", "url"}, {"developers", "developer", "id"},
            {"developers", "developer", "email"}, {"scm", "connection"}, {"scm", "developerConnection"},
            {"scm", "url"}, {"properties", "project.build.outputTimestamp"}}) {
            assertThat(Poms.text(bom, path)).as(String.join("/", path)).isNotEmpty().isEqualTo(Poms.text(parent, path));
        }
    }

    @Test
    void theParentAppendsNoArtifactIdToTheUrlsItsModulesInherit() {
        Element parent = Poms.pom("");
        Element scm = Poms.children(parent, "scm").get(0);

        assertThat(parent.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
        assertThat(scm.getAttribute("child.scm.connection.inherit.append.path")).isEqualTo("false");
        assertThat(scm.getAttribute("child.scm.developerConnection.inherit.append.path")).isEqualTo("false");
        assertThat(scm.getAttribute("child.scm.url.inherit.append.path")).isEqualTo("false");
    }
}
