/**
 * MicroProfile Health checks of the portal.
 */
package org.civility.portal.health;
