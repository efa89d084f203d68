package org.civility.core.order;

import static java.util.Objects.requireNonNull;

/** What is ordered: an item of a unit's project menu, or a free-form wish not on any menu. */
public sealed interface OrderItem {

    /** An item of the project menu. */
    record FromMenu(MenuItemId item) implements OrderItem {
        public FromMenu {
            requireNonNull(item, "item");
        }
    }

    /** A free-form wish (微心愿), compared by its exact text for duplicate demand. */
    record Wish(String text) implements OrderItem {
        public Wish {
            text = Texts.require(text, "wish", ServiceOrder.MAX_TEXT);
        }
    }
}
