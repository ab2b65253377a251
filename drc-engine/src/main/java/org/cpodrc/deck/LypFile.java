package org.cpodrc.deck;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.cpodrc.InputException;
import org.cpodrc.io.InputLimits;
import org.cpodrc.layout.LayerKey;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Layer names from a KLayout layer-properties (.lyp) file. Every {@code <properties>} element
 * and every group member ({@code <group-members>}, also inside tabs) with a {@code <source>}
 * naming a layer/datatype contributes its {@code <name>}, or, without a name, the name part of
 * its source ("M1 41/0@1" gives M1). KLayout users often write the numbers into the name ("WG 1/0", "WG (1/0)");
 * that suffix is dropped. Other characters not allowed in deck names become '_'. Entries
 * with neither, or whose source has no layer/datatype (wildcards, name-only sources), are
 * skipped; the first entry of a name wins.
 */
final class LypFile {
    private static final Pattern LAYER_DATATYPE = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("\\s*(\\(\\s*\\d+\\s*/\\s*\\d+\\s*\\)|\\d+\\s*/\\s*\\d+)\\s*$");

    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private LypFile() {
    }

    /** Names to layers, in file order. */
    static Map<String, LayerKey> parse(String fileName, String xml) {
        Document doc = read(fileName, xml);
        Map<String, LayerKey> out = new LinkedHashMap<>();
        collect(doc.getDocumentElement(), out);
        return out;
    }

    /** Entries in document order: top-level {@code <properties>} and each group's {@code <group-members>}. */
    private static void collect(Element e, Map<String, LayerKey> out) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                String tag = ce.getTagName();
                if (tag.equals("properties") || tag.equals("group-members")) {
                    entry(ce, out);
                }
                if (!tag.equals("name") && !tag.equals("source")) {
                    collect(ce, out);
                }
            }
        }
    }

    private static void entry(Element p, Map<String, LayerKey> out) {
        String source = childText(p, "source");
        if (source == null) {
            return;
        }
        Matcher m = LAYER_DATATYPE.matcher(source);
        if (!m.find()) {
            return; // wildcard or name-only source: nothing to import
        }
        String name = childText(p, "name");
        if (name == null) {
            // no display name: KLayout shows the source, whose leading part may name the layer ("M1 41/0@1")
            name = source.substring(0, m.start()).strip().replaceAll("^['\"]|['\"]$", "");
        }
        String clean = deckName(name);
        if (!clean.isEmpty()) {
            out.putIfAbsent(clean, new LayerKey(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
    }

    /** "WG (1/0)" and "WG 1/0" become "WG"; "Si slab" becomes "Si_slab". */
    static String deckName(String lypName) {
        String n = NUMBER_SUFFIX.matcher(lypName.strip()).replaceFirst("").strip();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' ? c : '_');
        }
        if (!b.isEmpty() && Character.isDigit(b.charAt(0))) {
            b.insert(0, '_');
        }
        return b.toString();
    }

    private static String childText(Element e, String tag) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && ce.getTagName().equals(tag)) {
                String t = ce.getTextContent().strip();
                return t.isEmpty() ? null : t;
            }
        }
        return null;
    }

    private static Document read(String fileName, String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // layer files come from users: no DTDs, no external entities
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            // the DOM walk below recurses per element: bound the depth (the JDK's own limit)
            f.setAttribute(MAX_ELEMENT_DEPTH, String.valueOf(InputLimits.depth()));
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.ErrorHandler() { // throw, never print to stderr
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            String where = fileName + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
            if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
                throw new InputException(where + ": elements nested deeper than " + InputLimits.describeDepth());
            }
            throw new InputException(where + ": malformed layer-properties XML: " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new InputException(fileName + ": malformed layer-properties XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
