package org.openimis.schema.entities.medical;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.VersionedRecord;

import java.math.BigDecimal;

@Entity
@Comment("A medical item (drug, consumable, device).")
@Table(name = "tblItems",
        uniqueConstraints = @UniqueConstraint(name = "tblItems_ItemUUID_key", columnNames = "ItemUUID"))
public class Item extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ItemID", nullable = false)
    private Integer id;

    @Column(name = "ItemUUID", nullable = false, length = 36)
    private String itemUuid;

    @Column(name = "ItemCode", nullable = false, length = 6)
    private String itemCode;

    @Column(name = "ItemName", nullable = false, length = 100)
    private String itemName;

    @Column(name = "ItemType", nullable = false, length = 1)
    private String itemType;

    @Column(name = "Quantity", precision = 18, scale = 2)
    private BigDecimal quantity;

    @Column(name = "ItemPackage", length = 255)
    private String itemPackage;

    @Column(name = "ItemPrice", nullable = false, precision = 18, scale = 2)
    private BigDecimal itemPrice;

    @Column(name = "ItemCareType", nullable = false, length = 1)
    private String itemCareType;

    @Column(name = "ItemFrequency")
    private Short itemFrequency;

    @Column(name = "ItemPatCat", nullable = false)
    private Short itemPatCat;

    @Column(name = "RowID")
    private byte[] rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getItemUuid() {
        return itemUuid;
    }

    public void setItemUuid(String itemUuid) {
        this.itemUuid = itemUuid;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getItemName() {
        return itemName;
    }

    public void setItemName(String itemName) {
        this.itemName = itemName;
    }

    public String getItemType() {
        return itemType;
    }

    public void setItemType(String itemType) {
        this.itemType = itemType;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getItemPackage() {
        return itemPackage;
    }

    public void setItemPackage(String itemPackage) {
        this.itemPackage = itemPackage;
    }

    public BigDecimal getItemPrice() {
        return itemPrice;
    }

    public void setItemPrice(BigDecimal itemPrice) {
        this.itemPrice = itemPrice;
    }

    public String getItemCareType() {
        return itemCareType;
    }

    public void setItemCareType(String itemCareType) {
        this.itemCareType = itemCareType;
    }

    public Short getItemFrequency() {
        return itemFrequency;
    }

    public void setItemFrequency(Short itemFrequency) {
        this.itemFrequency = itemFrequency;
    }

    public Short getItemPatCat() {
        return itemPatCat;
    }

    public void setItemPatCat(Short itemPatCat) {
        this.itemPatCat = itemPatCat;
    }

    public byte[] getRowId() {
        return rowId;
    }

    public void setRowId(byte[] rowId) {
        this.rowId = rowId;
    }
}
