/** The resource list (service offers) over JPA: civ_service_offer with its skills and weekly windows (V16). */
package org.civility.persistence.resource;
