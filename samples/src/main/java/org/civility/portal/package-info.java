/**
 * The reference portal: the REST application, its data source and its settings.
 */
package org.civility.portal;
