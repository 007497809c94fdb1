package org.openimis.schema.examples.springboot;

import org.openimis.schema.entities.policy.Policy;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** Policies of families. */
public interface PolicyRepository extends JpaRepository<Policy, Integer> {

    /**
     * The current active policies of a family, oldest first, with their product. openIMIS's PolicyStatus: 1 idle,
     * 2 active, 4 suspended, 8 expired.
     */
    @Query("""
            select p from Policy p join fetch p.product
            where p.family.id = :familyId and p.policyStatus = 2 and p.validityTo is null
            order by p.startDate""")
    List<Policy> findActiveOfFamily(int familyId);
}
