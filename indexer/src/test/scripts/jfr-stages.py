"""Classifies the execution samples of `jfr print --events jdk.ExecutionSample` by pipeline stage.

Usage: python3 jfr-stages.py samples.txt [--others]. Prints a Markdown table; --others lists the
samples that no stage claims, by package.
"""
import re, sys, collections
# Classifies JFR execution samples by pipeline stage: the first rule (in order) matching any frame.
RULES = [
  ("class loading / linking", r"java\.lang\.ClassLoader\.(loadClass|defineClass)|jdk\.internal\.loader\.|java\.lang\.Class\.forName|MethodHandleNatives|java\.lang\.invoke\.|ServiceLoader"),
  ("config, vocabularies, communes", r"fr\.santekb\.indexer\.(config|enrichment\.(Vocabularies|Geography|TsvTable|ProperNameIndex\.<init>|Enricher\.load))|fr\.santekb\.indexer\.analysis\.AnalysisResources|FrenchAnalysis\.load"),
  ("Tika / PDFBox initialisation", r"TikaConfig|AutoDetectParser\.<init>|TikaParsers|LanguageGuesser\.<init>|FontMapper|FileSystemFontProvider|PDFontFactory|Standard14Fonts"),
  ("cleaning", r"fr\.santekb\.indexer\.cleaning"),
  ("enrichment", r"fr\.santekb\.indexer\.(enrichment|contracts)"),
  ("language guess", r"LanguageGuesser|optimaize|langdetect"),
  ("content hash", r"ContentHash|MessageDigest|sun\.security\.provider"),
  ("parse PDF (PDFBox)", r"org\.apache\.pdfbox|org\.apache\.tika\.parser\.pdf"),
  ("parse Office (POI)", r"org\.apache\.poi|org\.apache\.tika\.parser\.microsoft"),
  ("parse ODF", r"org\.apache\.tika\.parser\.odf|OdpSlidesContentParser"),
  ("parse HTML/text, detection", r"org\.apache\.tika|PagedTextHandler|org\.apache\.xerces|com\.sun\.org\.apache\.xerces"),
  ("analysis + indexing (Lucene)", r"org\.apache\.lucene|DocumentMapper"),
  ("commit / report", r"IndexRunner\.commit|ReportWriter|jackson"),
  ("JFR itself", r"jdk\.jfr"),
]
RULES = [(n, re.compile(p)) for n, p in RULES]
counts = collections.Counter(); total = 0
frames = []; inside = False
def flush():
    global total
    if not frames: return
    total += 1
    for name, rx in RULES:
        if any(rx.search(f) for f in frames):
            counts[name] += 1; return
    counts["other: " + frames[0].split("(")[0].rsplit(".", 2)[0]] += 1
for line in open(sys.argv[1], encoding="utf-8"):
    s = line.strip()
    if s.startswith("jdk.ExecutionSample"):
        flush(); frames = []; inside = False
    elif s.startswith("stackTrace = ["):
        inside = True
    elif inside and s.startswith("]"):
        inside = False
    elif inside and s and s != "...":
        frames.append(s)
flush()
top = counts.most_common()
main = [(n, c) for n, c in top if not n.startswith("other")]
other = sum(c for n, c in top if n.startswith("other"))
print("| stage | samples | share |\n| --- | ---: | ---: |")
for n, c in main: print(f"| {n} | {c} | {100*c/total:.0f} % |")
print(f"| other | {other} | {100*other/total:.0f} % |")
print(f"| **all** | {total} | |")
if "--others" in sys.argv[2:]:
    for n, c in top:
        if n.startswith("other"): print(c, n)
