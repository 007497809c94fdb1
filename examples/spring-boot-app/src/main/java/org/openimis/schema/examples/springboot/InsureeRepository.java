package org.openimis.schema.examples.springboot;

import org.openimis.schema.entities.insuree.Insuree;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;

/** Insurees; openIMIS keeps old versions of a row, the current one has no ValidityTo. */
public interface InsureeRepository extends JpaRepository<Insuree, Integer>, JpaSpecificationExecutor<Insuree> {

    /** The current insuree with this insurance number (CHFID), its family loaded in the same statement. */
    @EntityGraph(attributePaths = "family")
    Optional<Insuree> findByChfIdAndValidityToIsNull(String chfId);

    /** A page of current insurees, in the order the pageable asks for. */
    Page<Insuree> findByValidityToIsNull(Pageable pageable);
}
