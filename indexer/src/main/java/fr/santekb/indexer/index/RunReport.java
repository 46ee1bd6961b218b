package fr.santekb.indexer.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.quality.QualityLevel;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of an indexing run: one {@link FileReport} per file, sorted by path, plus totals.
 *
 * @param index the index folder
 * @param sources the source folders
 * @param files one entry per file seen (and per removed document); the JSON adds the totals
 *     {@code extracted} (read by Tika) and {@code reused} (from the extraction cache), and the
 *     {@code worstQuality} list and the {@code qualityLevels} counts
 * @param documentsInIndex documents in the index after the commit
 * @param millis wall time of the run
 */
@JsonIgnoreProperties(value = {"extracted", "reused", "worstQuality", "qualityLevels"},
    allowGetters = true)
public record RunReport(
    String index, List<String> sources, List<FileReport> files, int documentsInIndex, long millis) {

  /** How many documents {@link #worstQuality} lists. */
  public static final int WORST_SHOWN = 10;

  public RunReport {
    files = files.stream()
        .sorted(Comparator.comparing(FileReport::source).thenComparing(FileReport::path))
        .toList();
    sources = List.copyOf(sources);
  }

  /** How many files ended with each outcome (every outcome present, zero included). */
  public Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    files.forEach(f -> counts.merge(f.outcome(), 1, Integer::sum));
    return counts;
  }

  /** Files whose text Tika extracted in this run. */
  @JsonProperty("extracted")
  public long extracted() {
    return files.stream().filter(f -> f.textFrom() == TextOrigin.EXTRACTED).count();
  }

  /** Files whose text came from the extraction cache (moved, renamed, copied, touched). */
  @JsonProperty("reused")
  public long reused() {
    return files.stream().filter(f -> f.textFrom() == TextOrigin.CACHE).count();
  }

  /**
   * The documents written in this run whose text reads worst: the {@value #WORST_SHOWN} lowest
   * quality scores, lowest first (ties by path). Unchanged documents were scored in an earlier run.
   */
  @JsonProperty("worstQuality")
  public List<FileReport> worstQuality() {
    return files.stream().filter(f -> f.quality() != null).sorted(WorstQuality.WORST_FIRST)
        .limit(WORST_SHOWN).toList();
  }

  /** Documents written in this run per quality level (bonne, moyenne, faible), every level present. */
  @JsonProperty("qualityLevels")
  public Map<String, Long> qualityLevels() {
    Map<String, Long> out = new LinkedHashMap<>();
    QualityLevel.ids().forEach(id -> out.put(id, files.stream()
        .filter(f -> f.quality() != null && f.quality().level().equals(id)).count()));
    return out;
  }

  /** Files that are searchable after the run (indexed, truncated or unchanged). */
  public long searchable() {
    return files.stream().filter(f -> f.outcome().isSearchable()).count();
  }
}
