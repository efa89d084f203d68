/**
 * Notices, and staff alerts, by e-mail through Jakarta Mail (Angus Mail on Payara) over SMTP. Any channel can be
 * carried by mail; the portal names the mailboxes per unit, subject and channel.
 */
package org.civility.notices.mail;
