package dev.conventio.examples.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one published module, as lines of text: every public type of a package the
 * module exports, and each of its public and protected constructors, methods and fields, with
 * their generic signatures; members inherited from a class of the module that is not public
 * included, since an application can call them.
 */
final class PublicApi {

    private PublicApi() {
    }

    /**
     * Lists the API of the module that holds a class.
     *
     * @param anyClass  a class of the module, whose code source is its jar or classes folder
     * @return the sorted lines, never null
     */
    static List<String> of(Class<?> anyClass) {
        Path location;
        try {
            location = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> classNames = new ArrayList<>();
        ModuleDescriptor descriptor = read(location, classNames);
        Set<String> exported = descriptor.exports().stream().filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        Set<String> lines = new TreeSet<>();
        for (String name : classNames) {
            int dot = name.lastIndexOf('.');
            if (dot < 0 || !exported.contains(name.substring(0, dot)) || name.endsWith("package-info")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, anyClass.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            if (isVisible(type)) {
                describe(type, Set.copyOf(classNames), lines);
            }
        }
        return List.copyOf(lines);
    }

    /** Reads the module descriptor and the names of the classes in a jar or a classes folder. */
    private static ModuleDescriptor read(Path location, List<String> classNames) {
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.filter(file -> file.toString().endsWith(".class")).forEach(file -> classNames.add(
                            location.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "")));
                }
                try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
                    return ModuleDescriptor.read(in);
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                    if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF")) {
                        classNames.add(entry.getName().replace('/', '.').replaceAll("\\.class$", ""));
                    }
                }
                try (InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
                    return ModuleDescriptor.read(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A public type, all of whose enclosing types are public. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lists a type and its members; members inherited from classes outside the module (a Jackson
     * exception's static factories, {@code Enum.valueOf}) are theirs, not the module's, and left out.
     */
    private static void describe(Class<?> type, Set<String> ownClasses, Set<String> lines) {
        String name = type.getName();
        lines.add(name + " : " + Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE)
                + (type.isInterface() ? " interface" : type.isEnum() ? " enum" : type.isRecord() ? " record" : " class")
                + supertypes(type));
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (isApi(constructor.getModifiers())) {
                lines.add(name + " : " + constructor.toGenericString());
            }
        }
        for (Method found : type.getMethods()) {
            Method method = inheritedThrough(found);
            if (ownClasses.contains(method.getDeclaringClass().getName()) && !method.isSynthetic() && !method.isBridge()) {
                lines.add(name + " : " + method.toGenericString().replace(method.getDeclaringClass().getName() + ".", ""));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isProtected(method.getModifiers()) && !method.isSynthetic()) {
                lines.add(name + " : " + method.toGenericString().replace(type.getName() + ".", ""));
            }
        }
        for (Field field : type.getFields()) {
            if (ownClasses.contains(field.getDeclaringClass().getName())) {
                lines.add(name + " : " + field.toGenericString().replace(field.getDeclaringClass().getName() + ".", ""));
            }
        }
    }

    /**
     * The method a visibility bridge stands for: javac gives a public class a bridge for each public
     * method it inherits from a package-private superclass (Convention's look-ups), and that method
     * is the API; any other method is itself.
     */
    private static Method inheritedThrough(Method method) {
        if (!method.isBridge()) {
            return method;
        }
        for (Class<?> c = method.getDeclaringClass().getSuperclass(); c != null && !Modifier.isPublic(c.getModifiers());
                c = c.getSuperclass()) {
            try {
                Method inherited = c.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (inherited.getReturnType() == method.getReturnType() && !inherited.isBridge()) {
                    return inherited;
                }
            } catch (NoSuchMethodException e) {
                // not declared at this level: look further up
            }
        }
        return method;
    }

    private static String supertypes(Class<?> type) {
        StringBuilder text = new StringBuilder();
        // A package-private superclass (Convention's look-ups, the testkit's ChoiceLog) is not API:
        // its public methods are listed as the subclass's own, the first public superclass is the
        // one named, and the interfaces it implements are the subclass's.
        List<java.lang.reflect.Type> interfaces = new ArrayList<>(List.of(type.getGenericInterfaces()));
        Class<?> superclass = type.getSuperclass();
        java.lang.reflect.Type generic = type.getGenericSuperclass();
        while (superclass != null && !Modifier.isPublic(superclass.getModifiers())) {
            interfaces.addAll(List.of(superclass.getGenericInterfaces()));
            generic = superclass.getGenericSuperclass();
            superclass = superclass.getSuperclass();
        }
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            text.append(" extends ").append(generic.getTypeName());
        }
        if (!interfaces.isEmpty()) {
            text.append(type.isInterface() ? " extends " : " implements ").append(interfaces.stream()
                    .map(java.lang.reflect.Type::getTypeName).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
