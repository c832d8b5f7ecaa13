package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.tenancy.ManagementToken;
import com.wedsync.usage.domain.tenancy.ManagementTokenId;
import com.wedsync.usage.domain.tenancy.SecretHash;

import java.util.Optional;

/** Management tokens (opaque bearer credentials of the management API). */
public interface ManagementTokens {

    void add(ManagementToken token);

    /** Replaces an existing token (to revoke it); false when there is none with that id. */
    boolean update(ManagementToken token);

    Optional<ManagementToken> find(ManagementTokenId id);

    Optional<ManagementToken> findBySecretHash(SecretHash hash);

    /** Ordered by id; the cursor is the last id of the previous page. */
    Page<ManagementToken> list(PageRequest page);
}
