package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code IntegrationRuntimeStatus}, polymorphic on {@code type}; every field of the spec is here. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", visible = true, defaultImpl = IntegrationRuntimeStatus.Other.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = IntegrationRuntimeStatus.Managed.class, name = "Managed"),
        @JsonSubTypes.Type(value = IntegrationRuntimeStatus.SelfHosted.class, name = "SelfHosted")})
public sealed interface IntegrationRuntimeStatus {

    WireValue<IntegrationRuntimeType> type();

    String dataFactoryName();

    WireValue<IntegrationRuntimeState> state();

    record Managed(WireValue<IntegrationRuntimeType> type, String dataFactoryName, WireValue<IntegrationRuntimeState> state,
                   ManagedStatusTypeProperties typeProperties) implements IntegrationRuntimeStatus {
    }

    record SelfHosted(WireValue<IntegrationRuntimeType> type, String dataFactoryName,
                      WireValue<IntegrationRuntimeState> state, SelfHostedStatusTypeProperties typeProperties)
            implements IntegrationRuntimeStatus {
    }

    record Other(WireValue<IntegrationRuntimeType> type, String dataFactoryName, WireValue<IntegrationRuntimeState> state)
            implements IntegrationRuntimeStatus {
    }

    /** {@code ManagedIntegrationRuntimeStatusTypeProperties}. */
    record ManagedStatusTypeProperties(Instant createTime, List<ManagedIntegrationRuntimeNode> nodes,
                                       List<ManagedIntegrationRuntimeError> otherErrors,
                                       ManagedIntegrationRuntimeOperationResult lastOperation) {
    }

    /** {@code SelfHostedIntegrationRuntimeStatusTypeProperties}. */
    record SelfHostedStatusTypeProperties(Instant createTime, String taskQueueId,
                                          WireValue<InternalChannelEncryptionMode> internalChannelEncryption,
                                          String version, List<SelfHostedIntegrationRuntimeNode> nodes,
                                          Instant scheduledUpdateDate, String updateDelayOffset,
                                          String localTimeZoneOffset, Map<String, String> capabilities,
                                          List<String> serviceUrls, WireValue<IntegrationRuntimeAutoUpdate> autoUpdate,
                                          String versionStatus, List<LinkedIntegrationRuntime> links,
                                          String pushedVersion, String latestVersion, Instant autoUpdateETA,
                                          Boolean selfContainedInteractiveAuthoringEnabled) {
    }

    record ManagedIntegrationRuntimeNode(String nodeId, WireValue<ManagedNodeStatus> status,
                                         List<ManagedIntegrationRuntimeError> errors) {
    }

    record ManagedIntegrationRuntimeError(Instant time, String code, List<String> parameters, String message) {
    }

    record ManagedIntegrationRuntimeOperationResult(String type, Instant startTime, String result, String errorCode,
                                                    List<String> parameters, String activityId) {
    }

    /** A factory this shared self-hosted runtime is linked to. */
    record LinkedIntegrationRuntime(String name, String subscriptionId, String dataFactoryName,
                                    String dataFactoryLocation, Instant createTime) {
    }

}
