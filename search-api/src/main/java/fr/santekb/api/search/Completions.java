package fr.santekb.api.search;

import fr.santekb.api.results.Suggestion;
import fr.santekb.indexer.analysis.TextKeys;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Completions as you type, over frequent phrases and titles: an {@link AnalyzingInfixSuggester} in
 * memory whose analyzer folds case and accents without stemming, so "sante ment" completes to
 * "santé mentale". Thread-safe; closed with the index view it was built from.
 */
public final class Completions implements Closeable {
  private static final BytesRef PHRASE = new BytesRef(Suggestion.PHRASE);
  private static final BytesRef TITLE = new BytesRef(Suggestion.TITLE);

  private final AnalyzingInfixSuggester suggester;

  private Completions(AnalyzingInfixSuggester suggester) {
    this.suggester = suggester;
  }

  static Completions build(Harvest harvest, Analyzer analyzer) throws IOException {
    AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
        analyzer, analyzer, AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS, false, true, false,
        true);
    try {
      suggester.build(new EntryIterator(harvest.entries().iterator()));
    } catch (IOException | RuntimeException e) {
      suggester.close();
      throw e;
    }
    return new Completions(suggester);
  }

  /**
   * Up to {@code size} completions of {@code text}: phrases first (at least half), then titles;
   * each text once.
   */
  public List<Suggestion> lookup(String text, int size) throws IOException {
    if (text.isBlank()) {
      return List.of();
    }
    List<Suggestion> phrases = lookup(text, PHRASE, size);
    List<Suggestion> titles = lookup(text, TITLE, size);
    Map<String, Suggestion> out = new LinkedHashMap<>();
    int phraseShare = Math.max(size - titles.size(), (size + 1) / 2);
    phrases.stream().limit(phraseShare).forEach(s -> out.putIfAbsent(TextKeys.foldLower(s.text()), s));
    titles.forEach(s -> {
      if (out.size() < size) {
        out.putIfAbsent(TextKeys.foldLower(s.text()), s);
      }
    });
    return new ArrayList<>(out.values());
  }

  /**
   * Completions of one kind: the most frequent first, except that those starting with what was
   * typed come before those that only contain it ("contrat local" before "futur contrat local").
   */
  private List<Suggestion> lookup(String text, BytesRef context, int size) throws IOException {
    List<Suggestion> starting = new ArrayList<>();
    List<Suggestion> containing = new ArrayList<>();
    String typed = TextKeys.foldLower(text.strip());
    for (LookupResult r : suggester.lookup(text, Set.of(context), size * 3, true, false)) {
      String id = r.payload == null || r.payload.length == 0 ? null : r.payload.utf8ToString();
      Suggestion s = new Suggestion(r.key.toString(), context.utf8ToString(), id, List.of())
          .markedFor(text);
      (TextKeys.foldLower(s.text()).startsWith(typed) ? starting : containing).add(s);
    }
    starting.addAll(containing);
    return starting.subList(0, Math.min(size, starting.size()));
  }

  @Override
  public void close() throws IOException {
    suggester.close();
  }

  /** Feeds harvested entries to the suggester: weight, document id as payload, kind as context. */
  private static final class EntryIterator implements InputIterator {
    private final Iterator<Harvest.Entry> entries;
    private Harvest.Entry current;

    EntryIterator(Iterator<Harvest.Entry> entries) {
      this.entries = entries;
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        current = null;
        return null;
      }
      current = entries.next();
      return new BytesRef(current.text());
    }

    @Override
    public long weight() {
      return current.weight();
    }

    @Override
    public BytesRef payload() {
      return new BytesRef(current.id().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      Set<BytesRef> set = new HashSet<>();
      set.add(new BytesRef(current.kind()));
      return set;
    }

    @Override
    public boolean hasContexts() {
      return true;
    }
  }
}
