package dev.adfconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.ui.shell.MainWindowController;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

/** The start-up warm-up reflects on the classes the main view really names, found as FXMLLoader finds them. */
class FxmlReflectionTest {

    @Test
    void theMainViewsClassesAreFoundThroughItsWildcardAndSingleImports() {
        var classes = FxmlReflection.classesOf(FxmlFile.MAIN_WINDOW.resource(), getClass().getClassLoader());

        assertThat(classes).contains(BorderPane.class, MenuBar.class, TreeView.class, FontIcon.class,
                MainWindowController.class);
    }

    @Test
    void aMissingViewWarmsNothingAndDoesNotFail() {
        assertThat(FxmlReflection.classesOf("/fxml/no-such-view.fxml", getClass().getClassLoader())).isEmpty();
        FxmlReflection.warm("/fxml/no-such-view.fxml");
    }
}
