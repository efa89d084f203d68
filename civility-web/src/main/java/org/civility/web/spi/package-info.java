/** What a portal may replace in the web adapter: how callers become actors. */
package org.civility.web.spi;
