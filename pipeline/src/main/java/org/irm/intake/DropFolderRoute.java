package org.irm.intake;

import org.apache.camel.builder.RouteBuilder;

/**
 * A watch folder (the inbox, the reviews folder): every settled file goes to the desk and, once
 * the desk has archived and registered it and the register is on disk ({@link RegisterCheckpoint}),
 * leaves the folder; a duplicate is answered by the desk and leaves too, so nothing sits in the
 * folder forever. Per-State subfolders are read one level deep. Temporary and lock files, and hidden files and folders, are left alone.
 */
public final class DropFolderRoute extends RouteBuilder {

    private final String routeId;
    private final String folderPlaceholder;
    private final String arrivals;
    private final int workers;

    /**
     * @param routeId           {@code inbox} or {@code reviews}
     * @param folderPlaceholder the property naming the folder, such as {@code irm.run.inbox}
     * @param arrivals          the name of the {@link FolderArrivals} bean that takes its files
     * @param workers           how many files are taken at the same time (the desk is safe to share)
     */
    public DropFolderRoute(String routeId, String folderPlaceholder, String arrivals, int workers) {
        this.routeId = routeId;
        this.folderPlaceholder = folderPlaceholder;
        this.arrivals = arrivals;
        this.workers = workers;
    }

    @Override
    public void configure() {
        from("file:{{" + folderPlaceholder + "}}?recursive=true&maxDepth=2&autoCreate=true"
                + "&filter=#" + IntakeDaemon.DROP_FOLDER_FILTER + "&delete=true"
                // Several instances on one shared folder: each settled file is claimed in the
                // register before it is taken; the claim outlives the file (until it expires) and
                // is given up when taking failed, so the next look of any instance tries again.
                + "&readLock=idempotent&idempotentRepository=#" + IntakeDaemon.FILE_CLAIMS
                + "&idempotentKey=${file:absolute.path}-${file:size}-${file:modified}"
                + "&readLockRemoveOnCommit=false&readLockRemoveOnRollback=true"
                + "&sortBy=file:modified&delay={{irm.inbox.poll.ms}}")
                .routeId(routeId)
                .routeConfigurationId(IntakeErrorPolicy.ID)
                // A short queue: files wait in the folder, not in memory, and when the workers are
                // busy the poller takes the next file itself. The file leaves the folder only when
                // its worker is done, as without workers.
                .threads().poolSize(workers).maxPoolSize(workers).maxQueueSize(workers).callerRunsWhenRejected(true)
                .threadName(routeId)
                .bean(arrivals, "take(${header.CamelFileAbsolutePath}, ${header.CamelFileRelativePath})")
                .bean(IntakeDaemon.REGISTER_CHECKPOINT, "persist");
    }
}
