package org.hub.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Turns a parsed user query and a request's filters into Lucene queries; no I/O. */
final class QueryFactory {
    /** Word pairs considered for proximity scoring; long questions gain little beyond this. */
    private static final int MAX_PAIRS = 32;

    private final SearchSchema schema;
    private final RankingOptions ranking;
    private final Map<String, Float> fields;

    QueryFactory(SearchSchema schema, RankingOptions ranking) {
        this.schema = schema;
        this.ranking = ranking;
        Map<String, Float> f = new LinkedHashMap<>();
        f.put(SearchSchema.TITLE, ranking.titleBoost());
        f.put(SearchSchema.TAGS, ranking.tagsBoost());
        f.put(SearchSchema.BODY, 1f);
        this.fields = Map.copyOf(f);
    }

    /**
     * Rewards for the query's words found close together (adjacent pairs within a few positions)
     * and for the whole query as a title phrase, given the query's analysed words ({@code terms});
     * null when there are fewer than two. Scored
     * only on the best first-pass hits ({@link org.apache.lucene.search.QueryRescorer}): as clauses
     * of the main query these sloppy phrases were evaluated on every match, which on a long
     * question over a large index cost more than everything else together.
     */
    Query proximityQuery(List<String> terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addProximity(b, terms);
        BooleanQuery built = b.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /**
     * What decides the hits: the words (all of them up to {@link RankingOptions#allRequiredUpTo},
     * any of them beyond), the phrases, the OR groups and the exclusions; or null when nothing
     * searchable is left (only stop words or punctuation) and {@code pq} has positive text. It is
     * also what snippets highlight. How close the words stand only reorders the best hits: see
     * {@link #proximityQuery}.
     */
    Query matchQuery(ParsedQuery pq, Analyzer queryAnalyzer) {
        FieldExpandingQueryBuilder withSynonyms =
                new FieldExpandingQueryBuilder(queryAnalyzer, fields, ranking.tieBreaker());
        FieldExpandingQueryBuilder exact =
                new FieldExpandingQueryBuilder(schema.analyzer(), fields, ranking.tieBreaker());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean required = false;
        if (!pq.words().isBlank()) {
            Query bag = withSynonyms.createBooleanQuery(SearchSchema.BODY, pq.words(), Occur.SHOULD);
            if (bag != null) {
                b.add(minShouldMatch(bag), Occur.MUST);
                required = true;
            }
        }
        for (ParsedQuery.Alternative phrase : pq.phrases()) {
            Query q = exact.createPhraseQuery(SearchSchema.BODY, phrase.text(), 0);
            if (q != null) {
                b.add(q, Occur.MUST);
                required = true;
            }
        }
        for (List<ParsedQuery.Alternative> group : pq.orGroups()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            boolean some = false;
            for (ParsedQuery.Alternative alt : group) {
                Query q = alt.phrase()
                        ? exact.createPhraseQuery(SearchSchema.BODY, alt.text(), 0)
                        : withSynonyms.createBooleanQuery(SearchSchema.BODY, alt.text(), Occur.MUST);
                if (q != null) {
                    any.add(q, Occur.SHOULD);
                    some = true;
                }
            }
            if (some) {
                b.add(any.build(), Occur.MUST);
                required = true;
            }
        }
        if (!required) {
            return pq.hasPositiveText() ? null : new MatchAllDocsQuery();
        }
        for (ParsedQuery.Alternative ex : pq.excluded()) {
            Query q = ex.phrase()
                    ? exact.createPhraseQuery(SearchSchema.BODY, ex.text(), 0)
                    : exact.createBooleanQuery(SearchSchema.BODY, ex.text(), Occur.MUST);
            if (q != null) {
                b.add(q, Occur.MUST_NOT);
            }
        }
        return b.build();
    }

    /** Exclusions alone (browse minus something) as MUST_NOT clauses for a match-all query. */
    Query excludedOnly(ParsedQuery pq) {
        FieldExpandingQueryBuilder exact =
                new FieldExpandingQueryBuilder(schema.analyzer(), fields, ranking.tieBreaker());
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        for (ParsedQuery.Alternative ex : pq.excluded()) {
            Query q = ex.phrase()
                    ? exact.createPhraseQuery(SearchSchema.BODY, ex.text(), 0)
                    : exact.createBooleanQuery(SearchSchema.BODY, ex.text(), Occur.MUST);
            if (q != null) {
                b.add(q, Occur.MUST_NOT);
            }
        }
        return b.build();
    }

    /** Short queries need every term; long questions need a fraction of them. */
    private Query minShouldMatch(Query bag) {
        if (!(bag instanceof BooleanQuery bq)) {
            return bag;
        }
        int n = bq.clauses().size();
        int min = n <= ranking.allRequiredUpTo() ? n : Math.max(1, Math.round(n * ranking.minShouldMatch()));
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(min);
        bq.clauses().forEach(b::add);
        return b.build();
    }

    /** Rewards query words found close together (pairs) and the whole query as a title phrase. */
    private void addProximity(BooleanQuery.Builder b, List<String> terms) {
        if (terms.size() < 2) {
            return;
        }
        if (ranking.proximityBoost() > 0) {
            BooleanQuery.Builder pairs = new BooleanQuery.Builder();
            int count = 0;
            for (int i = 0; i + 1 < terms.size() && count < MAX_PAIRS; i++, count++) {
                for (String field : List.of(SearchSchema.TITLE, SearchSchema.BODY)) {
                    pairs.add(
                            new PhraseQuery(ranking.proximitySlop(), field, terms.get(i), terms.get(i + 1)),
                            Occur.SHOULD);
                }
            }
            b.add(new BoostQuery(pairs.build(), ranking.proximityBoost()), Occur.SHOULD);
        }
        if (ranking.titlePhraseBoost() > 0) {
            PhraseQuery.Builder title = new PhraseQuery.Builder().setSlop(terms.size());
            for (String t : terms) {
                title.add(new Term(SearchSchema.TITLE, t));
            }
            b.add(new BoostQuery(title.build(), ranking.titlePhraseBoost()), Occur.SHOULD);
        }
    }

    /** Answered and promoted items gain a mild multiplier, so only near-ties change order. */
    Query withRankBoost(Query q) {
        if (ranking.answeredBoost() == 1f && ranking.promotedBoost() == 1f) {
            return q;
        }
        return FunctionScoreQuery.boostByValue(
                q, new RankBoostSource(ranking.answeredBoost(), ranking.promotedBoost()));
    }

    /** Only what the viewer may see; an empty token set sees nothing. */
    static Query accessFilter(Set<String> viewerTokens) {
        if (viewerTokens.isEmpty()) {
            return new MatchNoDocsQuery("no access tokens");
        }
        return new TermInSetQuery(
                SearchSchema.ACCESS, viewerTokens.stream().map(BytesRef::new).toList());
    }

    /** Types the request and the query text agree on; empty = any; null = contradiction. */
    static Set<ItemType> effectiveTypes(SearchRequest req, ParsedQuery pq) {
        Set<ItemType> types = EnumSet.allOf(ItemType.class);
        boolean restricted = false;
        if (!req.types().isEmpty()) {
            types.retainAll(req.types());
            restricted = true;
        }
        if (!pq.types().isEmpty()) {
            types.retainAll(pq.types());
            restricted = true;
        }
        if (pq.answered() != null) {
            types.retainAll(Set.of(ItemType.THREAD));
            restricted = true;
        }
        if (!pq.excludedTypes().isEmpty()) {
            types.removeAll(pq.excludedTypes());
            restricted = true;
        }
        if (types.isEmpty()) {
            return null;
        }
        return restricted && types.size() < ItemType.values().length ? types : Set.of();
    }

    /** Every non-scoring restriction of a search: access, types, archive rule, fields, dates. */
    static Query filter(SearchRequest req, ParsedQuery pq) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(accessFilter(req.viewerTokens()), Occur.FILTER);
        Set<ItemType> types = effectiveTypes(req, pq);
        if (types == null) {
            return new MatchNoDocsQuery("contradictory types");
        }
        if (!types.isEmpty()) {
            b.add(typesFilter(types), Occur.FILTER);
        }
        if (!types.equals(Set.of(ItemType.GUIDANCE))) {
            b.add(new TermQuery(new Term(SearchSchema.ARCHIVED, SearchSchema.TRUE)), Occur.MUST_NOT);
        }
        if (pq.answered() != null) {
            b.add(
                    new TermQuery(
                            new Term(SearchSchema.ANSWERED, pq.answered() ? SearchSchema.TRUE : SearchSchema.FALSE)),
                    Occur.FILTER);
        }
        addField(b, SearchSchema.GROUP, req.group());
        addField(b, SearchSchema.DEPARTMENT, req.department());
        addField(b, SearchSchema.TAG, req.tag());
        addField(b, SearchSchema.AUTHOR, req.author());
        for (ParsedQuery.FieldFilter f : pq.filters()) {
            b.add(new TermQuery(new Term(f.field(), f.value())), f.negated() ? Occur.MUST_NOT : Occur.FILTER);
        }
        if (req.after() != null || req.before() != null) {
            long from = req.after() == null ? Long.MIN_VALUE : startOfDay(req.after());
            long to = req.before() == null
                    ? Long.MAX_VALUE
                    : startOfDay(req.before().plusDays(1)) - 1;
            b.add(LongPoint.newRangeQuery(SearchSchema.CREATED, from, to), Occur.FILTER);
        }
        return b.build();
    }

    static Query typesFilter(Set<ItemType> types) {
        List<BytesRef> wire = new ArrayList<>();
        types.forEach(t -> wire.add(new BytesRef(t.wireName())));
        return new TermInSetQuery(SearchSchema.TYPE, wire);
    }

    private static void addField(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, SearchSchema.normalize(value))), Occur.FILTER);
        }
    }

    private static long startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
