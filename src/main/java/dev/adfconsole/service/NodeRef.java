package dev.adfconsole.service;

/** Which node of which self-hosted integration runtime. */
public record NodeRef(RuntimeRef runtime, String name) {

    public NodeRef {
        ResourceNames.node(name);
    }

    public String path() {
        return runtime.path() + "/nodes/" + Paths.segment(name);
    }

    @Override
    public String toString() {
        return runtime + "/" + name;
    }
}
