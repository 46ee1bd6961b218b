package fr.santekb.indexer.samples;

/** Formats a {@link SampleDocument} can be written in; the extension is the file name's ending. */
public enum SampleFormat {
  PDF("pdf"),
  DOCX("docx"),
  ODT("odt"),
  RTF("rtf"),
  PPTX("pptx"),
  PPT("ppt"),
  ODP("odp"),
  ODS("ods"),
  HTML("html"),
  TXT_UTF8("txt"),
  TXT_CP1252("txt"),
  MARKDOWN("md");

  private final String extension;

  SampleFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
