package org.hub.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;

/**
 * The whole index schema in one place: field names, the analyzers, and the one mapping from an
 * {@link IndexedItem} to a Lucene document (and back to a {@link SearchHit}).
 */
public final class SearchSchema {
    /** Unique item key, {@code type:id}; the update/delete term. */
    public static final String KEY = "key";

    public static final String TYPE = "type";
    public static final String ID = "id";
    /** Analyzed English text, stored, indexed with offsets so the highlighter needs no re-analysis. */
    public static final String TITLE = "title";

    public static final String BODY = "body";
    /** Tags as analyzed text (for matching words of a query). */
    public static final String TAGS = "tags";
    /** One exact, lower-cased term per tag (for {@code tag:} filters). */
    public static final String TAG = "tag";

    static final String TAG_STORED = "tag_stored";
    public static final String GROUP = "group";
    static final String GROUP_STORED = "group_stored";
    static final String GROUP_NAME = "group_name";
    public static final String DEPARTMENT = "dept";
    static final String DEPARTMENT_STORED = "dept_stored";
    static final String DEPARTMENT_NAME = "dept_name";
    public static final String AUTHOR = "author";
    static final String AUTHOR_STORED = "author_stored";
    static final String AUTHOR_NAME = "author_name";
    /** Creation time in epoch milliseconds: point (range filters), doc values (sort), stored. */
    public static final String CREATED = "created";

    static final String URL = "url";
    /** Multi-valued access tokens; never stored, only filtered on. */
    public static final String ACCESS = "access";

    public static final String ANSWERED = "answered";
    public static final String PROMOTED = "promoted";
    public static final String ARCHIVED = "archived";
    /** A post's thread id as an exact term ({@code 0} for other types). */
    public static final String THREAD = "thread";

    static final String THREAD_STORED = "thread_stored";
    /** Per-document score multiplier from answered/promoted, read by a FunctionScoreQuery. */
    static final String RANK_BOOST = "rank_boost";
    /** Title as lower-cased edge n-grams: as-you-type suggestions. */
    public static final String TITLE_SUGGEST = "title_suggest";
    /** Title and body lower-cased but not stemmed: the vocabulary for did-you-mean. */
    public static final String SPELL = "spell";

    /**
     * Names the analysis and field layout. An index written under another one would be searched
     * with mismatched terms, so {@link SearchIndex#open} treats it like a corrupt one: rebuild it.
     * Bump it with every change to analysis or fields.
     */
    static final int VERSION = 3;

    static final String TRUE = "T";
    static final String FALSE = "F";

    /** Facet dimensions, as the API names them. */
    public static final String FACET_TYPE = "type";

    public static final String FACET_GROUP = "group";
    public static final String FACET_DEPARTMENT = "department";
    public static final String FACET_TAG = "tag";
    public static final List<String> FACET_DIMENSIONS = List.of(FACET_TYPE, FACET_GROUP, FACET_DEPARTMENT, FACET_TAG);
    /**
     * A facet value carries its label: "slug" + SEP + "name". FacetsConfig escapes this character
     * in paths, and it is stripped from our inputs, so the split is unambiguous and needs no lookup.
     */
    static final char FACET_LABEL_SEP = '\u001f';

    static final int SUGGEST_MAX_GRAM = 20;

