package dev.adfconsole.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * What ARM last reported as left in each bucket, kept across processes ({@code arm-limits.json} in the app folder), so
 * a client started right after another one (the inventory run again, the window reopened) starts from those counts
 * instead of spending a round trip per bucket on a probe. Per endpoint, caller ({@link ArmCaller}), subscription and
 * kind: the count and when ARM said it. Entries older than {@link #KEEP} are dropped when saving: by then ARM's
 * buckets have refilled or been used by someone else, and the client probes anyway.
 *
 * <p>Saving merges with the file as it is then (another process may have written it since), newest answer first,
 * and replaces it in one move, created readable only by its owner where the file system has POSIX permissions.
 */
public final class ArmLimitsMemory {

    static final Duration KEEP = Duration.ofMinutes(1);
    private static final int FORMAT = 1;

    /** One answer of ARM: what it said was left, and when. */
    record Heard(long remaining, Instant at) {
    }

    private record Key(ArmCaller.Key caller, String subscriptionId, boolean write) {
    }

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<Key, Heard> heard = new HashMap<>();
    private boolean loaded;
    private boolean changed;

    public ArmLimitsMemory(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    synchronized Optional<Heard> recall(ArmCaller.Key caller, String subscriptionId, boolean write) {
        load();
        return Optional.ofNullable(heard.get(new Key(caller, subscriptionId.toLowerCase(Locale.ROOT), write)));
    }

    synchronized void heard(ArmCaller.Key caller, String subscriptionId, boolean write, long remaining, Instant at) {
        load();
        Key key = new Key(caller, subscriptionId.toLowerCase(Locale.ROOT), write);
        Heard before = heard.get(key);
        if (before == null || !before.at().isAfter(at)) {
            heard.put(key, new Heard(remaining, at));
            changed = true;
        }
    }

    /** Reads the file once (done off the caller's thread when the client starts; a bad file counts as empty). */
    synchronized void load() {
        if (!loaded) {
            loaded = true;
            read().forEach(this::newer);
        }
    }

    /** Writes what was heard since the last save, merged with the file; quietly keeps going when it cannot. */
    synchronized void save(Instant now) {
        if (!changed) {
            return;
        }
        read().forEach(this::newer);
        heard.values().removeIf(h -> h.at().isBefore(now.minus(KEEP)));
        try {
            write();
            changed = false;
        } catch (IOException e) {
            LoggerFactory.getLogger(ArmLimitsMemory.class).warn("Cannot save ARM's last counts to {}: {}", file, e.toString());
        }
    }

    private void newer(Key key, Heard other) {
        heard.merge(key, other, (mine, theirs) -> theirs.at().isAfter(mine.at()) ? theirs : mine);
    }

    private Map<Key, Heard> read() {
        Map<Key, Heard> found = new HashMap<>();
        try {
            for (JsonNode entry : mapper.readTree(Files.readAllBytes(file)).path("entries")) {
                ArmCaller.Key caller = new ArmCaller.Key(entry.path("endpoint").asText(), entry.path("tenantId").asText(),
                        entry.path("principalId").asText());
                found.put(new Key(caller, entry.path("subscriptionId").asText().toLowerCase(Locale.ROOT),
                        "writes".equals(entry.path("kind").asText())), new Heard(entry.path("remaining").asLong(),
                        Instant.parse(entry.path("reportedAt").asText())));
            }
        } catch (NoSuchFileException e) {
            return found;
        } catch (IOException | RuntimeException e) {
            // Written by a newer version, cut short by a full disk: nothing is known, and the probe finds out.
            return Map.of();
        }
        return found;
    }

    private void write() throws IOException {
        ObjectNode json = mapper.createObjectNode().put("format", FORMAT);
        ArrayNode entries = json.putArray("entries");
        heard.forEach((key, h) -> entries.addObject().put("endpoint", key.caller().endpoint())
                .put("tenantId", key.caller().tenantId()).put("principalId", key.caller().principalId())
                .put("subscriptionId", key.subscriptionId()).put("kind", key.write() ? "writes" : "reads")
                .put("remaining", h.remaining()).put("reportedAt", h.at().toString()));
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(folder, "arm-limits-", ".tmp", ownerOnly);
        try {
            Files.write(temp, mapper.writeValueAsBytes(json));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
