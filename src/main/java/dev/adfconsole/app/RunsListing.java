package dev.adfconsole.app;

import dev.adfconsole.app.runs.RunsOptions;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.model.RunFilterParameters.RunQueryFilter;
import dev.adfconsole.model.RunFilterParameters.RunQueryOrderBy;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.service.runs.RunRow;
import dev.adfconsole.service.runs.RunScope;
import dev.adfconsole.service.runs.ScopeFailure;
import dev.adfconsole.service.runs.ScopeRunQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;

/** The runs the command's options select, from every factory in scope, newest first, and what failed. */
record RunsListing(List<FactoryRun> runs, List<ScopeFailure> failures) {

    static RunsListing query(DataFactoryServices services, RunScope scope, RunsOptions options, Clock clock)
            throws ExecutionException, InterruptedException {
        Instant now = clock.instant();
        List<RunQueryFilter> filters = new ArrayList<>();
        // rerun-failed asks for every status: a failed run's later reruns say whether it is already recovered.
        if (options.status() != null) {
            filters.add(new RunQueryFilter("Status", "Equals", List.of(options.status())));
        }
        if (options.pipeline() != null) {
            filters.add(new RunQueryFilter("PipelineName", "Equals", List.of(options.pipeline())));
        }
        RunFilterParameters filter = new RunFilterParameters(null, now.minus(options.since()), now.plusSeconds(60),
                filters, List.of(new RunQueryOrderBy("RunStart", "DESC")));
        ConcurrentLinkedQueue<FactoryRun> runs = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<ScopeFailure> failures = new ConcurrentLinkedQueue<>();
        new ScopeRunQuery(services, options.concurrency()).run(scope, filter, new ScopeRunQuery.Listener() {
            @Override
            public void runs(FactoryRef factory, List<PipelineRun> page) {
                page.forEach(run -> runs.add(new FactoryRun(factory, run)));
            }

            @Override
            public void failed(ScopeFailure failure) {
                failures.add(failure);
            }
        }).done().get();
        List<FactoryRun> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparing((FactoryRun r) -> r.run().runStart() == null ? Instant.MIN : r.run().runStart())
                .reversed().thenComparing(r -> r.factory().factoryName()));
        return new RunsListing(List.copyOf(sorted), List.copyOf(failures));
    }

    List<RunRow> rows() {
        List<RunRow> rows = new ArrayList<>(runs.stream().map(RunRow::of).toList());
        failures.forEach(failure -> rows.add(RunRow.of(failure)));
        return rows;
    }
}
