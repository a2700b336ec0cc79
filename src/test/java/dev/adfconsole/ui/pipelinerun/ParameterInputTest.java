package dev.adfconsole.ui.pipelinerun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class ParameterInputTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void parameterWithDefaultIsLeftOutUntilTheUserChangesIt() {
        ParameterInput batch = new ParameterInput("batchSize", ParameterKind.INT, IntNode.valueOf(500));

        assertThat(batch.required()).isFalse();
        assertThat(batch.textProperty().get()).isEqualTo("500");
        assertThat(batch.valueProperty().get()).as("Data Factory applies the default").isEmpty();

        batch.textProperty().set("750");
        assertThat(batch.includedProperty().get()).isTrue();
        assertThat(batch.valueProperty().get()).contains(IntNode.valueOf(750));

        batch.restoreDefault();
        assertThat(batch.textProperty().get()).isEqualTo("500");
        assertThat(batch.valueProperty().get()).isEmpty();
    }

    @Test
    void numericFieldsRefuseNonNumbersNamingTheParameter() {
        ParameterInput count = new ParameterInput("maxRows", ParameterKind.INT, null);
        ParameterInput ratio = new ParameterInput("sampleRatio", ParameterKind.FLOAT, null);

        count.textProperty().set("12a");
        ratio.textProperty().set("0,5");

        assertThat(count.required()).isTrue();
        assertThat(count.errorProperty().get()).isEqualTo("Parameter 'maxRows' is an Int: enter a whole number, e.g. 42.");
        assertThat(ratio.errorProperty().get()).startsWith("Parameter 'sampleRatio' is a Float");
        assertThat(count.valueProperty().get()).isEmpty();

        ratio.textProperty().set("0.5");
        assertThat(ratio.errorProperty().get()).isNull();
        assertThat(ratio.valueProperty().get().orElseThrow().decimalValue()).isEqualByComparingTo("0.5");
    }

    @Test
    void jsonEditorsValidateAsYouTypeAndKeepTheStructure() throws Exception {
        ParameterInput tables = new ParameterInput("tables", ParameterKind.ARRAY, null);

        tables.textProperty().set("[\"sales\", \"orders\"");
        assertThat(tables.errorProperty().get()).contains("'tables' is an Array").contains("line 1");

        tables.textProperty().set("{\"a\": 1}");
        assertThat(tables.errorProperty().get()).isEqualTo("Parameter 'tables' is an Array: a JSON array such as [\"a\", 1].");

        tables.textProperty().set("[\"sales\", \"orders\"]");
        assertThat(tables.valueProperty().get()).contains(json("[\"sales\",\"orders\"]"));

        ParameterInput options = new ParameterInput("options", ParameterKind.OBJECT, json("{\"mode\":\"full\"}"));
        assertThat(options.textProperty().get()).isEqualTo("{\"mode\":\"full\"}");
    }

    @Test
    void boolAndSecureStringValues() {
        ParameterInput dryRun = new ParameterInput("dryRun", ParameterKind.BOOL, null);
        dryRun.textProperty().set("true");
        assertThat(dryRun.valueProperty().get().orElseThrow().booleanValue()).isTrue();

        ParameterInput secret = new ParameterInput("sqlPassword", ParameterKind.of("securestring"), null);
        secret.textProperty().set("p@ss");
        assertThat(secret.kind()).isEqualTo(ParameterKind.SECURE_STRING);
        assertThat(secret.valueProperty().get()).contains(TextNode.valueOf("p@ss"));
    }
}
