package org.openimis.schema.examples.springboot;

import org.openimis.schema.entities.claim.Claim;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** Claims. */
public interface ClaimRepository extends JpaRepository<Claim, Integer> {

    /** The current claims of a health facility, newest first, with the insuree they are for. */
    @Query("""
            select c from Claim c join fetch c.insuree
            where c.healthFacility.id = :healthFacilityId and c.validityTo is null
            order by c.dateClaimed desc, c.claimCode""")
    List<Claim> findCurrentOfHealthFacility(int healthFacilityId);
}
