package org.briefings.cli;

import java.io.IOException;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineConfig;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.Enricher;
import org.briefings.enrich.country.Gazetteer;

/** Builds the engine the same way for every subcommand. */
final class Engines {

    static BriefingEngine open(EngineConfig config) throws IOException {
        return new BriefingEngine(config, new Enricher(), new GazetteerCountryCodes(Gazetteer.load()));
    }

    private Engines() {}
}
