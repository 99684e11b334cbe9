package org.fieldstock.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every Facelet that another page pulls in ({@code ui:include src}, {@code ui:composition template},
 * {@code ui:decorate template}) is named by a literal path to a file of the web app: no expression
 * can ever choose what is included (the class of CVE-2026-46581, whatever the runtime's Mojarra),
 * and a typo fails here instead of on a user's screen.
 */
class FaceletReferencesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /** The Facelets namespaces of Faces 4 and of the older ones a copied page might still use. */
    private static final Set<String> FACELETS = Set.of("jakarta.faces.facelets",
            "http://xmlns.jcp.org/jsf/facelets", "http://java.sun.com/jsf/facelets");

    /** Tag and the attribute of it that names another Facelet. */
    private static final Map<String, String> REFERENCES = Map.of(
            "include", "src", "composition", "template", "decorate", "template");

    record Reference(Path page, String tag, String path) {
        @Override
        public String toString() {
            return WEBAPP.relativize(page) + ": <ui:" + tag + "> " + path;
        }
    }

    @Test
    void everyIncludeAndTemplateIsALiteralPathToAFileOfTheWebApp() throws Exception {
        List<Reference> references = references();
        List<String> wrong = new ArrayList<>();
        for (Reference reference : references) {
            String path = reference.path();
            if (!isLiteral(path)) {
                wrong.add(reference + " (not a literal path)");
            } else if (!path.startsWith("/")) {
                wrong.add(reference + " (relative: write the path from the web app's root)");
            } else if (!Files.isRegularFile(WEBAPP.resolve(path.substring(1)))) {
                wrong.add(reference + " (no such file)");
            }
        }
        assertEquals(List.of(), wrong, "Facelet references that are not literal paths to files");
        // the pages are built on the template and share includes: a scan that found none scanned nothing
        assertTrue(references.stream().filter(r -> r.tag().equals("composition")).count() >= 20,
                () -> "too few ui:composition templates found: " + references);
        assertTrue(references.stream().anyMatch(r -> r.tag().equals("include")),
                () -> "no ui:include found: " + references);
    }

    @Test
    void expressionsAreRecognisedInEveryFaceletsNamespaceAndOnlyThere() throws Exception {
        assertTrue(isLiteral("/WEB-INF/templates/main.xhtml"));
        assertFalse(isLiteral("#{page.template}"));
        assertFalse(isLiteral("/WEB-INF/includes/${name}.xhtml"));
        assertFalse(isLiteral("/WEB-INF/includes/#{param.part}"));
        List<Reference> found = referencesIn(Path.of("sample.xhtml"), """
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                                xmlns:x="jakarta.faces.facelets" template="#{view.template}">
                    <x:include src="/WEB-INF/includes/a.xhtml"/>
                    <x:decorate template="b.xhtml"/>
                    <ui:include xmlns:ui="http://xmlns.jcp.org/jsf/facelets" src="#{param.page}"/>
                    <include src="not-facelets.xhtml"/>
                </ui:composition>
                """);
        assertEquals(List.of("composition #{view.template}", "include /WEB-INF/includes/a.xhtml",
                        "decorate b.xhtml", "include #{param.page}"),
                found.stream().map(r -> r.tag() + " " + r.path()).toList());
    }

    private static boolean isLiteral(String path) {
        return !path.contains("#{") && !path.contains("${");
    }

    private static List<Reference> references() throws Exception {
        List<Reference> references = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                references.addAll(referencesIn(page, Files.readString(page)));
            }
        }
        return references;
    }

    private static List<Reference> referencesIn(Path page, String xml) throws Exception {
        Document document = parser().parse(new InputSource(new StringReader(xml)));
        List<Reference> references = new ArrayList<>();
        NodeList elements = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String attribute = REFERENCES.get(element.getLocalName());
            if (attribute != null && FACELETS.contains(element.getNamespaceURI()) && element.hasAttribute(attribute)) {
                references.add(new Reference(page, element.getLocalName(), element.getAttribute(attribute)));
            }
        }
        return references;
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // the pages' XHTML doctype is not fetched: the entities they use are XML's own
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }
}
