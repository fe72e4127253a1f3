package org.hub.web.pages.documents;

import java.util.Comparator;
import java.util.List;
import org.hub.api.documents.Document;
import org.hub.web.pages.common.Dates;
import org.hub.web.pages.common.DocumentItem;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.TagText;
import org.hub.web.pages.common.TagText.TagLink;
import org.hub.web.pages.common.Viewer;

/** One document: what it is, who shared it where, every version with its download link. */
public final class DocumentView extends PageView {
    /** One version as the page lists it, newest first. */
    public record VersionItem(
            long documentId, int version, String filename, String size, String date, String isoDate, boolean current) {}

    private final Document document;
    private final boolean canUpload;
    private final FormErrors errors;
    private final String notice;

    DocumentView(Viewer viewer, Document document, boolean canUpload, FormErrors errors, String notice) {
        super("document.mustache", viewer, document.title(), Section.GROUPS);
        this.document = document;
        this.canUpload = canUpload;
        this.errors = errors;
        this.notice = notice;
    }

    public long id() {
        return document.id();
    }

    public String description() {
        return document.description();
    }

    public List<String> tags() {
        return document.tags();
    }

    public String groupSlug() {
        return document.group().slug();
    }

    public String groupName() {
        return document.group().name();
    }

    public String uploaderName() {
        return document.uploadedBy() == null ? "" : document.uploadedBy().displayName();
    }

    public String uploaderUsername() {
        return document.uploadedBy() == null ? null : document.uploadedBy().username();
    }

    public String date() {
        return Dates.day(document.createdAt());
    }

    public String isoDate() {
        return Dates.iso(document.createdAt());
    }

    public String filename() {
        return document.filename();
    }

    public String size() {
        return DocumentItem.humanSize(document.size());
    }

    public int version() {
        return document.version();
    }

    /** Searchable text is extracted after the upload; until then only the title and description are. */
    public boolean textPending() {
        return "pending".equals(document.textStatus());
    }

    public List<VersionItem> versions() {
        return document.versions().stream()
                .sorted(Comparator.comparingInt(Document.DocumentVersion::version)
                        .reversed())
                .map(v -> new VersionItem(
                        document.id(),
                        v.version(),
                        v.filename(),
                        DocumentItem.humanSize(v.size()),
                        Dates.day(v.createdAt()),
                        Dates.iso(v.createdAt()),
                        v.version() == document.version()))
                .toList();
    }

    public boolean canUpload() {
        return canUpload;
    }

    public FormErrors errors() {
        return errors;
    }

    public String notice() {
        return notice;
    }

    /** The tags as links to the search filtered by each. */
    public List<TagLink> tagLinks() {
        return TagText.links(document.tags());
    }
}
