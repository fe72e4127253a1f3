package org.hub.api.documents;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.common.Limits;
import org.hub.api.common.Page;

/** Shared documents: upload, versions, download, delete. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
public final class DocumentResource {
    private final DocumentService documents;
    private final MultipartUpload uploads;

    public DocumentResource(DocumentService documents, MultipartUpload uploads) {
        this.documents = documents;
        this.uploads = uploads;
    }

    @POST
    @Path("/groups/{slug}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a document to a group (multipart: file, title, description, tags)")
    @ApiResponse(
            responseCode = "201",
            description = "The new document",
            content = @Content(schema = @Schema(implementation = Document.class)))
    public Response upload(
            @Auth HubPrincipal principal,
            @PathParam("slug") String slug,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Content-Length") Long contentLength,
            @RequestBody(
                            required = true,
                            description = "The file and, optionally, its title (else the file name), description and "
                                    + "comma-separated tags",
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schemaProperties = {
                                                @SchemaProperty(
                                                        name = "file",
                                                        schema = @Schema(type = "string", format = "binary")),
                                                @SchemaProperty(name = "title", schema = @Schema(type = "string")),
                                                @SchemaProperty(
                                                        name = "description",
                                                        schema = @Schema(type = "string")),
                                                @SchemaProperty(name = "tags", schema = @Schema(type = "string"))
                                            }))
                    InputStream body) {
        MultipartUpload.Form form = uploads.read(body, contentType, contentLength == null ? -1 : contentLength);
        try {
            return Response.status(201)
                    .entity(documents.upload(principal.user(), slug, form))
                    .build();
        } catch (RuntimeException e) {
            form.file().ifPresent(uploads::discard);
            throw e;
        }
    }

    @GET
    @Path("/groups/{slug}/documents")
    @Operation(summary = "A group's documents, newest first")
    public Page<Document> list(
            @Auth HubPrincipal principal,
            @PathParam("slug") String slug,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return documents.list(principal.user(), slug, Limits.of(limit), cursor);
    }

    @GET
    @Path("/documents/{id}")
    @Operation(summary = "A document and its versions")
    public Document get(@Auth HubPrincipal principal, @PathParam("id") long id) {
        return documents.get(principal.user(), id);
    }

    @GET
    @Path("/documents/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document's bytes (current version, or ?version=), as an attachment")
    @ApiResponse(
            responseCode = "200",
            description = "The file, with the type it was uploaded as",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    public Response content(
            @Auth HubPrincipal principal, @PathParam("id") long id, @QueryParam("version") Integer version) {
        DocumentService.Download download = documents.download(principal.user(), id, version);
        StreamingOutput stream = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(stream, download.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(download.filename()))
                .header("Content-Length", download.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("ETag", "\"" + download.sha256() + "\"")
                .build();
    }

    @POST
    @Path("/documents/{id}/versions")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a new version of a document (multipart: file)")
    @ApiResponse(
            responseCode = "201",
            description = "The document with its new version",
            content = @Content(schema = @Schema(implementation = Document.class)))
    public Response addVersion(
            @Auth HubPrincipal principal,
            @PathParam("id") long id,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Content-Length") Long contentLength,
            @RequestBody(
                            required = true,
                            description = "The new version's file",
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schemaProperties =
                                                    @SchemaProperty(
                                                            name = "file",
                                                            schema = @Schema(type = "string", format = "binary"))))
                    InputStream body) {
        MultipartUpload.Form form = uploads.read(body, contentType, contentLength == null ? -1 : contentLength);
        try {
            return Response.status(201)
                    .entity(documents.addVersion(principal.user(), id, form))
                    .build();
        } catch (RuntimeException e) {
            form.file().ifPresent(uploads::discard);
            throw e;
        }
    }

    @DELETE
    @Path("/documents/{id}")
    @Operation(summary = "Delete a document (uploader, group moderators, admins)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Auth HubPrincipal principal, @PathParam("id") long id) {
        documents.delete(principal.user(), id);
        return Response.noContent().build();
    }
}
