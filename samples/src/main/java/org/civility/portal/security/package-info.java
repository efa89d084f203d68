/**
 * Authentication: HTTP Basic against PBKDF2-hashed accounts; 401 as problem+json.
 */
package org.civility.portal.security;
