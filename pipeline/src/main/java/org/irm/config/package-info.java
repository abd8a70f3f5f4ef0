/**
 * Configuration of the pipeline: the settings read from properties files and the command
 * line ({@link org.irm.config.IrmConfig}), secret keys, and where templates come from
 * (built in or an override folder). The lowest package: it uses no other {@code org.irm} package.
 */
package org.irm.config;
