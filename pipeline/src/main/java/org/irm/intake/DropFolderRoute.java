package org.irm.intake;

import org.apache.camel.builder.RouteBuilder;

/**
 * A watch folder (the inbox, the reviews folder): every settled file goes to the desk and, once
 * the desk has archived and registered it, leaves the folder; a duplicate is answered by the desk
 * and leaves too, so nothing sits in the folder forever. Per-State subfolders are read one level
 * deep. Temporary and lock files, and hidden files and folders, are left alone.
 */
public final class DropFolderRoute extends RouteBuilder {

    private final String routeId;
    private final String folderPlaceholder;
    private final String arrivals;

    /**
     * @param routeId           {@code inbox} or {@code reviews}
     * @param folderPlaceholder the property naming the folder, such as {@code irm.run.inbox}
     * @param arrivals          the name of the {@link FolderArrivals} bean that takes its files
     */
    public DropFolderRoute(String routeId, String folderPlaceholder, String arrivals) {
        this.routeId = routeId;
        this.folderPlaceholder = folderPlaceholder;
        this.arrivals = arrivals;
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
                .bean(arrivals, "take(${header.CamelFileAbsolutePath}, ${header.CamelFileRelativePath})");
    }
}
