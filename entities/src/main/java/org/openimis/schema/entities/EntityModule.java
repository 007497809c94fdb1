package org.openimis.schema.entities;

import org.openimis.schema.entities.core.FieldControl;
import org.openimis.schema.entities.core.FieldSetting;
import org.openimis.schema.entities.core.ImisDefaults;
import org.openimis.schema.entities.core.InteractiveUser;
import org.openimis.schema.entities.core.Language;
import org.openimis.schema.entities.core.Login;
import org.openimis.schema.entities.core.ModuleConfiguration;
import org.openimis.schema.entities.core.MutationLog;
import org.openimis.schema.entities.core.Officer;
import org.openimis.schema.entities.core.Role;
import org.openimis.schema.entities.core.RoleRight;
import org.openimis.schema.entities.core.TechnicalUser;
import org.openimis.schema.entities.core.User;
import org.openimis.schema.entities.core.UserGroup;
import org.openimis.schema.entities.core.UserPermission;
import org.openimis.schema.entities.core.UserRole;
import org.openimis.schema.entities.location.HealthFacility;
import org.openimis.schema.entities.location.HealthFacilityCatchment;
import org.openimis.schema.entities.location.HealthFacilityLegalForm;
import org.openimis.schema.entities.location.HealthFacilityMutation;
import org.openimis.schema.entities.location.HealthFacilitySubLevel;
import org.openimis.schema.entities.location.Location;
import org.openimis.schema.entities.location.LocationMutation;
import org.openimis.schema.entities.location.OfficerVillage;
import org.openimis.schema.entities.location.UserDistrict;
import org.openimis.schema.entities.medical.Diagnosis;
import org.openimis.schema.entities.medical.Item;
import org.openimis.schema.entities.medical.Service;
import org.openimis.schema.entities.pricelist.ItemsPriceList;
import org.openimis.schema.entities.pricelist.ItemsPriceListDetail;
import org.openimis.schema.entities.pricelist.ServicesPriceList;
import org.openimis.schema.entities.pricelist.ServicesPriceListDetail;
import org.openimis.schema.entities.insuree.ConfirmationType;
import org.openimis.schema.entities.insuree.Education;
import org.openimis.schema.entities.insuree.Family;
import org.openimis.schema.entities.insuree.FamilySms;
import org.openimis.schema.entities.insuree.FamilyType;
import org.openimis.schema.entities.insuree.Gender;
import org.openimis.schema.entities.insuree.HealthStatus;
import org.openimis.schema.entities.insuree.IdentificationType;
import org.openimis.schema.entities.insuree.Insuree;
import org.openimis.schema.entities.insuree.InsureePhoto;
import org.openimis.schema.entities.insuree.InsureePolicy;
import org.openimis.schema.entities.insuree.Profession;
import org.openimis.schema.entities.insuree.Relation;
import org.openimis.schema.entities.policy.Policy;
import org.openimis.schema.entities.policy.PolicyRenewal;
import org.openimis.schema.entities.policy.PolicyRenewalDetail;
import org.openimis.schema.entities.product.CeilingInterpretation;
import org.openimis.schema.entities.product.Product;
import org.openimis.schema.entities.product.ProductItem;
import org.openimis.schema.entities.product.ProductService;
import org.openimis.schema.entities.product.RelativeDistribution;
import org.openimis.schema.entities.contribution.Premium;
import org.openimis.schema.entities.payer.Payer;
import org.openimis.schema.entities.payer.PayerType;
import org.openimis.schema.entities.payment.ControlNumber;
import org.openimis.schema.entities.payment.Payment;
import org.openimis.schema.entities.payment.PaymentDetail;
import org.openimis.schema.entities.claim.Claim;
import org.openimis.schema.entities.claim.ClaimAdmin;
import org.openimis.schema.entities.claim.ClaimAttachment;
import org.openimis.schema.entities.claim.ClaimAttachmentCount;
import org.openimis.schema.entities.claim.ClaimDeductibleRemunerated;
import org.openimis.schema.entities.claim.ClaimItem;
import org.openimis.schema.entities.claim.ClaimMutation;
import org.openimis.schema.entities.claim.ClaimService;
import org.openimis.schema.entities.claim.Feedback;
import org.openimis.schema.entities.claim.FeedbackPrompt;
import org.openimis.schema.entities.claimbatch.BatchRun;
import org.openimis.schema.entities.claimbatch.RelativeIndex;
import org.openimis.schema.entities.report.ReportDefinition;
import org.openimis.schema.entities.report.Reporting;
import org.openimis.schema.entities.tools.EmailSettings;
import org.openimis.schema.entities.tools.Extract;
import org.openimis.schema.entities.tools.PhoneDefaults;
import org.openimis.schema.entities.tools.PhoneSubmission;
import org.openimis.schema.entities.tools.SubmittedPhoto;
import org.openimis.schema.entities.django.AuthGroup;
import org.openimis.schema.entities.django.AuthGroupPermission;
import org.openimis.schema.entities.django.AuthPermission;
import org.openimis.schema.entities.django.DjangoAdminLog;
import org.openimis.schema.entities.django.DjangoContentType;
import org.openimis.schema.entities.django.DjangoMigration;
import org.openimis.schema.entities.django.DjangoSession;
import org.openimis.schema.entities.django.HealthCheckTestModel;

