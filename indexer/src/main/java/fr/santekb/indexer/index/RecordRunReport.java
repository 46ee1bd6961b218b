package fr.santekb.indexer.index;

import fr.santekb.indexer.extraction.Outcome;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of indexing a JSONL file: counts per outcome rather than one line per record (a run
 * may hold millions), plus the records that need attention, up to a cap.
 *
 * @param index the index folder
 * @param source the JSONL file
 * @param counts records per outcome (every outcome present, zero included), in outcome order
 * @param records lines read (blank lines excepted)
 * @param textChars characters of text indexed
 * @param attention the first refused or warned records, at most {@link RecordIndexRunner#ATTENTION_CAP}
 * @param worstQuality the records whose text reads worst, lowest quality score first, at most
 *     {@link RunReport#WORST_SHOWN} (a record's pages are the parts its form feeds separate; one
 *     without a form feed has none, and its score is its known-word share)
 * @param qualityLevels records indexed per quality level (bonne, moyenne, faible)
 * @param documentsInIndex documents in the index after the commit
 * @param millis wall time of the run
 */
public record RecordRunReport(String index, String source, Map<Outcome, Long> counts, long records,
    long textChars, List<FileReport> attention, List<FileReport> worstQuality,
    Map<String, Long> qualityLevels, int documentsInIndex, long millis) {

  public RecordRunReport {
    EnumMap<Outcome, Long> ordered = new EnumMap<>(Outcome.class);
    ordered.putAll(counts);
    counts = Collections.unmodifiableMap(ordered);
    attention = List.copyOf(attention);
    worstQuality = List.copyOf(worstQuality);
    qualityLevels = Collections.unmodifiableMap(new LinkedHashMap<>(qualityLevels));
  }

  /** Records searchable after the run. */
  public long searchable() {
    return counts.entrySet().stream().filter(e -> e.getKey().isSearchable())
        .mapToLong(Map.Entry::getValue).sum();
  }

  /** Records indexed per second of wall time. */
  public double recordsPerSecond() {
    return records * 1000.0 / Math.max(1, millis);
  }
}
