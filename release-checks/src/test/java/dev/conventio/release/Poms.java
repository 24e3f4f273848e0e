package dev.conventio.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads the repository's POMs and files, from the root the build passes as {@code conventio.root}. */
final class Poms {

    private Poms() {
    }

    /** The repository's root. */
    static Path root() {
        String root = System.getProperty("conventio.root");
        if (root == null) {
            throw new IllegalStateException("the conventio.root system property names the repository's root; "
                    + "the POM of release-checks sets it");
        }
        return Path.of(root).toAbsolutePath().normalize();
    }

    /** A POM of the repository, parsed. */
    static Element pom(String module) {
        Path file = module.isEmpty() ? root().resolve("pom.xml") : root().resolve(module).resolve("pom.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            return document.getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(file + " is not a POM", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The child elements of that name. */
    static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                children.add((Element) node);
            }
        }
        return children;
    }

    /** The text of the element at a path of child names, or "" when there is none. */
    static String text(Element element, String... path) {
        Element current = element;
        for (String name : path) {
            List<Element> children = children(current, name);
            if (children.isEmpty()) {
                return "";
            }
            current = children.get(0);
        }
        return current.getTextContent().trim();
    }

    /** The modules the root POM builds. */
    static List<String> modules() {
        List<String> modules = new ArrayList<>();
        for (Element element : children(children(pom(""), "modules").get(0), "module")) {
            modules.add(element.getTextContent().trim());
        }
        return modules;
    }

    /** Whether a module is published: not a BOM, and not skipped by the deploy plugin. */
    static boolean isPublished(String module) {
        Element pom = pom(module);
        return !"pom".equals(text(pom, "packaging")) && !"true".equals(text(pom, "properties", "maven.deploy.skip"));
    }

    /** A file of the repository, as text. */
    static String read(String file) {
        try {
            return Files.readString(root().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
