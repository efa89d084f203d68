package org.civility.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Validation messages speak the request's language, whatever the container's default locale. */
class ConstraintViolationMapperTest {

    record Dto(@NotBlank String name, @Size(max = 3) String code) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private ConstraintViolation<Dto> only(Dto dto) {
        Set<ConstraintViolation<Dto>> violations = validator.validate(dto);
        assertThat(violations).hasSize(1);
        return violations.iterator().next();
    }

    @Test
    void aZhCnRequestGetsChinese() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertThat(ConstraintViolationMapper.message(only(new Dto(" ", "ab")), Messages.DEFAULT_LOCALE))
                    .isEqualTo("不能为空");
            assertThat(ConstraintViolationMapper.message(only(new Dto("王", "abcd")), Messages.DEFAULT_LOCALE))
                    .contains("0").contains("3").doesNotContain("size");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anEnglishRequestGetsEnglish() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(ConstraintViolationMapper.message(only(new Dto(" ", "ab")), Locale.ENGLISH))
                    .isEqualTo("must not be blank");
            assertThat(ConstraintViolationMapper.message(only(new Dto("王", "abcd")), Locale.ENGLISH))
                    .isEqualTo("size must be between 0 and 3");
        } finally {
            Locale.setDefault(before);
        }
    }
}
