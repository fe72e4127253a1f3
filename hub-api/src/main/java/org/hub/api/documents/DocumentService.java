package org.hub.api.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hub.api.audit.AuditLog;
import org.hub.api.common.Cursor;
import org.hub.api.common.HubException;
import org.hub.api.common.NotFoundException;
import org.hub.api.common.Page;
import org.hub.api.common.TextRules;
import org.hub.api.common.UniqueViolation;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupAccess;
import org.hub.api.groups.GroupService;
import org.hub.api.outbox.ItemType;
import org.hub.api.outbox.Outbox;
import org.hub.api.threads.Tags;
import org.hub.api.users.User;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared documents: upload (streamed, content-addressed), new versions, download, delete. Text
 * extraction runs afterwards in the {@link ExtractionWorker}; the document is searchable by title
 * and description at once and by its contents when extraction finishes.
 */
public final class DocumentService {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);
    private static final int VERSION_ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final GroupService groups;
    private final BlobStore blobs;
    private final DownloadTypes types;
    private final ExtractionWorker extraction;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public DocumentService(
            Jdbi jdbi,
            GroupService groups,
            BlobStore blobs,
            DownloadTypes types,
            ExtractionWorker extraction,
            Outbox outbox,
            AuditLog audit,
            Clock clock) {
        this.jdbi = jdbi;
        this.groups = groups;
        this.blobs = blobs;
        this.types = types;
        this.extraction = extraction;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a download serves: the bytes (hash-checked as they stream) and safe headers. */
    public record Download(InputStream content, String filename, String contentType, long size, String sha256) {}

    public boolean isReferenced(String sha256) {
        return jdbi.onDemand(DocumentDao.class).referencesTo(sha256) > 0;
    }

    public Document upload(User uploader, String groupSlug, MultipartUpload.Form form) {
        MultipartUpload.UploadedFile file = form.file()
                .orElseThrow(() -> HubException.invalid("file is required: send it in the part named 'file'."));
        List<String> errors = new ArrayList<>();
        String title = form.field("title") == null ? "" : form.field("title").strip();
        if (title.isEmpty()) {
            title = SafeFilename.clean(file.originalName());
        }
        if (title.length() > TextRules.MAX_TITLE) {
            errors.add("title must be at most " + TextRules.MAX_TITLE + " characters.");
        }
        String description = form.field("description") == null
                ? ""
                : form.field("description").strip();
        if (description.length() > 2000) {
            errors.add("description must be at most 2000 characters.");
        }
        String tagText = form.field("tags") == null ? "" : form.field("tags");
        List<String> tags = Tags.clean(tagText.isBlank() ? List.of() : List.of(tagText.split(",")), errors);
        if (!errors.isEmpty()) {
            throw HubException.invalid(errors.get(0), errors);
        }
        String documentTitle = title;
        String contentType = detect(file);
        long[] ids = jdbi.inTransaction(handle -> {
            Group group = groups.visible(handle, groupSlug, uploader);
            if (!GroupAccess.canPost(group, uploader)) {
                throw HubException.forbidden("Join the group to share documents in it.");
            }
            DocumentDao documents = handle.attach(DocumentDao.class);
            Instant now = clock.instant();
            long id = documents.insertDocument(
                    group.id(), documentTitle, description, Tags.join(tags), uploader.id(), now);
            long versionId = documents.insertVersion(
                    id,
                    1,
                    SafeFilename.clean(file.originalName()),
                    contentType,
                    file.blob().size(),
                    file.blob().sha256(),
                    uploader.id(),
                    now);
            outbox.append(handle, ItemType.DOCUMENT, id);
            return new long[] {id, versionId};
        });
        extraction.submit(ids[1]);
        return get(uploader, ids[0]);
    }

    public Document addVersion(User uploader, long documentId, MultipartUpload.Form form) {
        MultipartUpload.UploadedFile file = form.file()
                .orElseThrow(() -> HubException.invalid("file is required: send it in the part named 'file'."));
        String contentType = detect(file);
        // Concurrent uploads of one document queue on its row, so each takes the next number and
        // the last to commit is the current version. The retry is for a database that lets two
        // through anyway: the second run sees the first's number and takes the one after.
        long versionId = UniqueViolation.retry(
                VERSION_ATTEMPTS,
                () -> jdbi.inTransaction(handle -> {
                    DocumentDao.Head head = visible(handle, documentId, uploader);
                    Group group = GroupService.visibleById(handle, head.groupId(), uploader);
                    if (!GroupAccess.canPost(group, uploader)) {
                        throw HubException.forbidden("Join the group to upload new versions.");
                    }
                    DocumentDao documents = handle.attach(DocumentDao.class);
                    documents.lockForNewVersion(documentId);
                    Instant now = clock.instant();
                    int version = documents.maxVersion(documentId) + 1;
                    long id = documents.insertVersion(
                            documentId,
                            version,
                            SafeFilename.clean(file.originalName()),
                            contentType,
                            file.blob().size(),
                            file.blob().sha256(),
                            uploader.id(),
                            now);
                    documents.setCurrentVersion(documentId, version, now);
                    outbox.append(handle, ItemType.DOCUMENT, documentId);
                    return id;
                }));
        extraction.submit(versionId);
        return get(uploader, documentId);
    }

    public Document get(User viewer, long id) {
        return jdbi.inTransaction(handle -> toDocument(handle, visible(handle, id, viewer)));
    }

    public Page<Document> list(User viewer, String groupSlug, int limit, String cursor) {
        return jdbi.inTransaction(handle -> {
            Group group = groups.visible(handle, groupSlug, viewer);
            List<DocumentDao.Head> rows =
                    handle.attach(DocumentDao.class).listInGroup(group.id(), Cursor.decode(cursor), limit + 1);
            Page<DocumentDao.Head> page = Page.of(rows, limit, DocumentDao.Head::id);
            return new Page<>(
                    page.items().stream().map(head -> toDocument(handle, head)).toList(), page.nextCursor());
        });
    }

    public Download download(User viewer, long id, Integer version) {
        Document document = get(viewer, id);
        int wanted = version == null ? document.version() : version;
        Document.DocumentVersion v = document.versions().stream()
                .filter(candidate -> candidate.version() == wanted)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("version", wanted + " of document " + id));
        try {
            // Checked whole first: once streaming has begun, a damaged blob could only cut the
            // download short, and the reader would be left with bytes that are not the document.
            return new Download(
                    blobs.openVerified(v.sha256()),
                    v.filename(),
                    DownloadTypes.forDownload(v.contentType()),
                    v.size(),
                    v.sha256());
        } catch (CorruptBlobException e) {
            LOG.error("Refused to serve document {} version {}: {}", id, wanted, e.getMessage());
            throw new HubException(
                    500,
                    "Version " + wanted + " of this document is damaged on the server, so it"
                            + " is not served. An administrator can restore it from a backup.");
        } catch (NoSuchFileException e) {
            LOG.error("Document {} version {} has no stored file {}", id, wanted, v.sha256());
            throw new HubException(
                    500,
                    "Version " + wanted + " of this document is missing on the server."
                            + " An administrator can restore it from a backup.");
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The stored file of document " + id + " version " + wanted + " could not be read", e);
        }
    }

    public void delete(User actor, long id) {
        jdbi.useTransaction(handle -> {
            DocumentDao.Head head = visible(handle, id, actor);
            Group group = GroupService.visibleById(handle, head.groupId(), actor);
            if (head.uploadedBy().id() != actor.id() && !GroupAccess.canModerate(group, actor)) {
                throw HubException.forbidden("Only the uploader or the group's moderators may delete this document.");
            }
            handle.attach(DocumentDao.class).delete(id, clock.instant());
            audit.record(handle, actor, "document.delete", "document:" + id, head.title());
            outbox.append(handle, ItemType.DOCUMENT, id);
        });
    }

    private String detect(MultipartUpload.UploadedFile file) {
        try {
            return types.detect(
                    blobs.pathOf(file.blob().sha256()), file.declaredType(), SafeFilename.clean(file.originalName()));
        } catch (IOException e) {
            return DownloadTypes.OCTET_STREAM;
        }
    }

    private static DocumentDao.Head visible(Handle handle, long id, User viewer) {
        DocumentDao.Head head =
                handle.attach(DocumentDao.class).find(id).orElseThrow(() -> new NotFoundException("document", id));
        try {
            GroupService.visibleById(handle, head.groupId(), viewer);
        } catch (NotFoundException hidden) {
            throw new NotFoundException("document", id);
        }
        return head;
    }

    private static Document toDocument(Handle handle, DocumentDao.Head head) {
        return new Document(
                head.id(),
                new Group.GroupRef(head.groupSlug(), head.groupName()),
                head.title(),
                head.description(),
                Tags.split(head.tags()),
                head.filename(),
                head.contentType(),
                head.size(),
                head.sha256(),
                head.currentVersion(),
                head.uploadedBy(),
                head.createdAt(),
                handle.attach(DocumentDao.class).versions(head.id()),
                head.extractionStatus(),
                head.groupId());
    }
}
