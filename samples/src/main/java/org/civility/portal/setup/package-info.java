/**
 * Start-up: schema migration and the demo data set.
 */
package org.civility.portal.setup;
