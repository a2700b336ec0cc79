package dev.adfconsole.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's sign-in authority over real HTTP: discovery, PKCE code flow, refresh rotation, device code. */
class OAuthAuthorityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private SandboxServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults());
        base = server.baseUri() + "/" + server.tenantId();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode post(String url, String form, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private String code() throws Exception {
        HttpResponse<String> authorize = get(base + "/oauth2/v2.0/authorize?client_id=app&response_type=code"
                + "&redirect_uri=" + URLEncoder.encode("http://localhost:53127", StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode("https://management.azure.com/.default offline_access", StandardCharsets.UTF_8)
                + "&code_challenge=" + challenge(VERIFIER) + "&code_challenge_method=S256&state=xyz");
        assertThat(authorize.statusCode()).isEqualTo(302);
        String location = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://localhost:53127?code=").endsWith("&state=xyz");
        return location.substring(location.indexOf("code=") + 5, location.indexOf("&state"));
    }

    @Test
    void discoveryDocumentNamesTheEndpoints() throws Exception {
        JsonNode config = JSON.readTree(get(base + "/v2.0/.well-known/openid-configuration").body());

        assertThat(config.get("token_endpoint").asText()).isEqualTo(base + "/oauth2/v2.0/token");
        assertThat(config.get("device_authorization_endpoint").asText()).isEqualTo(base + "/oauth2/v2.0/devicecode");
        assertThat(JSON.readTree(get(server.baseUri() + "/common/discovery/instance?api-version=1.1").body())
                .get("tenant_discovery_endpoint").asText()).endsWith("/v2.0/.well-known/openid-configuration");
    }

    @Test
    void authorizationCodeWithTheRightVerifierGivesTokensTheArmRoutesAccept() throws Exception {
        JsonNode tokens = post(base + "/oauth2/v2.0/token", "grant_type=authorization_code&client_id=app&code=" + code()
                + "&code_verifier=" + VERIFIER + "&redirect_uri=http%3A%2F%2Flocalhost%3A53127", 200);

        assertThat(tokens.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.get("client_info").asText()).isNotBlank();
        String claims = new String(Base64.getUrlDecoder().decode(tokens.get("id_token").asText().split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(JSON.readTree(claims).get("tid").asText()).isEqualTo(server.tenantId());
        HttpResponse<String> arm = http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/subscriptions?api-version=2022-12-01"))
                .header("Authorization", "Bearer " + tokens.get("access_token").asText()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(arm.statusCode()).isEqualTo(200);
    }

    @Test
    void wrongVerifierAndReusedCodesAreRefused() throws Exception {
        String code = code();
        JsonNode wrong = post(base + "/oauth2/v2.0/token", "grant_type=authorization_code&code=" + code
                + "&code_verifier=not-the-verifier", 400);
        assertThat(wrong.get("error").asText()).isEqualTo("invalid_grant");
        assertThat(wrong.get("error_description").asText()).contains("Code_Verifier");

        JsonNode reused = post(base + "/oauth2/v2.0/token", "grant_type=authorization_code&code=" + code
                + "&code_verifier=" + VERIFIER, 400);
        assertThat(reused.get("error_codes").get(0).asInt()).isEqualTo(70008);
    }

    @Test
    void refreshTokensRotateTheOldOneStaysValidAsInEntraIdAndRevokingSessionsEndsBoth() throws Exception {
        JsonNode first = post(base + "/oauth2/v2.0/token", "grant_type=authorization_code&code=" + code() + "&code_verifier=" + VERIFIER, 200);
        String refresh = first.get("refresh_token").asText();

        JsonNode second = post(base + "/oauth2/v2.0/token", "grant_type=refresh_token&refresh_token=" + refresh, 200);
        assertThat(second.get("refresh_token").asText()).isNotEqualTo(refresh);
        assertThat(second.get("access_token").asText()).isNotEqualTo(first.get("access_token").asText());

        post(base + "/oauth2/v2.0/token", "grant_type=refresh_token&refresh_token=" + refresh, 200);

        server.authority().revokeSessions();
        for (String revoked : new String[] {refresh, second.get("refresh_token").asText()}) {
            JsonNode refused = post(base + "/oauth2/v2.0/token", "grant_type=refresh_token&refresh_token=" + revoked, 400);
            assertThat(refused.get("error").asText()).isEqualTo("invalid_grant");
        }
    }

    @Test
    void deviceCodeIsPendingUntilApproved() throws Exception {
        JsonNode device = post(base + "/oauth2/v2.0/devicecode", "client_id=app&scope=https%3A%2F%2Fmanagement.azure.com%2F.default", 200);
        String poll = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=" + device.get("device_code").asText();

        assertThat(post(base + "/oauth2/v2.0/token", poll, 400).get("error").asText()).isEqualTo("authorization_pending");
        assertThat(server.authority().approveDeviceCode(device.get("user_code").asText())).isTrue();
        assertThat(post(base + "/oauth2/v2.0/token", poll, 200).get("access_token").asText()).as("a JWT, as Entra ID issues").matches("eyJ[\\w-]+\\.eyJ[\\w-]+\\.[\\w-]+");
        assertThat(post(base + "/oauth2/v2.0/token", poll, 400).get("error").asText()).as("a device code is used once").isEqualTo("expired_token");
    }
}
