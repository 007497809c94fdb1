package org.openimis.schema.examples.springboot;

import org.openimis.schema.entities.VersionedRecord_;
import org.openimis.schema.entities.insuree.Insuree;
import org.openimis.schema.entities.insuree.Insuree_;
import org.springframework.data.jpa.domain.Specification;

/** Type-safe Criteria conditions on insurees, written with the entities' static metamodel ({@code Insuree_}). */
public final class InsureeSpecifications {

    private InsureeSpecifications() {
    }

    /** Insurees (every version of them) with this insurance number (CHFID). */
    public static Specification<Insuree> chfIdIs(String chfId) {
        return (insuree, query, criteria) -> criteria.equal(insuree.get(Insuree_.chfId), chfId);
    }

    /** The current version of each insuree (no ValidityTo). */
    public static Specification<Insuree> current() {
        return (insuree, query, criteria) -> criteria.isNull(insuree.get(VersionedRecord_.validityTo));
    }
}
