package dev.adfconsole.sandbox;

import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import java.time.Clock;
import java.time.Duration;

/** The app's own client and services, connected to a sandbox: the real HTTP path end to end. */
final class SandboxClient implements AutoCloseable {

    final ArmClient client = new ArmClient(ArmClientOptions.defaults("test"));
    final DataFactoryServices services;
    final ActivityLog activityLog = new ActivityLog(100);

    SandboxClient(SandboxServer server) {
        ArmEnvironment sandbox = ArmEnvironment.custom("Sandbox", server.baseUri(), "https://management.azure.com/.default",
                server.baseUri());
        services = new DataFactoryServices(client.connect(sandbox, new StaticTokenProvider(server.issueToken(Duration.ofHours(1)))),
                ModelJson.newMapper(), activityLog, Clock.systemUTC());
    }

    static FactoryRef ref(SandboxFactory factory) {
        return new FactoryRef(factory.subscriptionId, factory.resourceGroup, factory.name);
    }

    static RuntimeRef ref(SandboxFactory factory, SandboxRuntime runtime) {
        return ref(factory).runtime(runtime.name);
    }

    @Override
    public void close() {
        client.close();
    }
}
