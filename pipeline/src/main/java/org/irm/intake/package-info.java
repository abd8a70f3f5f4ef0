/**
 * Stage: {@code irm run}, the running intake: Camel routes that only wire folders and the mailbox to
 * the services of the other stages (the return desk, outgoing mail, draft regeneration). May use the
 * lower packages and the stages it wires.
 */
package org.irm.intake;
