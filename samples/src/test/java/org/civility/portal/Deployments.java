package org.civility.portal;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The ITs deploy the WAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("civility.portal.war", "target/civility-portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Package the portal first: " + war.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
