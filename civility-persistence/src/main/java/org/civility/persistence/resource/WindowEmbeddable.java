package org.civility.persistence.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A weekly window of an offer, as stored. */
@Embeddable
public class WindowEmbeddable {

    @Column(name = "day_of_week", nullable = false)
    int dayOfWeek;

    @Column(name = "start_minute", nullable = false)
    int startMinute;

    @Column(name = "end_minute", nullable = false)
    int endMinute;

    protected WindowEmbeddable() {
    }

    WindowEmbeddable(int dayOfWeek, int startMinute, int endMinute) {
        this.dayOfWeek = dayOfWeek;
        this.startMinute = startMinute;
        this.endMinute = endMinute;
    }
}
