package org.openimis.schema.entities.medical;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.VersionedRecord;

@Entity
@Comment("An ICD diagnosis code.")
@Table(name = "tblICDCodes")
public class Diagnosis extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ICDID", nullable = false)
    private Integer id;

    @Column(name = "ICDCode", nullable = false, length = 255)
    private String icdCode;

    @Column(name = "ICDName", nullable = false, length = 255)
    private String icdName;

    @Column(name = "RowID")
    private byte[] rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getIcdCode() {
        return icdCode;
    }

    public void setIcdCode(String icdCode) {
        this.icdCode = icdCode;
    }

    public String getIcdName() {
        return icdName;
    }

    public void setIcdName(String icdName) {
        this.icdName = icdName;
    }

    public byte[] getRowId() {
        return rowId;
    }

    public void setRowId(byte[] rowId) {
        this.rowId = rowId;
    }
}
