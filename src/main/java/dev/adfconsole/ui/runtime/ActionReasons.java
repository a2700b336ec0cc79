package dev.adfconsole.ui.runtime;

/**
 * The tooltip of each runtime action: what it does when it can run, and why not when it cannot, so a greyed-out
 * button never leaves the operator guessing.
 */
final class ActionReasons {

    private ActionReasons() {
    }

    static String start(boolean shown, boolean managed, String state) {
        if (!shown || !managed) {
            return "Only Azure-SSIS and Azure runtimes are started; a self-hosted runtime runs on your own machines.";
        }
        return "Stopped".equals(state) ? "Starts the runtime's nodes in Azure (takes several minutes)."
                : "The runtime is " + state + "; only a stopped runtime can be started.";
    }

    static String stop(boolean shown, boolean managed, String state) {
        if (!shown || !managed) {
            return "Only Azure-SSIS and Azure runtimes are stopped; stop a self-hosted node on its machine.";
        }
        return "Started".equals(state) ? "Stops the runtime and releases its nodes (asks first)."
                : "The runtime is " + state + "; only a started runtime can be stopped.";
    }

    static String upgrade(boolean shown, boolean managed, boolean upToDate) {
        if (!shown || managed) {
            return "Only self-hosted runtimes are upgraded; Azure keeps managed runtimes up to date.";
        }
        return upToDate ? "Every node already runs the latest version." : "Upgrades the nodes to the latest version.";
    }

    static String syncCredentials(boolean shown, boolean managed) {
        return !shown || managed ? "Only self-hosted runtimes keep credentials on their nodes."
                : "Copies the data-source credentials of the dispatcher node to every other node.";
    }
}
