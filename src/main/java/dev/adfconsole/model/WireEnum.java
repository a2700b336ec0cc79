package dev.adfconsole.model;

/**
 * An enum of the wire contract. Every such enum has an {@code UNKNOWN} constant: Azure adds values without a new
 * api-version, and a console that crashes on "Expiring" (or shows nothing) is worse than one that shows the text.
 */
public interface WireEnum {

    /** The value as Azure writes it, e.g. {@code "NeedRegistration"}. */
    String wire();
}
