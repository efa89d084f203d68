/** JPA adapters of the order feature: service orders with their history of steps (V12). */
package org.civility.persistence.order;
