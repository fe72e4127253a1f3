package org.hub.web.pages.admin;

import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** {@code /admin/synonyms}: the synonym sets search expands, one per line. */
public final class SynonymsView extends PageView {
    private final String synonyms;
    private final FormErrors errors;
    private final String notice;

    SynonymsView(Viewer viewer, String synonyms, FormErrors errors, String notice) {
        super("admin-synonyms.mustache", viewer, (errors.any() ? "Error: " : "") + "Synonyms", Section.ADMIN);
        this.synonyms = synonyms;
        this.errors = errors;
        this.notice = notice;
    }

    public String synonyms() {
        return synonyms;
    }

    public FormErrors errors() {
        return errors;
    }

    public String notice() {
        return notice;
    }
}
