package org.example.referral;

import java.util.List;

/** The entities of this module, added to the openIMIS entities by openimis.entityRegistry. */
public final class ReferralEntities {

    private ReferralEntities() {
    }

    public static List<Class<?>> all() {
        return List.of(Referral.class, ReferralFeedback.class);
    }
}
