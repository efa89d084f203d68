package org.civility.persistence.order;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.Version;

/** An item of a unit's project menu, as stored. */
@Entity
@Table(name = "civ_menu_item")
public class MenuItemEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "description", length = 2000)
    String description;

    @Column(name = "active", nullable = false)
    boolean active;

    /** The skills needed (civ_menu_item_skill, V16). */
    // Read for a whole list at once (one IN query), not with a SELECT per row.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "civ_menu_item_skill", joinColumns = @JoinColumn(name = "menu_item_id"))
    @Column(name = "skill", nullable = false, length = 50)
    Set<String> skills = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected MenuItemEntity() {
    }

    MenuItemEntity(String id) {
        this.id = id;
    }
}
