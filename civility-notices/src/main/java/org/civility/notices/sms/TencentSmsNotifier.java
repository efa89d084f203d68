package org.civility.notices.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.civility.core.volunteer.PhoneNumber;
import org.civility.notices.NoticeDeliveryException;
import org.civility.notices.NoticeFormat;
import org.civility.notices.NoticeRecipients;
import org.civility.notices.SentLedger;
import org.civility.notices.TencentSmsSettings;
import org.civility.notices.Timeouts;
import org.civility.notices.internal.HttpCalls;
import org.civility.notices.internal.JsonText;

import static java.util.Objects.requireNonNull;

/**
 * SMS through Tencent Cloud: {@code SendSms} (API 3.0, version 2021-01-11), a JSON {@code POST} signed with
 * {@code TC3-HMAC-SHA256} ({@link Tc3Signature}). One request takes up to {@link TencentSmsSettings#MAX_BATCH}
 * numbers (E.164, {@code +86…}) and the template's variables in order (title, place, time). The delivery's
 * idempotency key is the {@code SessionContext}, which the provider returns with each number's status and in
 * receipts (it does not drop duplicates by it).
 *
 * <p>A refused request ({@code Response.Error}, or an answer that is not HTTP 200) throws with its code. Otherwise
 * each number has its own status: {@code Ok} is sent; {@code InvalidParameterValue.IncorrectPhoneNumber} and
 * {@code FailedOperation.PhoneNumberInBlacklist} (the person unsubscribed) drop the number for good; any other code
 * (such as {@code LimitExceeded.PhoneNumberDailyLimit}) leaves the number to the next attempt.
 */
public final class TencentSmsNotifier extends SmsNotifier {

    static final String PROVIDER = "tencent";
    static final String SERVICE = "sms";
    static final String ACTION = "SendSms";
    static final String VERSION = "2021-01-11";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    static final Set<String> INVALID_NUMBER = Set.of("InvalidParameterValue.IncorrectPhoneNumber",
            "FailedOperation.PhoneNumberInBlacklist");

    private final TencentSmsSettings settings;
    private final HttpClient http;
    private final Timeouts timeouts;
    private final Clock clock;

    /**
     * @param http     shared, with the connect timeout set; redirects are not followed
     * @param timeouts the request timeout is applied to each request
     */
    public TencentSmsNotifier(TencentSmsSettings settings, HttpClient http, Timeouts timeouts,
                              NoticeRecipients recipients, SentLedger ledger, NoticeFormat format) {
        this(settings, http, timeouts, recipients, ledger, format, Clock.systemUTC());
    }

    TencentSmsNotifier(TencentSmsSettings settings, HttpClient http, Timeouts timeouts, NoticeRecipients recipients,
                       SentLedger ledger, NoticeFormat format, Clock clock) {
        super(PROVIDER, recipients, ledger, format, requireNonNull(settings, "settings").batchSize());
        this.settings = settings;
        this.http = requireNonNull(http, "http");
        this.timeouts = requireNonNull(timeouts, "timeouts");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    String noticeTemplate() {
        return settings.templateId();
    }

    @Override
    Optional<String> codeTemplate() {
        return settings.codeTemplateId();
    }

    @Override
    boolean invalidNumber(String code) {
        return INVALID_NUMBER.contains(code);
    }

    @Override
    BatchResult sendBatch(List<PhoneNumber> phones, String template, Map<String, String> params, String reference)
            throws NoticeDeliveryException {
        JsonArrayBuilder numbers = JsonText.array();
        phones.forEach(phone -> numbers.add(e164(phone)));
        JsonArrayBuilder values = JsonText.array();
        params.values().forEach(values::add);
        String payload = JsonText.write(JsonText.object()
                .add("PhoneNumberSet", numbers)
                .add("SmsSdkAppId", settings.sdkAppId())
                .add("SignName", settings.signName())
                .add("TemplateId", template)
                .add("TemplateParamSet", values)
                .add("SessionContext", reference)
                .build());

        URI uri = URI.create(settings.endpoint() + "/");
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String canonical = Tc3Signature.canonicalRequest(CONTENT_TYPE, HttpCalls.hostHeader(uri), payload);
        String signature = Tc3Signature.signature(settings.secretKey().value(), now, SERVICE,
                Tc3Signature.stringToSign(now, SERVICE, canonical));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeouts.request())
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .header("Content-Type", CONTENT_TYPE)
                .header("Authorization", Tc3Signature.authorization(settings.secretId(), now, SERVICE, signature))
                .header("X-TC-Action", ACTION)
                .header("X-TC-Version", VERSION)
                .header("X-TC-Timestamp", Long.toString(now.getEpochSecond()))
                .header("X-TC-Region", settings.region())
                .build();
        return answer(HttpCalls.send(http, request, PROVIDER), phones);
    }

    private static BatchResult answer(HttpResponse<String> response, List<PhoneNumber> phones)
            throws NoticeDeliveryException {
        Optional<JsonObject> body = JsonText.readObject(response.body())
                .filter(b -> b.get("Response") instanceof JsonObject)
                .map(b -> b.getJsonObject("Response"));
        String requestId = body.flatMap(b -> JsonText.string(b, "RequestId")).map(NoticeDeliveryException::safe)
                .orElse("-");
        Optional<String> error = body.filter(b -> b.get("Error") instanceof JsonObject)
                .flatMap(b -> JsonText.string(b.getJsonObject("Error"), "Code"));
        if (response.statusCode() != 200 || error.isPresent() || body.isEmpty()
                || !(body.get().get("SendStatusSet") instanceof JsonArray statuses)) {
            throw new NoticeDeliveryException(PROVIDER, error.orElse("HTTP-" + response.statusCode()),
                    ACTION + " refused, HTTP " + response.statusCode() + ", request " + requestId);
        }
        Map<String, String> codes = new HashMap<>();
        for (JsonValue value : statuses) {
            if (value instanceof JsonObject status) {
                JsonText.string(status, "PhoneNumber").ifPresent(number ->
                        codes.put(national(number), JsonText.string(status, "Code").orElse("UNKNOWN")));
            }
        }
        List<PhoneNumber> accepted = new ArrayList<>();
        Map<PhoneNumber, String> rejected = new LinkedHashMap<>();
        Map<PhoneNumber, String> failed = new LinkedHashMap<>();
        for (PhoneNumber phone : phones) {
            String code = codes.getOrDefault(phone.value(), "NO-STATUS");
            if ("Ok".equals(code)) {
                accepted.add(phone);
            } else if (INVALID_NUMBER.contains(code)) {
                rejected.put(phone, NoticeDeliveryException.safe(code));
            } else {
                failed.put(phone, NoticeDeliveryException.safe(code));
            }
        }
        return new BatchResult(accepted, rejected, failed);
    }

    private static String e164(PhoneNumber phone) {
        return "+86" + phone.value();
    }

    /** The 11 digits of a mainland number as the provider echoes it ({@code +86…}, {@code 86…} or bare). */
    private static String national(String number) {
        String digits = number.strip();
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
    }
}
