package fr.santekb.indexer.extraction;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Ends a parse at its next piece of text once its thread is interrupted: how an abandoned parse
 * ({@link ParseGuard}) that still produces text stops instead of running on.
 */
final class StopWhenInterrupted extends ContentHandlerDecorator {
  StopWhenInterrupted(ContentHandler handler) {
    super(handler);
  }

  private static void check() throws SAXException {
    if (Thread.currentThread().isInterrupted()) {
      throw new SAXException("parse abandoned (thread interrupted)");
    }
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes atts)
      throws SAXException {
    check();
    super.startElement(uri, localName, name, atts);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    check();
    super.characters(ch, start, length);
  }
}
