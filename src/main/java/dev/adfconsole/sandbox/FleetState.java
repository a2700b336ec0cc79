package dev.adfconsole.sandbox;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.adfconsole.sandbox.fleet.Fleet;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/** {@code --state FILE}: the fleet as JSON, written atomically on stop and read back on the next start. */
final class FleetState {

    private record State(String tenantId, List<Fleet.Subscription> subscriptions, List<FactoryState> factories,
                         List<Fleet.Tenant> tenants) {
    }

    private record FactoryState(String subscriptionId, String resourceGroup, String name, String location,
                                Instant createTime, String eTag, List<SandboxRuntime> runtimes) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private FleetState() {
    }

    static void save(Fleet fleet, Path file) throws IOException {
        List<FactoryState> factories = fleet.allFactories().stream().map(f -> new FactoryState(f.subscriptionId,
                f.resourceGroup, f.name, f.location, f.createTime, f.eTag, List.copyOf(f.runtimes.values()))).toList();
        State state;
        synchronized (fleet) {
            state = new State(fleet.tenantId, fleet.subscriptions(), factories, fleet.tenants());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "sandbox-", ".tmp");
            MAPPER.writeValue(temp.toFile(), state);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    static Fleet load(Path file) throws IOException {
        State state = MAPPER.readValue(file.toFile(), State.class);
        Fleet fleet = new Fleet(state.tenantId());
        if (state.tenants() != null) {
            state.tenants().stream().filter(t -> !t.home()).forEach(fleet::addGuestTenant);
        }
        state.subscriptions().forEach(fleet::addSubscription);
        for (FactoryState f : state.factories()) {
            SandboxFactory factory = new SandboxFactory(f.subscriptionId(), f.resourceGroup(), f.name(), f.location(),
                    f.createTime(), f.eTag());
            f.runtimes().forEach(factory::add);
            fleet.addFactory(factory);
        }
        return fleet;
    }
}
