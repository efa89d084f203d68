package org.civility.web.record;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInLinkServletTest {

    @Test
    void leadsTheScannedLinkToTheCheckInPageWithTheDigits() {
        assertThat(CheckInLinkServlet.target("042517")).isEqualTo("./#/checkin?code=042517");
        assertThat(CheckInLinkServlet.target(" 042517 ")).isEqualTo("./#/checkin?code=042517");
    }

    @Test
    void dropsAnythingButDigits() {
        assertThat(CheckInLinkServlet.target(null)).isEqualTo("./#/checkin");
        assertThat(CheckInLinkServlet.target("")).isEqualTo("./#/checkin");
        assertThat(CheckInLinkServlet.target("12&x=<script>")).isEqualTo("./#/checkin");
    }
}
