package dev.conventio.format;

import dev.conventio.change.Change;
import dev.conventio.format.codec.ChangeKinds;
import java.util.Map;

/**
 * The {@code type} name of each kind of change in the format, with the model class it stands for.
 *
 * <pre>{@code
 * ChangeTypes.byWireName().get("set-orientations");   // SetOrientations.class
 * }</pre>
 *
 * <p>The names are kebab-case and never Java class names: renaming a class never changes the format,
 * and a retired name is never reused. Tooling and tests use this list to check that every kind of
 * change of the model has its name, and only one. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ChangeTypes {

    private ChangeTypes() {
    }

    /**
     * Gets every kind of change, by wire name, in the format's order.
     *
     * @return the model class of each wire name, never null, unmodifiable
     */
    public static Map<String, Class<? extends Change>> byWireName() {
        return ChangeKinds.byWireName();
    }

    /**
     * Gets the kinds of change a version of the format has, by wire name, in the format's order:
     * version 1 has no {@code modify-text}, which exists from version 2 on.
     * <pre>{@code
     * ChangeTypes.byWireName(1).containsKey("modify-text");   // false
     * }</pre>
     *
     * @param version  the version of the format, such as {@code FormatVersions.LATEST}
     * @return the model class of each wire name, empty for a version the format does not have, never
     *     null, unmodifiable
     */
    public static Map<String, Class<? extends Change>> byWireName(int version) {
        return ChangeKinds.byWireName(version);
    }
}
