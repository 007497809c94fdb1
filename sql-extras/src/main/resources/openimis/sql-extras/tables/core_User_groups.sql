-- Django's many-to-many join table between users (core_User) and groups (auth_group).
-- openIMIS maps it with an unmanaged model (UserGroup, managed=False), so no entity creates it;
-- upstream PostgreSQL has it as "Core_User_groups_tbl". Constraint and index names follow the
-- upstream ones with the table name replaced and Django's hash suffixes left out.
-- Both foreign keys are DEFERRABLE INITIALLY DEFERRED, like every other FK of the schema.
CREATE TABLE "core_User_groups" (
    "id"       serial  NOT NULL,
    "user_id"  uuid    NOT NULL,
    "group_id" integer NOT NULL,
    CONSTRAINT "core_User_groups_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "core_User_groups_user_id_group_id_uniq" UNIQUE ("user_id", "group_id"),
    CONSTRAINT "core_User_groups_user_id_fk_core_User_id"
        FOREIGN KEY ("user_id") REFERENCES "core_User" ("id") DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT "core_User_groups_group_id_fk_auth_group_id"
        FOREIGN KEY ("group_id") REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX "core_User_groups_user_id_idx" ON "core_User_groups" ("user_id");
CREATE INDEX "core_User_groups_group_id_idx" ON "core_User_groups" ("group_id");
