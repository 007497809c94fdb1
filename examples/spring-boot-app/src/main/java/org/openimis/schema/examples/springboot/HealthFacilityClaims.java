package org.openimis.schema.examples.springboot;

import org.openimis.schema.entities.claim.Claim;
import org.openimis.schema.entities.claim.ClaimItem;
import org.openimis.schema.entities.claim.ClaimService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The claims of a health facility with their item and service lines: three statements, however many claims. */
@Service
public class HealthFacilityClaims {

    /** A claim and its current lines. */
    public record ClaimWithLines(Claim claim, List<ClaimItem> items, List<ClaimService> services) {
    }

    private final ClaimRepository claims;
    private final ClaimItemRepository items;
    private final ClaimServiceRepository services;

    public HealthFacilityClaims(ClaimRepository claims, ClaimItemRepository items, ClaimServiceRepository services) {
        this.claims = claims;
        this.items = items;
        this.services = services;
    }

    /** The current claims of the health facility, newest first, each with its items and services. */
    @Transactional(readOnly = true)
    public List<ClaimWithLines> of(int healthFacilityId) {
        List<Claim> found = claims.findCurrentOfHealthFacility(healthFacilityId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<ClaimItem>> itemsByClaim = items.findCurrentOfClaims(found).stream()
                .collect(Collectors.groupingBy(line -> line.getClaim().getId()));
        Map<Integer, List<ClaimService>> servicesByClaim = services.findCurrentOfClaims(found).stream()
                .collect(Collectors.groupingBy(line -> line.getClaim().getId()));
        return found.stream()
                .map(claim -> new ClaimWithLines(claim,
                        itemsByClaim.getOrDefault(claim.getId(), List.of()),
                        servicesByClaim.getOrDefault(claim.getId(), List.of())))
                .toList();
    }
}
