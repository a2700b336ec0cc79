package dev.adfconsole.service.accounts;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MSAL's HTTP for an authority that is not served over HTTPS under its own name, such as the built-in sandbox: MSAL
 * accepts only {@code https} authorities, so it is given {@code https://<name>/<tenant>} and this client sends those
 * calls to the real address. Every other request goes out unchanged. It is MSAL's documented seam
 * ({@code httpClient(IHttpClient)}); MSAL's own code does everything else.
 */
public final class AuthorityHttpClient implements IHttpClient {

    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final String publicPrefix;
    private final String realPrefix;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** @param publicAuthority what MSAL is told, e.g. {@code https://login.sandbox.local}; {@code realAuthority} where it is */
    public AuthorityHttpClient(URI publicAuthority, URI realAuthority) {
        this.publicPrefix = strip(publicAuthority.toString());
        this.realPrefix = strip(realAuthority.toString());
    }

    /** The address a browser must use for a URL MSAL built on the public name. */
    public String toReal(String url) {
        return url.startsWith(publicPrefix) ? realPrefix + url.substring(publicPrefix.length()) : url;
    }

    @Override
    public IHttpResponse send(HttpRequest request) throws Exception {
        var builder = java.net.http.HttpRequest.newBuilder(URI.create(toReal(request.url().toString())))
                .timeout(Duration.ofSeconds(30));
        if (request.headers() != null) {
            request.headers().forEach((name, value) -> {
                if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    builder.header(name, value);
                }
            });
        }
        String body = request.body();
        builder.method(request.httpMethod().name(), body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, List<String>> headers = response.headers().map();
        return new IHttpResponse() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public Map<String, List<String>> headers() {
                return headers;
            }

            @Override
            public String body() {
                return response.body();
            }
        };
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
