/**
 * Sign-in through the deployment's OpenID Connect provider (a province's 统一身份认证, DOMAIN §9): the authorization
 * code flow with PKCE, state and nonce, written with Nimbus's OAuth 2.0 / OpenID Connect SDK rather than Jakarta
 * Security's OpenID mechanism (ADR 0024). A sign-in keeps nothing on the server between its start and its end: the
 * browser tab holds its sealed {@link org.civility.portal.oidc.OidcFlow}, so any node finishes what any node began.
 * The provider vouches for a name ({@code CIVILITY_OIDC_USERNAME_CLAIM}); the account of that name signs in, a first
 * sign-in creates it without password and without roles, and roles are granted in Civility only. The browser ends
 * with the same bearer session a password sign-in opens.
 */
package org.civility.portal.oidc;
