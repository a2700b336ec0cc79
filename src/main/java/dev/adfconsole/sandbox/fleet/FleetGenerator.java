package dev.adfconsole.sandbox.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Builds a believable fleet from a seed: the same seed and spec give the same fleet, byte for byte. Each factory
 * gets exactly R runtimes, cycling through a self-hosted runtime, an Azure-SSIS one, a second self-hosted one (linked
 * to a shared runtime of another factory where there is one) and the Azure AutoResolve runtime.
 */
public final class FleetGenerator {

    static final String LATEST_VERSION = "5.46.9012.1";
    /**
     * Version, its status, and how many days before the fleet was made it was released: with Microsoft's one-year
     * support, versions on every side of the 90-day warning (345, 100, 65 days left, and expired 35 days ago); the
     * first four self-hosted runtimes (the default fleet's) get one of each.
     */
    private static final String[][] VERSIONS = {
            {"5.30.8700.1", "Expired", "400"}, {LATEST_VERSION, "UpToDate", "20"}, {"5.44.8984.1", "UpdateAvailable", "265"},
            {"5.38.8850.1", "Expiring", "300"}, {LATEST_VERSION, "UpToDate", "20"}};
    /** Microsoft's rule: a self-hosted integration runtime version expires one year after its release. */
    static final Duration SUPPORTED_FOR = Duration.ofDays(365);
    private static final String[] DOMAINS = {"sales", "finance", "hr", "ops", "marketing", "supply", "iot", "crm", "risk", "web"};
    private static final String[][] REGIONS = {{"weu", "westeurope"}, {"neu", "northeurope"}, {"eus", "eastus"},
            {"wus2", "westus2"}, {"sea", "southeastasia"}};
    private static final String[] SHIR_NAMES = {"shir-onprem-sql", "shir-sap-gateway", "shir-fileshare", "shir-oracle-dc2"};
    private static final String[] NODE_STATUSES = {"Online", "Online", "Online", "Online", "Offline", "Limited", "Upgrading"};
    private static final String[] NODE_SIZES = {"Standard_D2_v3", "Standard_D4_v3", "Standard_E4_v3", "Standard_D8_v3"};

    private final Random random;
    private final Instant now;
    /** Counters that spread states evenly, so even the smallest fleet shows every case once. */
    private int selfHostedCount;
    private int nodeCount;
    private int managedCount;

