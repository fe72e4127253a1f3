package org.hub.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Opaque keyset cursors round-trip; anything else a client sends answers 400, never a 500. */
class CursorTest {
    @Test
    void roundTrips() {
        for (long key : new long[] {0, 1, 42, 1_000_000_007L, Long.MAX_VALUE}) {
            assertThat(Cursor.decode(Cursor.encode(key))).isEqualTo(key);
        }
    }

    @Test
    void isOpaqueAndUrlSafe() {
        assertThat(Cursor.encode(12345)).matches("[A-Za-z0-9_-]+").doesNotContain("12345");
    }

    @Test
    void absentCursorMeansTheFirstPage() {
        assertThat(Cursor.decode(null)).isEqualTo(Long.MAX_VALUE);
        assertThat(Cursor.decode("")).isEqualTo(Long.MAX_VALUE);
        assertThat(Cursor.decode("   ")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void badCursorsAnswer400() {
        for (String bad : new String[] {
            "!!!",
            "abc",
            "12",
            b64("k1:"),
            b64("k1:x"),
            b64("k1:-5"),
            b64("k2:5"),
            b64("5"),
            b64("k1:99999999999999999999")
        }) {
            assertThatThrownBy(() -> Cursor.decode(bad)).as(bad).isInstanceOfSatisfying(HubException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.getMessage()).contains("cursor");
            });
        }
    }

    @Test
    void limitsDefaultTo20AndAllow1To100() {
        assertThat(Limits.of(null)).isEqualTo(20);
        assertThat(Limits.of(1)).isEqualTo(1);
        assertThat(Limits.of(100)).isEqualTo(100);
        for (int bad : new int[] {0, -1, 101, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> Limits.of(bad))
                    .isInstanceOfSatisfying(
                            HubException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
