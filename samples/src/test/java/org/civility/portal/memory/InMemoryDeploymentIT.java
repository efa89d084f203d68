package org.civility.portal.memory;

import org.civility.portal.Api;
import org.civility.portal.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal that brings its own storage: civility-web and civility-core deployed without civility-persistence, over
 * core's in-memory repositories ({@link MemoryStorage}), with a sign-in of its own ({@link MemorySignIn}). The WAR is
 * the packaged portal's libraries less civility-persistence, and none of the sample portal's classes: no persistence
 * unit, no data source, no migrations. A center, an institute below it and an account made over the API are read
 * back through it, and core's rules still decide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InMemoryDeploymentIT {

    @Deployment(testable = false)
    static WebArchive webOverMemory() {
        WebArchive war = Deployments.portal();
        List<ArchivePath> dropped = war.getContent().keySet().stream()
                .filter(p -> p.get().startsWith("/WEB-INF/classes/")
                        || p.get().matches("/WEB-INF/lib/civility-persistence-.*\\.jar"))
                .toList();
        assertThat(dropped).as("the portal's classes and the persistence adapter")
                .anyMatch(p -> p.get().contains("civility-persistence"));
        dropped.forEach(war::delete);
        return war.addClasses(MemoryStorage.class, MemorySignIn.class, MemoryApplication.class,
                MemoryFirstAdministrator.class);
    }

    @ArquillianResource
    URL deployment;

    private Api admin() {
        return Api.at(deployment).as(MemoryFirstAdministrator.USERNAME, MemoryFirstAdministrator.PASSWORD);
    }

    @Test
    void civilityWebServesItsApiOverAPortalsOwnStorage() {
        // given
        Api anonymous = Api.at(deployment);
        assertThat(anonymous.get("api/v1/me").status()).isEqualTo(401);
        assertThat(admin().get("api/v1/me").json().getString("name")).isEqualTo(MemoryFirstAdministrator.USERNAME);

        // when
        Api.Reply center = admin().post("api/v1/units", """
                {"tier":"CENTER","name":"内存县新时代文明实践中心"}""");
        assertThat(center.status()).as(center.toString()).isEqualTo(201);
        Api.Reply institute = admin().post("api/v1/units", """
                {"tier":"INSTITUTE","name":"内存镇新时代文明实践所","parentId":"%s"}"""
                .formatted(center.json().getString("id")));
        assertThat(institute.status()).as(institute.toString()).isEqualTo(201);
        Api.Reply account = admin().post("api/v1/accounts", """
                {"username":"institute-admin","name":"所管理员","grants":[{"role":"ADMINISTRATOR","unitId":"%s"}]}"""
                .formatted(institute.json().getString("id")));

        // then
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        assertThat(admin().get("api/v1/units").body()).contains("内存县新时代文明实践中心");
        assertThat(admin().get("api/v1/units?parent=" + center.json().getString("id")).body())
                .contains("内存镇新时代文明实践所");
        assertThat(admin().get("api/v1/accounts?unit=" + institute.json().getString("id")).body())
                .contains("institute-admin");
        Api.Reply stray = admin().post("api/v1/units", """
                {"tier":"STATION","name":"无所属站","parentId":"%s"}""".formatted(center.json().getString("id")));
        assertThat(stray.status()).as("R-ORG-1: a station lies below an institute").isEqualTo(422);
    }
}
