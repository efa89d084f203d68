/**
 * The assistance API (帮): {@code /api/v1/care-recipients}, {@code /api/v1/care-pairings} and
 * {@code /api/v1/units/{id}/overdue-visits} (R-HELP-1). Who sees a recipient's details is decided by
 * core's {@code AssistanceService}: the paired volunteers and the head; everyone else, administrators
 * included, gets 403 ACCESS-DENIED (an administrator who registers a recipient gets only its summary
 * back). Answers carry {@code Cache-Control: private, no-store}. Also produces the repository ports.
 */
package org.civility.web.assistance;
