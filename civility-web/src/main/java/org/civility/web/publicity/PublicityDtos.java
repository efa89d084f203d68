package org.civility.web.publicity;

import org.civility.core.activity.PracticeForm;
import org.civility.core.publicity.PublicStationPage;
import org.civility.core.recognition.Nominee;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the public station page answers: nothing personal beyond the names people agreed to show. */
public final class PublicityDtos {

    private PublicityDtos() {
    }

    @Schema(name = "PublicStationPage", description = "A station's public page (宣传): its coming activities, showcased "
            + "orders (晒单) and the year's commendation; no personal data beyond consented names")
    public record PublicStationPageDto(String id, String name,
                                       @Schema(description = "The page's address in the portal's UI, to share; "
                                               + "its QR code is GET …/qr") String link,
                                       List<PublicActivityDto> coming, List<PublicShowcaseDto> showcases, int year,
                                       List<PublicCommendationDto> commendations) {

        static PublicStationPageDto of(PublicStationPage page, ZoneId zone) {
            return new PublicStationPageDto(page.station().toString(), page.name(), null,
                    page.coming().stream().map(a -> PublicActivityDto.of(a, zone)).toList(),
                    page.showcases().stream().map(s -> PublicShowcaseDto.of(s, zone)).toList(), page.year(),
                    page.commendations().stream().map(PublicCommendationDto::of).toList());
        }

        /** The same page with its address. */
        PublicStationPageDto linkedAt(String address) {
            return new PublicStationPageDto(id, name, address, coming, showcases, year, commendations);
        }
    }

    @Schema(name = "PublicActivity", description = "A planned activity not yet ended: title, practice form, time "
            + "and place (the venue it booked, else the station, point or base holding it)")
    public record PublicActivityDto(String id, PracticeForm form, String title, OffsetDateTime start,
                                    OffsetDateTime end, String place) {

        static PublicActivityDto of(PublicStationPage.ComingActivity a, ZoneId zone) {
            return new PublicActivityDto(a.id().toString(), a.form(), a.title(), ApiTime.of(a.start(), zone),
                    ApiTime.of(a.end(), zone), a.place());
        }
    }

    @Schema(name = "PublicShowcase", description = "A showcased order (晒单): what was served (a menu item's name; empty "
            + "for a wish), the volunteer's report, the rating and the volunteer, who consented; never the resident nor "
            + "their words. Long numbers in the report are masked")
    public record PublicShowcaseDto(String item, boolean wish, String report, int stars, String volunteer,
                                    OffsetDateTime servedAt) {

        static PublicShowcaseDto of(PublicStationPage.Showcase s, ZoneId zone) {
            return new PublicShowcaseDto(s.item(), s.wish(), s.report().orElse(null), s.stars(),
                    s.volunteer().orElse(null), ApiTime.of(s.servedAt(), zone));
        }
    }

    @Schema(name = "PublicCommendation", description = "R-RECG-1: a commended volunteer or team of the year so far; a "
            + "volunteer's name only if they consented to being named (named=false and no name otherwise)")
    public record PublicCommendationDto(Nominee nominee, int rank, boolean named, String name, BigDecimal hours) {

        static PublicCommendationDto of(PublicStationPage.Commendation c) {
            return new PublicCommendationDto(c.nominee(), c.rank(), c.name().isPresent(), c.name().orElse(null),
                    BigDecimal.valueOf(c.minutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.DOWN));
        }
    }
}
