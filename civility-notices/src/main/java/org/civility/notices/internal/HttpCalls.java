package org.civility.notices.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

import org.civility.notices.NoticeDeliveryException;

/**
 * Sends one request to a provider. A transport failure becomes a {@link NoticeDeliveryException} that names the
 * provider and the kind of failure only: the JDK's own messages may quote the address called, which for a WeCom
 * robot holds its key and for Alibaba Cloud the phone numbers, so neither they nor the cause are kept.
 */
public final class HttpCalls {

    private HttpCalls() {
    }

    public static HttpResponse<String> send(HttpClient client, HttpRequest request, String provider)
            throws NoticeDeliveryException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new NoticeDeliveryException(provider, "CONNECT-TIMEOUT", "no connection within the connect timeout");
        } catch (HttpTimeoutException e) {
            throw new NoticeDeliveryException(provider, "TIMEOUT",
                    "no answer within the request timeout; the provider may have sent it");
        } catch (IOException e) {
            throw new NoticeDeliveryException(provider, "UNREACHABLE", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoticeDeliveryException(provider, "INTERRUPTED", "the sending thread was interrupted");
        }
    }

    /**
     * The {@code Host} header the JDK client sends for {@code uri} (it may not be set by hand): the host, and the
     * port unless it is the scheme's default. The providers sign it, so the signature must use the same text.
     */
    public static String hostHeader(java.net.URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equalsIgnoreCase(uri.getScheme()) ? port == 443 : port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }
}
