package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CaseKeysTest {

    /** Every key CaseKeys spells. */
    static Set<String> all() {
        Set<String> keys = new TreeSet<>();
        for (Field field : CaseKeys.class.getDeclaredFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    keys.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return keys;
    }

    @Test
    void theKeysAreTheFieldsTheParserAcceptsPlusTheCsvKeyColumnsAndTheDistributionParameters() {
        Set<String> parsed = new TreeSet<>();
        collectFields(CaseDocument.class, parsed, new HashSet<>());
        Set<String> notInCaseDocument = Set.of(CaseKeys.HOUSE, CaseKeys.PERIOD,
                CaseKeys.MEAN, CaseKeys.STD, CaseKeys.MIN, CaseKeys.MAX);

        Set<String> expected = new TreeSet<>(parsed);
        expected.addAll(notInCaseDocument);
        assertThat(all()).isEqualTo(expected);
    }

    @Test
    void noKeyIsSpelledTwice() {
        long strings = Arrays.stream(CaseKeys.class.getDeclaredFields()).filter(f -> f.getType() == String.class)
                .count();

        assertThat(all()).hasSize((int) strings);
    }

    /** The YAML names Jackson reads into {@code type} and the records nested in it. */
    private static void collectFields(Class<?> type, Set<String> names, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        PropertyNamingStrategies.SnakeCaseStrategy snakeCase = new PropertyNamingStrategies.SnakeCaseStrategy();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(snakeCase.translate(component.getName()));
            collectFields(component.getType(), names, seen);
            if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType list) {
                collectFields((Class<?>) list.getActualTypeArguments()[0], names, seen);
            }
        }
    }
}