    public FleetGenerator(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    public Fleet generate(FleetSpec spec) {
        Fleet fleet = new Fleet(uuid());
        SandboxRuntime shared = null;
        SandboxFactory sharedOwner = null;
        for (int s = 0; s < spec.subscriptions(); s++) {
            String subscriptionId = uuid();
            Map<String, String> groups = new LinkedHashMap<>();
            for (int f = 0; f < spec.factoriesPerSubscription(); f++) {
                String domain = DOMAINS[(s * 3 + f) % DOMAINS.length];
                String[] region = REGIONS[(s + f) % REGIONS.length];
                String group = "rg-" + domain + "-" + region[0];
                groups.putIfAbsent(group, region[1]);
                String name = String.format("adf-%s-%s-%02d", domain, region[0], f / DOMAINS.length + s + 1);
                SandboxFactory factory = new SandboxFactory(subscriptionId, group, name, region[1],
                        now.minus(Duration.ofDays(30 + random.nextInt(700))), uuid());
                for (int r = 0; r < spec.runtimesPerFactory(); r++) {
                    SandboxRuntime runtime = runtime(r, region, spec.maxNodes(), factory, shared, sharedOwner);
                    factory.add(runtime);
                    if (runtime.kind == SandboxRuntime.Kind.LINKED && shared != null) {
                        shared.links.add(new SandboxRuntime.Link(runtime.name, subscriptionId, name, region[1],
                                now.minus(Duration.ofDays(random.nextInt(90) + 1))));
                    }
                }
                if (shared == null) {
                    shared = factory.runtimes.values().iterator().next();
                    sharedOwner = factory;
                }
                fleet.addFactory(factory);
            }
            fleet.addSubscription(new Fleet.Subscription(subscriptionId,
                    s == 0 ? "Data Platform Prod" : "Data Platform " + (s == 1 ? "Dev" : "Team " + (s + 1)), groups));
        }
        if (sharedOwner != null) {
            shared.description = "Shared self-hosted runtime of " + sharedOwner.name + " (" + shared.links.size() + " linked factories)";
        }
        if (spec.guestTenant()) {
            addGuestTenant(fleet, spec.maxNodes());
        }
        return fleet;
    }

    /**
     * A partner's directory where the user is a guest: one subscription, one factory with a self-hosted and an
     * Azure-SSIS runtime. Made after the home fleet, so the home fleet is the same with or without it.
     */
    private void addGuestTenant(Fleet fleet, int maxNodes) {
        String tenantId = uuid();
        fleet.addGuestTenant(new Fleet.Tenant(tenantId, "Fabrikam Partner", "fabrikam-partner.onmicrosoft.com", false));
        String subscriptionId = uuid();
        String[] region = REGIONS[0];
        SandboxFactory factory = new SandboxFactory(subscriptionId, "rg-partner-" + region[0], "adf-fabrikam-shared-01",
                region[1], now.minus(Duration.ofDays(200)), uuid());
        for (int r = 0; r < 2; r++) {
            factory.add(runtime(r, region, maxNodes, factory, null, null));
        }
        fleet.addFactory(factory);
        fleet.addSubscription(new Fleet.Subscription(subscriptionId, "Fabrikam Shared Analytics",
                new LinkedHashMap<>(Map.of(factory.resourceGroup, region[1])), tenantId));
    }

    private SandboxRuntime runtime(int index, String[] region, int maxNodes, SandboxFactory factory, SandboxRuntime shared,
                                   SandboxFactory sharedOwner) {
        SandboxRuntime runtime = new SandboxRuntime();
        runtime.createTime = factory.createTime.plus(Duration.ofHours(1 + random.nextInt(500)));
        runtime.etag = uuid();
        runtime.latestVersion = LATEST_VERSION;
        runtime.latestVersionExpiry = expiry(VERSIONS[1]);
        runtime.monitoringPhase = random.nextInt(1000);
        int slot = index % 4;
        String suffix = index < 4 ? "" : "-" + (index / 4 + 1);
        if (slot == 0 || (slot == 2 && shared == null)) {
            runtime.kind = SandboxRuntime.Kind.SELF_HOSTED;
            runtime.name = SHIR_NAMES[(index / 2 + random.nextInt(2)) % SHIR_NAMES.length] + suffix + (slot == 2 ? "-b" : "");
            runtime.description = "Self-hosted runtime for on-premises sources";
            selfHosted(runtime, maxNodes);
        } else if (slot == 1) {
            runtime.kind = SandboxRuntime.Kind.MANAGED_SSIS;
            runtime.name = "ssis-ir-" + region[0] + suffix;
            runtime.description = "Azure-SSIS runtime for lifted SSIS packages";
            managed(runtime, region[1]);
        } else if (slot == 2) {
            runtime.kind = SandboxRuntime.Kind.LINKED;
            runtime.name = "shir-shared-linked" + suffix;
            runtime.description = "Linked to a shared self-hosted runtime";
            runtime.sharedRuntimeId = sharedOwner.id() + "/integrationruntimes/" + shared.name;
            runtime.nodes.addAll(shared.nodes);
            runtime.latestVersion = shared.latestVersion;
            runtime.latestVersionExpiry = shared.latestVersionExpiry;
        } else {
            runtime.kind = SandboxRuntime.Kind.MANAGED_AZURE;
            runtime.name = index < 4 ? "AutoResolveIntegrationRuntime" : "azure-ir-" + region[0] + suffix;
            runtime.description = "Azure runtime, region resolved automatically";
            runtime.location = "AutoResolve";
        }
        return runtime;
    }

    private void selfHosted(SandboxRuntime runtime, int maxNodes) {
        runtime.taskQueueId = uuid();
        runtime.authKey1 = authKey();
        runtime.authKey2 = authKey();
        runtime.autoUpdate = random.nextInt(4) == 0 ? "Off" : "On";
        int index = selfHostedCount++;
        int count = index % 7 == 6 ? 0 : 1 + (index + random.nextInt(2)) % maxNodes;
        String[] version = VERSIONS[(index * 2 + 1) % VERSIONS.length];
        for (int n = 0; n < count; n++) {
            SandboxNode node = new SandboxNode();
            node.name = String.format("VM-%s-%02d", runtime.name.replace("shir-", "").toUpperCase().replace('-', '_'), n + 1);
            node.machineName = node.name.replace('_', '-');
            int nodeIndex = nodeCount++;
            node.status = NODE_STATUSES[(nodeIndex * 3 + 1) % NODE_STATUSES.length];
            node.version = version[0];
            node.expiryTime = expiry(version);
            node.registerTime = runtime.createTime.plus(Duration.ofMinutes(10 + n * 7L));
            node.lastStartTime = now.minus(Duration.ofHours(1 + random.nextInt(300)));
            node.lastConnectTime = node.status.equals("Offline") ? now.minus(Duration.ofHours(2 + random.nextInt(48)))
                    .minus(offlineFor(nodeIndex)) : now.minus(Duration.ofSeconds(5 + random.nextInt(50)));
            node.lastStopTime = node.status.equals("Offline") ? node.lastConnectTime : null;
            node.activeDispatcher = n == 0;
            node.maxConcurrentJobs = 8 * (2 + random.nextInt(6));
            node.concurrentJobsLimit = Math.max(1, node.maxConcurrentJobs / 2);
            node.ipAddress = "10." + (10 + random.nextInt(200)) + "." + random.nextInt(250) + "." + (4 + n);
            node.capabilities.put("serviceBusConnected", node.status.equals("Offline") ? "False" : "True");
            node.capabilities.put("httpsPortEnabled", "True");
            node.capabilities.put("credentialInSync", nodeCount % 5 == 2 ? "False" : "True");
            node.capabilities.put("connectedToResourceManager", node.status.equals("Offline") ? "False" : "True");
            node.capabilities.put("nodeEnabled", "True");
            if (node.status.equals("Upgrading")) {
                node.upgradedAt = now.plus(Duration.ofMinutes(10));
                node.lastStartUpdateTime = now.minus(Duration.ofMinutes(3));
            }
            runtime.nodes.add(node);
        }
    }

    private Instant expiry(String[] version) {
        return now.minus(Duration.ofDays(Long.parseLong(version[2]))).plus(SUPPORTED_FOR);
    }

    /**
     * How long an offline node has been gone, beyond its hours: of every four offline nodes one went today, one
     * about two weeks ago and two over a month ago (stale by the 30-day default), so stale-node clean-up has nodes on
     * both sides of any threshold.
     */
    private static Duration offlineFor(int nodeIndex) {
        int offline = nodeIndex / NODE_STATUSES.length;
        return switch (offline % 4) {
            case 0 -> Duration.ZERO;
            case 2 -> Duration.ofDays(12 + offline % 5);
            default -> Duration.ofDays(31 + (offline * 7) % 60);
        };
    }

    private void managed(SandboxRuntime runtime, String location) {
        runtime.location = location;
        runtime.nodeSize = NODE_SIZES[random.nextInt(NODE_SIZES.length)];
        runtime.nodeCount = 1 + random.nextInt(4);
        runtime.managedState = managedCount++ % 3 == 1 ? "Stopped" : "Started";
        runtime.lastOperationType = runtime.managedState.equals("Started") ? "Start" : "Stop";
        runtime.lastOperationTime = now.minus(Duration.ofHours(2 + random.nextInt(100)));
        runtime.lastOperationResult = "Succeed";
        if (managedCount % 4 == 3) {
            runtime.otherErrors.add(new String[] {"VNetInvalidSubnet", "The subnet of the VNet has too few free IP addresses "
                    + "for " + runtime.nodeCount + " nodes; startup may fail when scaling out."});
        }
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    String authKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "IR@" + uuid() + "@sandbox@ServiceEndpoint=sandbox.datafactory.local@"
                + java.util.Base64.getEncoder().encodeToString(bytes);
    }

    static List<String> domains() {
        return List.of(DOMAINS);
    }
}
