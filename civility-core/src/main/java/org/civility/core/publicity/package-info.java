/**
 * Publicity (宣传, 晒单): a station's public page, read by anyone without signing in and shared in the village's
 * WeChat group. {@link org.civility.core.publicity.PublicityService} builds it from the other features' stores on
 * demand; nothing is stored. Invariant: the page carries no personal data beyond the names people agreed to show
 * (DOMAIN §6a): a showcase names the volunteer who consented to it, the commendation names only volunteers whose
 * latest answer to public naming is yes, and no resident of an order or participant of an activity appears.
 */
package org.civility.core.publicity;
