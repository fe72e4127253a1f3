package org.hub.api.people;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.users.Department;
import org.hub.api.users.Role;
import org.hub.api.users.User;

/** People and departments: reading for everyone signed in, changing for admins. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public final class UserResource {
    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    public record DepartmentRequest(String slug, String name) {}

    public record DepartmentList(List<Department> items) {}

    public record CreateUserRequest(
            String username, String displayName, String email, String department, String password, Role role) {}

    public record UpdateUserRequest(String displayName, String email, String department, Role role) {}

    @POST
    @Path("/admin/departments")
    @Operation(summary = "Create a department (admins)")
    @ApiResponse(
            responseCode = "201",
            description = "The new department",
            content = @Content(schema = @Schema(implementation = Department.class)))
    public Response createDepartment(@Auth HubPrincipal principal, @NotNull @Valid DepartmentRequest request) {
        return Response.status(201)
                .entity(users.createDepartment(principal.user(), request.slug(), request.name()))
                .build();
    }

    @GET
    @Path("/departments")
    @Operation(summary = "All departments")
    public DepartmentList departments(@Auth HubPrincipal principal) {
        return new DepartmentList(users.departments());
    }

    @POST
    @Path("/admin/users")
    @Operation(summary = "Create a user (admins)")
    @ApiResponse(
            responseCode = "201",
            description = "The new user",
            content = @Content(schema = @Schema(implementation = User.class)))
    public Response createUser(@Auth HubPrincipal principal, @NotNull @Valid CreateUserRequest request) {
        User created = users.create(
                principal.user(),
                new UserService.NewUser(
                        request.username(),
                        request.displayName(),
                        request.email(),
                        request.department(),
                        request.password(),
                        request.role()));
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("/admin/users/{username}")
    @Operation(summary = "Change a user's profile, department or role (admins)")
    public User updateUser(
            @Auth HubPrincipal principal,
            @PathParam("username") String username,
            @NotNull @Valid UpdateUserRequest request) {
        return users.update(
                principal.user(),
                username,
                new UserService.UserChanges(
                        request.displayName(), request.email(), request.department(), request.role()));
    }

    @POST
    @Path("/admin/users/{username}/deactivate")
    @Operation(summary = "Deactivate a user: their tokens and sessions stop working at once (admins)")
    public User deactivate(@Auth HubPrincipal principal, @PathParam("username") String username) {
        return users.deactivate(principal.user(), username);
    }

    @GET
    @Path("/users/{username}")
    @Operation(summary = "A user's profile")
    public User user(@Auth HubPrincipal principal, @PathParam("username") String username) {
        return users.find(username);
    }
}
