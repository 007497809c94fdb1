package org.openimis.schema.examples.springboot;

import org.openimis.schema.entities.claim.Claim;
import org.openimis.schema.entities.claim.ClaimItem;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

/** The items (medicines, consumables) claimed. */
public interface ClaimItemRepository extends JpaRepository<ClaimItem, Integer> {

    /** The current item lines of these claims, with the item each is for, in one statement. */
    @Query("""
            select ci from ClaimItem ci join fetch ci.item
            where ci.claim in :claims and ci.validityTo is null
            order by ci.id""")
    List<ClaimItem> findCurrentOfClaims(Collection<Claim> claims);
}
