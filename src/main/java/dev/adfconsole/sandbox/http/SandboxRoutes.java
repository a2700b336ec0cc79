package dev.adfconsole.sandbox.http;

import java.util.Optional;

/**
 * A family of routes the sandbox server delegates to once its common checks have passed (token, api-version,
 * throttling, faults; for ARM routes under a factory, also that the factory exists). Families stay independent so
 * that the integration-runtime, pipeline and sign-in parts of the emulator can grow apart.
 */
public interface SandboxRoutes {

    /** The answer for this request, or empty when the path is not one of this family's. */
    Optional<SandboxResponse> handle(SandboxRequest request);
}
