package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.tika.sax.ToTextContentHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class StopWhenInterruptedTest {
  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void textPassesUntilTheThreadIsInterruptedThenTheParseEnds() throws SAXException {
    ToTextContentHandler text = new ToTextContentHandler();
    StopWhenInterrupted handler = new StopWhenInterrupted(text);
    handler.characters("santé".toCharArray(), 0, 5);
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> handler.characters("mentale".toCharArray(), 0, 7))
        .isInstanceOf(SAXException.class).hasMessage("parse abandoned (thread interrupted)");
    assertThat(text.toString()).isEqualTo("santé");
  }
}
