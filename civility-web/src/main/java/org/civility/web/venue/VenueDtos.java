package org.civility.web.venue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.civility.core.venue.Approval;
import org.civility.core.venue.Booking;
import org.civility.core.venue.BookingStatus;
import org.civility.core.venue.Cancellation;
import org.civility.core.venue.ChecklistItem;
import org.civility.core.venue.ChecklistSignature;
import org.civility.core.venue.Damage;
import org.civility.core.venue.PlatformKind;
import org.civility.core.venue.UsePurpose;
import org.civility.core.venue.Venue;
import org.civility.core.venue.VenueKind;
import org.civility.web.support.ApiTime;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * What the venue API reads and writes. Requests carry Bean Validation; responses carry ids as
 * strings, times as ISO-8601 with the portal zone's offset, enum values as their constant names
 * and the version that {@code If-Match} refers to.
 */
public final class VenueDtos {

    private VenueDtos() {
    }

    /** Who owns a venue; never changes after registration (R-VEN-1). */
    public record OwnerDto(@NotBlank @Size(max = 200) String name, @Size(max = 200) String contact) {
    }

    /** Registers a venue at the station {@code unitId}; {@code capacity} may be left out if unknown. */
    public record RegisterVenueDto(@NotBlank @Size(max = 36) String unitId,
                                   @NotBlank @Size(max = 200) String name,
                                   @NotNull VenueKind kind,
                                   @Valid @NotNull OwnerDto owner,
                                   @NotEmpty Set<@NotNull PlatformKind> platforms,
                                   @Positive Integer capacity) {
    }

    public record VenueDto(String id, String unitId, String name, VenueKind kind, OwnerDto owner,
                           List<PlatformKind> platforms, Integer capacity, boolean active, long bookingSequence,
                           long version) {

        static VenueDto of(Venue v) {
            return new VenueDto(v.id().toString(), v.unit().toString(), v.name(), v.kind(),
                    new OwnerDto(v.owner().name(), v.owner().contact().orElse(null)),
                    v.platforms().stream().sorted().toList(), v.capacity().orElse(null), v.active(),
                    v.bookingSequence(), v.version());
        }
    }

    /** The party using the venue; an outside organisation must also restore damage (R-VEN-4). */
    public record VenueUserDto(@NotBlank @Size(max = 200) String name, boolean outsideOrganisation) {
    }

    /**
     * Books {@code [start, end)}. Practice is confirmed at once, any other use waits for the
     * residents' committee (R-VEN-2).
     */
    public record BookVenueDto(@NotNull OffsetDateTime start,
                               @NotNull OffsetDateTime end,
                               @NotNull UsePurpose purpose,
                               @NotBlank @Size(max = 1000) String description,
                               @Valid @NotNull VenueUserDto user) {
    }

    /** Why a booking is rejected or cancelled. */
    public record ReasonDto(@NotBlank @Size(max = 1000) String reason) {
    }

    /** Damage done during a booking, in fen (0.01 yuan), charged to its user (R-VEN-4). */
    public record RecordDamageDto(@NotBlank @Size(max = 1000) String description,
                                  @NotNull @PositiveOrZero Long costInFen,
                                  @NotBlank @Size(max = 200) String responsibleParty) {
    }

    public record ApprovalDto(String approvedBy, OffsetDateTime approvedAt) {
    }

    public record CancellationDto(String cancelledBy, OffsetDateTime cancelledAt, String reason, boolean rejected) {
    }

    public record SignatureDto(ChecklistItem item, String signedBy, OffsetDateTime signedAt) {
    }

    public record DamageDto(String description, long costInFen, String responsibleParty, String chargedTo,
                            boolean restorationRequired, OffsetDateTime recordedAt) {
    }

    /**
     * A booking with its approval or cancellation (absent unless they happened), the signed and
     * unsigned checklist items (R-VEN-3) and the damages recorded (R-VEN-4).
     */
    public record BookingDto(String id, String venueId, String unitId, String bookedBy, OffsetDateTime bookedAt,
                             UsePurpose purpose, String description, OffsetDateTime start, OffsetDateTime end,
                             VenueUserDto user, BookingStatus status, ApprovalDto approval,
                             CancellationDto cancellation, OffsetDateTime closedAt, List<SignatureDto> checklist,
                             List<ChecklistItem> unsignedItems, List<DamageDto> damages, long totalDamageInFen,
                             long version) {

        static BookingDto of(Booking b, ZoneId zone) {
            return new BookingDto(b.id().toString(), b.venue().toString(), b.unit().toString(), b.bookedBy(),
                    ApiTime.of(b.bookedAt(), zone), b.purpose(), b.description(),
                    ApiTime.of(b.period().start(), zone), ApiTime.of(b.period().end(), zone),
                    new VenueUserDto(b.user().name(), b.user().outsideOrganisation()), b.status(),
                    b.approval().map(a -> approval(a, zone)).orElse(null),
                    b.cancellation().map(c -> cancellation(c, zone)).orElse(null),
                    b.closedAt().map(t -> ApiTime.of(t, zone)).orElse(null),
                    b.checklist().stream().map(s -> signature(s, zone)).toList(),
                    List.copyOf(b.unsignedItems()),
                    b.damages().stream().map(d -> damage(d, zone)).toList(),
                    b.totalDamageInFen(), b.version());
        }

        private static ApprovalDto approval(Approval a, ZoneId zone) {
            return new ApprovalDto(a.approvedBy(), ApiTime.of(a.approvedAt(), zone));
        }

        private static CancellationDto cancellation(Cancellation c, ZoneId zone) {
            return new CancellationDto(c.cancelledBy(), ApiTime.of(c.cancelledAt(), zone), c.reason(), c.rejected());
        }

        private static SignatureDto signature(ChecklistSignature s, ZoneId zone) {
            return new SignatureDto(s.item(), s.signedBy(), ApiTime.of(s.signedAt(), zone));
        }

        private static DamageDto damage(Damage d, ZoneId zone) {
            return new DamageDto(d.description(), d.costInFen(), d.responsibleParty(), d.chargedTo(),
                    d.restorationRequired(), ApiTime.of(d.recordedAt(), zone));
        }
    }
}
