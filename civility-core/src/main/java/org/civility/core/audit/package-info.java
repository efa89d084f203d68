/**
 * The append-only audit trail (DOMAIN §9, R-ACC-1; R-HELP-1): who changed which account, and who read which care
 * recipient's details, when and at which units. {@link org.civility.core.audit.AuditTrail} is the port (append and
 * read, nothing else); {@link org.civility.core.audit.AuditService} lets the heads of a subtree read its entries
 * and records reads of care recipients' details. Entries never hold a secret.
 */
package org.civility.core.audit;
