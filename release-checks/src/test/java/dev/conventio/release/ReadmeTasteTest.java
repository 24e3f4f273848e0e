package dev.conventio.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The consumer projects compile the README's "A taste" exactly: the Java block of the README is,
 * line for line (indentation aside), the code between the markers of their {@code Taste.java}.
 */
class ReadmeTasteTest {

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toList());
    }

    static List<String> readmeTaste() {
        String readme = Poms.read("README.md");
        int section = readme.indexOf("## A taste");
        assertThat(section).as("the README's A taste section").isNotNegative();
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        return lines(readme.substring(start, readme.indexOf("```", start)));
    }

    static List<String> compiled(String project) {
        String source = Poms.read("release-checks/src/it/" + project + "/src/main/java/example/Taste.java");
        int start = source.indexOf("// ---- README: A taste ----") + "// ---- README: A taste ----".length();
        return lines(source.substring(start, source.indexOf("// ---- end ----", start)));
    }

    @Test
    void theClassPathConsumerCompilesTheReadmesExample() {
        assertThat(compiled("readme-classpath")).isEqualTo(readmeTaste());
    }

    @Test
    void theModulePathConsumerCompilesTheReadmesExample() {
        assertThat(compiled("readme-modulepath")).isEqualTo(readmeTaste());
    }
}
