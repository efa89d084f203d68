package org.civility.core.activity;

import org.civility.core.access.Actor;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * Someone who signs up for an activity.
 *
 * <p>Identity: a {@link ParticipantKind#VOLUNTEER volunteer} is referred to by the text of its
 * {@link VolunteerId} (a UUID); a {@link ParticipantKind#RESIDENT resident}, who has no record of
 * its own in the core, by the portal account name. So the reference is a string of 1-{@value
 * #MAX_REFERENCE_LENGTH} characters; a volunteer's must be a UUID.
 *
 * @param kind      volunteer or resident
 * @param reference the volunteer id (UUID text) or the resident's account name
 */
public record Participant(ParticipantKind kind, String reference) {

    public static final int MAX_REFERENCE_LENGTH = 100;

    public Participant {
        requireNonNull(kind, "kind");
        requireNonNull(reference, "reference");
        if (reference.isBlank() || reference.length() > MAX_REFERENCE_LENGTH) {
            throw new IllegalArgumentException("reference must have 1-" + MAX_REFERENCE_LENGTH + " characters");
        }
        if (kind == ParticipantKind.VOLUNTEER) {
            reference = VolunteerId.of(reference).toString();
        }
    }

    public static Participant volunteer(VolunteerId volunteer) {
        return new Participant(ParticipantKind.VOLUNTEER, volunteer.toString());
    }

    public static Participant resident(String accountName) {
        return new Participant(ParticipantKind.RESIDENT, accountName);
    }

    /** How an actor takes part: as its own volunteer record if linked to one, else as a resident by name. */
    public static Participant of(Actor actor) {
        return actor.volunteerId().map(v -> volunteer(new VolunteerId(v))).orElseGet(() -> resident(actor.name()));
    }

    @Override
    public String toString() {
        return kind + ":" + reference;
    }
}
