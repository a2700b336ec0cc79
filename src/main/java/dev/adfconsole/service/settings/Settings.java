package dev.adfconsole.service.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Everything the app remembers between runs. Immutable; change it with the {@code with…} methods and hand the copy
 * to {@link SettingsService#update}. Fields added later must tolerate being absent from older files (null → default).
 *
 * @param navigationDivider position of the divider between the tree and the detail area (0..1)
 * @param activityLogDivider position of the divider above the activity log (0..1)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(Appearance appearance, WindowGeometry window, Double navigationDivider,
                       Double activityLogDivider, Boolean activityLogVisible, Integer autoRefreshSeconds,
                       Boolean unprotectedTokenFile, String clientId, java.util.List<CustomCloud> customClouds,
                       java.util.List<String> hiddenSubscriptions, java.util.List<WatchedItem> watchList) {

    public static final double DEFAULT_NAVIGATION_DIVIDER = 0.28;
    public static final double DEFAULT_ACTIVITY_LOG_DIVIDER = 0.78;
    /** How often visible status is asked for again; 0 turns it off. */
    public static final int DEFAULT_AUTO_REFRESH_SECONDS = 30;

    public Settings {
        appearance = appearance == null ? Appearance.LIGHT : appearance;
        navigationDivider = divider(navigationDivider, DEFAULT_NAVIGATION_DIVIDER);
        activityLogDivider = divider(activityLogDivider, DEFAULT_ACTIVITY_LOG_DIVIDER);
        activityLogVisible = activityLogVisible == null || activityLogVisible;
        window = window != null && window.isUsable() ? window : null;
        // Faster than every 10 s would spend ARM's read quota on a window nobody reads that fast.
        boolean outOfRange = autoRefreshSeconds != null && autoRefreshSeconds != 0
                && (autoRefreshSeconds < 10 || autoRefreshSeconds > 3600);
        autoRefreshSeconds = autoRefreshSeconds == null || outOfRange ? DEFAULT_AUTO_REFRESH_SECONDS : autoRefreshSeconds;
        // Tokens in a plain file only when the user said so, where no keyring exists.
        unprotectedTokenFile = unprotectedTokenFile != null && unprotectedTokenFile;
        clientId = clientId == null || clientId.isBlank() ? null : clientId.strip();
        customClouds = customClouds == null ? java.util.List.of() : java.util.List.copyOf(customClouds);
        hiddenSubscriptions = hiddenSubscriptions == null ? java.util.List.of() : java.util.List.copyOf(hiddenSubscriptions);
        watchList = watchList == null ? java.util.List.of() : java.util.List.copyOf(watchList);
    }

    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null, null, null, null, null, null);
    }

    public Settings withAppearance(Appearance value) {
        return new Settings(value, window, navigationDivider, activityLogDivider, activityLogVisible, autoRefreshSeconds,
                unprotectedTokenFile, clientId, customClouds, hiddenSubscriptions, watchList);
    }

    public Settings withWindow(WindowGeometry value) {
        return new Settings(appearance, value, navigationDivider, activityLogDivider, activityLogVisible, autoRefreshSeconds,
                unprotectedTokenFile, clientId, customClouds, hiddenSubscriptions, watchList);
    }

    public Settings withDividers(double navigation, double activityLog) {
        return new Settings(appearance, window, navigation, activityLog, activityLogVisible, autoRefreshSeconds,
                unprotectedTokenFile, clientId, customClouds, hiddenSubscriptions, watchList);
    }

    public Settings withActivityLogVisible(boolean value) {
        return new Settings(appearance, window, navigationDivider, activityLogDivider, value, autoRefreshSeconds,
                unprotectedTokenFile, clientId, customClouds, hiddenSubscriptions, watchList);
    }

    public Settings withAutoRefreshSeconds(int value) {
        return new Settings(appearance, window, navigationDivider, activityLogDivider, activityLogVisible, value,
                unprotectedTokenFile, clientId, customClouds, hiddenSubscriptions, watchList);
    }

    public Settings withUnprotectedTokenFile(boolean value) {
        return new Settings(appearance, window, navigationDivider, activityLogDivider, activityLogVisible,
                autoRefreshSeconds, value, clientId, customClouds, hiddenSubscriptions, watchList);
    }

    /** The public client id sign-in uses; null means the app's default. */
    public Settings withClientId(String value) {
        return new Settings(appearance, window, navigationDivider, activityLogDivider, activityLogVisible,
                autoRefreshSeconds, unprotectedTokenFile, value, customClouds, hiddenSubscriptions, watchList);
    }

    public Settings withCustomClouds(java.util.List<CustomCloud> value) {
        return new Settings(appearance, window, navigationDivider, activityLogDivider, activityLogVisible,
                autoRefreshSeconds, unprotectedTokenFile, clientId, value, hiddenSubscriptions, watchList);
    }

    /** Subscriptions the user chose not to see in the tree. */
    public Settings withHiddenSubscriptions(java.util.Collection<String> value) {
        return new Settings(appearance, window, navigationDivider, activityLogDivider, activityLogVisible,
                autoRefreshSeconds, unprotectedTokenFile, clientId, customClouds, java.util.List.copyOf(value), watchList);
    }

    /** The runtimes and factories watched while the app runs. */
    public Settings withWatchList(java.util.Collection<WatchedItem> value) {
        return new Settings(appearance, window, navigationDivider, activityLogDivider, activityLogVisible,
                autoRefreshSeconds, unprotectedTokenFile, clientId, customClouds, hiddenSubscriptions, java.util.List.copyOf(value));
    }

    private static double divider(Double value, double fallback) {
        return value == null || !(value > 0.02 && value < 0.98) ? fallback : value;
    }
}
