package fr.santekb.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.api.AtomXml;
import fr.santekb.api.results.LabelledValue;
import fr.santekb.api.results.MatchSummary;
import fr.santekb.api.results.MatchedDocument;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The feed writer escapes what it writes and drops what XML cannot hold. */
class AtomFeedWriterTest {
  @Test
  void titlesWithAmpersandsAndAnglesAndControlCharactersStayWellFormed() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomFeedWriter feed = new AtomFeedWriter(out, new AtomFeedWriter.Head(
        "tag:santekb,2025:search?q=a%26b", "santekb — « a & b »", "http://h/api/feed.atom?q=a%26b&x=<",
        "http://h/?q=a%26b", "http://h", "&q=a%26b"));
    feed.start(new MatchSummary(1, 1, Optional.empty(),
        Optional.of(Instant.parse("2025-03-01T10:00:00.123Z"))));
    feed.visit(new MatchedDocument("0123456789abcdef", "a.txt", "Santé & social <2024> \"bilan\"\u0001",
        null, 2024, LocalDate.of(2024, 7, 1),
        Map.of("partner", List.of(new LabelledValue("ars", "ARS & <co>"))),
        "texte \uFFFE</summary>]]>", null, null));
    feed.finish();

    Element root = AtomXml.parse(out.toByteArray());
    assertThat(AtomXml.text(root, "title")).isEqualTo("santekb — « a & b »");
    assertThat(AtomXml.text(root, "updated")).isEqualTo("2025-03-01T10:00:00Z");
    assertThat(AtomXml.link(root, "self")).isEqualTo("http://h/api/feed.atom?q=a%26b&x=<");
    Element entry = AtomXml.children(root, "entry").get(0);
    assertThat(AtomXml.text(entry, "title")).isEqualTo("Santé & social <2024> \"bilan\"");
    assertThat(AtomXml.text(entry, "summary")).isEqualTo("texte </summary>]]>");
    assertThat(AtomXml.text(entry, "updated")).isEqualTo("2024-07-01T00:00:00Z");
    assertThat(AtomXml.link(entry, "alternate"))
        .isEqualTo("http://h/document.html?id=0123456789abcdef&q=a%26b");
    Element category = AtomXml.children(entry, "category").get(0);
    assertThat(category.getAttribute("label")).isEqualTo("ARS & <co>");
    assertThat(category.getAttribute("term")).isEqualTo("ars");
  }
}
