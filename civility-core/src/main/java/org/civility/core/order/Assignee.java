package org.civility.core.order;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** A volunteer or a team an order is offered to, by id (a {@code VolunteerId} or {@code TeamId} value). */
public record Assignee(AssigneeKind kind, UUID id) {

    public Assignee {
        requireNonNull(kind, "kind");
        requireNonNull(id, "id");
    }

    public static Assignee volunteer(UUID id) {
        return new Assignee(AssigneeKind.VOLUNTEER, id);
    }

    public static Assignee team(UUID id) {
        return new Assignee(AssigneeKind.TEAM, id);
    }
}
