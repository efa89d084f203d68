package org.civility.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One grid of a station, as stored. */
@Embeddable
public class GridEmbeddable {

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "buildings", nullable = false)
    int buildings;

    protected GridEmbeddable() {
    }

    GridEmbeddable(String name, int buildings) {
        this.name = name;
        this.buildings = buildings;
    }
}
