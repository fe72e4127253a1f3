package org.hub.web.pages.admin;

import java.util.List;
import org.hub.api.audit.AuditEntry;
import org.hub.web.pages.common.Dates;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** {@code /admin/audit}: one page of the audit log, newest first. */
public final class AuditView extends PageView {
    /** One audit entry as shown: the action in words, the code kept for those who search for it. */
    public record Entry(
            String date, String isoDate, String actor, String action, String code, String target, String detail) {
        static Entry of(AuditEntry e) {
            return new Entry(
                    Dates.dayTime(e.at()),
                    Dates.iso(e.at()),
                    e.actor() == null ? "System" : e.actor().displayName(),
                    AuditLabels.of(e.action()),
                    e.action(),
                    AuditLabels.target(e.target()),
                    e.detail());
        }
    }

    private final List<Entry> entries;
    private final String nextCursor;
    private final boolean laterPage;

    AuditView(Viewer viewer, List<Entry> entries, String nextCursor, boolean laterPage) {
        super("admin-audit.mustache", viewer, "Audit log", Section.ADMIN);
        this.entries = entries;
        this.nextCursor = nextCursor;
        this.laterPage = laterPage;
    }

    public List<Entry> entries() {
        return entries;
    }

    public String nextCursor() {
        return nextCursor;
    }

    public boolean laterPage() {
        return laterPage;
    }
}
