package fr.santekb.indexer.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an OpenDocument package by hand (text, presentation or spreadsheet): the {@code mimetype}
 * entry first and stored, then the manifest, meta.xml, styles.xml and content.xml. The bodies
 * come from {@link OdfBodies}.
 */
final class OdfSampleWriter {
  static final String NAMESPACES = """
      xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
      xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
      xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
      xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
      xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" \
      xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
      xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
      xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
      xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2\"""";
  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private OdfSampleWriter() {}

  static void write(SampleDocument doc, SampleFormat format, Path target) throws IOException {
    String mediaType = switch (format) {
      case ODT -> "application/vnd.oasis.opendocument.text";
      case ODP -> "application/vnd.oasis.opendocument.presentation";
      case ODS -> "application/vnd.oasis.opendocument.spreadsheet";
      default -> throw new IllegalArgumentException("not an OpenDocument format: " + format);
    };
    String body = switch (format) {
      case ODT -> OdfBodies.text(doc);
      case ODP -> OdfBodies.presentation(doc);
      default -> OdfBodies.spreadsheet(doc);
    };
    LocalDateTime time = Markup.timestamp(doc);
    try (OutputStream file = Files.newOutputStream(target);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      storeMimetype(zip, mediaType, time);
      deflate(zip, "META-INF/manifest.xml", manifest(mediaType), time);
      deflate(zip, "meta.xml", meta(doc), time);
      deflate(zip, "styles.xml", styles(), time);
      deflate(zip, "content.xml", XML_DECLARATION + "<office:document-content " + NAMESPACES
          + ">\n<office:body>\n" + body + "</office:body>\n</office:document-content>\n", time);
    }
  }

  /** The ODF rule readers check first: an uncompressed "mimetype" entry at offset 0. */
  private static void storeMimetype(ZipOutputStream zip, String mediaType, LocalDateTime time)
      throws IOException {
    byte[] bytes = mediaType.getBytes(StandardCharsets.US_ASCII);
    ZipEntry entry = new ZipEntry("mimetype");
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    entry.setTimeLocal(time);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static void deflate(ZipOutputStream zip, String name, String xml, LocalDateTime time)
      throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(time);
    zip.putNextEntry(entry);
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String manifest(String mediaType) {
    return XML_DECLARATION + """
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
        manifest:version="1.2">
         <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """.replace("%s", mediaType);
  }

  private static String meta(SampleDocument doc) {
    String time = Markup.timestamp(doc) + ":00";
    return XML_DECLARATION + "<office:document-meta " + NAMESPACES + ">\n<office:meta>\n"
        + "<meta:generator>santekb samples</meta:generator>\n"
        + "<dc:title>" + Markup.escapeXml(doc.title()) + "</dc:title>\n"
        + "<meta:initial-creator>" + Markup.escapeXml(doc.author()) + "</meta:initial-creator>\n"
        + "<dc:creator>" + Markup.escapeXml(doc.author()) + "</dc:creator>\n"
        + "<meta:creation-date>" + time + "</meta:creation-date>\n"
        + "<dc:date>" + time + "</dc:date>\n"
        + "</office:meta>\n</office:document-meta>\n";
  }

  /** One A4 page layout and the "Default" master page that slides and pages refer to. */
  private static String styles() {
    return XML_DECLARATION + "<office:document-styles " + NAMESPACES + ">\n" + """
        <office:automatic-styles>
         <style:page-layout style:name="PM1">
          <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/>
         </style:page-layout>
        </office:automatic-styles>
        <office:master-styles>
         <style:master-page style:name="Default" style:page-layout-name="PM1"/>
        </office:master-styles>
        </office:document-styles>
        """;
  }
}
