package dev.adfconsole.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.arm.ArmConnection;
import dev.adfconsole.service.activity.ActivityLog;
import java.time.Clock;

/** The services of one connection (a cloud and account, a custom endpoint, or the sandbox). */
public final class DataFactoryServices {

    private final ArmConnection connection;
    private final SubscriptionService subscriptions;
    private final FactoryService factories;
    private final IntegrationRuntimeService runtimes;
    private final IntegrationRuntimeNodeService nodes;
    private final PipelineService pipelines;
    private final PipelineRunService runs;
    private final MetricsService metrics;
    private final ObjectMapper mapper;
    private final ActivityLog activityLog;
    private final Clock clock;

    public DataFactoryServices(ArmConnection connection, ObjectMapper mapper, ActivityLog activityLog, Clock clock) {
        this.connection = connection;
        this.mapper = mapper;
        this.activityLog = activityLog;
        this.clock = clock;
        ArmCalls calls = new ArmCalls(connection, mapper, activityLog, clock);
        this.subscriptions = new SubscriptionService(calls);
        this.factories = new FactoryService(calls);
        this.runtimes = new IntegrationRuntimeService(calls);
        this.nodes = new IntegrationRuntimeNodeService(calls);
        this.pipelines = new PipelineService(calls);
        this.runs = new PipelineRunService(calls);
        this.metrics = new MetricsService(calls);
    }

    public ArmConnection connection() {
        return connection;
    }

    /**
     * The same services with at most {@code limit} of their calls on the wire at once, counted from when ARM's
     * buckets let a call go (see {@link ArmConnection#withInFlightLimit}): a sweep's concurrency.
     */
    public DataFactoryServices withInFlightLimit(int limit) {
        return new DataFactoryServices(connection.withInFlightLimit(limit), mapper, activityLog, clock);
    }

    /** Builds the readers of these models now, on this thread (see {@link ModelJson#prepare}). */
    public void prepareReading(Class<?>... types) {
        ModelJson.prepare(mapper, types);
    }

    public SubscriptionService subscriptions() {
        return subscriptions;
    }

    public FactoryService factories() {
        return factories;
    }

    public IntegrationRuntimeService runtimes() {
        return runtimes;
    }

    public IntegrationRuntimeNodeService nodes() {
        return nodes;
    }

    public PipelineService pipelines() {
        return pipelines;
    }

    public PipelineRunService runs() {
        return runs;
    }

    /** Azure Monitor's history of the runtimes' load. */
    public MetricsService metrics() {
        return metrics;
    }
}
