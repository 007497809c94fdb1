package it;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "tblWidget")
public class Widget {
    @Id
    @Column(name = "WidgetID")
    private Integer id;

    @Column(name = "WidgetName", length = 50, nullable = false)
    private String name;
}
