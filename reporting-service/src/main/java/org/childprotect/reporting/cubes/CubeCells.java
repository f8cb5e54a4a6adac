package org.childprotect.reporting.cubes;

import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.childprotect.reporting.generations.Generation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

/**
 * The cells of every cube view, one collection per view and generation.
 * <p>
 * A cell holds the set of its members, not a counter: adding a member already there or removing one already gone
 * changes nothing, so a redelivered event or a retry after a crash can never count a case twice, and no
 * transaction is needed. The count is the size of the set. Every write addresses a cell by {@code _id} alone, which
 * every MongoDB-compatible server answers from its primary index.
 * <p>
 * Reads go through an in-memory copy of the counts, month by month. Each write also gives every view and month it
 * touched a fresh random stamp (collection {@value #STAMPS}); a read compares the stamps with the copy it holds and
 * reloads only the months that changed, so tables are served from memory and are never stale, whichever instance
 * wrote. Random rather than counted, so that a generation dropped and built again never repeats a stamp.
 */
@Repository
public class CubeCells {

	static final String MONTH = "p";

	static final String MEMBERS = "members";

	static final String STAMPS = "cube_stamps";

	private static final String COUNT = "n";

	private static final int DUPLICATE_KEY = 11000;

	private static final int CONCURRENT_UPSERT_RETRIES = 3;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	/** Counts per generation and view, per month, with the stamp they were loaded at. */
	private final Map<String, Map<YearMonth, LoadedMonth>> loaded = new ConcurrentHashMap<>();

	private record LoadedMonth(long stamp, List<Row> rows) {
	}

	/** The values of a cell in the order of its view's dimensions, and its count. */
	private record Row(String[] values, long count) {
	}

