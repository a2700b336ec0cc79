package dev.adfconsole.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.service.settings.CustomCloud;
import dev.adfconsole.service.settings.SettingsService;
import dev.adfconsole.service.settings.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clouds dialog's rules, each naming its field, and what is saved for the next start. */
class CloudsViewModelTest {

    private static final String DEFAULT = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

    @TempDir
    Path home;

    private SettingsService settings() {
        return new SettingsService(new SettingsStore(home.resolve("settings.json"), Clock.systemUTC()));
    }

    private static void form(CloudsViewModel model, String name, String authority, String endpoint, String scope) {
        model.nameProperty().set(name);
        model.authorityHostProperty().set(authority);
        model.endpointProperty().set(endpoint);
        model.scopeProperty().set(scope);
    }

    @Test
    void everyFieldOfACustomCloudIsCheckedBeforeItIsAdded() {
        CloudsViewModel model = new CloudsViewModel(settings(), DEFAULT);

        form(model, "", "https://login.example", "https://arm.example", "https://arm.example/.default");
        assertThat(model.addCloud()).isFalse();
        assertThat(model.errorProperty().get()).startsWith("Name:");

        form(model, "azurecloud", "https://login.example", "https://arm.example", "https://arm.example/.default");
        model.addCloud();
        assertThat(model.errorProperty().get()).isEqualTo("Name: 'azurecloud' is already a cloud; choose another name.");

        form(model, "Hub", "http://login.example", "https://arm.example", "https://arm.example/.default");
        model.addCloud();
        assertThat(model.errorProperty().get()).startsWith("Authority host: an https URL");

        form(model, "Hub", "https://login.example", "http://arm.example", "https://arm.example/.default");
        model.addCloud();
        assertThat(model.errorProperty().get()).startsWith("ARM endpoint: an https URL (http only for localhost)");

        form(model, "Hub", "https://login.example", "https://arm.example", "https://arm.example");
        model.addCloud();
        assertThat(model.errorProperty().get()).startsWith("ARM scope: the resource URL followed by /.default");
        assertThat(model.clouds()).isEmpty();

        form(model, "Hub", "https://login.example/", "https://arm.example/", "https://arm.example/.default");
        assertThat(model.addCloud()).isTrue();
        assertThat(model.clouds()).containsExactly(new CustomCloud("Hub", "https://login.example", "https://arm.example",
                "https://arm.example/.default"));
        assertThat(model.nameProperty().get()).as("the form is cleared for the next one").isEmpty();
    }

    @Test
    void theClientIdMustBeAGuidAndWhatIsSavedComesBackNextTime() {
        SettingsService settings = settings();
        CloudsViewModel model = new CloudsViewModel(settings, DEFAULT);
        assertThat(model.clientIdProperty().get()).isEqualTo(DEFAULT);

        model.clientIdProperty().set("my-app");
        assertThat(model.save()).isFalse();
        assertThat(model.errorProperty().get()).startsWith("Client id: 'my-app' is not an application (client) id");

        model.clientIdProperty().set("6a1f0d0e-2b7c-4c3e-9f51-0b2a7e6d9c11");
        form(model, "Hub", "https://login.example", "https://arm.example", "https://arm.example/.default");
        model.addCloud();
        assertThat(model.save()).isTrue();
        settings.update(s -> s).join();
        settings.close();

        SettingsService reopened = settings();
        assertThat(reopened.current().clientId()).isEqualTo("6a1f0d0e-2b7c-4c3e-9f51-0b2a7e6d9c11");
        assertThat(reopened.current().customClouds()).extracting(CustomCloud::name).containsExactly("Hub");
        assertThat(new CloudsViewModel(reopened, DEFAULT).clouds()).hasSize(1);
    }
}
