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

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits the UI's inputs take from the request DTOs: those the API checks. */
class UiLimitsTest {

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
}
