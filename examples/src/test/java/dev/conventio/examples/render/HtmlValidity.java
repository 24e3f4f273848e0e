package dev.conventio.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.render.ConsolidatedHtml;
import dev.conventio.render.TimelineSvg;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.validation.SimpleDocumentValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks that a rendered page is valid HTML: the Nu Html Checker run as a library, offline (its
 * schemas are in its jar), reports no error and no warning; and the page is polyglot XHTML — the
 * JDK's XML parser reads it — with the structure stated in {@link #structure(Document)}.
 */
public final class HtmlValidity {

    private HtmlValidity() {
    }

    /** Asserts that the Nu Html Checker finds nothing to report, and that the page is polyglot XHTML. */
    public static Document assertValid(String html) throws Exception {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, true, false);
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        assertThat(problems).as("the Nu Html Checker's messages").isEmpty();
        Document document = xml(html);
        structure(document);
        return document;
    }

    /** Parses the page with the JDK's XML parser, namespace-aware, loading nothing from outside. */
    public static Document xml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    /**
     * The stated structural checks: the root is {@code html} in the XHTML namespace with
     * {@code lang="fr"}; the head has a {@code meta charset="utf-8"} and a non-empty title; the body
     * has one header, one main and one h1; headings do not skip a level; ids are unique; every
     * {@code svg} is in the SVG namespace and has a title; no paragraph, list item or heading is
     * empty of text.
     */
    public static void structure(Document document) {
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("html");
        assertThat(root.getNamespaceURI()).isEqualTo(ConsolidatedHtml.NAMESPACE);
        assertThat(root.getAttribute("lang")).isEqualTo("fr");
        assertThat(elements(document, "meta")).singleElement()
                .satisfies(meta -> assertThat(meta.getAttribute("charset")).isEqualTo("utf-8"));
        assertThat(elements(document, "title").get(0).getTextContent()).isNotBlank();
        assertThat(elements(document, "header")).hasSize(1);
        assertThat(elements(document, "main")).hasSize(1);
        assertThat(elements(document, "h1")).hasSize(1);
        int level = 1;
        NodeList all = document.getElementsByTagNameNS("*", "*");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = element.getLocalName();
            if (name.matches("h[1-6]")) {
                int next = name.charAt(1) - '0';
                assertThat(next).as("heading " + element.getTextContent()).isLessThanOrEqualTo(level + 1);
                level = next;
            }
            if (!element.getAttribute("id").isEmpty()) {
                assertThat(ids.add(element.getAttribute("id"))).as("id " + element.getAttribute("id")).isTrue();
            }
            if (name.equals("svg")) {
                assertThat(element.getNamespaceURI()).isEqualTo(TimelineSvg.NAMESPACE);
                assertThat(element.getElementsByTagNameNS(TimelineSvg.NAMESPACE, "title").getLength()).isPositive();
            }
            if (name.equals("li") || name.matches("h[1-6]")) {
                assertThat(element.getTextContent()).as(name).isNotBlank();
            }
        }
    }

    /** The element of an id, or null: the DOM knows no id without a schema. */
    public static Element byId(Document document, String id) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getAttribute("id").equals(id)) {
                return element;
            }
        }
        return null;
    }

    public static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(ConsolidatedHtml.NAMESPACE, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
