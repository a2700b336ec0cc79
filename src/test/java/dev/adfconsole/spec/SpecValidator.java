package dev.adfconsole.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import java.util.List;
import java.util.Map;

/**
 * Validates requests and responses against {@code datafactory.json} (Swagger 2.0) with Atlassian's validator. Loaded
 * once per JVM: parsing the spec and its entity types takes seconds.
 */
public final class SpecValidator {

    private static OpenApiInteractionValidator validator;

    private SpecValidator() {
    }

    private static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            String url = SpecCopy.adaptedFor(SpecExamples.specDirectory()).resolve("datafactory.json").toUri().toString();
            // Azure's subtypes are named apart from their discriminator values ("SelfHosted" is
            // SelfHostedIntegrationRuntimeStatus), which the validator cannot map; such a body is checked against its
            // base schema instead. Our contract tests assert the subtype fields themselves.
            validator = OpenApiInteractionValidator.createForSpecificationUrl(url)
                    // Azure resources are allOf(SubResource, own properties): resolve the combinators so id, name,
                    // type and etag count as the resource's own fields rather than "additional" ones.
                    .withResolveCombinators(true)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.response.body.schema.discriminator", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.body.schema.discriminator", ValidationReport.Level.IGNORE)
                            .build())
                    // A bare {"type": "object"} is Azure's "any value" (see SpecCopy); the converter still types it
                    // object, so a TimeSpan string there (Pipelines_Get's policy duration) is not an error.
                    .withWhitelist(ValidationErrorsWhitelist.create().withRule("any value",
                            WhitelistRules.messageContainsSubstring("allowed: [\"null\",\"object\"]")))
                    .build();
        }
        return validator;
    }

    /** Problems with a request; empty when it conforms. */
    public static List<String> request(String method, String path, Map<String, String> query, String body) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(method), path)
                .withContentType("application/json").withAuthorization("Bearer test");
        query.forEach(builder::withQueryParam);
        if (body != null) {
            builder.withBody(body);
        }
        return messages(validator().validateRequest(builder.build()));
    }

    /** Problems with a response to {@code method path}; empty when it conforms. */
    public static List<String> response(String method, String path, int status, String body) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(status).withContentType("application/json");
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        return messages(validator().validateResponse(path, Request.Method.valueOf(method), builder.build()));
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }
}
