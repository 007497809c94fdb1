package org.openimis.schema.project.referral;

import java.util.List;

/** The registry of the tests' project entities, as a project names it in openimis.entityRegistry. */
public final class ReferralEntities {

    private ReferralEntities() {
    }

    public static List<Class<?>> all() {
        return List.of(Referral.class);
    }
}
