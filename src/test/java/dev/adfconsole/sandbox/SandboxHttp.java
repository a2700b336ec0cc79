package dev.adfconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Raw HTTP against a sandbox, as curl would talk to it. */
final class SandboxHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final SandboxServer server;
    final String token;

    SandboxHttp(SandboxServer server) {
        this.server = server;
        this.token = server.issueToken(Duration.ofHours(1));
    }

    Answer send(String method, String pathAndQuery, String body, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
        return new Answer(response.statusCode(), json, response);
    }

    Answer get(String pathAndQuery) throws IOException, InterruptedException {
        return send("GET", pathAndQuery, null, token);
    }

    Answer post(String pathAndQuery, String body) throws IOException, InterruptedException {
        return send("POST", pathAndQuery, body, token);
    }

    record Answer(int status, JsonNode json, HttpResponse<String> raw) {
        String code() {
            return json.at("/error/code").asText();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }
}
