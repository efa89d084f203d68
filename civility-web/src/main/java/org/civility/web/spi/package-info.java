/** What a portal may replace in the web adapter: how callers become actors, and how a self-registered volunteer's account is linked. */
package org.civility.web.spi;
