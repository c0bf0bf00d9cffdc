package org.scfcodes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Explains Tencent Cloud SCF invocation status codes and checks function handlers.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScfCodesApplication {

	public static void main(String[] args) {
		SpringApplication.run(ScfCodesApplication.class, args);
	}

}
