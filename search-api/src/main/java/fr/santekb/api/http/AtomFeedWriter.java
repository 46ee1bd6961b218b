package fr.santekb.api.http;

import fr.santekb.api.results.LabelledValue;
import fr.santekb.api.results.MatchSummary;
import fr.santekb.api.results.MatchedDocument;
import fr.santekb.api.search.MatchVisitor;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) of matching documents with a real XML writer, entry by entry
 * as they come. Entry ids are tag URIs of the document ids; {@code updated} is the date the index
 * orders documents by (undated documents, last in that order, carry 1970-01-01); the feed's
 * {@code updated} is the time of the index commit searched. Characters XML 1.0 forbids (control
 * characters left by text extraction) are dropped.
 */
final class AtomFeedWriter implements MatchVisitor {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  /** Prefix of the tag URIs naming documents and feeds (RFC 4151). */
  static final String TAG = "tag:santekb,2025:";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
  private static final List<String> CATEGORIES = List.of("theme", "partner");

  /**
   * The feed's own elements.
   *
   * @param id a stable URI for this search
   * @param documentQuery query text added to document links (the page highlights it), "" for none
   */
  record Head(String id, String title, String selfUrl, String alternateUrl, String base,
      String documentQuery) {}

  private final OutputStream out;
  private final Head head;
  private XMLStreamWriter xml;

  AtomFeedWriter(OutputStream out, Head head) {
    this.out = out;
    this.head = head;
  }

  @Override
  public void start(MatchSummary summary) throws IOException {
    try {
      xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(ATOM);
      xml.writeStartElement(ATOM, "feed");
      xml.writeDefaultNamespace(ATOM);
      text("id", head.id());
      text("title", head.title());
      text("subtitle", subtitle(summary));
      text("updated", summary.indexTime().orElseGet(Instant::now)
          .truncatedTo(ChronoUnit.SECONDS).toString());
      link("self", "application/atom+xml", head.selfUrl());
      link("alternate", "text/html", head.alternateUrl());
      xml.writeStartElement(ATOM, "author");
      text("name", "santekb");
      xml.writeEndElement();
      text("generator", "santekb");
    } catch (XMLStreamException e) {
      throw new IOException("could not write the feed", e);
    }
  }

  private static String subtitle(MatchSummary summary) {
    String count = summary.total() == 1 ? "1 document" : summary.total() + " documents";
    return summary.correctedQuery().map(c -> "Résultats pour « " + c + " » : ").orElse("")
        + count + ", les plus récents d’abord";
  }

  @Override
  public void visit(MatchedDocument d) throws IOException {
    try {
      xml.writeStartElement(ATOM, "entry");
      text("id", TAG + "document/" + d.id());
      text("title", d.title() == null || d.title().isBlank() ? d.path() : d.title());
      text("updated", (d.date() == null ? Instant.EPOCH
          : d.date().atStartOfDay(ZoneOffset.UTC).toInstant()).toString());
      link("alternate", "text/html", RequestUrls.document(head.base(), d.id())
          + head.documentQuery());
      if (!d.excerpt().isEmpty()) {
        text("summary", d.excerpt());
      }
      for (String facet : CATEGORIES) {
        for (LabelledValue v : d.values(facet)) {
          xml.writeEmptyElement(ATOM, "category");
          xml.writeAttribute("scheme", TAG + facet);
          xml.writeAttribute("term", xmlSafe(v.value()));
          xml.writeAttribute("label", xmlSafe(v.label()));
        }
      }
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException("could not write the feed", e);
    }
  }

  /** Closes the feed and flushes it; the stream stays open. */
  void finish() throws IOException {
    try {
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not write the feed", e);
    }
  }

  private void text(String element, String value) throws XMLStreamException {
    xml.writeStartElement(ATOM, element);
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
  }

  private void link(String rel, String type, String href) throws XMLStreamException {
    xml.writeEmptyElement(ATOM, "link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", xmlSafe(href));
  }

  /** {@code text} without the characters XML 1.0 does not allow (unpaired surrogates too). */
  static String xmlSafe(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().filter(AtomFeedWriter::allowed).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
