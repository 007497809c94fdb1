package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.openimis.schema.jdbc.ConnectionSettings;

/** Connection settings from goal parameters, with user and password from a settings.xml server where one is named. */
final class ServerCredentials {

    private ServerCredentials() {
    }

    static ConnectionSettings resolve(String role, String prefix, DatabaseParameters parameters, Settings settings,
                                      SettingsDecrypter decrypter) throws MojoExecutionException {
        String serverId = parameters.serverId();
        if (serverId == null || serverId.isBlank()) {
            return new ConnectionSettings(role, prefix, parameters.url(), parameters.user(), parameters.password());
        }
        Server server = settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("No <server> with id '" + serverId + "' (" + prefix
                    + ".serverId) in settings.xml: add one with <username> and <password>, or set " + prefix
                    + ".user and " + prefix + ".password.");
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("Cannot decrypt the password of server '" + serverId + "' in "
                        + "settings.xml: " + problem.getMessage());
            }
        }
        Server plain = decrypted.getServer();
        return new ConnectionSettings(role, prefix, parameters.url(),
                parameters.user() != null ? parameters.user() : plain.getUsername(),
                parameters.password() != null ? parameters.password() : plain.getPassword());
    }
}
