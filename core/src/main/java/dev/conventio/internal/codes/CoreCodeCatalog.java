package dev.conventio.internal.codes;

import dev.conventio.amendment.AmendmentCodes;
import dev.conventio.change.ChangeCodes;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.date.DateCodes;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.history.HistoryCodes;
import dev.conventio.party.PartyCodes;
import dev.conventio.signature.SignatureCodes;
import dev.conventio.objective.TargetCodes;
import dev.conventio.term.TermCodes;
import dev.conventio.validation.CodeCatalog;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.WorkCodes;
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
import java.util.Optional;
import java.util.Properties;

/**
 * The catalog of core's violation codes: the constants of each package's {@code …Codes} class, in
 * the order of the packages' dependencies, each class's codes by id.
 *
 * <p>Not part of the API: it is found through {@link CodeCatalog#installed()}. This class is
 * immutable and thread-safe.
 */
public final class CoreCodeCatalog implements CodeCatalog {

    /** The classes that declare core's codes, one per package, lowest package first. */
    static final List<Class<?>> HOLDERS = List.of(CommonCodes.class, DateCodes.class, PartyCodes.class,
            WorkCodes.class, FinanceCodes.class, TargetCodes.class, TermCodes.class, SignatureCodes.class,
            ConventionCodes.class, ChangeCodes.class, AmendmentCodes.class, HistoryCodes.class);

    private static final List<ViolationCode> CODES = collect();
    private static final Properties FRENCH = french();

    /** Creates the catalog; {@link java.util.ServiceLoader} calls it. */
    public CoreCodeCatalog() {
    }

    private static List<ViolationCode> collect() {
        List<ViolationCode> codes = new ArrayList<>();
        for (Class<?> holder : HOLDERS) {
            List<ViolationCode> declared = new ArrayList<>();
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == ViolationCode.class) {
                    try {
                        declared.add((ViolationCode) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("a public code is not readable: " + field, e);
                    }
                }
            }
            declared.sort(Comparator.comparing(ViolationCode::id));
            codes.addAll(declared);
        }
        return List.copyOf(codes);
    }

    @Override
    public String name() {
        return "conventio-core";
    }

    @Override
    public List<ViolationCode> codes() {
        return CODES;
    }

    /** French descriptions, from {@code descriptions_fr.properties} beside this class. */
    @Override
    public Optional<String> description(ViolationCode code, Locale locale) {
        if (!codes().contains(code)) {
            return Optional.empty();
        }
        return locale.getLanguage().equals(Locale.FRENCH.getLanguage())
                ? Optional.ofNullable(FRENCH.getProperty(code.id())) : Optional.empty();
    }

    private static Properties french() {
        Properties properties = new Properties();
        try (InputStream in = CoreCodeCatalog.class.getResourceAsStream("descriptions_fr.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the French descriptions of conventio-core cannot be read", e);
        }
        return properties;
    }

    @Override
    public String toString() {
        return "CodeCatalog[" + name() + ", " + CODES.size() + " codes]";
    }
}