    private static final CharArraySet STOP_WORDS = stopWords();

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    /**
     * Suggestion grams and spelling vocabulary are only ever asked "which documents contain this
     * term" (and how many): no frequencies, positions or norms, which halves what they cost to index.
     */
    private static final FieldType TERMS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        TERMS_ONLY.setIndexOptions(IndexOptions.DOCS);
        TERMS_ONLY.setOmitNorms(true);
        TERMS_ONLY.freeze();
    }

    private final Analyzer textAnalyzer;
    private final Analyzer plainAnalyzer;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;

    public SearchSchema(SearchIndexOptions.Stemmer stemmer) {
        this.textAnalyzer = englishAnalyzer(stemmer);
        this.plainAnalyzer = newPlainAnalyzer();
        this.analyzer = new PerFieldAnalyzerWrapper(
                textAnalyzer, Map.of(TITLE_SUGGEST, suggestIndexAnalyzer(), SPELL, plainAnalyzer));
        this.facetsConfig = new FacetsConfig();
        facetsConfig.setMultiValued(FACET_TAG, true);
    }

    /** The one analyzer used for indexing and (wrapped with synonyms) for querying. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** Lower-casing and folding without stemming or stop words: suggestion and spelling input. */
    Analyzer plainAnalyzer() {
        return plainAnalyzer;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    public static Term keyTerm(String key) {
        return new Term(KEY, key);
    }

    /** Normalises a filter value (slug, tag, username) the same way at index and query time. */
    static String normalize(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    public Document toDocument(IndexedItem item) {
        Document doc = new Document();
        doc.add(new StringField(KEY, item.key(), Field.Store.YES));
        doc.add(new StringField(TYPE, item.type().wireName(), Field.Store.YES));
        doc.add(new StoredField(ID, item.id()));
        String title = clean(item.title());
        String body = clean(item.body());
        doc.add(new Field(TITLE, title, TEXT_WITH_OFFSETS));
        doc.add(new Field(BODY, body, TEXT_WITH_OFFSETS));
        for (String tag : item.tags()) {
            String t = clean(tag);
            doc.add(new TextField(TAGS, t, Field.Store.NO));
            doc.add(new StringField(TAG, normalize(t), Field.Store.NO));
            doc.add(new StoredField(TAG_STORED, t));
            doc.add(new SortedSetDocValuesFacetField(FACET_TAG, facetPath(normalize(t), t)));
        }
        if (item.groupSlug() != null) {
            doc.add(new StringField(GROUP, normalize(item.groupSlug()), Field.Store.NO));
            doc.add(new StoredField(GROUP_STORED, item.groupSlug()));
            doc.add(new StoredField(GROUP_NAME, item.groupName()));
            doc.add(new SortedSetDocValuesFacetField(
                    FACET_GROUP, facetPath(normalize(item.groupSlug()), item.groupName())));
        }
        if (item.departmentSlug() != null) {
            doc.add(new StringField(DEPARTMENT, normalize(item.departmentSlug()), Field.Store.NO));
            doc.add(new StoredField(DEPARTMENT_STORED, item.departmentSlug()));
            doc.add(new StoredField(DEPARTMENT_NAME, item.departmentName()));
            doc.add(new SortedSetDocValuesFacetField(
                    FACET_DEPARTMENT, facetPath(normalize(item.departmentSlug()), item.departmentName())));
        }
        doc.add(new SortedSetDocValuesFacetField(
                FACET_TYPE, facetPath(item.type().wireName(), item.type().wireName())));
        if (item.authorUsername() != null) {
            doc.add(new StringField(AUTHOR, normalize(item.authorUsername()), Field.Store.NO));
            doc.add(new StoredField(AUTHOR_STORED, item.authorUsername()));
        }
        if (item.authorName() != null) {
            doc.add(new StoredField(AUTHOR_NAME, item.authorName()));
        }
        long created = item.createdAt().toEpochMilli();
        doc.add(new LongPoint(CREATED, created));
        doc.add(new NumericDocValuesField(CREATED, created));
        doc.add(new StoredField(CREATED, created));
        doc.add(new StoredField(URL, item.url()));
        for (String token : item.accessTokens()) {
            doc.add(new StringField(ACCESS, token, Field.Store.NO));
        }
        doc.add(new StringField(ANSWERED, item.answered() ? TRUE : FALSE, Field.Store.NO));
        doc.add(new StringField(PROMOTED, item.promoted() ? TRUE : FALSE, Field.Store.NO));
        doc.add(new StringField(ARCHIVED, item.archived() ? TRUE : FALSE, Field.Store.NO));
        doc.add(new StringField(THREAD, Long.toString(item.threadId()), Field.Store.NO));
        doc.add(new StoredField(THREAD_STORED, item.threadId()));
        doc.add(new DoubleDocValuesField(RANK_BOOST, rankBoost(item)));
        doc.add(new Field(TITLE_SUGGEST, title, TERMS_ONLY));
        doc.add(new Field(SPELL, title, TERMS_ONLY));
        doc.add(new Field(SPELL, body, TERMS_ONLY));
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new SearchIndexException("cannot build facets for " + item.key(), e);
        }
    }

    /**
     * The multiplier is indexed (not the two flags' weights) so changing the ranking options needs
     * no reindex: only presence matters, the weights are applied at query time.
     */
    private static double rankBoost(IndexedItem item) {
        // 1 = plain, 2 = answered, 3 = promoted, 4 = both; mapped to multipliers at query time.
        return 1 + (item.answered() ? 1 : 0) + (item.promoted() ? 2 : 0);
    }

    static String facetPath(String value, String label) {
        return clean(value) + FACET_LABEL_SEP + clean(label);
    }

    /** Control characters have no business in text and would break facet label encoding. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append(' ');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    SearchHit toHit(Document doc, float score, String snippetHtml) {
        List<String> tags = new ArrayList<>();
        for (IndexableField f : doc.getFields(TAG_STORED)) {
            tags.add(f.stringValue());
        }
        return new SearchHit(
                ItemType.fromWire(doc.get(TYPE)),
                doc.getField(ID).numericValue().longValue(),
                doc.get(TITLE),
                snippetHtml,
                doc.get(URL),
                doc.get(GROUP_STORED),
                doc.get(GROUP_NAME),
                doc.get(DEPARTMENT_STORED),
                doc.get(DEPARTMENT_NAME),
                Collections.unmodifiableList(tags),
                doc.get(AUTHOR_STORED),
                doc.get(AUTHOR_NAME),
                Instant.ofEpochMilli(doc.getField(CREATED).numericValue().longValue()),
                score,
                doc.getField(THREAD_STORED).numericValue().longValue());
    }

    /** Terms of {@code text} as {@code analyzer} produces them for {@code field}, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new SearchIndexException("analysis failed", e);
        }
        return out;
    }

    private static Analyzer englishAnalyzer(SearchIndexOptions.Stemmer stemmer) {
        CharArraySet stopWords = STOP_WORDS;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new ASCIIFoldingFilter(ts);
                ts = new StopFilter(ts, stopWords);
                ts = stemmer == SearchIndexOptions.Stemmer.KSTEM ? new KStemFilter(ts) : new PorterStemFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Lucene's short English list plus Snowball's (pronouns, auxiliaries, question words): staff
     * type questions ("what has been done about...", "how do we..."), and those words only add
     * noise to the ranking. Measured on the Cranfield questions (see README).
     */
    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        InputStream snowball = SnowballFilter.class.getResourceAsStream("english_stop.txt");
        if (snowball == null) {
            throw new IllegalStateException("Snowball's English stop words are missing from lucene-analysis-common");
        }
        try (Reader r = new InputStreamReader(snowball, StandardCharsets.UTF_8)) {
            set.addAll(WordlistLoader.getSnowballWordSet(r));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read Snowball's English stop words", e);
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static Analyzer newPlainAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    private static Analyzer suggestIndexAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                ts = new EdgeNGramTokenFilter(ts, 1, SUGGEST_MAX_GRAM, true);
                return new TokenStreamComponents(source, ts);
            }
        };
    }
}
