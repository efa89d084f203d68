/** JPA adapter of the celebration feature: registered family ceremonies (R-CELE-1). */
package org.civility.persistence.celebration;
