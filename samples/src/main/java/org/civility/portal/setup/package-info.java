/**
 * Start-up: schema migration, the first administrator (from the environment or the one-time setup page) and,
 * only when asked for, the demo data set.
 */
package org.civility.portal.setup;
