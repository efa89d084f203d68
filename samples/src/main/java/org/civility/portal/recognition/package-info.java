/**
 * The portal's recognition jobs: the optional daily expiry of old points ({@link
 * org.civility.portal.recognition.PointsExpirySchedule}), acting only where a locality set
 * {@code recognition.points-expire-after-years}.
 */
package org.civility.portal.recognition;
