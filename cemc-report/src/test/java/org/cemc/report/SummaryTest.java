package org.cemc.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.input.BuiltInCase;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {
    @TempDir
    Path folder;

    /** Every numeric node below {@code node}, with its JSON pointer. */
    private static void numbers(JsonNode node, String at, Map<String, JsonNode> found) {
        if (node.isNumber()) {
            found.put(at, node);
        }
        node.fields().forEachRemaining(e -> numbers(e.getValue(), at + "/" + e.getKey(), found));
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                numbers(node.get(i), at + "/" + i, found);
            }
        }
    }

    @Test
    void everyNumberOfTheBuiltInCasesSummaryHasAtMostSixDecimalsAndNoExponent() throws IOException {
        CommunityCase paper = BuiltInCase.read();
        CommunityCase day = paper.withGuestEvs(EvRepresentatives.draw(paper.guestEvScenarios().orElseThrow()).requests());
        Outcome outcome = Scheduler.run(day, SolverSettings.defaults());

        Summary.write(folder, Summary.of(outcome));

        String text = Files.readString(folder.resolve(Summary.FILE));
        JsonNode summary = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
        Map<String, JsonNode> numbers = new java.util.LinkedHashMap<>();
        numbers(summary, "", numbers);
        assertThat(numbers).containsKeys("/objective", "/bound", "/relative_gap", "/build_seconds",
                "/solve_seconds", "/profit/total", "/options/time_limit_seconds", "/options/relative_gap");
        List<String> tooLong = new ArrayList<>();
        numbers.forEach((at, n) -> {
            BigDecimal value = n.decimalValue();
            if (value.stripTrailingZeros().scale() > Numbers.DECIMALS) {
                tooLong.add(at + " = " + n.asText());
            }
        });
        assertThat(tooLong).as("numbers with more than six decimals").isEmpty();
        assertThat(text).as("numbers with an exponent").doesNotContainPattern("[:\\[,]\\s*-?[0-9.]+[eE]");
        assertThat(summary.get("objective").asDouble()).isEqualTo(
                BigDecimal.valueOf(outcome.solve().objective()).setScale(6, java.math.RoundingMode.HALF_UP).doubleValue());
        assertThat(summary.at("/options/relative_gap").asText()).isEqualTo("0.0001");
    }

    @Test
    void numbersAreRoundedHalfUpToSixDecimalsWithoutNegativeZeroOrExponent() {
        assertThat(Numbers.rounded(1.1874999999999998)).hasToString("1.1875");
        assertThat(Numbers.rounded(1e-7)).hasToString("0");
        assertThat(Numbers.rounded(-1e-9)).hasToString("0");
        assertThat(Numbers.rounded(0.0000005)).hasToString("0.000001");
        assertThat(Numbers.rounded(18000.0)).hasToString("18000");
        assertThat(Numbers.rounded(1e-4)).hasToString("0.0001");
    }
}
