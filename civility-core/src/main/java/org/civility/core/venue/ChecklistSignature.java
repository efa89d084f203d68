package org.civility.core.venue;

import java.time.Instant;

/** One closing-checklist item signed by duty staff (R-VEN-3). */
public record ChecklistSignature(ChecklistItem item, String signedBy, Instant signedAt) {

    public ChecklistSignature {
        Texts.required(item, "item");
        signedBy = Texts.required(signedBy, "signedBy");
        Texts.required(signedAt, "signedAt");
    }
}
