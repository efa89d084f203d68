/** Station assessments (R-ASSESS-1) over JPA. */
package org.civility.persistence.assessment;
