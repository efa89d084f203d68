/**
 * Helpers of the account feature that adapters use but portals should not rely on: no compatibility promise.
 */
package org.civility.core.account.internal;
