package org.civility.portal;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The WAR exactly as the build packaged it, for the ITs that deploy one of their own through Arquillian; the others
 * share a portal ({@link SharedPortal}).
 */
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
