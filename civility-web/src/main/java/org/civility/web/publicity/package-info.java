/**
 * The public station page (宣传, 晒单): {@code GET v1/public/stations/{unitId}}, read by anyone without signing in,
 * from core's {@link org.civility.core.publicity.PublicityService}. A portal's authentication lets
 * {@link org.civility.web.publicity.PublicStationResource#PATH} through; answers may be kept by shared caches for
 * {@code civility.public-pages.cache-for} (default one minute), and the portal keeps each page that long too, so a
 * page shared in a WeChat group costs the stores one computation a minute however often it is opened.
 */
package org.civility.web.publicity;
