package dev.conventio.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A {@link CodeCatalog} made of the public static {@link ViolationCode} constants of a module's
 * code holders (one {@code …Codes} class per package), with French descriptions from a properties
 * file: the way every module of the library declares its catalog, and a way for an application to.
 * <pre>{@code
 * public final class AcmeCatalog extends HolderCodeCatalog {
 *     public AcmeCatalog() {
 *         super("acme-grants", List.of(AcmeCodes.class),
 *                 () -> AcmeCatalog.class.getResourceAsStream("descriptions_fr.properties"));
 *     }
 * }
 * }</pre>
 *
 * <p>The codes are the holders' in the given order, each holder's by id. The French descriptions
 * are read from the stream the subclass opens (so that a resource of its own module is found),
 * lines {@code id=description} in UTF-8. Both are read once per subclass and kept. Subclasses are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
public abstract class HolderCodeCatalog implements CodeCatalog {

    private static final Map<Class<?>, Declared> DECLARED = new ConcurrentHashMap<>();

    private final String name;
    private final Declared declared;

    /** What a subclass declares, read once. */
    private static final class Declared {
        final List<ViolationCode> codes;
        final Properties french;

        Declared(List<ViolationCode> codes, Properties french) {
            this.codes = codes;
            this.french = french;
        }
    }

    /**
     * Creates the catalog.
     *
     * @param name  the name of the catalog, the artifact that declares the codes, not null
     * @param holders  the classes whose public static {@code ViolationCode} fields are the codes, not null
     * @param french  opens the French descriptions, {@code id=description} lines in UTF-8, not null
     * @throws UncheckedIOException if the descriptions cannot be read
     * @throws IllegalStateException if a code field cannot be read
     * @throws NullPointerException if an argument is null
     */
    protected HolderCodeCatalog(String name, List<Class<?>> holders, Supplier<InputStream> french) {
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(holders, "holders");
        Objects.requireNonNull(french, "french");
        this.declared = DECLARED.computeIfAbsent(getClass(), type -> new Declared(collect(holders), read(name, french)));
    }

    private static List<ViolationCode> collect(List<Class<?>> holders) {
        List<ViolationCode> codes = new ArrayList<>();
        for (Class<?> holder : holders) {
            List<ViolationCode> found = new ArrayList<>();
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == ViolationCode.class) {
                    try {
                        found.add((ViolationCode) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("a public code is not readable: " + field, e);
                    }
                }
            }
            found.sort(Comparator.comparing(ViolationCode::id));
            codes.addAll(found);
        }
        return List.copyOf(codes);
    }

    private static Properties read(String name, Supplier<InputStream> french) {
        Properties properties = new Properties();
        try (InputStream in = french.get()) {
            if (in == null) {
                throw new IOException("no French descriptions found");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the French descriptions of " + name + " cannot be read", e);
        }
        return properties;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<ViolationCode> codes() {
        return declared.codes;
    }

    /**
     * Gets the French description of one of this catalog's codes from its properties file.
     *
     * @param code  the code, not null
     * @param locale  the language, not null
     * @return the description for French when the file has one, else empty, never null
     * @throws NullPointerException if an argument is null
     */
    @Override
    public final Optional<String> description(ViolationCode code, Locale locale) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(locale, "locale");
        if (!codes().contains(code) || !locale.getLanguage().equals(Locale.FRENCH.getLanguage())) {
            return Optional.empty();
        }
        return Optional.ofNullable(declared.french.getProperty(code.id()));
    }

    /**
     * Returns the name and the number of codes.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return "CodeCatalog[" + name + ", " + codes().size() + " codes]";
    }
}
