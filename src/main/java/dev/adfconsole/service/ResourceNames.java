package dev.adfconsole.service;

import java.util.regex.Pattern;

/**
 * The naming rules of the Data Factory spec ({@code datafactory.json}, parameters section), checked before any
 * request so that a typo is explained here rather than by a 400 from Azure.
 */
public final class ResourceNames {

    private static final Rule RESOURCE_GROUP = new Rule("Resource group name", "^[-\\w\\._\\(\\)]+$", 1, 90,
            "letters, digits, '-', '_', '.', '(' and ')'");
    private static final Rule FACTORY = new Rule("Factory name", "^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$", 3, 63,
            "letters and digits, single hyphens between them");
    private static final Rule INTEGRATION_RUNTIME = new Rule("Integration runtime name", "^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$",
            3, 63, "letters and digits, single hyphens between them");
    private static final Rule NODE = new Rule("Node name", "^[a-z0-9A-Z][a-z0-9A-Z_-]{0,149}$", 1, 150,
            "a letter or digit, then letters, digits, '_' and '-'");
    private static final Rule PIPELINE = new Rule("Pipeline name", "^[A-Za-z0-9_][^<>*#.%&:\\\\+?/]*$", 1, 260,
            "no < > * # . % & : \\ + ? /, starting with a letter, digit or '_'");
    private static final Rule ACTIVITY = new Rule("Activity name", "^[A-Za-z0-9_][^<>*#.%&:\\\\+?/]*$", 1, 55,
            "no < > * # . % & : \\ + ? /, starting with a letter, digit or '_'");
    private static final Pattern GUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private ResourceNames() {
    }

    public static String resourceGroup(String name) {
        return RESOURCE_GROUP.check(name);
    }

    public static String factory(String name) {
        return FACTORY.check(name);
    }

    public static String integrationRuntime(String name) {
        return INTEGRATION_RUNTIME.check(name);
    }

    public static String node(String name) {
        return NODE.check(name);
    }

    public static String pipeline(String name) {
        return PIPELINE.check(name);
    }

    public static String activity(String name) {
        return ACTIVITY.check(name);
    }

    /** Subscription ids are GUIDs. */
    public static String subscriptionId(String id) {
        return guid("Subscription id", id);
    }

    /** Pipeline run ids are GUIDs. */
    public static String runId(String field, String id) {
        return guid(field, id);
    }

    /** Whether {@code text} is a GUID (run ids, subscription ids, client ids), for checks that word their own message. */
    public static boolean isGuid(String text) {
        return text != null && GUID.matcher(text).matches();
    }

    private static String guid(String field, String id) {
        if (id == null || !isGuid(id.trim())) {
            throw new InvalidInputException(field, field + " '" + (id == null ? "" : id)
                    + "' is not a GUID (8-4-4-4-12 hexadecimal digits, e.g. 2f7fdb90-5df1-4b8e-ac2f-064cfa58202b).");
        }
        return id.trim();
    }

    private record Rule(String field, String regex, int min, int max, String words) {
        String check(String name) {
            if (name == null || name.isEmpty()) {
                throw new InvalidInputException(field, field + " is required.");
            }
            if (name.length() < min || name.length() > max) {
                throw new InvalidInputException(field, field + " '" + name + "' must be " + min + " to " + max
                        + " characters long (it has " + name.length() + ").");
            }
            if (!Pattern.compile(regex).matcher(name).matches()) {
                throw new InvalidInputException(field, field + " '" + name + "' must match " + regex + " (" + words + ").");
            }
            return name;
        }
    }
}
