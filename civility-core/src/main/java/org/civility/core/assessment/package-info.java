/**
 * R-ASSESS-1: the leadership group (领导小组) assesses each station per period. An assessment is stored with the
 * figures it was made on (venues, teams, activities held, lecture months kept, complete activity records) and the
 * rating and rewards or penalties decided, so it can be looked back on; it is never recomputed afterwards.
 */
package org.civility.core.assessment;
