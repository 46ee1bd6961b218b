package fr.santekb.indexer.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a UTF-8 HTML page: title in {@code <title>} and {@code <h1>}, one {@code <h2>} per page. */
final class HtmlSampleWriter {

  private HtmlSampleWriter() {}

  static void write(SampleDocument doc, Path target) throws IOException {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(Markup.escapeXml(doc.title())).append("</title>\n")
        .append("<meta name=\"author\" content=\"").append(Markup.escapeXml(doc.author()))
        .append("\">\n")
        .append("<meta name=\"dcterms.created\" content=\"").append(doc.created())
        .append("\">\n</head>\n<body>\n")
        .append("<h1>").append(Markup.escapeXml(doc.title())).append("</h1>\n");
    for (SampleDocument.Page page : doc.pages()) {
      html.append("<section>\n<h2>").append(Markup.escapeXml(page.heading())).append("</h2>\n");
      for (String paragraph : page.paragraphs()) {
        html.append("<p>").append(Markup.escapeXml(paragraph)).append("</p>\n");
      }
      html.append("</section>\n");
    }
    html.append("</body>\n</html>\n");
    Files.writeString(target, html, StandardCharsets.UTF_8);
  }
}
