/**
 * Volunteer service record certificates (志愿服务记录证明, 民发〔2015〕149号, DOMAIN §6a).
 *
 * <p>Lifecycle: a {@link org.civility.core.certificate.ServiceCertificate} is issued once by
 * {@link org.civility.core.certificate.CertificateService#issue} and never changes; it is read by its volunteer
 * and by those who may issue at its issuer, and anyone holding its verification token can check it.
 *
 * <p>Invariants: only the unit that recorded the service certifies it (谁记录谁证明); a dissolved unit's records
 * are certified by its nearest ancestor that was not dissolved ({@link org.civility.core.certificate.CertifyingUnit}).
 * The hours are the sum of the unit's current entries of the volunteer (corrected entries are replaced by their
 * correction, open check-in sessions count nothing). Certificate numbers are unique: issuer prefix, year and a
 * sequence per prefix and year. Certificates are free.
 */
package org.civility.core.certificate;
