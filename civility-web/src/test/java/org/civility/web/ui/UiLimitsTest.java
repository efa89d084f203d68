package org.civility.web.ui;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.Path;
import org.civility.core.activity.Activity;
import org.civility.core.order.ServiceOrder;
import org.civility.web.ui.UiLimits.Limit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits the UI's inputs take from the request DTOs: those the API checks, and every one the scripts ask for. */
class UiLimitsTest {

    private static final java.nio.file.Path SCRIPTS = java.nio.file.Path.of("src/main/resources/META-INF/resources/ui");
    /** limit('Dto.field') calls. */
    private static final Pattern USE = Pattern.compile("limit\\(['\"]([A-Za-z0-9_.]+)['\"]\\)");
    /** DTOs of the portal's own resources (the WAR in samples), not civility-web's: served when the portal has them. */
    private static final Set<String> PORTAL_DTOS = Set.of("FirstAdministratorDto");

    private static Map<String, Limit> limits;

    @BeforeAll
    static void readTheResources() {
        List<Class<?>> resources = new ClassFileImporter().importPackages("org.civility.web").stream()
                .filter(c -> c.isAnnotatedWith(Path.class)).<Class<?>>map(JavaClass::reflect).toList();
        assertThat(resources).hasSizeGreaterThan(20);
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            limits = UiLimits.of(resources, validation.getValidator());
        }
    }

    @Test
    void theLimitsAreThoseOfTheRequestDtos() {
        assertThat(limits.get("PlaceOrderDto.description")).isEqualTo(new Limit(ServiceOrder.MAX_TEXT, null, null));
        assertThat(limits.get("PlaceOrderDto.recipient").maxLength()).isEqualTo(ServiceOrder.MAX_NAME);
        assertThat(limits.get("PlanActivityDto.title").maxLength()).isEqualTo(Activity.MAX_TITLE_LENGTH).isEqualTo(200);
        assertThat(limits.get("ChangePasswordDto.newPassword").maxLength()).isEqualTo(200);
        // A record nested in a request (the grants of an account to create), and one declared in its resource.
        assertThat(limits.get("GrantDto.unitId").maxLength()).isEqualTo(36);
        assertThat(limits.get("SignUpDto.phone").maxLength()).isEqualTo(20);
    }

    @Test
    void dtosOfTheSameNameAreNamedWithTheirEnclosingClass() {
        assertThat(limits.get("OrderDtos.ReasonDto.reason").maxLength()).isEqualTo(ServiceOrder.MAX_TEXT);
        assertThat(limits.get("VenueDtos.ReasonDto.reason").maxLength()).isEqualTo(1000);
        assertThat(limits).doesNotContainKey("ReasonDto.reason");
    }

    @Test
    void answersAndNonTextFieldsAreLeftOut() {
        // OrderDto is an answer; CreateAccountDto.grants is a list with @Size (a count, not a length).
        assertThat(limits.keySet()).noneMatch(k -> k.startsWith("OrderDto."));
        assertThat(limits).doesNotContainKey("CreateAccountDto.grants").containsKey("CreateAccountDto.username");
    }

    @Test
    void everyLimitIsSane() {
        assertThat(limits).hasSizeGreaterThan(50);
        limits.forEach((key, limit) -> {
            assertThat(key).as("key").matches("([A-Z][A-Za-z0-9]*\\.){1,2}[a-z][A-Za-z0-9]*");
            assertThat(limit.maxLength() != null || limit.minLength() != null || limit.pattern() != null).as(key).isTrue();
            if (limit.maxLength() != null) {
                assertThat(limit.maxLength()).as(key).isBetween(1, 100_000);
            }
            if (limit.minLength() != null) {
                assertThat(limit.minLength()).as(key).isPositive()
                        .isLessThanOrEqualTo(limit.maxLength() == null ? Integer.MAX_VALUE : limit.maxLength());
            }
            if (limit.pattern() != null) {
                assertThat(Pattern.compile(limit.pattern())).as(key).isNotNull();
            }
        });
    }

    @Test
    void everyLimitTheScriptsUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(SCRIPTS)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(k -> !PORTAL_DTOS.contains(k.substring(0, k.indexOf('.')))))
                .allMatch(limits::containsKey, "a limit of a request DTO");
    }
}
