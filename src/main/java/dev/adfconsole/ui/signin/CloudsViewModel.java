package dev.adfconsole.ui.signin;

import dev.adfconsole.service.ResourceNames;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.service.settings.CustomCloud;
import dev.adfconsole.service.settings.SettingsService;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File › Clouds and client id…: the public client id sign-in uses and the custom clouds it offers. Every rule is
 * checked, naming the field, before anything is saved; saved settings apply to the next sign-in of a cloud.
 */
public final class CloudsViewModel {


    private final SettingsService settings;
    private final String defaultClientId;
    private final StringProperty clientId = new SimpleStringProperty("");
    private final ObservableList<CustomCloud> clouds = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty authorityHost = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final StringProperty scope = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty saved = new SimpleStringProperty();

    public CloudsViewModel(SettingsService settings, String defaultClientId) {
        this.settings = settings;
        this.defaultClientId = defaultClientId;
        clientId.set(settings.current().clientId() == null ? defaultClientId : settings.current().clientId());
        clouds.setAll(settings.current().customClouds());
    }

    /** Adds the cloud in the form when every field follows its rule; otherwise says which does not. */
    public boolean addCloud() {
        String problem = checkCloud();
        error.set(problem);
        if (problem != null) {
            return false;
        }
        clouds.add(new CustomCloud(name.get().strip(), strip(authorityHost.get()), strip(endpoint.get()), scope.get().strip()));
        name.set("");
        authorityHost.set("");
        endpoint.set("");
        scope.set("");
        return true;
    }

    public void removeCloud(CustomCloud cloud) {
        clouds.remove(cloud);
    }

    /** Saves the client id and the clouds; the default client id is stored as "no choice". */
    public boolean save() {
        String id = clientId.get() == null ? "" : clientId.get().strip();
        if (!ResourceNames.isGuid(id)) {
            error.set("Client id: '" + id + "' is not an application (client) id, a GUID such as " + defaultClientId + ".");
            return false;
        }
        error.set(null);
        List<CustomCloud> chosen = List.copyOf(clouds);
        settings.update(s -> s.withClientId(id.equalsIgnoreCase(defaultClientId) ? null : id).withCustomClouds(chosen));
        saved.set("Saved. New sign-ins use them; an account already signed in keeps its client until the app restarts.");
        return true;
    }

    private String checkCloud() {
        String cloudName = name.get() == null ? "" : name.get().strip();
        if (cloudName.isEmpty()) {
            return "Name: give the cloud a name, e.g. AzureStackHub.";
        }
        boolean taken = ArmEnvironment.KNOWN.stream().anyMatch(k -> k.name().equalsIgnoreCase(cloudName))
                || clouds.stream().anyMatch(c -> c.name().equalsIgnoreCase(cloudName));
        if (taken) {
            return "Name: '" + cloudName + "' is already a cloud; choose another name.";
        }
        String host = strip(authorityHost.get());
        if (!isUrl(host, false)) {
            return "Authority host: an https URL such as https://login.microsoftonline.com, not '" + host + "'.";
        }
        String arm = strip(endpoint.get());
        if (!isUrl(arm, true)) {
            return "ARM endpoint: an https URL (http only for localhost) such as https://management.azure.com, not '" + arm + "'.";
        }
        String s = scope.get() == null ? "" : scope.get().strip();
        if (!s.endsWith("/.default") || !isUrl(s.substring(0, s.length() - "/.default".length()), false)) {
            return "ARM scope: the resource URL followed by /.default, e.g. https://management.azure.com/.default, not '" + s + "'.";
        }
        return null;
    }

    private static boolean isUrl(String text, boolean loopbackHttp) {
        try {
            URI uri = URI.create(text);
            if (uri.getHost() == null) {
                return false;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return "https".equals(uri.getScheme())
                    || loopbackHttp && "http".equals(uri.getScheme()) && (host.equals("localhost") || host.equals("127.0.0.1"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String strip(String url) {
        String text = url == null ? "" : url.strip();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public StringProperty clientIdProperty() { return clientId; }
    public ObservableList<CustomCloud> clouds() { return clouds; }
    public StringProperty nameProperty() { return name; }
    public StringProperty authorityHostProperty() { return authorityHost; }
    public StringProperty endpointProperty() { return endpoint; }
    public StringProperty scopeProperty() { return scope; }
    public StringProperty errorProperty() { return error; }
    public StringProperty savedProperty() { return saved; }
}
