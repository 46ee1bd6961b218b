package fr.santekb.indexer.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The title of a deck's first slide, as its author typed it in the slide's title placeholder:
 * PPTX ({@code <p:ph type="title|ctrTitle">} of the first slide in {@code presentation.xml}
 * order, which is not the order of the slide files) and ODP (the first page's frame of class
 * {@code title}). Tika's text gives the slide's boxes in drawing order, where the title may come
 * last. Empty when the slide has no title placeholder or the file cannot be read again (it was
 * already extracted: a failure here only means no slide title).
 */
final class SlideTitle {
  private static final int MAX_CHARS = 300;

  private SlideTitle() {}

  /** The first slide's title of a {@code pptx} or {@code odp} file; empty for other formats. */
  static Optional<String> of(Path file, String format) {
    if (!format.equals("pptx") && !format.equals("odp")) {
      return Optional.empty();
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return switch (format) {
        case "pptx" -> pptx(zip);
        case "odp" -> odp(zip);
        default -> Optional.empty();
      };
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> pptx(ZipFile zip) throws IOException, XMLStreamException {
    Optional<String> firstId = firstAttribute(zip, "ppt/presentation.xml", "sldId", "id",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    if (firstId.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> target = relationshipTarget(zip, "ppt/_rels/presentation.xml.rels",
        firstId.get());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    String slide = target.get().startsWith("/") ? target.get().substring(1)
        : "ppt/" + target.get();
    try (InputStream in = open(zip, slide)) {
      return in == null ? Optional.empty() : pptxTitle(reader(in));
    }
  }

  /** The text of the first shape whose placeholder is a title, its paragraphs joined by spaces. */
  static Optional<String> pptxTitle(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    boolean inShape = false;
    boolean isTitle = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("sp")) {
          inShape = true;
          isTitle = false;
          text.setLength(0);
        } else if (inShape && name.equals("ph")) {
          String type = xml.getAttributeValue(null, "type");
          isTitle = "title".equals(type) || "ctrTitle".equals(type);
        } else if (inShape && name.equals("p") && !text.isEmpty()) {
          text.append(' ');
        } else if (inShape && name.equals("t")) {
          text.append(xml.getElementText());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sp")) {
        inShape = false;
        if (isTitle && !text.toString().isBlank()) {
          return Optional.of(flat(text));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> odp(ZipFile zip) throws IOException, XMLStreamException {
    try (InputStream in = open(zip, "content.xml")) {
      return in == null ? Optional.empty() : odpTitle(reader(in));
    }
  }

  /** The text of the first page's frame of presentation class {@code title}. */
  static Optional<String> odpTitle(XMLStreamReader xml) throws XMLStreamException {
    String presentation = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";
    StringBuilder text = new StringBuilder();
    int titleDepth = -1;
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = xml.getLocalName();
        if (titleDepth < 0 && name.equals("frame")
            && "title".equals(xml.getAttributeValue(presentation, "class"))) {
          titleDepth = depth;
        } else if (titleDepth > 0 && name.equals("p") && !text.isEmpty()) {
          text.append(' ');
        }
      } else if (event == XMLStreamConstants.CHARACTERS && titleDepth > 0) {
        text.append(xml.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = xml.getLocalName();
        if (titleDepth == depth && name.equals("frame")) {
          return text.toString().isBlank() ? Optional.empty() : Optional.of(flat(text));
        }
        if (name.equals("page")) {
          return Optional.empty(); // only the first page's title counts
        }
        depth--;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstAttribute(ZipFile zip, String entry, String element,
      String attribute, String namespace) throws IOException, XMLStreamException {
    try (InputStream in = open(zip, entry)) {
      if (in == null) {
        return Optional.empty();
      }
      XMLStreamReader xml = reader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(element)) {
          return Optional.ofNullable(xml.getAttributeValue(namespace, attribute));
        }
      }
      return Optional.empty();
    }
  }

  private static Optional<String> relationshipTarget(ZipFile zip, String entry, String id)
      throws IOException, XMLStreamException {
    try (InputStream in = open(zip, entry)) {
      if (in == null) {
        return Optional.empty();
      }
      XMLStreamReader xml = reader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && xml.getLocalName().equals("Relationship")
            && id.equals(xml.getAttributeValue(null, "Id"))) {
          return Optional.ofNullable(xml.getAttributeValue(null, "Target"));
        }
      }
      return Optional.empty();
    }
  }

  private static InputStream open(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    return entry == null ? null : zip.getInputStream(entry);
  }

  /** A reader that neither loads DTDs nor resolves external entities. */
  static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory.createXMLStreamReader(in);
  }

  private static String flat(CharSequence text) {
    String t = text.toString().replaceAll("\\s+", " ").strip();
    return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
  }
}
