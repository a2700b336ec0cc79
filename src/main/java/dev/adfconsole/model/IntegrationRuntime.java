package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The polymorphic {@code properties} of a runtime, chosen by {@code type}. A type this version does not know is read
 * as {@link Other} rather than failing the whole list.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", visible = true, defaultImpl = IntegrationRuntime.Other.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = IntegrationRuntime.Managed.class, name = "Managed"),
        @JsonSubTypes.Type(value = IntegrationRuntime.SelfHosted.class, name = "SelfHosted")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface IntegrationRuntime {

    String type();

    String description();

    /** {@code ManagedIntegrationRuntime}: Azure and Azure-SSIS runtimes. {@code state} is read-only. */
    record Managed(String type, String description, String state, ManagedTypeProperties typeProperties,
                   JsonNode managedVirtualNetwork) implements IntegrationRuntime {
    }

    /** {@code SelfHostedIntegrationRuntime}; {@code linkedInfo} is set on a runtime shared from another factory. */
    record SelfHosted(String type, String description, SelfHostedTypeProperties typeProperties) implements IntegrationRuntime {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Other(String type, String description) implements IntegrationRuntime {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ManagedTypeProperties(ComputeProperties computeProperties, JsonNode ssisProperties,
                                 JsonNode customerVirtualNetwork) {
    }

    /** {@code IntegrationRuntimeComputeProperties}; the scale and network settings are kept as JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ComputeProperties(String location, String nodeSize, Integer numberOfNodes,
                             Integer maxParallelExecutionsPerNode, JsonNode dataFlowProperties,
                             JsonNode vNetProperties, JsonNode copyComputeScaleProperties,
                             JsonNode pipelineExternalComputeScaleProperties) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SelfHostedTypeProperties(LinkedInfo linkedInfo, Boolean selfContainedInteractiveAuthoringEnabled) {
    }

    /** {@code LinkedIntegrationRuntimeType}: Key (shared by auth key) or RBAC (by resource id). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LinkedInfo(String authorizationType, String resourceId, JsonNode key, JsonNode credential) {
    }
}