	CubeCells(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Puts members into cells and takes others out, idempotently; then stamps the months touched. */
	public void apply(Generation generation, Collection<Placement> additions, Collection<PlacementRef> removals) {
		Map<CubeView, Map<String, Cell>> cells = new LinkedHashMap<>();
		Map<CubeView, Map<String, Set<String>>> added = new LinkedHashMap<>();
		Map<CubeView, Map<String, Set<String>>> removed = new LinkedHashMap<>();
		for (Placement addition : additions) {
			CubeView view = addition.cell().view();
			String id = addition.cell().id();
			cells.computeIfAbsent(view, key -> new HashMap<>()).putIfAbsent(id, addition.cell());
			added.computeIfAbsent(view, key -> new LinkedHashMap<>())
				.computeIfAbsent(id, key -> new LinkedHashSet<>())
				.add(addition.member());
		}
		for (PlacementRef removal : removals) {
			removed.computeIfAbsent(removal.view(), key -> new LinkedHashMap<>())
				.computeIfAbsent(removal.cellId(), key -> new LinkedHashSet<>())
				.add(removal.member());
		}
		Map<String, Set<String>> touchedMonths = new LinkedHashMap<>();
		Set<CubeView> views = new LinkedHashSet<>(added.keySet());
		views.addAll(removed.keySet());
		for (CubeView view : views) {
			// One update per cell and batch: a replay batch often puts many cases in the same cell.
			List<WriteModel<Document>> writes = new ArrayList<>();
			added.getOrDefault(view, Map.of()).forEach((id, members) -> {
				writes.add(add(cells.get(view).get(id), members));
				touchedMonths.computeIfAbsent(view.name(), key -> new TreeSet<>()).add(monthOf(id));
			});
			removed.getOrDefault(view, Map.of()).forEach((id, members) -> {
				writes.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.pullAll(MEMBERS, List.copyOf(members))));
				touchedMonths.computeIfAbsent(view.name(), key -> new TreeSet<>()).add(monthOf(id));
			});
			mongo.execute(generation.collection(view.name()), collection -> write(collection, writes));
		}
		stamp(generation, touchedMonths);
	}

	/**
	 * Counts grouped by the given dimensions over the months {@code from} to {@code to} (both included), for cells
	 * whose values are among the filter values. A {@link Dimension#PERIOD} group is the month, as {@code yyyy-MM}.
	 */
	public List<CellCount> count(Generation generation, CubeView view, YearMonth from, YearMonth to,
			Map<Dimension, Set<String>> filters, Set<Dimension> groupBy) {
		List<Dimension> dimensions = view.dimensions();
		for (Dimension dimension : groupBy) {
			check(view, dimension);
		}
		filters.keySet().forEach(dimension -> check(view, dimension));
		Map<YearMonth, LoadedMonth> months = current(generation, view, from, to);
		Map<Map<Dimension, String>, Long> sums = new HashMap<>();
		months.forEach((month, cells) -> {
			for (Row row : cells.rows()) {
				if (!matches(row, dimensions, filters)) {
					continue;
				}
				Map<Dimension, String> key = new EnumMap<>(Dimension.class);
				for (Dimension dimension : groupBy) {
					key.put(dimension,
							dimension == Dimension.PERIOD ? month.toString() : row.values()[dimensions.indexOf(dimension)]);
				}
				sums.merge(key, row.count(), Long::sum);
			}
		});
		List<CellCount> counts = new ArrayList<>(sums.size());
		sums.forEach((key, count) -> {
			if (count > 0) {
				counts.add(new CellCount(key, count));
			}
		});
		return counts;
	}

	/** Loads every month of every view of a generation into memory. */
	public void warm(Generation generation) {
		for (Cube cube : Cube.values()) {
			for (CubeView view : cube.views()) {
				current(generation, view, YearMonth.of(1, 1), YearMonth.of(9999, 12));
			}
		}
	}

	/** For a real MongoDB, whose planner uses it to reload a month. */
	public void createIndexes(Generation generation) {
		for (Cube cube : Cube.values()) {
			for (CubeView view : cube.views()) {
				mongo.execute(generation.collection(view.name()),
						collection -> collection.createIndex(Indexes.ascending(MONTH)));
			}
		}
	}

	/** The loaded months of a view in the range, reloading those whose stamp moved since they were loaded. */
	private Map<YearMonth, LoadedMonth> current(Generation generation, CubeView view, YearMonth from, YearMonth to) {
		String prefix = view.name() + "|";
		Map<YearMonth, Long> stamps = new HashMap<>();
		mongo.execute(generation.collection(STAMPS), collection -> {
			for (Document stamp : collection.find()) {
				String id = stamp.getString("_id");
				if (id.startsWith(prefix)) {
					YearMonth month = YearMonth.parse(id.substring(prefix.length()));
					if (!month.isBefore(from) && !month.isAfter(to)) {
						stamps.put(month, ((Number) stamp.get(COUNT)).longValue());
					}
				}
			}
			return null;
		});
		String cacheKey = generation.number() + "|" + view.name();
		if (!loaded.containsKey(cacheKey)) {
			// Queries move on to a new generation after a rebuild; copies older than the one before it are dead.
			loaded.keySet()
				.removeIf(held -> Integer.parseInt(held.substring(0, held.indexOf('|'))) < generation.number() - 1);
		}
		Map<YearMonth, LoadedMonth> cache = loaded.computeIfAbsent(cacheKey, key -> new ConcurrentHashMap<>());
		List<String> stale = new ArrayList<>();
		stamps.forEach((month, stamp) -> {
			LoadedMonth held = cache.get(month);
			if (held == null || held.stamp() != stamp) {
				stale.add(month.toString());
			}
		});
		if (!stale.isEmpty()) {
			// Stamps were read first: a write that lands during the load moves its stamp again, so the next read
			// reloads that month rather than trusting this copy.
			Map<YearMonth, List<Row>> rows = load(generation, view, stale);
			for (String month : stale) {
				YearMonth key = YearMonth.parse(month);
				cache.put(key, new LoadedMonth(stamps.get(key), rows.getOrDefault(key, List.of())));
			}
		}
		Map<YearMonth, LoadedMonth> result = new HashMap<>();
		stamps.keySet().forEach(month -> result.put(month, cache.get(month)));
		return result;
	}

	/**
	 * Loads the counts of some months of a view, a few months per query: a server without cursors for
	 * aggregations (the MongoDB-wire server of the embedded stack) answers in one reply, which must stay well under
	 * the 16 MB document limit, and a view by concern has many cells per month.
	 */
	private Map<YearMonth, List<Row>> load(Generation generation, CubeView view, List<String> months) {
		List<String> sorted = months.stream().sorted().toList();
		int perQuery = view.byConcern() ? 1 : 6;
		Map<String, String> interned = new HashMap<>();
		Map<YearMonth, List<Row>> rows = new HashMap<>();
		for (int start = 0; start < sorted.size(); start += perQuery) {
			List<String> chunk = sorted.subList(start, Math.min(start + perQuery, sorted.size()));
			loadChunk(generation, view, chunk, interned, rows);
		}
		return rows;
	}

	private void loadChunk(Generation generation, CubeView view, List<String> months, Map<String, String> interned,
			Map<YearMonth, List<Row>> rows) {
		List<Dimension> dimensions = view.dimensions();
		Document projection = new Document("_id", 0).append(MONTH, 1)
			.append(COUNT, new Document("$size", "$" + MEMBERS));
		dimensions.forEach(dimension -> projection.append(dimension.field(), 1));
		// A range rather than a list of months: servers without a usable index scan either way, and a range is the
		// cheaper test per document; months in the range that are not wanted are skipped below.
		Set<String> wanted = Set.copyOf(months);
		List<Bson> pipeline = List.of(
				Aggregates.match(Filters.and(Filters.gte(MONTH, months.get(0)),
						Filters.lte(MONTH, months.get(months.size() - 1)))),
				Aggregates.project(projection));
		mongo.execute(generation.collection(view.name()), collection -> {
			for (Document cell : collection.aggregate(pipeline).batchSize(10_000)) {
				long count = ((Number) cell.get(COUNT)).longValue();
				if (count == 0 || !wanted.contains(cell.getString(MONTH))) {
					continue;
				}
				String[] values = new String[dimensions.size()];
				for (int d = 0; d < values.length; d++) {
					String value = cell.getString(dimensions.get(d).field());
					values[d] = interned.computeIfAbsent(value, key -> key);
				}
				rows.computeIfAbsent(YearMonth.parse(cell.getString(MONTH)), key -> new ArrayList<>())
					.add(new Row(values, count));
			}
			return null;
		});
	}

	private void stamp(Generation generation, Map<String, Set<String>> touchedMonths) {
		List<WriteModel<Document>> stamps = new ArrayList<>();
		touchedMonths.forEach((view, months) -> months.forEach(month -> stamps.add(new UpdateOneModel<>(
				Filters.eq("_id", view + "|" + month), Updates.set(COUNT, RANDOM.nextLong()),
				new UpdateOptions().upsert(true)))));
		if (!stamps.isEmpty()) {
			mongo.execute(generation.collection(STAMPS), collection -> write(collection, stamps));
		}
	}

	private static boolean matches(Row row, List<Dimension> dimensions, Map<Dimension, Set<String>> filters) {
		for (Map.Entry<Dimension, Set<String>> filter : filters.entrySet()) {
			if (!filter.getValue().contains(row.values()[dimensions.indexOf(filter.getKey())])) {
				return false;
			}
		}
		return true;
	}

	private static String monthOf(String cellId) {
		return cellId.substring(0, cellId.indexOf('|'));
	}

	private static UpdateOneModel<Document> add(Cell cell, Set<String> members) {
		List<Bson> updates = new ArrayList<>();
		updates.add(Updates.addEachToSet(MEMBERS, List.copyOf(members)));
		updates.add(Updates.setOnInsert(MONTH, cell.month().toString()));
		cell.values().forEach((dimension, value) -> updates.add(Updates.setOnInsert(dimension.field(), value)));
		return new UpdateOneModel<>(Filters.eq("_id", cell.id()), Updates.combine(updates),
				new UpdateOptions().upsert(true));
	}

	private static Void write(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
		List<WriteModel<Document>> pending = writes;
		for (int attempt = 0; !pending.isEmpty(); attempt++) {
			try {
				collection.bulkWrite(pending, new BulkWriteOptions().ordered(false));
				pending = List.of();
			}
			catch (MongoBulkWriteException ex) {
				// Two writers creating the same new cell at once: one upsert loses on the unique _id and is simply
				// repeated, now as an update of the cell the other created.
				List<WriteModel<Document>> lost = new ArrayList<>();
				for (BulkWriteError error : ex.getWriteErrors()) {
					if (error.getCode() != DUPLICATE_KEY || attempt >= CONCURRENT_UPSERT_RETRIES) {
						throw ex;
					}
					lost.add(pending.get(error.getIndex()));
				}
				pending = lost;
			}
		}
		return null;
	}

	private static void check(CubeView view, Dimension dimension) {
		if (dimension != Dimension.PERIOD && !view.dimensions().contains(dimension)) {
			throw new IllegalArgumentException(view.name() + " has no dimension " + dimension);
		}
	}

}
