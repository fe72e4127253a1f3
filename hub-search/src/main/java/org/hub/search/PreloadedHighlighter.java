package org.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A UnifiedHighlighter that takes the field values from documents the search already loaded
 * for its hits, instead of reading and decompressing each hit's stored fields a second time
 * (that second read was 29% of a search's CPU in the profile of PERFORMANCE.md).
 */
final class PreloadedHighlighter extends UnifiedHighlighter {
    private final Map<Integer, Document> loaded;

    /** {@code loaded}: the stored document of every doc id this highlighter will be asked about. */
    PreloadedHighlighter(Builder builder, Map<Integer, Document> loaded) {
        super(builder);
        this.loaded = loaded;
    }

    /** The same values, joined and cut the same way, as the default implementation reads from the index. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document document = loaded.get(doc);
            CharSequence[] values = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                values[f] = document == null ? "" : joined(document.getValues(fields[f]), MULTIVAL_SEP_CHAR);
            }
            out.add(values);
        }
        return out;
    }

    private String joined(String[] values, char separator) {
        if (values.length == 0) {
            return "";
        }
        String text = values.length == 1 ? values[0] : String.join(String.valueOf(separator), values);
        return text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
    }
}
