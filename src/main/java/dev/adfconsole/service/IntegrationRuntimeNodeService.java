package dev.adfconsole.service;

import dev.adfconsole.arm.ArmRequest;
import dev.adfconsole.model.IntegrationRuntimeNodeIpAddress;
import dev.adfconsole.model.IntegrationRuntimeRequests;
import dev.adfconsole.model.SelfHostedIntegrationRuntimeNode;
import java.util.concurrent.CompletableFuture;

/** Self-hosted nodes. There is no list call: nodes come with the runtime's status. */
public final class IntegrationRuntimeNodeService {

    private final ArmCalls calls;

    IntegrationRuntimeNodeService(ArmCalls calls) {
        this.calls = calls;
    }

    public CompletableFuture<SelfHostedIntegrationRuntimeNode> get(NodeRef node) {
        return calls.read(ArmRequest.get(node.path()), SelfHostedIntegrationRuntimeNode.class);
    }

    /** Sets how many jobs the node runs at once; checked here against the node's maximum before sending. */
    public CompletableFuture<SelfHostedIntegrationRuntimeNode> updateConcurrentJobsLimit(NodeRef node, int limit, Integer maxConcurrentJobs) {
        if (limit < 1 || (maxConcurrentJobs != null && limit > maxConcurrentJobs)) {
            throw new InvalidInputException("Concurrent jobs limit", "Concurrent jobs limit must be between 1 and "
                    + (maxConcurrentJobs == null ? "the node's maximum" : maxConcurrentJobs) + ", not " + limit + ".");
        }
        String body = calls.json(new IntegrationRuntimeRequests.UpdateIntegrationRuntimeNode(limit));
        return calls.action("Set concurrent jobs limit to " + limit, node,
                calls.read(ArmRequest.patch(node.path(), body), SelfHostedIntegrationRuntimeNode.class));
    }

    public CompletableFuture<Void> delete(NodeRef node) {
        return calls.action("Delete node", node, calls.discard(ArmRequest.delete(node.path())));
    }

    public CompletableFuture<IntegrationRuntimeNodeIpAddress> getIpAddress(NodeRef node) {
        return calls.read(ArmRequest.postRead(node.path() + "/ipAddress", null), IntegrationRuntimeNodeIpAddress.class);
    }
}
