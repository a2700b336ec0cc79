package dev.adfconsole.service.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.model.IntegrationRuntimeStatusResponse;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.spec.SpecExamples;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH (bench/run.sh jmh): the client-side cost of one status answer in a sweep — Microsoft's getStatus example parsed
 * into the model, then the fleet row made of it — and of writing 1,000 rows as CSV.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StatusMappingBenchmark {

    private final ObjectMapper mapper = ModelJson.newMapper();
    private final FactoryRef factory = new FactoryRef("12345678-1234-1234-1234-12345678abc", "exampleResourceGroup", "exampleFactoryName");
    private byte[] body;
    private java.util.List<InventoryRow> thousand;

    @Setup
    public void example() throws Exception {
        JsonNode response = SpecExamples.load("IntegrationRuntimes_GetStatus").json().path("responses").path("200").path("body");
        body = mapper.writeValueAsBytes(response);
        InventoryRow row = statusToRow();
        thousand = java.util.Collections.nCopies(1000, row);
    }

    @Benchmark
    public InventoryRow statusToRow() throws Exception {
        JsonNode json = mapper.readTree(body);
        IntegrationRuntimeStatusResponse status = ModelJson.read(mapper, json, IntegrationRuntimeStatusResponse.class);
        return InventorySweep.row(factory, "exampleIntegrationRuntime", status, Instant.EPOCH);
    }

    @Benchmark
    public int csvOfThousandRows() {
        java.io.StringWriter out = new java.io.StringWriter();
        InventoryFormat.CSV.write(thousand, out);
        return out.getBuffer().length();
    }
}
