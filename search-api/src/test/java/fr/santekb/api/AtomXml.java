package fr.santekb.api;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an Atom document for tests: namespace-aware, failing on anything not well-formed. */
public final class AtomXml {
  public static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomXml() {}

  public static Element parse(byte[] xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
      return d.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** The Atom children named {@code name} of {@code parent} (direct children only). */
  public static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text of the single Atom child {@code name}; fails when there is not exactly one. */
  public static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " <" + name + "> in <" + parent.getLocalName()
          + ">, expected one");
    }
    return found.get(0).getTextContent();
  }

  /** The href of the link with {@code rel}; fails when there is not exactly one. */
  public static String link(Element parent, String rel) {
    List<Element> found = children(parent, "link").stream()
        .filter(l -> rel.equals(l.getAttribute("rel"))).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " links rel=" + rel);
    }
    return found.get(0).getAttribute("href");
  }
}
