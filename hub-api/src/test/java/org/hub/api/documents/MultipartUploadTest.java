package org.hub.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The upload limit reads back in the unit it was configured in (Dropwizard's MB is decimal, MiB binary). */
class MultipartUploadTest {
    @Test
    void describesLimitsInTheirConfiguredUnit() {
        assertThat(MultipartUpload.describe(50_000_000L)).isEqualTo("50 MB");
        assertThat(MultipartUpload.describe(1_000_000L)).isEqualTo("1 MB");
        assertThat(MultipartUpload.describe(50L << 20)).isEqualTo("50 MiB");
        assertThat(MultipartUpload.describe(512_000L)).isEqualTo("512 KB");
        assertThat(MultipartUpload.describe(2L << 30)).isEqualTo("2 GiB");
        assertThat(MultipartUpload.describe(1_234_567L)).isEqualTo("1234567 bytes");
    }
}
