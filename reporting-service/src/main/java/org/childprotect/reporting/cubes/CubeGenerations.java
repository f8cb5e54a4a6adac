package org.childprotect.reporting.cubes;

import org.childprotect.reporting.generations.Generation;
import org.childprotect.reporting.generations.GenerationSetup;
import org.childprotect.reporting.generations.Generations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The cubes' part in a generation's life: a month index on every cube collection of a new generation (off where
 * the server gains nothing by it), and the counts of the generation that becomes active loaded into memory ahead
 * of the first table, at start-up and when a rebuilt generation has caught up (before live events are held for
 * the switch; months the last events touch are reloaded by the first table that needs them).
 */
@Component
class CubeGenerations implements GenerationSetup {

	private static final Logger log = LoggerFactory.getLogger(CubeGenerations.class);

	private final CubeCells cells;

	/** Provided lazily: the generations ask this class to prepare each new one. */
	private final ObjectProvider<Generations> generations;

	private final boolean monthIndex;

	CubeGenerations(CubeCells cells, ObjectProvider<Generations> generations,
			@Value("${reporting.cubes.month-index:true}") boolean monthIndex) {
		this.cells = cells;
		this.generations = generations;
		this.monthIndex = monthIndex;
	}

	@Override
	public void prepare(Generation generation) {
		if (monthIndex) {
			cells.createIndexes(generation);
		}
	}

	@Override
	public void beforeActivation(Generation generation) {
		warm(generation);
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmActiveGeneration() {
		Thread warming = new Thread(() -> {
			try {
				warm(generations.getObject().active());
			}
			catch (RuntimeException ex) {
				// Tables load what they need on demand; warming is only a head start.
				log.warn("Could not load the cubes ahead of the first table ({})", ex.getClass().getSimpleName());
			}
		}, "cube-warm-up");
		warming.setDaemon(true);
		warming.start();
	}

	private void warm(Generation generation) {
		long started = System.nanoTime();
		cells.warm(generation);
		log.info("Cubes of generation {} loaded in {} ms", generation, (System.nanoTime() - started) / 1_000_000);
	}

}
