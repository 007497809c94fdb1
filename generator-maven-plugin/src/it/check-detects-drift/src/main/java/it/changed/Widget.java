package it.changed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The same table as it.Widget after a change: a longer name and a new column. */
@Entity
@Table(name = "tblWidget")
public class Widget {
    @Id
    @Column(name = "WidgetID")
    private Integer id;

    @Column(name = "WidgetName", length = 80, nullable = false)
    private String name;

    @Column(name = "Colour", length = 20)
    private String colour;
}
