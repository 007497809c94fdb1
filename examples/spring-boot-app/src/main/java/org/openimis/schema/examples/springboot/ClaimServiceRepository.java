package org.openimis.schema.examples.springboot;

import org.openimis.schema.entities.claim.Claim;
import org.openimis.schema.entities.claim.ClaimService;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

/** The medical services (consultations, procedures) claimed. */
public interface ClaimServiceRepository extends JpaRepository<ClaimService, Integer> {

    /** The current service lines of these claims, with the service each is for, in one statement. */
    @Query("""
            select cs from ClaimService cs join fetch cs.service
            where cs.claim in :claims and cs.validityTo is null
            order by cs.id""")
    List<ClaimService> findCurrentOfClaims(Collection<Claim> claims);
}
