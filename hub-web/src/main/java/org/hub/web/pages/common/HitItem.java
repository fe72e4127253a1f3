package org.hub.web.pages.common;

import java.util.List;
import org.hub.api.search.SearchResponse;

/**
 * A search hit as the templates show it. {@code snippetHtml} is rendered raw: the index builds it
 * from escaped text and adds only {@code <mark>} (see SearchIndex's highlighter), and
 * {@link SafeSnippet} re-checks that before it reaches a page.
 */
public record HitItem(
        String type,
        String typeLabel,
        long id,
        String title,
        String url,
        String snippetHtml,
        String groupName,
        String groupSlug,
        String department,
        String authorName,
        String date,
        String isoDate,
        List<String> tags) {

    public static HitItem of(SearchResponse.Hit hit) {
        return new HitItem(
                hit.type(),
                typeLabel(hit.type()),
                hit.id(),
                hit.title(),
                hit.url(),
                SafeSnippet.clean(hit.snippet()),
                hit.group() == null ? null : hit.group().name(),
                hit.group() == null ? null : hit.group().slug(),
                hit.department() == null ? null : hit.department().name(),
                hit.author() == null ? null : hit.author().displayName(),
                Dates.day(hit.createdAt()),
                Dates.iso(hit.createdAt()),
                hit.tags());
    }

    public static String typeLabel(String type) {
        return switch (type) {
            case "thread" -> "Thread";
            case "post" -> "Answer";
            case "document" -> "Document";
            case "guidance" -> "Guidance";
            default -> type;
        };
    }
}
