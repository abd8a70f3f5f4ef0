package org.irm.submission.screening;

/** One reason a file may not be taken in, judged from the file alone before anything reads it. */
public interface FileCheck extends Check<CandidateFile> {
}
