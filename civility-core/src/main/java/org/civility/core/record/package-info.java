/**
 * Service records (DOMAIN §6, §6a): append-only, hash-linked entries of who served what, where, when and for how
 * many minutes. One hash chain per recording unit; a correction is a new entry pointing at the one it corrects.
 */
package org.civility.core.record;
