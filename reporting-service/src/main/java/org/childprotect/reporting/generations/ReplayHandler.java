package org.childprotect.reporting.generations;

import java.util.List;
import java.util.Set;

/** Applies replayed events of some topics to a generation; each read model contributes one. */
public interface ReplayHandler {

	Set<String> topics();

	/** Starts a replay into {@code target}; the returned replay may keep state (a cache) until closed. */
	Replay begin(Generation target);

	interface Replay {

		/** Applies events of this handler's topics, in log order per partition. */
		void apply(List<LoggedEvent> events);

	}

}
