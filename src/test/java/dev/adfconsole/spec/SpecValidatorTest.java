package dev.adfconsole.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validator really checks: Microsoft's own examples pass, a broken body fails. */
class SpecValidatorTest {

    @Test
    void microsoftsStatusExamplePassesAndABrokenOneFails() {
        SpecExamples.Example example = SpecExamples.load("IntegrationRuntimes_GetStatus");

        assertThat(SpecValidator.response("POST", example.path(), 200, example.body(200).toString())).isEmpty();
        assertThat(SpecValidator.response("POST", example.path(), 200, "{\"name\": 5, \"properties\": \"x\"}")).isNotEmpty();
        assertThat(SpecValidator.response("POST", example.path(), 200, "{\"name\": \"ir\", \"properties\": {\"type\": \"SelfHosted\"}}"))
                .as("state and dataFactoryName are read-only, type is the only required field").isEmpty();
        assertThat(SpecValidator.response("POST", example.path(), 200, "{\"name\": \"ir\", \"properties\": {}}"))
                .as("type is required").isNotEmpty();
    }

    @Test
    void requestWithoutApiVersionIsRefused() {
        SpecExamples.Example example = SpecExamples.load("IntegrationRuntimes_Get");

        assertThat(SpecValidator.request("GET", example.path(), Map.of("api-version", "2018-06-01"), null)).isEmpty();
        assertThat(SpecValidator.request("GET", example.path(), Map.of(), null)).isNotEmpty();
    }
}
