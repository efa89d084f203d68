package org.civility.web.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadsTest {

    @Test
    void aChineseNameTravelsAsFilenameStarWithAnAsciiFallback() {
        assertThat(Downloads.attachment("service-records-2026-11-01-2026-11-30.xlsx", "服务记录 11月.xlsx"))
                .isEqualTo("attachment; filename=\"service-records-2026-11-01-2026-11-30.xlsx\"; "
                        + "filename*=UTF-8''%E6%9C%8D%E5%8A%A1%E8%AE%B0%E5%BD%95%2011%E6%9C%88.xlsx");
    }

    @Test
    void withoutAFallbackOnlyFilenameStarIsSent() {
        assertThat(Downloads.attachment(null, "讲稿 v2.pdf"))
                .isEqualTo("attachment; filename*=UTF-8''%E8%AE%B2%E7%A8%BF%20v2.pdf");
    }
}
