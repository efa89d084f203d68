/**
 * Examples of listening to Civility's domain events as CDI events.
 */
package org.civility.portal.events;
