package fr.santekb.api.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A plain Lucene baseline: title and text in one field, one stock analyzer, BM25, every query word
 * optional (OR). Built in memory from the same extracted text the engine indexed.
 */
final class BaselineRanker implements Ranker, AutoCloseable {
  private static final String TEXT = "text";
  private static final String KEY = "key";

  private final String name;
  private final Analyzer analyzer;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;

  private BaselineRanker(String name, Analyzer analyzer, List<IndexedCorpus.Doc> docs)
      throws IOException {
    this.name = name;
    this.analyzer = analyzer;
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (IndexedCorpus.Doc d : docs) {
        Document doc = new Document();
        doc.add(new StoredField(KEY, d.key()));
        doc.add(new TextField(TEXT, d.title() + "\n\n" + d.body(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    this.reader = DirectoryReader.open(directory);
  }

  /** Lucene's StandardAnalyzer (no stemming, no accent folding, no stop words). */
  static BaselineRanker standard(List<IndexedCorpus.Doc> docs) throws IOException {
    return new BaselineRanker("Standard BM25", new StandardAnalyzer(), docs);
  }

  /** Lucene's FrenchAnalyzer (elision, French stop words, light stemming). */
  static BaselineRanker french(List<IndexedCorpus.Doc> docs) throws IOException {
    return new BaselineRanker("French BM25", new FrenchAnalyzer(), docs);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> rank(String query, int depth) throws IOException {
    Query q = new QueryBuilder(analyzer).createBooleanQuery(TEXT, query, BooleanClause.Occur.SHOULD);
    if (q == null) {
      return List.of();
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q, depth).scoreDocs) {
      out.add(searcher.storedFields().document(sd.doc).get(KEY));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    analyzer.close();
  }
}
