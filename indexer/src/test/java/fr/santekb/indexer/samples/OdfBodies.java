package fr.santekb.indexer.samples;

import java.util.HashSet;
import java.util.Set;

/** The {@code office:body} content of a sample as OpenDocument text, presentation or spreadsheet. */
final class OdfBodies {

  private OdfBodies() {}

  /** The title as a level-1 heading, each page heading at level 2, then its paragraphs. */
  static String text(SampleDocument doc) {
    StringBuilder xml = new StringBuilder("<office:text>\n");
    heading(xml, doc.title(), 1);
    for (SampleDocument.Page page : doc.pages()) {
      heading(xml, page.heading(), 2);
      for (String paragraph : page.paragraphs()) {
        xml.append("<text:p>").append(Markup.escapeXml(paragraph)).append("</text:p>\n");
      }
    }
    return xml.append("</office:text>\n").toString();
  }

  /** One {@code draw:page} per sample page: a title frame and an outline frame. */
  static String presentation(SampleDocument doc) {
    StringBuilder xml = new StringBuilder("<office:presentation>\n");
    int number = 1;
    for (SampleDocument.Page page : doc.pages()) {
      xml.append("<draw:page draw:name=\"page").append(number++)
          .append("\" draw:master-page-name=\"Default\">\n")
          .append("<draw:frame presentation:class=\"title\" svg:x=\"2cm\" svg:y=\"1cm\" ")
          .append("svg:width=\"24cm\" svg:height=\"3cm\"><draw:text-box><text:p>")
          .append(Markup.escapeXml(page.heading()))
          .append("</text:p></draw:text-box></draw:frame>\n")
          .append("<draw:frame presentation:class=\"outline\" svg:x=\"2cm\" svg:y=\"5cm\" ")
          .append("svg:width=\"24cm\" svg:height=\"13cm\"><draw:text-box>\n");
      for (String paragraph : page.paragraphs()) {
        xml.append("<text:p>").append(Markup.escapeXml(paragraph)).append("</text:p>\n");
      }
      xml.append("</draw:text-box></draw:frame>\n</draw:page>\n");
    }
    return xml.append("</office:presentation>\n").toString();
  }

  /** One sheet per sample page, named after its heading: the heading in A1, paragraphs below. */
  static String spreadsheet(SampleDocument doc) {
    StringBuilder xml = new StringBuilder("<office:spreadsheet>\n");
    Set<String> names = new HashSet<>();
    for (SampleDocument.Page page : doc.pages()) {
      xml.append("<table:table table:name=\"")
          .append(Markup.escapeXml(sheetName(page.heading(), names)))
          .append("\">\n<table:table-column/>\n");
      cell(xml, page.heading());
      for (String paragraph : page.paragraphs()) {
        cell(xml, paragraph);
      }
      xml.append("</table:table>\n");
    }
    return xml.append("</office:spreadsheet>\n").toString();
  }

  private static void heading(StringBuilder xml, String text, int level) {
    xml.append("<text:h text:outline-level=\"").append(level).append("\">")
        .append(Markup.escapeXml(text)).append("</text:h>\n");
  }

  private static void cell(StringBuilder xml, String text) {
    xml.append("<table:table-row><table:table-cell office:value-type=\"string\"><text:p>")
        .append(Markup.escapeXml(text)).append("</text:p></table:table-cell></table:table-row>\n");
  }

  /** Spreadsheet sheet names: no []*?:/\ characters, at most 31 characters, unique. */
  private static String sheetName(String heading, Set<String> taken) {
    String base = heading.replaceAll("[\\[\\]*?:/\\\\]", " ").strip();
    base = base.isEmpty() ? "Feuille" : base.substring(0, Math.min(base.length(), 28));
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + " " + i;
    }
    return name;
  }
}
