package org.cemc.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathIdsTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "0", "01", "-1", "+1", "1e3", "1.0", " 1", "١", "9999999999999999999"})
    void onlyAnIdAsTheApiWritesItNamesSomething(String text) {
        assertThat(PathIds.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 999_999_999_999_999_999L})
    void anIdAsTheApiWritesItIsThatId(long id) {
        assertThat(PathIds.parse(Long.toString(id))).contains(id);
    }
}
