package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;

/** Body of the run queries ({@code RunFilterParameters}); nulls are not written, as the spec's examples show. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunFilterParameters(String continuationToken,
                                  @JsonSerialize(using = AzureInstantSerializer.class) Instant lastUpdatedAfter,
                                  @JsonSerialize(using = AzureInstantSerializer.class) Instant lastUpdatedBefore,
                                  List<RunQueryFilter> filters, List<RunQueryOrderBy> orderBy) {

    /** {@code RunQueryFilter}: operand (PipelineName, Status, RunGroupId…), operator (Equals, In…), values. */
    public record RunQueryFilter(String operand, String operator, List<String> values) {
    }

    /** {@code RunQueryOrderBy}: field and ASC or DESC. */
    public record RunQueryOrderBy(String orderBy, String order) {
    }

    public RunFilterParameters withContinuationToken(String token) {
        return new RunFilterParameters(token, lastUpdatedAfter, lastUpdatedBefore, filters, orderBy);
    }
}
