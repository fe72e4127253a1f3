package org.hub.web.pages.guidance;

import org.hub.web.pages.common.FormErrors;

/**
 * The create and edit forms for guidance share one template partial; this gives it the typed
 * values and each field's error under the form's id prefix ("new-" or "edit-"), so that both
 * forms' ids stay unique and the error summary links land on the right field.
 */
public final class GuidanceForm {
    private final String prefix;
    private final GuidancePageResource.Draft draft;
    private final FormErrors errors;

    GuidanceForm(String prefix, GuidancePageResource.Draft draft, FormErrors errors) {
        this.prefix = prefix;
        this.draft = draft;
        this.errors = errors;
    }

    public String prefix() {
        return prefix;
    }

    public String title() {
        return draft.title();
    }

    public String body() {
        return draft.body();
    }

    public String tags() {
        return draft.tags();
    }

    public String reviewBy() {
        return draft.reviewBy();
    }

    public boolean isDraft() {
        return "draft".equals(draft.status()) || draft.status().isBlank();
    }

    public boolean isPublished() {
        return "published".equals(draft.status());
    }

    public boolean isArchived() {
        return "archived".equals(draft.status());
    }

    public String titleError() {
        return error("title");
    }

    public String bodyError() {
        return error("body");
    }

    public String tagsError() {
        return error("tags");
    }

    public String reviewByError() {
        return error("reviewBy");
    }

    public String statusError() {
        return error("status");
    }

    private String error(String field) {
        return errors.field().get(prefix + field);
    }
}
