package dev.adfconsole.ui.pipelinerun;

import dev.adfconsole.model.PipelineResource;
import java.util.ArrayList;
import java.util.List;

/** A pipeline's activities in dependency order: each after the activities it depends on, as the picker lists them. */
final class ActivityOrder {

    private ActivityOrder() {
    }

    static List<String> of(PipelineResource pipeline) {
        List<String> ordered = new ArrayList<>();
        List<PipelineResource.Activity> left = new ArrayList<>(pipeline.activities());
        while (!left.isEmpty()) {
            PipelineResource.Activity next = left.stream().filter(a -> a.dependsOn() == null || a.dependsOn().stream()
                    .allMatch(d -> ordered.contains(d.activity()))).findFirst().orElse(left.get(0));
            ordered.add(next.name());
            left.remove(next);
        }
        return ordered;
    }
}
