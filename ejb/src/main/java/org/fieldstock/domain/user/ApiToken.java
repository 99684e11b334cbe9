package org.fieldstock.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;

/**
 * A personal API token: a random secret a user makes for a script or an integration, sent as
 * {@code Authorization: Bearer <token>}. Only its SHA-256 hash is kept; the secret is shown once.
 * It acts with its owner's roles and scope, and is revoked, never deleted.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends BaseEntity {

    /** Every token starts so, which makes a leaked one easy to recognise in logs and secret scanners. */
    public static final String PREFIX = "fst_";
    public static final int MAX_LABEL_LENGTH = 100;

    /** Last use is written at most this often, so that a busy script does not write on every call. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser owner;

    @Column(name = "label", nullable = false, updatable = false)
    private String label;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ApiToken() {
    }

    private ApiToken(AppUser owner, String label, String tokenHash, Instant now) {
        this.owner = owner;
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    /** A new token for the owner; the secret in the result is the only copy there will ever be. */
    public static Issued issue(AppUser owner, String label, Instant now) {
        Objects.requireNonNull(owner);
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "token.label.required");
        }
        if (trimmed.length() > MAX_LABEL_LENGTH) {
            throw new BusinessException(BusinessException.Kind.INVALID, "token.label.tooLong", MAX_LABEL_LENGTH);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new ApiToken(owner, trimmed, hash(token), now), token);
    }

    /** The hash under which a presented token is looked up. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the token may still be used: not revoked, and its owner not disabled. */
    public boolean isActive() {
        return revokedAt == null && owner.isEnabled();
    }

    /** Uses since this moment need not be noted again: the last use is kept to a few minutes. */
    public static Instant useNotedSince(Instant now) {
        return now.minus(LAST_USE_PRECISION);
    }

    /** Whether a use now should be written down (the last one noted is older than a few minutes). */
    public boolean isUseDue(Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(useNotedSince(now));
    }

    public void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public AppUser getOwner() {
        return owner;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    /** A token just made, with its secret. */
    public record Issued(ApiToken token, String secret) {
    }
}
