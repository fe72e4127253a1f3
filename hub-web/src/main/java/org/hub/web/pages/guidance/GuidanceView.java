package org.hub.web.pages.guidance;

import java.util.List;
import org.hub.api.guidance.Guidance;
import org.hub.api.guidance.GuidanceStatus;
import org.hub.web.pages.common.Dates;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.GuidanceItem;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.TagText;
import org.hub.web.pages.common.TagText.TagLink;
import org.hub.web.pages.common.Viewer;

/** One guidance item: its sanitised body, status, owner, review date, source, and a curator's forms. */
public final class GuidanceView extends PageView {
    private final Guidance item;
    private final GuidancePageResource.Draft draft;
    private final FormErrors errors;
    private final String notice;

    GuidanceView(Viewer viewer, Guidance item, GuidancePageResource.Draft draft, FormErrors errors, String notice) {
        super("guidance.mustache", viewer, item.title(), Section.GUIDANCE);
        this.item = item;
        this.draft = draft;
        this.errors = errors;
        this.notice = notice;
    }

    public GuidanceItem item() {
        return GuidanceItem.of(item);
    }

    /** Rendered from Markdown and sanitised by the service when it was saved. */
    public String bodyHtml() {
        return item.bodyHtml();
    }

    public java.util.List<String> tags() {
        return item.tags();
    }

    public String reviewByIso() {
        return item.reviewBy() == null ? "" : item.reviewBy().toString();
    }

    public String updated() {
        return Dates.day(item.updatedAt());
    }

    public String updatedIso() {
        return Dates.iso(item.updatedAt());
    }

    public String ownerUsername() {
        return item.owner() == null ? null : item.owner().username();
    }

    /** The thread the guidance was promoted from, when it was. */
    public Long sourceThreadId() {
        return item.sourceThreadId();
    }

    public Long sourcePostId() {
        return item.sourcePostId();
    }

    public int version() {
        return item.version();
    }

    public boolean isDraft() {
        return item.status() == GuidanceStatus.DRAFT;
    }

    public boolean isPublished() {
        return item.status() == GuidanceStatus.PUBLISHED;
    }

    public boolean isArchived() {
        return item.status() == GuidanceStatus.ARCHIVED;
    }

    public GuidanceForm form() {
        return new GuidanceForm("edit-", draft, errors);
    }

    public FormErrors errors() {
        return errors;
    }

    public String notice() {
        return notice;
    }

    /** The tags as links to the search filtered by each. */
    public List<TagLink> tagLinks() {
        return TagText.links(item.tags());
    }
}
