package fr.santekb.indexer.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Content parser for OpenDocument presentations that marks each {@code draw:page} as a
 * {@code <div class="slide-content">}, the way Tika marks PPTX slides. Tika 3.3.1's own ODF content
 * handler drops {@code draw:page}, so ODP slides could not be told apart.
 *
 * <p>Plugged into Tika's {@code OpenDocumentParser} with {@code setContentParser}, it receives
 * content.xml, styles.xml and the content.xml of embedded objects. Only text inside a
 * {@code draw:page} is written: master pages (styles.xml) hold template text and embedded chart
 * objects hold data tables, both noise for search. Paragraphs ({@code text:p}, {@code text:h})
 * become {@code <p>}, with {@code text:s}, {@code text:tab} and {@code text:line-break} as spaces,
 * tabs and {@code <br>}.
 */
final class OdpSlidesContentParser implements Parser {
  private static final long serialVersionUID = 1L;
  private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  private static final String XHTML_NS = XHTMLContentHandler.XHTML;

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of();
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
      ParseContext context) throws IOException, SAXException, TikaException {
    XMLReaderUtils.parseSAX(CloseShieldInputStream.wrap(stream), new SlideHandler(handler),
        context);
  }

  /** Translates ODF presentation events into XHTML events on {@code out}. */
  private static final class SlideHandler extends DefaultHandler {
    private final ContentHandler out;
    private int pageDepth;
    private int paragraphDepth;

    SlideHandler(ContentHandler out) {
      this.out = out;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if (DRAW_NS.equals(uri) && localName.equals("page")) {
        if (pageDepth++ == 0) {
          AttributesImpl attributes = new AttributesImpl();
          attributes.addAttribute("", "class", "class", "CDATA", "slide-content");
          out.startElement(XHTML_NS, "div", "div", attributes);
        }
        return;
      }
      if (pageDepth == 0 || !TEXT_NS.equals(uri)) {
        return;
      }
      switch (localName) {
        case "p", "h" -> {
          if (paragraphDepth++ == 0) {
            out.startElement(XHTML_NS, "p", "p", new AttributesImpl());
          }
        }
        case "s" -> write(" ".repeat(spaceCount(atts)));
        case "tab" -> write("\t");
        case "line-break" -> {
          out.startElement(XHTML_NS, "br", "br", new AttributesImpl());
          out.endElement(XHTML_NS, "br", "br");
        }
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      if (DRAW_NS.equals(uri) && localName.equals("page")) {
        if (--pageDepth == 0) {
          out.endElement(XHTML_NS, "div", "div");
        }
      } else if (pageDepth > 0 && TEXT_NS.equals(uri)
          && (localName.equals("p") || localName.equals("h"))) {
        if (--paragraphDepth == 0) {
          out.endElement(XHTML_NS, "p", "p");
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (pageDepth > 0 && paragraphDepth > 0) {
        out.characters(ch, start, length);
      }
    }

    private void write(String text) throws SAXException {
      if (paragraphDepth > 0) {
        out.characters(text.toCharArray(), 0, text.length());
      }
    }

    /** {@code text:c} says how many spaces a {@code text:s} stands for (1 when absent). */
    private static int spaceCount(Attributes atts) {
      String count = atts.getValue(TEXT_NS, "c");
      try {
        return count == null ? 1 : Math.max(1, Math.min(Integer.parseInt(count.strip()), 100));
      } catch (NumberFormatException e) {
        // A malformed count in a hand-edited file: one space, as office suites show it.
        return 1;
      }
    }
  }
}
