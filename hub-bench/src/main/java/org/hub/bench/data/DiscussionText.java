package org.hub.bench.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Real discussion text to recombine into a corpus of any size: the English speeches of the
 * Europarl lines file that Lucene's test framework ships ({@code title TAB date TAB text} per line,
 * in many languages). Sentences are kept whole, so posts read as people wrote; only their order
 * and grouping are new. The debate titles become thread titles and the source of tags.
 */
public final class DiscussionText {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");
    private static final Pattern ENGLISH_MARKERS = Pattern.compile("\\b(the|and|of|that|is)\\b");
    /** A line is English when these common words make up a good share of it: Europarl mixes 11 languages. */
    private static final int ENGLISH_MARKERS_PER_KB = 15;

    private final List<String> sentences;
    private final List<String> titles;
    private final List<String> tags;

    private DiscussionText(List<String> sentences, List<String> titles, List<String> tags) {
        if (sentences.size() < 100 || titles.isEmpty()) {
            throw new IllegalArgumentException("The text file holds too little English text: " + sentences.size()
                    + " sentences. Use Lucene's europarl.lines.txt(.gz).");
        }
        this.sentences = List.copyOf(sentences);
        this.titles = List.copyOf(titles);
        this.tags = List.copyOf(tags);
    }

    /** Reads a Europarl lines file, gzip-compressed or not. */
    public static DiscussionText read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> sentences = new ArrayList<>();
            Set<String> titles = new LinkedHashSet<>();
            Map<String, Integer> words = new LinkedHashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t", 3);
                if (fields.length < 3 || !isEnglish(fields[2])) {
                    continue;
                }
                String title = fields[0].strip();
                if (title.length() >= 4 && title.length() <= 120 && !title.startsWith("(")) {
                    titles.add(title);
                    for (String w : title.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                        if (w.length() >= 5) {
                            words.merge(w, 1, Integer::sum);
                        }
                    }
                }
                for (String s : SENTENCE_END.split(fields[2])) {
                    String sentence = s.strip().replaceAll("\\s+", " ");
                    // the first and last pieces of a line are often cut mid-sentence
                    if (sentence.length() >= 30
                            && sentence.length() <= 600
                            && Character.isUpperCase(sentence.charAt(0))
                            && ".!?".indexOf(sentence.charAt(sentence.length() - 1)) >= 0) {
                        sentences.add(sentence);
                    }
                }
            }
            List<String> tags = words.entrySet().stream()
                    .filter(e -> e.getValue() >= 2)
                    .sorted((a, b) -> b.getValue() - a.getValue())
                    .limit(200)
                    .map(Map.Entry::getKey)
                    .toList();
            return new DiscussionText(sentences, new ArrayList<>(titles), tags);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the discussion text " + file, e);
        }
    }

    static boolean isEnglish(String text) {
        var m = ENGLISH_MARKERS.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n * 1000L / Math.max(1, text.length()) >= ENGLISH_MARKERS_PER_KB;
    }

    public int sentenceCount() {
        return sentences.size();
    }

    public List<String> tags() {
        return tags;
    }

    /** A thread title: a debate title, or the opening of a sentence turned into a question. */
    public String title(Random random) {
        if (random.nextInt(3) > 0) {
            return truncate(titles.get(random.nextInt(titles.size())), 200);
        }
        String[] words = sentence(random).split(" ");
        int n = Math.min(words.length, 5 + random.nextInt(8));
        String opening = String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll("[.,;:!?]+$", "");
        return truncate(opening + "?", 200);
    }

    /** Markdown paragraphs of {@code sentenceCount} real sentences, two to four per paragraph. */
    public String body(Random random, int sentenceCount) {
        StringBuilder sb = new StringBuilder();
        int inParagraph = 0;
        int paragraphLength = 2 + random.nextInt(3);
        for (int i = 0; i < sentenceCount; i++) {
            if (inParagraph == paragraphLength) {
                sb.append("\n\n");
                inParagraph = 0;
                paragraphLength = 2 + random.nextInt(3);
            } else if (inParagraph > 0) {
                sb.append(' ');
            }
            sb.append(sentence(random));
            inParagraph++;
        }
        return sb.toString();
    }

    public String sentence(Random random) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    public String tag(Random random) {
        // early tags are the frequent ones: square the draw so tag use is skewed like real tagging
        double u = random.nextDouble();
        return tags.get((int) (u * u * tags.size()));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
