package dev.conventio.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The violation codes one module declares (catalogue de codes), found with {@link ServiceLoader}.
 *
 * <p>Each module of the library provides one, and so may an application that declares its own
 * codes, so that tools can list every code on the class path or module path and resolve a stored
 * id:
 * <pre>{@code
 * for (CodeCatalog catalog : CodeCatalog.installed()) {
 *     catalog.codes().forEach(code -> System.out.println(catalog.name() + " " + code.id()));
 * }
 * Optional<ViolationCode> code = CodeCatalog.find("contribution.amount.not-positive");
 * }</pre>
 * A provider is declared with {@code provides dev.conventio.validation.CodeCatalog with …} in its
 * module descriptor and in {@code META-INF/services/dev.conventio.validation.CodeCatalog} for the
 * class path. Implementations must be immutable and thread-safe.
 *
 * @since 0.1
 */
public interface CodeCatalog {

    /**
     * Gets the name of the catalog: the artifact that declares the codes, such as
     * {@code conventio-core}.
     *
     * @return the name, never null
     */
    String name();

    /**
     * Gets the codes of this catalog, in a stable order.
     *
     * @return the codes, with distinct ids, never null, unmodifiable
     */
    List<ViolationCode> codes();

    /**
     * Gets the description of one of this catalog's codes in a language, such as French for the
     * public officials who read the messages of an application; the English description is the
     * code's own {@link ViolationCode#description()}.
     *
     * <p>The default has no translation: a catalog that has some overrides it.
     *
     * @param code  a code of this catalog, not null
     * @param locale  the language, such as {@link Locale#FRENCH}, not null
     * @return the description in that language, empty when the catalog has none, never null
     * @throws NullPointerException if an argument is null
     */
    default Optional<String> description(ViolationCode code, Locale locale) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(locale, "locale");
        return Optional.empty();
    }

    /**
     * Describes a code in a language, through the installed catalog that declares it: in French
     * for {@code Locale.FRENCH}, falling back on the code's English description.
     * <pre>{@code
     * CodeCatalog.describe(CommonCodes.TEXT_BLANK, Locale.FRENCH);
     * // "un texte obligatoire est vide ou ne contient que des espaces"
     * }</pre>
     *
     * @param code  the code, not null
     * @param locale  the language, not null
     * @return the description, never null
     * @throws NullPointerException if an argument is null
     */
    static String describe(ViolationCode code, Locale locale) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(locale, "locale");
        for (CodeCatalog catalog : installed()) {
            if (catalog.codes().contains(code)) {
                Optional<String> text = catalog.description(code, locale);
                if (text.isPresent()) {
                    return text.get();
                }
            }
        }
        return code.description();
    }

    /**
     * Finds every catalog installed, by {@link ServiceLoader} on the caller's module or class path.
     *
     * @return the catalogs, ordered by name, never null, unmodifiable
     */
    static List<CodeCatalog> installed() {
        List<CodeCatalog> catalogs = new ArrayList<>();
        ServiceLoader.load(CodeCatalog.class).forEach(catalogs::add);
        catalogs.sort(Comparator.comparing(CodeCatalog::name));
        return List.copyOf(catalogs);
    }

    /**
     * Finds the catalog with a name among those installed.
     *
     * @param name  the name, such as {@code conventio-core}, not null
     * @return the catalog, empty if none is installed with that name, never null
     * @throws NullPointerException if the name is null
     */
    static Optional<CodeCatalog> named(String name) {
        Objects.requireNonNull(name, "name");
        return installed().stream().filter(catalog -> catalog.name().equals(name)).findFirst();
    }

    /**
     * Finds a code by id among the installed catalogs.
     *
     * @param id  the id, such as {@code contribution.amount.not-positive}, not null
     * @return the code, empty if no installed catalog declares it, never null
     * @throws NullPointerException if the id is null
     */
    static Optional<ViolationCode> find(String id) {
        Objects.requireNonNull(id, "id");
        for (CodeCatalog catalog : installed()) {
            for (ViolationCode code : catalog.codes()) {
                if (code.id().equals(id)) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }
}
