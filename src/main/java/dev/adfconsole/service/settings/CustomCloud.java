package dev.adfconsole.service.settings;

/**
 * A cloud of one's own (Azure Stack Hub, a sovereign or private cloud): where to sign in, where ARM answers and the
 * scope its tokens are for.
 */
public record CustomCloud(String name, String authorityHost, String resourceManagerEndpoint, String armScope) {
}
