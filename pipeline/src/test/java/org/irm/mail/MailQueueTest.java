package org.irm.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailQueueTest {

    @TempDir
    Path watchRoot;

    private final MailQueue queue = new MailQueue(Path.of("unused"));

    @Test
    void anAnswerIsQueuedOnceWhileItWaitsAndOnceItWasSent() throws Exception {
        MailQueue queue = MailQueue.under(watchRoot);
        Path queued = queue.putOnce("answer to m1", answer("Checklist received")).orElseThrow();

        assertThat(queue.putOnce("answer to m1", answer("Checklist received"))).isEmpty();
        queue.sent(queued);
        assertThat(queue.putOnce("answer to m1", answer("Checklist received"))).isEmpty();
        assertThat(queue.putOnce("answer to m2", answer("Already received"))).isPresent();

        assertThat(names(queue.folder())).hasSize(1);
        assertThat(names(queue.sentFolder())).containsExactly(queued.getFileName().toString());
    }

    @Test
    void theSameAnswerComposedTwiceHasTheSameMessageId() throws Exception {
        Path first = new MailQueue(watchRoot.resolve("one")).putOnce("answer to m1", answer("Receipt")).orElseThrow();
        Path second = new MailQueue(watchRoot.resolve("two")).putOnce("answer to m1", answer("Receipt")).orElseThrow();
        Path other = new MailQueue(watchRoot.resolve("two")).putOnce("answer to m2", answer("Receipt")).orElseThrow();

        String id = messageId(first);
        assertThat(id).startsWith("<").endsWith("@secretariat.test>").isEqualTo(messageId(second));
        assertThat(messageId(other)).isNotEqualTo(id);
    }

    @Test
    void partialMessagesAStopLeftAreRemovedAndWaitingMessagesKept() throws Exception {
        MailQueue queue = MailQueue.under(watchRoot);
        Path waiting = queue.put(answer("Receipt"));
        Files.writeString(queue.folder().resolve("0123-cut-short" + MailQueue.PARTIAL), "From: irm@secretariat.test\r\nSubj");

        assertThat(queue.clearUnfinished()).isEqualTo(1);

        assertThat(names(queue.folder())).containsExactly(waiting.getFileName().toString());
        assertThat(MailQueue.under(watchRoot.resolve("never-used")).clearUnfinished()).isZero();
    }

    @Test
    void aPartialMessageAnotherInstanceIsWritingStaysWhenAnInstanceStarts() throws Exception {
        MailQueue queue = MailQueue.under(watchRoot);
        Path beingWritten = Files.createDirectories(queue.folder()).resolve("4567-being-written" + MailQueue.PARTIAL);
        try (FileChannel writer = FileChannel.open(beingWritten, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             FileLock held = writer.lock()) {
            assertThat(queue.clearUnfinished()).isZero();
            assertThat(beingWritten).exists();
        }
        assertThat(queue.clearUnfinished()).as("its writer gone, the partial is a stop's leftover").isEqualTo(1);
        assertThat(beingWritten).doesNotExist();
    }

    private MimeMessage answer(String subject) {
        return new OutgoingMessage(List.of("focal.point@kenya.test"), subject, "Thank you.\n", List.of(),
                "<m1@kenya.test>", "en").toMime(queue.session(), "returns@secretariat.test");
    }

    private String messageId(Path file) {
        try {
            return queue.read(file, queue.session()).getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
        }
    }
}
