package org.hub.api.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry per thread in a newest-first list of hits: a thread and the answers it received
 * fold into one line ("3 new answers"), so a busy thread does not fill the list. Items that
 * belong to no thread (documents, guidance) stay entries of their own.
 *
 * @param latest the newest hit of the entry, which gives its title, group and date
 * @param answers how many of the folded hits are answers
 * @param started whether the thread itself is among them (it was started within the list)
 * @param url the latest hit's own link when it stands alone, the thread's when several fold in
 */
public record ThreadActivity(SearchResponse.Hit latest, int answers, boolean started, String url) {

    /** Folds {@code newestFirst} into at most {@code limit} entries, in the order of their newest hit. */
    public static List<ThreadActivity> fold(List<SearchResponse.Hit> newestFirst, int limit) {
        Map<String, List<SearchResponse.Hit>> byThread = new LinkedHashMap<>();
        for (SearchResponse.Hit hit : newestFirst) {
            String key = hit.threadId() == null ? hit.type() + ":" + hit.id() : "thread:" + hit.threadId();
            if (byThread.containsKey(key) || byThread.size() < limit) {
                byThread.computeIfAbsent(key, k -> new ArrayList<>()).add(hit);
            }
        }
        List<ThreadActivity> entries = new ArrayList<>();
        for (List<SearchResponse.Hit> hits : byThread.values()) {
            SearchResponse.Hit latest = hits.get(0);
            int answers =
                    (int) hits.stream().filter(h -> h.type().equals("post")).count();
            boolean started = hits.stream().anyMatch(h -> h.type().equals("thread"));
            String url = hits.size() == 1 ? latest.url() : "/threads/" + latest.threadId();
            entries.add(new ThreadActivity(latest, answers, started, url));
        }
        return entries;
    }
}
