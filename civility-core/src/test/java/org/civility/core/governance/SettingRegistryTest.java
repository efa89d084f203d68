package org.civility.core.governance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingRegistryTest {

    private static final SettingKey<Integer> B = SettingKey.lowerIsStricter("b.setting", 1);
    private static final SettingKey<Integer> A = SettingKey.higherIsStricter("a.setting", 2);

    @Test
    void findsKeysByNameAndListsThemByName() {
        SettingRegistry registry = SettingRegistry.of(B).with(A);

        assertThat(registry.find("a.setting")).contains(A);
        assertThat(registry.find("missing")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
        assertThat(registry.keys()).containsExactly(A, B);
    }

    @Test
    void rejectsTheSameNameTwice() {
        assertThatThrownBy(() -> SettingRegistry.of(A, SettingKey.lowerIsStricter("a.setting", 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
