package org.hub.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}),
 * so the parameters travel with each hash and can be raised later without breaking old ones.
 * Every hash and check goes through one {@link HashingLimit}, so the memory they hold is bounded.
 */
public final class PasswordHasher {
    /**
     * Stored for people who have no Hub password (created at their first sign-in through the
     * identity provider): not a hash, so no password ever matches it.
     */
    public static final String NO_PASSWORD = "!no-password";

    /** OWASP's recommended minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    public static final PasswordHasher DEFAULT = new PasswordHasher(19 * 1024, 2, 1);

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final HashingLimit limit;
    private final SecureRandom random = new SecureRandom();

    /** A hasher whose concurrency is bounded by this JVM's heap and processors. */
    public PasswordHasher(int memoryKiB, int iterations, int parallelism) {
        this(memoryKiB, iterations, parallelism, HashingLimit.forThisJvm(memoryKiB));
    }

    public PasswordHasher(int memoryKiB, int iterations, int parallelism, HashingLimit limit) {
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.limit = limit;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = limit.run(() -> derive(password, salt, memoryKiB, iterations, parallelism, HASH_BYTES));
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * Whether the password matches the encoded hash; false for a malformed hash.
     * @throws org.hub.api.common.ServerBusyException when too many hashes are running already
     */
    public boolean verify(String password, String encoded) {
        return limit.run(() -> matches(password, encoded));
    }

    private static boolean matches(String password, String encoded) {
        try {
            String[] parts = encoded.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id")) {
                return false;
            }
            int m = 0;
            int t = 0;
            int p = 0;
            for (String param : parts[3].split(",")) {
                String[] kv = param.split("=");
                switch (kv[0]) {
                    case "m" -> m = Integer.parseInt(kv[1]);
                    case "t" -> t = Integer.parseInt(kv[1]);
                    case "p" -> p = Integer.parseInt(kv[1]);
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            byte[] actual = derive(password, salt, m, t, p, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int m, int t, int p, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(m)
                .withIterations(t)
                .withParallelism(p)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
