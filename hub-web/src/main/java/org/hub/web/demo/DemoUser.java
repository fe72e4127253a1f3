package org.hub.web.demo;

/**
 * A member of staff in the demo council.
 *
 * @param username       matches {@code [a-z0-9._-]{3,40}}, unique
 * @param displayName    as shown on pages
 * @param email          a fictional address under the reserved {@code .example} domain
 * @param departmentSlug one of the {@link DemoDepartment#slug()}s
 * @param role           {@code member}, {@code curator} or {@code admin}
 */
public record DemoUser(String username, String displayName, String email, String departmentSlug, String role) {

    public String firstName() {
        int space = displayName.indexOf(' ');
        return space < 0 ? displayName : displayName.substring(0, space);
    }
}
