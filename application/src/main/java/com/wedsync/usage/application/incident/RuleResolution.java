package com.wedsync.usage.application.incident;

import com.wedsync.usage.domain.incident.Resolved;

/** What the evaluator's resolving of a cleared rule came to. */
public sealed interface RuleResolution {

    /** This call resolved the rule's open incident: the one moment to tell the channels it is over. */
    record ResolvedNow(Resolved incident) implements RuleResolution {
    }

    /** The rule had no open incident (never opened, or resolved already, by someone or by another node). */
    record NothingOpen() implements RuleResolution {
    }
}
