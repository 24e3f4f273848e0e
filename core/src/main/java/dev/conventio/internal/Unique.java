package dev.conventio.internal;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reports the elements of a list whose key repeats an earlier one's: the check that several values
 * of the model share (one signature per party, one article per number).
 *
 * <p>Internal: not part of the API, in a package the module does not export.
 */
public final class Unique {

    private Unique() {
    }

    /**
     * Reports each element whose key an earlier element has, at {@code path[i].member}.
     *
     * @param <T>  the type of the elements
     * @param elements  the list, not null
     * @param key  the key of an element, not null
     * @param path  the path of the list in the checked value, such as {@code signatures}
     * @param member  the member of an element holding its key, such as {@code party}
     * @param code  the code to report
     * @param message  the message, given the key that repeats
     * @param violations  where to report
     */
    public static <T> void check(List<T> elements, Function<T, String> key, String path, String member,
            ViolationCode code, Function<String, String> message, Violations violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            String value = key.apply(elements.get(i));
            if (!seen.add(value)) {
                violations.add(code, path + "[" + i + "]." + member, message.apply(value));
            }
        }
    }
}
