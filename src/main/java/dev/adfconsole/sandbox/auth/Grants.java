package dev.adfconsole.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes (one use, ten minutes, bound to a PKCE challenge) and device codes (pending until approved). */
final class Grants {

    /** {@code user}: who signed in (the login hint's user), null for the sandbox's operator. */
    record Code(String challenge, String redirectUri, String scope, Instant expires, String user) {
    }

    /** A poll's answer, with who approved the code. */
    record Poll(DeviceState state, String user) {
    }

    record DeviceCode(String deviceCode, String userCode, String scope, Instant expires, Instant autoApproveAt) {
    }

    enum DeviceState { PENDING, APPROVED, EXPIRED }

    private final Clock clock;
    private final Duration autoApproval;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, DeviceCode> devices = new ConcurrentHashMap<>();
    /** Device code → the user name that approved it ("" for the operator). */
    private final Map<String, String> approved = new ConcurrentHashMap<>();

    Grants(Clock clock, Duration autoApproval) {
        this.clock = clock;
        this.autoApproval = autoApproval;
    }

    String issueCode(String challenge, String redirectUri, String scope, String user) {
        String code = "sbx-code-" + randomText(24);
        codes.put(code, new Code(challenge, redirectUri, scope, clock.instant().plus(Duration.ofMinutes(10)), user));
        return code;
    }

    Optional<Code> redeemCode(String code) {
        Code found = code == null ? null : codes.remove(code);
        return Optional.ofNullable(found).filter(c -> c.expires().isAfter(clock.instant()));
    }

    DeviceCode issueDeviceCode(String scope) {
        String user = randomText(6).toUpperCase().replaceAll("[^A-Z0-9]", "X").substring(0, 8);
        DeviceCode code = new DeviceCode("sbx-device-" + randomText(24), user, scope, clock.instant().plus(Duration.ofMinutes(15)),
                autoApproval == null ? null : clock.instant().plus(autoApproval));
        devices.put(code.deviceCode(), code);
        return code;
    }

    /** {@code user}: who approves, null for the sandbox's operator. */
    boolean approve(String userCode, String user) {
        return devices.values().stream().filter(d -> d.userCode().equals(userCode)).findFirst()
                .map(d -> approved.put(d.deviceCode(), user == null ? "" : user) == null || true).orElse(false);
    }

    Poll poll(String deviceCode) {
        DeviceCode code = deviceCode == null ? null : devices.get(deviceCode);
        if (code == null || !code.expires().isAfter(clock.instant())) {
            return new Poll(DeviceState.EXPIRED, null);
        }
        boolean auto = code.autoApproveAt() != null && !clock.instant().isBefore(code.autoApproveAt());
        String user = approved.get(deviceCode);
        if (user != null || auto) {
            devices.remove(deviceCode);
            return new Poll(DeviceState.APPROVED, user == null || user.isEmpty() ? null : user);
        }
        return new Poll(DeviceState.PENDING, null);
    }

    /** RFC 7636: BASE64URL(SHA256(verifier)) must equal the challenge. */
    static boolean verifies(String verifier, String challenge) {
        if (verifier == null || challenge == null) {
            return false;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).equals(challenge);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private String randomText(int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }
}
