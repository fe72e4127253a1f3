package org.hub.api.guidance;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.common.HubException;
import org.hub.api.common.Limits;
import org.hub.api.common.Page;

/** Curated guidance and the synonym list. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "guidance")
public final class GuidanceResource {
    private final GuidanceService guidance;
    private final SynonymService synonyms;

    public GuidanceResource(GuidanceService guidance, SynonymService synonyms) {
        this.guidance = guidance;
        this.synonyms = synonyms;
    }

    public record CreateGuidanceRequest(
            String title, String body, List<String> tags, GuidanceStatus status, String reviewBy, Long sourcePostId) {}

    public record UpdateGuidanceRequest(
            String title, String body, List<String> tags, GuidanceStatus status, String reviewBy, Integer version) {}

    public record Synonyms(List<List<String>> synonyms) {}

    @POST
    @Path("/guidance")
    @Operation(summary = "Create guidance, optionally promoted from an answer (curators, admins)")
    @ApiResponse(
            responseCode = "201",
            description = "The new guidance",
            content = @Content(schema = @Schema(implementation = Guidance.class)))
    public Response create(@Auth HubPrincipal principal, @NotNull CreateGuidanceRequest request) {
        Guidance created = guidance.create(
                principal.user(),
                new GuidanceService.NewGuidance(
                        request.title(),
                        request.body(),
                        request.tags(),
                        request.status(),
                        date(request.reviewBy()),
                        request.sourcePostId()));
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("/guidance")
    @Operation(summary = "Guidance, newest first; ?tag=, ?status=, ?overdue=true (drafts: curators only)")
    public Page<Guidance> list(
            @Auth HubPrincipal principal,
            @QueryParam("tag") String tag,
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        if (overdue != null && !overdue.isEmpty() && !overdue.equals("true") && !overdue.equals("false")) {
            throw HubException.badRequest("overdue must be true or false.");
        }
        return guidance.list(
                principal.user(),
                tag,
                status == null || status.isEmpty() ? null : GuidanceStatus.fromWire(status),
                "true".equals(overdue),
                Limits.of(limit),
                cursor);
    }

    @GET
    @Path("/guidance/{slug}")
    @Operation(summary = "A guidance item")
    public Guidance get(@Auth HubPrincipal principal, @PathParam("slug") String slug) {
        return guidance.get(principal.user(), slug);
    }

    @PUT
    @Path("/guidance/{slug}")
    @Operation(summary = "Edit, publish or archive guidance; send the version you read (curators, admins)")
    public Guidance update(
            @Auth HubPrincipal principal, @PathParam("slug") String slug, @NotNull UpdateGuidanceRequest request) {
        return guidance.update(
                principal.user(),
                slug,
                new GuidanceService.GuidanceEdit(
                        request.title(),
                        request.body(),
                        request.tags(),
                        request.status(),
                        date(request.reviewBy()),
                        request.version()));
    }

    @GET
    @Path("/admin/synonyms")
    @Operation(summary = "The synonym sets applied to searches (curators, admins)")
    public Synonyms synonyms(@Auth HubPrincipal principal) {
        return new Synonyms(synonyms.get(principal.user()));
    }

    @PUT
    @Path("/admin/synonyms")
    @Operation(summary = "Replace the synonym sets; applied to the next search (curators, admins)")
    public Synonyms replaceSynonyms(@Auth HubPrincipal principal, @NotNull Synonyms request) {
        return new Synonyms(synonyms.replace(principal.user(), request.synonyms()));
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HubException.invalid("reviewBy must be a date like 2027-05-31.");
        }
    }
}
