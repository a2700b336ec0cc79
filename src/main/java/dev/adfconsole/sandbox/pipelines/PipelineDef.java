package dev.adfconsole.sandbox.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A pipeline as the sandbox keeps it: its JSON, its parameters and its activities with their dependencies. */
final class PipelineDef {

    /** A parameter: type as Data Factory names it; null default means required. */
    record Parameter(String type, JsonNode defaultValue) {
    }

    /** An activity and the activities (with conditions) it waits for. */
    record Activity(String name, String type, Map<String, List<String>> dependsOn) {
    }

    final String name;
    final ObjectNode resource;
    final Map<String, Parameter> parameters = new LinkedHashMap<>();
    final List<Activity> activities = new ArrayList<>();
    /** Runs of this pipeline at once (0: no limit); Data Factory queues the ones beyond it. */
    final int concurrency;

    PipelineDef(String name, ObjectNode resource) {
        this.name = name;
        this.resource = resource;
        this.concurrency = Math.max(0, resource.path("properties").path("concurrency").asInt(0));
        resource.path("properties").path("parameters").fields().forEachRemaining(p -> parameters.put(p.getKey(),
                new Parameter(p.getValue().path("type").asText("String"),
                        p.getValue().has("defaultValue") ? p.getValue().get("defaultValue") : null)));
        for (JsonNode activity : resource.path("properties").path("activities")) {
            Map<String, List<String>> deps = new LinkedHashMap<>();
            for (JsonNode dep : activity.path("dependsOn")) {
                List<String> conditions = new ArrayList<>();
                dep.path("dependencyConditions").forEach(c -> conditions.add(c.asText()));
                deps.put(dep.path("activity").asText(), conditions);
            }
            activities.add(new Activity(activity.path("name").asText(), activity.path("type").asText(), deps));
        }
    }

    Activity activity(String activityName) {
        return activities.stream().filter(a -> a.name().equalsIgnoreCase(activityName)).findFirst().orElse(null);
    }

    /** The activities in an order where every activity comes after those it depends on. */
    List<Activity> inDependencyOrder() {
        List<Activity> ordered = new ArrayList<>();
        List<Activity> left = new ArrayList<>(activities);
        while (!left.isEmpty()) {
            Activity next = left.stream().filter(a -> a.dependsOn().keySet().stream()
                    .allMatch(d -> ordered.stream().anyMatch(o -> o.name().equals(d)))).findFirst().orElse(left.get(0));
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }
}
