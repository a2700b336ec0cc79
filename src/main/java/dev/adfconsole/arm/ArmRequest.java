package dev.adfconsole.arm;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ARM call, before it is sent. {@code retrySafe} says whether sending it twice is harmless: GET, PUT, DELETE and
 * POSTs that only read are; POSTs that act (createRun, start, regenerateAuthKey…) are not, and are never resent after
 * a 5xx or a timeout, because a second pipeline run or a second key regeneration is worse than an error.
 *
 * @param path the path under the ARM endpoint, e.g. {@code /subscriptions/…}, or null when {@code absolute} is set
 * @param absolute a full URL to follow as given ({@code nextLink}, an async-operation URL); it carries its api-version
 */
public record ArmRequest(String method, String path, URI absolute, Map<String, String> query, String body,
                         String apiVersion, boolean retrySafe) {

    /** The Data Factory api-version the console speaks. */
    public static final String DATA_FACTORY_API = "2018-06-01";

    public ArmRequest {
        // In the order added: the URL (and the run dialog's preview of it) lists them as the caller set them.
        query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /**
     * The URL exactly as sent under {@code endpoint}: path, the query in order, api-version last; an absolute URL as
     * given.
     */
    public String url(URI endpoint) {
        return httpUrl(endpoint).toString();
    }

    /** The same URL, parsed once, for the sender (a string would be parsed again). */
    okhttp3.HttpUrl httpUrl(URI endpoint) {
        if (absolute != null) {
            return okhttp3.HttpUrl.get(absolute);
        }
        if (query.isEmpty() && apiVersion != null && path.indexOf('?') < 0) {
            // The common case (no query of its own): one parse instead of a parse, a builder and a rebuild.
            return okhttp3.HttpUrl.get(endpoint + path + "?api-version=" + apiVersion);
        }
        okhttp3.HttpUrl.Builder builder = okhttp3.HttpUrl.get(endpoint + path).newBuilder();
        query.forEach(builder::addQueryParameter);
        if (apiVersion != null) {
            builder.setQueryParameter("api-version", apiVersion);
        }
        return builder.build();
    }

    public static ArmRequest get(String path) {
        return new ArmRequest("GET", path, null, Map.of(), null, DATA_FACTORY_API, true);
    }

    /** A POST that changes state: sent once, never retried on 5xx or timeouts. */
    public static ArmRequest post(String path, String body) {
        return new ArmRequest("POST", path, null, Map.of(), body, DATA_FACTORY_API, false);
    }

    /** A POST that only reads (getStatus, listAuthKeys, run queries): safe to retry, yet metered as a write by ARM. */
    public static ArmRequest postRead(String path, String body) {
        return new ArmRequest("POST", path, null, Map.of(), body, DATA_FACTORY_API, true);
    }

    public static ArmRequest put(String path, String body) {
        return new ArmRequest("PUT", path, null, Map.of(), body, DATA_FACTORY_API, true);
    }

    /** PATCH replaces the named fields with the same values each time, so a retry is harmless. */
    public static ArmRequest patch(String path, String body) {
        return new ArmRequest("PATCH", path, null, Map.of(), body, DATA_FACTORY_API, true);
    }

    public static ArmRequest delete(String path) {
        return new ArmRequest("DELETE", path, null, Map.of(), null, DATA_FACTORY_API, true);
    }

    /** Follows a URL Azure gave (nextLink, Location, Azure-AsyncOperation) exactly, adding no api-version. */
    public static ArmRequest follow(URI url) {
        return new ArmRequest("GET", null, url, Map.of(), null, null, true);
    }

    public ArmRequest withApiVersion(String version) {
        return new ArmRequest(method, path, absolute, query, body, version, retrySafe);
    }

    public ArmRequest withQuery(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(query);
        copy.put(name, value);
        return new ArmRequest(method, path, absolute, copy, body, apiVersion, retrySafe);
    }

    public ArmRequest withBody(String newBody) {
        return new ArmRequest(method, path, absolute, query, newBody, apiVersion, retrySafe);
    }

    /** ARM meters every non-GET as a write (field-facts: getStatus and run queries are POSTs). */
    public boolean isWrite() {
        return !"GET".equals(method) && !"HEAD".equals(method);
    }

    /** The subscription the call is metered against, or null for tenant-level calls. */
    public String subscriptionId() {
        String text = path != null ? path : absolute.getPath();
        String[] parts = text.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equalsIgnoreCase("subscriptions")) {
                return parts[i + 1].toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }
}
