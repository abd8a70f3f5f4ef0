package org.irm.notice;

import java.util.List;

/**
 * What a planner found.
 *
 * @param notices     the messages due, one per recipient
 * @param unreachable what could not be sent to anyone, a sentence each (nobody registered to write to)
 */
public record NoticePlan(List<Notice> notices, List<String> unreachable) { }
