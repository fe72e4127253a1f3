package org.hub.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.hub.api.auth.LocalPasswords;
import org.hub.api.auth.LoginThrottle;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.directory.LdapSettings;
import org.hub.api.sso.OidcSettings;

/** Everything an operator may set, with defaults that run on an empty ./data. */
public class HubConfiguration extends Configuration {
    @Valid
    @NotNull
    @JsonProperty
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    @JsonProperty
    private SearchFactory search = new SearchFactory();

    @Valid
    @NotNull
    @JsonProperty
    private DocumentsFactory documents = new DocumentsFactory();

    @Valid
    @NotNull
    @JsonProperty
    private AuthFactory auth = new AuthFactory();

    @Valid
    @NotNull
    @JsonProperty
    private BackupFactory backup = new BackupFactory();

    @Valid
    @NotNull
    @JsonProperty
    private OidcFactory oidc = new OidcFactory();

    @Valid
    @NotNull
    @JsonProperty
    private LdapFactory ldap = new LdapFactory();

    public DataSourceFactory getDatabase() {
        return database;
    }

    public SearchFactory getSearch() {
        return search;
    }

    public DocumentsFactory getDocuments() {
        return documents;
    }

    public AuthFactory getAuth() {
        return auth;
    }

    public BackupFactory getBackup() {
        return backup;
    }

    public OidcFactory getOidc() {
        return oidc;
    }

    public LdapFactory getLdap() {
        return ldap;
    }

    /**
     * The staff directory (Active Directory or OpenLDAP) people are synced from: off while {@code url}
     * is empty. The break-glass administrator it never touches is {@code oidc.breakGlassAdmin}.
     */
    public static class LdapFactory {
        /** {@code ldap://host:389} or {@code ldaps://host:636}. */
        @JsonProperty
        private String url = "";

        /** Upgrade an {@code ldap://} connection with StartTLS before binding. */
        @JsonProperty
        private boolean startTls = false;

        @JsonProperty
        private String bindDn = "";

        /** From the environment only ({@code HUB_LDAP_BIND_PASSWORD}); never logged. */
        @JsonProperty
        private String bindPassword = "";

        @JsonProperty
        private String baseDn = "";

        @JsonProperty
        private String filter = "(objectClass=person)";

        @JsonProperty
        private String usernameAttribute = "uid";

        @JsonProperty
        private String emailAttribute = "mail";

        @JsonProperty
        private String displayNameAttribute = "displayName";

        @JsonProperty
        private String departmentAttribute = "department";

        @JsonProperty
        private String titleAttribute = "title";

        @Min(1)
        @Max(10_000)
        @JsonProperty
        private int pageSize = 500;

        @NotNull
        @JsonProperty
        private Duration timeout = Duration.seconds(30);

        /** How often the server syncs by itself; 0 (the default) leaves it to the command and the admin button. */
        @NotNull
        @JsonProperty
        private Duration syncEvery = Duration.minutes(0);

        public boolean isEnabled() {
            return url != null && !url.isBlank();
        }

        public Duration getSyncEvery() {
            return syncEvery;
        }

        /** The settings, checked; fails start-up with what is wrong rather than at the first sync. */
        public LdapSettings settings(String breakGlassAdmin) {
            if (!url.strip().matches("(?i)ldaps?://[^/?#\\s]+/?")) {
                throw new IllegalStateException(
                        "ldap.url (HUB_LDAP_URL) must be ldap://host[:port] or ldaps://host[:port]");
            }
            if (baseDn == null || baseDn.isBlank()) {
                throw new IllegalStateException("ldap.baseDn (HUB_LDAP_BASE_DN) is required with ldap.url");
            }
            return new LdapSettings(
                    URI.create(url.strip()),
                    startTls,
                    bindDn == null ? "" : bindDn.strip(),
                    bindPassword == null ? "" : bindPassword,
                    baseDn.strip(),
                    filter.strip(),
                    new LdapSettings.Attributes(
                            usernameAttribute.strip(),
                            emailAttribute.strip(),
                            displayNameAttribute.strip(),
                            departmentAttribute.strip(),
                            titleAttribute.strip()),
                    pageSize,
                    timeout.toJavaDuration(),
                    breakGlassAdmin);
        }
    }

    /**
     * Single sign-on through an OpenID Connect provider (Entra ID, Keycloak, Okta, Google…): off
     * while {@code issuer} is empty. Lists are comma- or space-separated text, so that one
     * environment variable can set them.
     */
    public static class OidcFactory {
        @JsonProperty
        private String issuer = "";

        @JsonProperty
        private String clientId = "";

        /** From the environment only ({@code HUB_OIDC_CLIENT_SECRET}). */
        @JsonProperty
        private String clientSecret = "";

        /** What the "Sign in with …" button names. */
        @JsonProperty
        private String providerName = "your organisation's account";

        /** Hub's address as browsers reach it: the redirect URI is this plus /login/sso/callback. */
        @JsonProperty
        private String publicUrl = "";

        @JsonProperty
        private String scopes = "openid profile email";

        @JsonProperty
        private String usernameClaim = "preferred_username";

        @JsonProperty
        private String emailClaim = "email";

        @JsonProperty
        private String displayNameClaim = "name";

        /** Empty: departments are not taken from the provider. */
        @JsonProperty
        private String departmentClaim = "";

        /** Empty: any email domain the provider vouches for. */
        @JsonProperty
        private String allowedEmailDomains = "";

        /** false: only {@code breakGlassAdmin} may still sign in with a password. */
        @JsonProperty
        private boolean localPasswords = true;

        @JsonProperty
        private String breakGlassAdmin = "admin";

