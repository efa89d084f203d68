/**
 * What every resource shares: the container-produced core ports (clock, ids, events, access control, settings), paging, ETags, input parsing and API times.
 */
package org.civility.web.support;
