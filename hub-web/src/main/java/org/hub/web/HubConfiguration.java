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
import org.hub.api.auth.LoginThrottle;
import org.hub.api.auth.PasswordHasher;

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
