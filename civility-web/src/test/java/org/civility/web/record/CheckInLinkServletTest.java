package org.civility.web.record;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInLinkServletTest {

    private static final String TOKEN = "q3Vx_8mZ-Lr2aT0bN5cYwE1dHkPj7sUf";

    @Test
    void leadsTheScannedLinkToTheCheckInPageWithTheToken() {
        assertThat(CheckInLinkServlet.target(null, TOKEN)).isEqualTo("./#/checkin?token=" + TOKEN);
        assertThat(CheckInLinkServlet.target(null, " " + TOKEN + " ")).isEqualTo("./#/checkin?token=" + TOKEN);
    }

    @Test
    void leadsALinkPrintedWithTheDigitsToTheCheckInPageWithTheDigits() {
        assertThat(CheckInLinkServlet.target("042517", null)).isEqualTo("./#/checkin?code=042517");
        assertThat(CheckInLinkServlet.target(" 042517 ", null)).isEqualTo("./#/checkin?code=042517");
    }

    @Test
    void dropsAnythingButDigitsOrAToken() {
        assertThat(CheckInLinkServlet.target(null, null)).isEqualTo("./#/checkin");
        assertThat(CheckInLinkServlet.target("", "")).isEqualTo("./#/checkin");
        assertThat(CheckInLinkServlet.target("12&x=<script>", null)).isEqualTo("./#/checkin");
        assertThat(CheckInLinkServlet.target(null, "short")).isEqualTo("./#/checkin");
        assertThat(CheckInLinkServlet.target(null, TOKEN + "&x=<script>")).isEqualTo("./#/checkin");
    }
}
