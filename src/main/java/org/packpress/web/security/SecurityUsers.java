package org.packpress.web.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code packpress.security.users}: who may sign in. Passwords are stored hashed with their encoding
 * prefix ({@code {bcrypt}$2a$...}); give them through the environment or an external configuration
 * file (e.g. PACKPRESS_SECURITY_USERS_0_NAME, _PASSWORD, _ROLES), never in the repository. Roles:
 * OFFICER (load data, build, send), ADMIN (also bodies, distribution lists, templates), MEMBER (may
 * download confidential packs), VIEWER (read only).
 *
 * @param users who may sign in: name, hashed password and roles
 */
@ConfigurationProperties("packpress.security")
public record SecurityUsers(List<User> users) {

    public SecurityUsers {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String name, String password, List<String> roles) {
    }
}
