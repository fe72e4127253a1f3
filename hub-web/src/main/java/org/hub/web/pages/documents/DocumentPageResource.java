package org.hub.web.pages.documents;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.Optional;
import org.hub.api.common.HubException;
import org.hub.api.common.Page;
import org.hub.api.documents.Document;
import org.hub.api.documents.DocumentService;
import org.hub.api.documents.MultipartUpload;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupAccess;
import org.hub.api.groups.GroupService;
import org.hub.web.pages.common.DocumentItem;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.FormSubmission;
import org.hub.web.pages.common.GroupItem;
import org.hub.web.pages.common.PageNotice;
import org.hub.web.pages.common.Viewer;

/**
 * A group's document library, {@code /groups/{slug}/documents}, with its upload form, and a
 * document's page, {@code /documents/{id}}, with its versions and the form for a new one.
 *
 * <p>The upload forms are plain {@code multipart/form-data} posts, so they work without
 * JavaScript. Their body is streamed into the blob store and never buffered whole; the CSRF token
 * is the form's first field, which {@link org.hub.web.security.CsrfFilter} reads from the start of
 * the body before the file is stored (never from the URL, where it would show in the address bar
 * and the access log). Hidden groups and their documents answer 404, as the services decide.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class DocumentPageResource {
    static final int SHOWN = 30;
    /** Mistakes the uploader can fix on the form: no file, too large, a type not taken, a field too long. */
    private static final FormSubmission UPLOAD = FormSubmission.correcting(400, 413, 415, 422);

    private final GroupService groups;
    private final DocumentService documents;
    private final MultipartUpload uploads;

    public DocumentPageResource(GroupService groups, DocumentService documents, MultipartUpload uploads) {
        this.groups = groups;
        this.documents = documents;
        this.uploads = uploads;
    }

    @GET
    @Path("groups/{slug}/documents")
    public GroupDocumentsView library(
            @Context ContainerRequestContext request,
            @PathParam("slug") String slug,
            @QueryParam("after") String cursor) {
        Viewer viewer = Viewer.required(request);
        return libraryView(viewer, slug, cursor, FormErrors.none());
    }

    @POST
    @Path("groups/{slug}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @Context ContainerRequestContext request,
            @PathParam("slug") String slug,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Content-Length") Long contentLength,
            InputStream body) {
        Viewer viewer = Viewer.required(request);
        groups.visible(slug, viewer.user()); // a hidden group is a 404 before anything is stored
        return UPLOAD.submit(
                () -> {
                    MultipartUpload.Form form = readWithFile(body, contentType, contentLength);
                    try {
                        Document created = documents.upload(viewer.user(), slug, form);
                        return toDocument(created.id(), "uploaded");
                    } catch (RuntimeException e) {
                        form.file().ifPresent(uploads::discard);
                        throw e;
                    }
                },
                e -> libraryView(
                        viewer,
                        slug,
                        null,
                        FormErrors.from(e, "file", "file", "title", "description", "tags")
                                .prefixed("upload-")));
    }

    @GET
    @Path("documents/{id}")
    public DocumentView document(
            @Context ContainerRequestContext request, @PathParam("id") long id, @QueryParam("done") String done) {
        Viewer viewer = Viewer.required(request);
        return documentView(viewer, id, FormErrors.none(), PageNotice.textOf(Notice.class, done));
    }

    @POST
    @Path("documents/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addVersion(
            @Context ContainerRequestContext request,
            @PathParam("id") long id,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Content-Length") Long contentLength,
            InputStream body) {
        Viewer viewer = Viewer.required(request);
        documents.get(viewer.user(), id); // a hidden document is a 404 before anything is stored
        return UPLOAD.submit(
                () -> {
                    MultipartUpload.Form form = readWithFile(body, contentType, contentLength);
                    try {
                        documents.addVersion(viewer.user(), id, form);
                        return toDocument(id, "version");
                    } catch (RuntimeException e) {
                        form.file().ifPresent(uploads::discard);
                        throw e;
                    }
                },
                e -> documentView(viewer, id, FormErrors.none().add("version-file", e.getMessage()), null));
    }

    /**
     * Reads the form; a browser sends an empty, nameless file part when no file was chosen, which
     * is treated as no file at all rather than stored as an empty document.
     */
    private MultipartUpload.Form readWithFile(InputStream body, String contentType, Long contentLength) {
        MultipartUpload.Form form = uploads.read(body, contentType, contentLength == null ? -1 : contentLength);
        Optional<MultipartUpload.UploadedFile> file = form.file();
        if (file.isPresent()
                && file.get().blob().size() == 0
                && (file.get().originalName() == null
                        || file.get().originalName().isBlank())) {
            uploads.discard(file.get());
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            throw HubException.invalid("Choose a file to upload.");
        }
        return form;
    }

    private GroupDocumentsView libraryView(Viewer viewer, String slug, String cursor, FormErrors errors) {
        Group group = groups.visible(slug, viewer.user());
        Page<Document> page = documents.list(viewer.user(), slug, SHOWN, cursor);
        return new GroupDocumentsView(
                viewer,
                GroupItem.of(group),
                page.items().stream().map(DocumentItem::of).toList(),
                page.nextCursor(),
                GroupAccess.canPost(group, viewer.user()),
                errors);
    }

    private DocumentView documentView(Viewer viewer, long id, FormErrors errors, String notice) {
        Document document = documents.get(viewer.user(), id);
        Group group = groups.visible(document.group().slug(), viewer.user());
        return new DocumentView(viewer, document, GroupAccess.canPost(group, viewer.user()), errors, notice);
    }

    private static Response toDocument(long id, String done) {
        return Response.seeOther(UriBuilder.fromPath("/documents/{id}")
                        .queryParam("done", done)
                        .build(id))
                .build();
    }

    /** What the document page says after an upload. */
    enum Notice implements PageNotice {
        UPLOADED("The document was uploaded. Its text becomes searchable in a moment."),
        VERSION("The new version was uploaded.");

        private final String text;

        Notice(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }
    }
}