        @NotNull
        @JsonProperty
        private Duration timeout = Duration.seconds(10);

        public boolean isEnabled() {
            return issuer != null && !issuer.isBlank();
        }

        /** The local administrator who keeps a password and whom the directory sync never touches. */
        public String getBreakGlassAdmin() {
            return breakGlassAdmin;
        }

        /** Who may use a password: everyone, or (passwords off) the break-glass administrator only. */
        public LocalPasswords localPasswords() {
            return localPasswords ? LocalPasswords.ON : LocalPasswords.offExceptFor(breakGlassAdmin);
        }

        /** The settings, checked; fails start-up with what is missing rather than at the first sign-in. */
        public OidcSettings settings() {
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalStateException("oidc.clientId (HUB_OIDC_CLIENT_ID) is required with oidc.issuer");
            }
            if (publicUrl == null || !publicUrl.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
                throw new IllegalStateException(
                        "oidc.publicUrl (HUB_OIDC_PUBLIC_URL) must be Hub's address, such as https://hub.example.gov.uk");
            }
            return new OidcSettings(
                    URI.create(issuer.strip()),
                    clientId.strip(),
                    clientSecret == null ? "" : clientSecret,
                    providerName,
                    URI.create(publicUrl.strip()),
                    scopes,
                    new OidcSettings.Claims(usernameClaim, emailClaim, displayNameClaim, departmentClaim),
                    List.of(allowedEmailDomains.split("[,\\s]+")),
                    timeout.toJavaDuration());
        }
    }

    /** Where backups (the backup command and the admin task) are written. */
    public static class BackupFactory {
        @NotEmpty
        @JsonProperty
        private String path = "./backups";

        public String getPath() {
            return path;
        }
    }

    /** Where the Lucene index lives and how quickly changes become visible. */
    public static class SearchFactory {
        @NotEmpty
        @JsonProperty
        private String indexPath = "./data/index";

        @NotNull
        @JsonProperty
        private Duration refreshInterval = Duration.milliseconds(200);

        @NotNull
        @JsonProperty
        private Duration commitInterval = Duration.seconds(5);

        public String getIndexPath() {
            return indexPath;
        }

        public Duration getRefreshInterval() {
            return refreshInterval;
        }

        public Duration getCommitInterval() {
            return commitInterval;
        }
    }

    /** Where uploaded files are kept and how large they may be. */
    public static class DocumentsFactory {
        @NotEmpty
        @JsonProperty
        private String storagePath = "./data/documents";

        @NotNull
        @JsonProperty
        private DataSize maxUploadSize = DataSize.megabytes(50);

        @NotNull
        @JsonProperty
        private Duration extractionTimeout = Duration.seconds(30);

        public String getStoragePath() {
            return storagePath;
        }

        public DataSize getMaxUploadSize() {
            return maxUploadSize;
        }

        public Duration getExtractionTimeout() {
            return extractionTimeout;
        }
    }

    /** Sessions and the sign-in throttle. */
    public static class AuthFactory {
        @NotNull
        @JsonProperty
        private Duration sessionLifetime = Duration.hours(12);

        @Min(1)
        @Max(1000)
        @JsonProperty
        private int failedLoginBurst = 5;

        @NotNull
        @JsonProperty
        private Duration failedLoginWindow = Duration.minutes(15);

        @NotNull
        @JsonProperty
        private Duration lockout = Duration.seconds(30);

        @NotNull
        @JsonProperty
        private Duration maxLockout = Duration.minutes(15);

        /** Failed sign-ins for one username from all addresses per window (looser than the burst). */
        @Min(1)
        @JsonProperty
        private int failedLoginsPerAccount = 50;

        /** Failed sign-ins from one client address over all usernames per window (against spraying). */
        @Min(1)
        @JsonProperty
        private int failedLoginsPerClient = 100;

        /** How long an address someone signed in from stays exempt from the per-username rate. */
        @NotNull
        @JsonProperty
        private Duration trustAfterSignIn = Duration.days(30);

        /** Argon2id memory in KiB; tests lower it, production keeps OWASP's 19 MiB. */
        @Min(1024)
        @JsonProperty
        private int passwordHashMemoryKiB = 19 * 1024;

        public Duration getSessionLifetime() {
            return sessionLifetime;
        }

        public int getFailedLoginBurst() {
            return failedLoginBurst;
        }

        public Duration getFailedLoginWindow() {
            return failedLoginWindow;
        }

        public Duration getLockout() {
            return lockout;
        }

        public Duration getMaxLockout() {
            return maxLockout;
        }

        /** The sign-in throttle's rules, as configured. */
        public LoginThrottle.Limits loginLimits() {
            return new LoginThrottle.Limits(
                    failedLoginBurst,
                    failedLoginWindow.toJavaDuration(),
                    lockout.toJavaDuration(),
                    maxLockout.toJavaDuration(),
                    failedLoginsPerAccount,
                    failedLoginsPerClient,
                    trustAfterSignIn.toJavaDuration());
        }

        /**
         * The first administrator's password, used only when the database has no users. Comes from
         * the environment ({@code HUB_ADMIN_PASSWORD}); empty means "generate one and log it once".
         */
        @JsonProperty
        private String initialAdminPassword = "";

        public int getPasswordHashMemoryKiB() {
            return passwordHashMemoryKiB;
        }

        /** The Argon2id hasher with this memory cost (time cost 2, one lane: OWASP's settings). */
        public PasswordHasher passwordHasher() {
            return new PasswordHasher(getPasswordHashMemoryKiB(), 2, 1);
        }

        public String getInitialAdminPassword() {
            return initialAdminPassword;
        }
    }
}
