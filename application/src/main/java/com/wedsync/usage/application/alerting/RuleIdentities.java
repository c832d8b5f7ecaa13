package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.SigningSecret;

/**
 * New rule ids ({@code rule_} and 16 base62 characters) and signing secrets ({@code whsec_} and the base64 of 24
 * random bytes, 192 bits: the Standard Webhooks form, which receivers' libraries verify as it is).
 */
final class RuleIdentities {

    static final int ID_LENGTH = 16;
    static final int SECRET_BYTES = 24;

    private final SecretSource secrets;

    RuleIdentities(SecretSource secrets) {
        this.secrets = secrets;
    }

    AlertRuleId newId() {
        return new AlertRuleId("rule_" + secrets.base62(ID_LENGTH));
    }

    SigningSecret newSecret() {
        return SigningSecret.of(secrets.bytes(SECRET_BYTES));
    }
}
