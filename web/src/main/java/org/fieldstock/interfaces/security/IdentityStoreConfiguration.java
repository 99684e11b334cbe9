package org.fieldstock.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.fieldstock.domain.user.PasswordHashing;
import org.fieldstock.infrastructure.startup.DatabaseMigrator;

/** Users, password hashes and roles come from the application's own tables. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DatabaseMigrator.DATASOURCE,
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND enabled = TRUE",
        groupsQuery = "SELECT role_name FROM app_user_role WHERE username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_SIZE, PasswordHashing.KEY_SIZE
        })
@ApplicationScoped
public class IdentityStoreConfiguration {
}
