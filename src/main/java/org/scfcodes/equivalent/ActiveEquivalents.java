package org.scfcodes.equivalent;

import org.scfcodes.data.ReloadableFile;

import org.springframework.stereotype.Component;

/**
 * The equivalents the service answers from, reloaded when an external file changes.
 */
@Component
public class ActiveEquivalents extends ReloadableFile<Equivalents> {

	public ActiveEquivalents(EquivalentsProperties properties) {
		super("equivalents", properties.location(), properties.reloadInterval(), EquivalentsLoader::load,
				Equivalents::version);
	}

}
