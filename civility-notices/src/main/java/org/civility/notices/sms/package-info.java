/**
 * SMS through Alibaba Cloud ({@code SendSms}, signature {@code ACS3-HMAC-SHA256}) and Tencent Cloud
 * ({@code SendSms}, API 3.0, {@code TC3-HMAC-SHA256}), over {@link java.net.http.HttpClient} and JSON-P rather than
 * the providers' SDKs (ADR 0031). A notice goes to many numbers in batches within each provider's limit per request,
 * through an approved template; numbers done are kept in the ledger so that a retry sends only the rest.
 */
package org.civility.notices.sms;