import java.util.List;

/** The openIMIS modules and the entity classes of each: the registry that schema generation and data copy read (no classpath scanning). */
public enum EntityModule {
    /** Users, roles, officers, settings. */
    CORE(List.of(
            FieldControl.class,
            FieldSetting.class,
            ImisDefaults.class,
            InteractiveUser.class,
            Language.class,
            Login.class,
            ModuleConfiguration.class,
            MutationLog.class,
            Officer.class,
            Role.class,
            RoleRight.class,
            TechnicalUser.class,
            User.class,
            UserGroup.class,
            UserPermission.class,
            UserRole.class)),

    /** Locations, health facilities, officer villages. */
    LOCATION(List.of(
            HealthFacility.class,
            HealthFacilityCatchment.class,
            HealthFacilityLegalForm.class,
            HealthFacilityMutation.class,
            HealthFacilitySubLevel.class,
            Location.class,
            LocationMutation.class,
            OfficerVillage.class,
            UserDistrict.class)),

    /** Items, services, diagnoses. */
    MEDICAL(List.of(
            Diagnosis.class,
            Item.class,
            Service.class)),

    /** Price lists of items and services. */
    PRICELIST(List.of(
            ItemsPriceList.class,
            ItemsPriceListDetail.class,
            ServicesPriceList.class,
            ServicesPriceListDetail.class)),

    /** Families, insurees and their reference lists. */
    INSUREE(List.of(
            ConfirmationType.class,
            Education.class,
            Family.class,
            FamilySms.class,
            FamilyType.class,
            Gender.class,
            HealthStatus.class,
            IdentificationType.class,
            Insuree.class,
            InsureePhoto.class,
            InsureePolicy.class,
            Profession.class,
            Relation.class)),

    /** Policies and renewals. */
    POLICY(List.of(
            Policy.class,
            PolicyRenewal.class,
            PolicyRenewalDetail.class)),

    /** Products and what they cover. */
    PRODUCT(List.of(
            CeilingInterpretation.class,
            Product.class,
            ProductItem.class,
            ProductService.class,
            RelativeDistribution.class)),

    /** Contributions (premiums). */
    CONTRIBUTION(List.of(
            Premium.class)),

    /** Payers. */
    PAYER(List.of(
            Payer.class,
            PayerType.class)),

    /** Payments and control numbers. */
    PAYMENT(List.of(
            ControlNumber.class,
            Payment.class,
            PaymentDetail.class)),

    /** Claims, their items, services, attachments and feedback. */
    CLAIM(List.of(
            Claim.class,
            ClaimAdmin.class,
            ClaimAttachment.class,
            ClaimAttachmentCount.class,
            ClaimDeductibleRemunerated.class,
            ClaimItem.class,
            ClaimMutation.class,
            ClaimService.class,
            Feedback.class,
            FeedbackPrompt.class)),

    /** Batch runs and relative indexes. */
    CLAIMBATCH(List.of(
            BatchRun.class,
            RelativeIndex.class)),

    /** Report definitions. */
    REPORT(List.of(
            ReportDefinition.class,
            Reporting.class)),

    /** Phone, e-mail and extract settings of the legacy application. */
    TOOLS(List.of(
            EmailSettings.class,
            Extract.class,
            PhoneDefaults.class,
            PhoneSubmission.class,
            SubmittedPhoto.class)),

    /** Django framework tables (auth, admin, sessions, migrations). */
    DJANGO(List.of(
            AuthGroup.class,
            AuthGroupPermission.class,
            AuthPermission.class,
            DjangoAdminLog.class,
            DjangoContentType.class,
            DjangoMigration.class,
            DjangoSession.class,
            HealthCheckTestModel.class));

    private final List<Class<?>> entityClasses;

    EntityModule(List<Class<?>> entityClasses) {
        this.entityClasses = entityClasses;
    }

    /** The entity classes of this module, read-only ones included. */
    public List<Class<?>> entityClasses() {
        return entityClasses;
    }
}
