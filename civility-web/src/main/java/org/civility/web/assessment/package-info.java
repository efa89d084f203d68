/** {@code v1/assessments}: the leadership group's assessments of stations (R-ASSESS-1). */
package org.civility.web.assessment;
