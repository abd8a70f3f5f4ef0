-- Crash-safe answers by e-mail (issue 12): the Message-ID of the e-mail a submission came attached
-- to. A submission registered before a crash is answered on start under the same queue name and
-- threaded under the same message as it would have been without the crash, so a re-read of that
-- message (still unread after the crash) finds its answer queued and is not answered twice.
-- Null for files from folders and the command line, and for submissions registered before V7.
ALTER TABLE submission_intake ADD COLUMN message_id VARCHAR(998);
