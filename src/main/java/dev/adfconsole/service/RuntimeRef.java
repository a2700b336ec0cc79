package dev.adfconsole.service;

/** Which integration runtime of which factory. */
public record RuntimeRef(FactoryRef factory, String name) {

    public RuntimeRef {
        ResourceNames.integrationRuntime(name);
    }

    public String path() {
        return factory.path() + "/integrationRuntimes/" + Paths.segment(name);
    }

    public NodeRef node(String nodeName) {
        return new NodeRef(this, nodeName);
    }

    @Override
    public String toString() {
        return factory.factoryName() + "/" + name;
    }
}
