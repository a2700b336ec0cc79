package dev.adfconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** ARM list paging: {@code value} plus an absolute {@code nextLink} that already carries api-version and $skipToken. */
public final class Paging {

    private Paging() {
    }

    public static SandboxResponse page(SandboxRequest request, List<? extends com.fasterxml.jackson.databind.JsonNode> items, int pageSize) {
        int skip = parseSkip(request.query().get("$skipToken"));
        ObjectNode body = Json.object();
        ArrayNode value = body.putArray("value");
        items.stream().skip(skip).limit(pageSize).forEach(value::add);
        if (skip + pageSize < items.size()) {
            body.put("nextLink", baseUrl(request) + request.path() + "?api-version="
                    + URLEncoder.encode(request.query().getOrDefault("api-version", ""), StandardCharsets.UTF_8)
                    + "&%24skipToken=" + (skip + pageSize));
        }
        return SandboxResponse.json(200, body.toString());
    }

    /** The URL the client used to reach us, so links work from curl, the app and tests alike. */
    public static String baseUrl(SandboxRequest request) {
        return "http://" + request.header("Host").orElse("127.0.0.1");
    }

    private static int parseSkip(String token) {
        try {
            return token == null ? 0 : Math.max(0, Integer.parseInt(token));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
