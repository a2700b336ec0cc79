package dev.adfconsole.testing;

import dev.adfconsole.service.accounts.AuthorityHttpClient;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests' "browser" for MSAL's interactive sign-in: opens the authorize URL at the sandbox and submits the page it
 * gets back, as a browser's onload script would (MSAL asks for {@code response_mode=form_post}), to MSAL's loopback
 * listener.
 */
public final class SandboxBrowser {

    private final AuthorityHttpClient authority;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public SandboxBrowser(AuthorityHttpClient authority) {
        this.authority = authority;
    }

    public void open(URL authorize) {
        try {
            String page = http.send(HttpRequest.newBuilder(URI.create(authority.toReal(authorize.toString()))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page);
            if (!action.find()) {
                throw new IllegalStateException("the authorize page has no form to post back: " + page);
            }
            StringBuilder form = new StringBuilder();
            Matcher field = Pattern.compile("name=\"(code|state)\" value=\"([^\"]*)\"").matcher(page);
            while (field.find()) {
                form.append(form.length() == 0 ? "" : "&").append(field.group(1)).append('=')
                        .append(URLEncoder.encode(unescape(field.group(2)), StandardCharsets.UTF_8));
            }
            http.send(HttpRequest.newBuilder(URI.create(unescape(action.group(1))))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
