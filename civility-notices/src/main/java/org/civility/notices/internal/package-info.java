/**
 * Helpers of the notifiers, not for portals: hashing and HMACs, the percent-encoding the providers sign, JSON-P
 * text, and an HTTP call that turns transport failures into a {@link org.civility.notices.NoticeDeliveryException}
 * naming neither the address called nor what was sent.
 */
package org.civility.notices.internal;
