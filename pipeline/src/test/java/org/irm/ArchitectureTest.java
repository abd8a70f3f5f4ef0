package org.irm;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layout of issue 13, kept by the build: storage and the libraries every stage shares
 * (the lower packages) never use a stage, and no two top-level packages use each other, directly or
 * round a longer loop. A stage is any other {@code org.irm} package, so a new stage is covered the
 * day it lands. Checked on the pipeline's own classes, not its tests.
 *
 * <p>The stages, in the order a document travels: {@code checklist} (issuing), {@code submission}
 * (the return desk, with {@code submission.screening}, the file checks before anything is read),
 * {@code documents} (supporting documents States send with their returns), {@code review}, {@code dialogue}
 * (the written dialogue's questions and answers, which the review stage writes into its merged review),
 * {@code lots}, {@code report}, then {@code intake} (the Camel routes), {@code demo}
 * and {@code cli} (the commands and the one composition root).
 */
class ArchitectureTest {

    /**
     * Storage and shared libraries, and {@code tracking} (where each State stands, read from the
     * register): they may use each other, never a stage.
     */
    static final String[] LOWER = {"config", "catalogue", "docx", "identity", "register", "mail", "folders", "tracking"};

    private static JavaClasses pipeline;

    @BeforeAll
    static void importPipeline() {
        pipeline = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.irm");
    }

    @Test
    void storageAndSharedLibrariesUseNoStage() {
        String[] lower = Arrays.stream(LOWER).map(name -> "org.irm." + name + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage(lower)
                .should().dependOnClassesThat(resideInAPackage("org.irm..").and(not(resideInAnyPackage(lower))))
                .because("lower packages (" + String.join(", ", LOWER) + ") are shared by every stage (issue 13)")
                .check(pipeline);
    }

    @Test
    void screeningLooksAtTheFileAloneNeverAtTheRestOfTheDesk() {
        noClasses().that().resideInAPackage("org.irm.submission.screening..")
                .should().dependOnClassesThat(resideInAPackage("org.irm.submission..")
                        .and(not(resideInAPackage("org.irm.submission.screening.."))))
                .because("screening runs before anything is read and is used alone by irm inspect")
                .check(pipeline);
    }

    @Test
    void noTwoPackagesUseEachOther() {
        slices().matching("org.irm.(*)..")
                .should().beFreeOfCycles()
                .because("a cycle between packages makes the layout unreadable (issue 13)")
                .check(pipeline);
    }
}
