package org.openimis.schema.entities.tools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.NoPrimaryKey;

@Entity
@Comment("Settings of the mobile phone applications.")
@Table(name = "tblIMISDefaultsPhone")
@NoPrimaryKey
public class PhoneDefaults {

    @Id
    @Column(name = "RuleName", length = 100)
    private String ruleName;

    @Column(name = "RuleValue")
    private Boolean ruleValue;

    @Column(name = "Usage", length = 200)
    private String usage;

    public String getRuleName() {
        return ruleName;
    }

    public void setRuleName(String ruleName) {
        this.ruleName = ruleName;
    }

    public Boolean getRuleValue() {
        return ruleValue;
    }

    public void setRuleValue(Boolean ruleValue) {
        this.ruleValue = ruleValue;
    }

    public String getUsage() {
        return usage;
    }

    public void setUsage(String usage) {
        this.usage = usage;
    }
}
