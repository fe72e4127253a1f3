package org.hub.web.pages.guidance;

import java.util.List;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.GuidanceItem;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** The guidance library: items with status, owner and review date, and a curator's create form. */
public final class GuidanceListView extends PageView {
    private final List<GuidanceItem> items;
    private final String nextCursor;
    private final boolean overdueOnly;
    private final String status;
    private final GuidancePageResource.Draft draft;
    private final FormErrors errors;

    GuidanceListView(
            Viewer viewer,
            List<GuidanceItem> items,
            String nextCursor,
            boolean overdueOnly,
            String status,
            GuidancePageResource.Draft draft,
            FormErrors errors) {
        super("guidance-list.mustache", viewer, overdueOnly ? "Guidance due for review" : "Guidance", Section.GUIDANCE);
        this.items = items;
        this.nextCursor = nextCursor;
        this.overdueOnly = overdueOnly;
        this.status = status;
        this.draft = draft;
        this.errors = errors;
    }

    public List<GuidanceItem> items() {
        return items;
    }

    public String nextCursor() {
        return nextCursor;
    }

    /** The query that keeps the current filters on the "older" link. */
    public String filterQuery() {
        return (overdueOnly ? "&overdue=yes" : "") + (curator() && !status.isEmpty() ? "&status=" + status : "");
    }

    public boolean overdueOnly() {
        return overdueOnly;
    }

    public boolean allStatuses() {
        return status.isEmpty();
    }

    public boolean draftsOnly() {
        return "draft".equals(status);
    }

    public boolean archivedOnly() {
        return "archived".equals(status);
    }

    public boolean publishedOnly() {
        return "published".equals(status);
    }

    public GuidanceForm form() {
        return new GuidanceForm("new-", draft, errors);
    }

    public FormErrors errors() {
        return errors;
    }
}
