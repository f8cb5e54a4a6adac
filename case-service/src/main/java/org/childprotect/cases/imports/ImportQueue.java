package org.childprotect.cases.imports;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Runs import jobs in the background on a small, bounded pool: a few at once, a few waiting, the rest refused.
 * An import keeps a CPU busy for minutes, and the service must still answer caseworkers meanwhile.
 */
@Component
class ImportQueue implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportQueue.class);

	private final ImportRunner runner;

	private final ImportJobs jobs;

	private final ImportFiles files;

	private final ImportProperties properties;

	private final Clock clock;

	private final Set<String> waiting = ConcurrentHashMap.newKeySet();

	private final ThreadPoolExecutor executor;

	private final ScheduledExecutorService heartbeat;

	ImportQueue(ImportRunner runner, ImportJobs jobs, ImportFiles files, ImportProperties properties, Clock clock) {
		this.runner = runner;
		this.jobs = jobs;
		this.files = files;
		this.properties = properties;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(properties.concurrentJobs(), properties.concurrentJobs(), 0,
				TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, properties.queuedJobs())), task -> {
					Thread thread = new Thread(task, "import-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "import-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Jobs left running or queued by an instance that stopped are declared interrupted, so that their importers
	 * see it and upload the file again.
	 */
	@Override
	public void afterPropertiesSet() {
		long interrupted = jobs.interruptQuiet(clock.instant().minus(properties.stalledAfter()), clock.instant());
		if (interrupted > 0) {
			log.warn("{} import jobs were interrupted by a stop of the service", interrupted);
		}
		long period = Math.max(1, properties.stalledAfter().toMillis() / 4);
		heartbeat.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
	}

	/** Accepts a job for running; refuses it when runners and queue are all taken. */
	void submit(ImportJob job) {
		waiting.add(job.id());
		try {
			executor.execute(() -> {
				waiting.remove(job.id());
				try {
					runner.run(job);
				}
				catch (RuntimeException ex) {
					log.error("Import job {} failed outside its own error handling: {}", job.id(),
							ex.getClass().getName());
				}
			});
		}
		catch (RejectedExecutionException full) {
			waiting.remove(job.id());
			throw new ImportsBusy();
		}
	}

	/** Whether a new job could be accepted right now. */
	boolean hasRoom() {
		return executor.getActiveCount() < properties.concurrentJobs() || executor.getQueue().remainingCapacity() > 0;
	}

	private void beat() {
		try {
			jobs.stillQueued(Set.copyOf(waiting), clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Could not mark queued imports as alive: {}", ex.getClass().getSimpleName());
		}
	}

	/**
	 * Lets running jobs finish their batch and record themselves as interrupted; waiting jobs are interrupted
	 * without starting. Their importers upload the files again.
	 */
	@Override
	public void destroy() throws InterruptedException {
		runner.stop();
		heartbeat.shutdownNow();
		executor.getQueue().clear();
		for (String id : Set.copyOf(waiting)) {
			try {
				jobs.interrupt(ImportJobId.of(id), ImportCounts.NONE, clock.instant());
			}
			catch (RuntimeException ex) {
				log.warn("Could not mark waiting import {} as interrupted: {}", id, ex.getClass().getSimpleName());
			}
			files.delete(files.spooled(ImportJobId.of(id)));
		}
		executor.shutdown();
		if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
			executor.shutdownNow();
		}
	}

}
