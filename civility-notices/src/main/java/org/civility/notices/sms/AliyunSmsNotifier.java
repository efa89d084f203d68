package org.civility.notices.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.civility.core.volunteer.PhoneNumber;
import org.civility.notices.AliyunSmsSettings;
import org.civility.notices.NoticeDeliveryException;
import org.civility.notices.NoticeFormat;
import org.civility.notices.NoticeRecipients;
import org.civility.notices.SentLedger;
import org.civility.notices.Timeouts;
import org.civility.notices.internal.Digests;
import org.civility.notices.internal.HttpCalls;
import org.civility.notices.internal.JsonText;
import org.civility.notices.internal.PercentEncoding;

import static java.util.Objects.requireNonNull;

/**
 * SMS through Alibaba Cloud: Dysmsapi {@code SendSms} (version 2017-05-25) over its HTTP API, signed with
 * {@code ACS3-HMAC-SHA256} ({@link AcsSignature}). One request sends the same template and variables to up to
 * {@link AliyunSmsSettings#MAX_BATCH} comma-separated numbers, which is what a notice needs ({@code SendBatchSms}
 * exists for different signatures or variables per number, and takes only 100). The parameters travel in the query
 * string of a {@code POST}, as the API's metadata places them; the delivery's idempotency key is the {@code OutId},
 * which comes back in delivery receipts (the provider does not drop duplicates by it).
 *
 * <p>An answer is taken as sent only if it is HTTP 200 with {@code "Code":"OK"}; anything else throws with the
 * provider's {@code Code} (never its {@code Message}, which may echo the request). {@code isv.MOBILE_NUMBER_ILLEGAL}
 * marks an invalid number (see {@link SmsNotifier} for what happens then).
 */
public final class AliyunSmsNotifier extends SmsNotifier {

    static final String PROVIDER = "aliyun";
    static final String ACTION = "SendSms";
    static final String VERSION = "2017-05-25";
    static final String INVALID_NUMBER = "isv.MOBILE_NUMBER_ILLEGAL";
    private static final DateTimeFormatter ACS_DATE = DateTimeFormatter.ISO_INSTANT;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AliyunSmsSettings settings;
    private final HttpClient http;
    private final Timeouts timeouts;
    private final Clock clock;
    private final Supplier<String> nonces;

    /**
     * @param http     shared, with the connect timeout set; redirects are not followed
     * @param timeouts the request timeout is applied to each request
     */
    public AliyunSmsNotifier(AliyunSmsSettings settings, HttpClient http, Timeouts timeouts,
                             NoticeRecipients recipients, SentLedger ledger, NoticeFormat format) {
        this(settings, http, timeouts, recipients, ledger, format, Clock.systemUTC(), AliyunSmsNotifier::nonce);
    }

    AliyunSmsNotifier(AliyunSmsSettings settings, HttpClient http, Timeouts timeouts, NoticeRecipients recipients,
                      SentLedger ledger, NoticeFormat format, Clock clock, Supplier<String> nonces) {
        super(PROVIDER, recipients, ledger, format, requireNonNull(settings, "settings").batchSize());
        this.settings = settings;
        this.http = requireNonNull(http, "http");
        this.timeouts = requireNonNull(timeouts, "timeouts");
        this.clock = requireNonNull(clock, "clock");
        this.nonces = requireNonNull(nonces, "nonces");
    }

    @Override
    String noticeTemplate() {
        return settings.templateCode();
    }

    @Override
    Optional<String> codeTemplate() {
        return settings.codeTemplateCode();
    }

    @Override
    boolean invalidNumber(String code) {
        return INVALID_NUMBER.equals(code);
    }

    @Override
    BatchResult sendBatch(List<PhoneNumber> phones, String template, Map<String, String> params, String reference)
            throws NoticeDeliveryException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("PhoneNumbers", phones.stream().map(PhoneNumber::value).collect(Collectors.joining(",")));
        query.put("SignName", settings.signName());
        query.put("TemplateCode", template);
        query.put("TemplateParam", JsonText.objectOf(params));
        query.put("OutId", reference);
        String canonicalQuery = PercentEncoding.canonicalQuery(query);
        URI uri = URI.create(settings.endpoint() + "/?" + canonicalQuery);

        SortedMap<String, String> signed = new TreeMap<>();
        signed.put("host", HttpCalls.hostHeader(uri));
        signed.put("x-acs-action", ACTION);
        signed.put("x-acs-content-sha256", Digests.sha256Hex(""));
        signed.put("x-acs-date", ACS_DATE.format(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        signed.put("x-acs-signature-nonce", nonces.get());
        signed.put("x-acs-version", VERSION);
        String signature = AcsSignature.signature(
                AcsSignature.canonicalRequest("POST", "/", canonicalQuery, signed, signed.get("x-acs-content-sha256")),
                settings.accessKeySecret().value());

        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeouts.request())
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/json")
                .header("Authorization", AcsSignature.authorization(settings.accessKeyId(), signed, signature));
        signed.forEach((name, value) -> {
            if (!"host".equals(name)) {
                request.header(name, value);
            }
        });
        HttpResponse<String> response = HttpCalls.send(http, request.build(), PROVIDER);
        return answer(response, phones);
    }

    private static BatchResult answer(HttpResponse<String> response, List<PhoneNumber> phones)
            throws NoticeDeliveryException {
        Optional<JsonObject> body = JsonText.readObject(response.body());
        Optional<String> code = body.flatMap(b -> JsonText.string(b, "Code"));
        if (response.statusCode() == 200 && code.filter("OK"::equals).isPresent()) {
            return BatchResult.allAccepted(phones);
        }
        String requestId = body.flatMap(b -> JsonText.string(b, "RequestId")).map(NoticeDeliveryException::safe)
                .orElse("-");
        throw new NoticeDeliveryException(PROVIDER, code.orElse("HTTP-" + response.statusCode()),
                ACTION + " refused, HTTP " + response.statusCode() + ", request " + requestId);
    }

    private static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
