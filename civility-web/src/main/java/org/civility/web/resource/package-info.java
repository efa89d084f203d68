/**
 * REST adapter of the resource list ({@code v1/offers}) and of matching ({@code v1/orders/{id}/candidates}).
 */
package org.civility.web.resource;
