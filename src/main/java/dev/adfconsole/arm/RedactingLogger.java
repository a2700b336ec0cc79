package dev.adfconsole.arm;

import java.io.IOException;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each HTTP exchange (method, URL, status, time, request id) at DEBUG. Never the Authorization header, and
 * bodies are not logged at all; URLs have secrets in query strings masked. Log files get attached to tickets.
 */
final class RedactingLogger implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger("dev.adfconsole.arm.http");
    private static final Pattern SECRET_QUERY = Pattern.compile(
            "(?i)((?:access_token|refresh_token|code|client_secret|sig|key)=)[^&]*");
    private static final Pattern SECRET_JSON = Pattern.compile(
            "(?i)(\"(?:authKey1|authKey2|access_token|refresh_token|id_token|serviceToken|password|value|key)\"\\s*:\\s*\")[^\"]*\"");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!LOG.isDebugEnabled()) {
            // Off by default: a sweep sends a thousand calls, and masking each URL with a regex costs CPU for nothing.
            return chain.proceed(request);
        }
        long start = System.nanoTime();
        String url = redactUrl(request.url().toString());
        try {
            Response response = chain.proceed(request);
            LOG.debug("{} {} -> {} in {} ms (x-ms-request-id {})", request.method(), url, response.code(),
                    (System.nanoTime() - start) / 1_000_000, response.header("x-ms-request-id"));
            return response;
        } catch (IOException e) {
            LOG.debug("{} {} failed after {} ms: {}", request.method(), url, (System.nanoTime() - start) / 1_000_000,
                    e.toString());
            throw e;
        }
    }

    static String redactUrl(String url) {
        return SECRET_QUERY.matcher(url).replaceAll("$1****");
    }

    /** For any body text that must appear in a message: secret-looking JSON values masked. */
    static String redactJson(String json) {
        return SECRET_JSON.matcher(json).replaceAll("$1****\"");
    }
}
