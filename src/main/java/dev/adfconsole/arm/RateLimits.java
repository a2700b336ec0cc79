package dev.adfconsole.arm;

/** What ARM last reported as left in a subscription's buckets ({@code x-ms-ratelimit-remaining-subscription-*}). */
public record RateLimits(Long reads, Long writes) {
}
