package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.AttributesImpl;

class PagedTextHandlerTest {

  private static PagedTextHandler parse(String body) throws Exception {
    PagedTextHandler handler = new PagedTextHandler();
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.newSAXParser().parse(new InputSource(new StringReader(
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Titre du head</title>"
            + "<meta name=\"author\" content=\"ARS\"/></head><body>" + body + "</body></html>")),
        handler);
    return handler;
  }

  @Test
  void headingIsSeparatedFromTheNextParagraphAndHeadIsSkipped() throws Exception {
    PagedTextHandler handler = parse("<h1>France</h1><p>La santé <b>mentale</b></p>");
    assertThat(handler.pages()).containsExactly("France\n\nLa santé mentale");
    assertThat(handler.paged()).isFalse();
    assertThat(handler.firstHeading()).contains("France");
  }

  @Test
  void pdfPageDivsBecomePages() throws Exception {
    PagedTextHandler handler = parse("<div class=\"page\"><p>Un</p><p>Deux</p></div>"
        + "<div class=\"page\"><p /><p>Trois</p></div>");
    assertThat(handler.paged()).isTrue();
    assertThat(handler.pages()).containsExactly("Un\n\nDeux", "Trois");
  }

  @Test
  void thePdfOutlineAfterTheLastPageIsNotPageText() throws Exception {
    PagedTextHandler handler = parse("<div class=\"page\"><p>Un</p></div>"
        + "<div class=\"page\"><p>Deux</p></div>"
        + "<ul><li>1. Introduction</li><li>2. Urgences</li></ul>");
    assertThat(handler.pages()).containsExactly("Un", "Deux");
  }

  @Test
  void nestedSlideMarkersMakeOnePageAndNotesStayWithTheirSlide() throws Exception {
    PagedTextHandler handler = parse("<div class=\"slideShow\">"
        + "<div class=\"slide\"><div class=\"slide-content\"><p>Diapo un</p></div>"
        + "<div class=\"notes\"><p>Note un</p></div></div>"
        + "<div class=\"slide\"><div class=\"slide-content\"><p>Diapo deux</p></div></div>"
        + "</div>");
    assertThat(handler.pages()).containsExactly("Diapo un\n\nNote un", "Diapo deux");
  }

  @Test
  void textBeforeTheFirstPageStartsPageOne() throws Exception {
    PagedTextHandler handler = parse("<p>Préambule</p><div class=\"slide-content\"><p>A</p></div>"
        + "<div class=\"slide-content\"><p>B</p></div>");
    assertThat(handler.pages()).containsExactly("Préambule\n\nA", "B");
  }

  @Test
  void lineBreaksAndTableCells() throws Exception {
    PagedTextHandler handler = parse("<p>ligne un<br/>ligne deux</p>"
        + "<table><tr><td>Sélestat</td><td>67</td></tr><tr><td>Colmar</td><td>68</td></tr></table>");
    assertThat(handler.pages()).containsExactly("ligne un\nligne deux\n\nSélestat\t67\n\nColmar\t68");
  }

  @Test
  void ignorableNewlineBetweenPdfLinesIsKeptAsASpace() {
    PagedTextHandler handler = new PagedTextHandler();
    handler.startElement("", "p", "p", new AttributesImpl());
    handler.characters("et la".toCharArray(), 0, 5);
    handler.ignorableWhitespace("\n".toCharArray(), 0, 1);
    handler.characters("ville".toCharArray(), 0, 5);
    handler.endElement("", "p", "p");
    assertThat(handler.pages()).containsExactly("et la\nville");
  }

  @Test
  void blankDocumentGivesOneBlankPage() throws Exception {
    PagedTextHandler handler = parse("<p>  </p><div class=\"page\"><p/></div>");
    assertThat(handler.pages()).containsExactly("");
  }
}
