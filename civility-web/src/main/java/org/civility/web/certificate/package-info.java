/**
 * REST and PDF for volunteer service record certificates (志愿服务记录证明): {@code /api/v1/certificates} (issue,
 * list, read, {@code …/{id}/pdf}) and the public {@code /api/v1/certificate-verifications/{token}} the PDF's QR
 * code links to. The PDF is rendered with OpenPDF (real text, {@link org.civility.web.certificate.CertificateFont})
 * and ZXing (the QR code).
 */
package org.civility.web.certificate;
