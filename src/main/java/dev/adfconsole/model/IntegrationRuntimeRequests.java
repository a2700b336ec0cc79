package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Request bodies of the runtime and node actions, written exactly as the spec names their fields. */
public final class IntegrationRuntimeRequests {

    private IntegrationRuntimeRequests() {
    }

    /** {@code UpdateIntegrationRuntimeRequest}: auto-update settings of a self-hosted runtime. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpdateIntegrationRuntime(String autoUpdate, String updateDelayOffset) {
    }

    /** {@code UpdateIntegrationRuntimeNodeRequest}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpdateIntegrationRuntimeNode(Integer concurrentJobsLimit) {
    }

    /** {@code IntegrationRuntimeRegenerateKeyParameters}: keyName is authKey1 or authKey2. */
    public record RegenerateKey(String keyName) {
    }

    /** {@code LinkedIntegrationRuntimeRequest} (removeLinks): the factory whose link goes; on the wire {@code factoryName}. */
    public record LinkedIntegrationRuntime(@JsonProperty("factoryName") String linkedFactoryName) {
    }

    /** {@code CreateLinkedIntegrationRuntimeRequest}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreateLinkedIntegrationRuntime(String name, String subscriptionId, String dataFactoryName,
                                                 String dataFactoryLocation) {
    }

    /** {@code GetSsisObjectMetadataRequest}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetSsisObjectMetadata(String metadataPath) {
    }
}
