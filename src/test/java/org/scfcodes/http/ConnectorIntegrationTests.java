package org.scfcodes.http;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector runs with the settings README's "Connections" table gives: how long a connection may take and stay
 * idle, how many are held, and the write buffer every answer goes through.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConnectorIntegrationTests {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void connectionsAreBoundedAndAnswersWrittenThroughTheConfiguredBuffer() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		assertThat(connector.getProperty("connectionTimeout")).hasToString("10000");
		assertThat(connector.getProperty("keepAliveTimeout")).hasToString("60000");
		assertThat(connector.getProperty("maxConnections")).hasToString("1024");
		assertThat(connector.getProperty("acceptCount")).hasToString("100");
		assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("32768");
	}

}
