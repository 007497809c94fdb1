package org.openimis.schema.entities.pricelist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.medical.Item;

import java.math.BigDecimal;

@Entity
@Comment("An item on an items price list, with an optional price override.")
@Table(name = "tblPLItemsDetail",
        indexes = {
                @Index(name = "tblPLItemsDetail_ItemID_52cf508b", columnList = "ItemID"),
                @Index(name = "tblPLItemsDetail_PLItemID_62dff0ac", columnList = "PLItemID")})
public class ItemsPriceListDetail extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "PLItemDetailID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PLItemID", nullable = false, foreignKey = @ForeignKey(name = "tblPLItemsDetail_PLItemID_62dff0ac_fk_tblPLItems_PLItemID"))
    private ItemsPriceList itemsPriceList;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ItemID", nullable = false, foreignKey = @ForeignKey(name = "tblPLItemsDetail_ItemID_52cf508b_fk_tblItems_ItemID"))
    private Item item;

    @Column(name = "PriceOverule", precision = 18, scale = 2)
    private BigDecimal priceOverule;

    @Column(name = "RowID")
    private byte[] rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public ItemsPriceList getItemsPriceList() {
        return itemsPriceList;
    }

    public void setItemsPriceList(ItemsPriceList itemsPriceList) {
        this.itemsPriceList = itemsPriceList;
    }

    public Item getItem() {
        return item;
    }

    public void setItem(Item item) {
        this.item = item;
    }

    public BigDecimal getPriceOverule() {
        return priceOverule;
    }

    public void setPriceOverule(BigDecimal priceOverule) {
        this.priceOverule = priceOverule;
    }

    public byte[] getRowId() {
        return rowId;
    }

    public void setRowId(byte[] rowId) {
        this.rowId = rowId;
    }
}
