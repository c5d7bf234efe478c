package dev.standpoint.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the house, checked on the compiled types (ArchUnit), not on import lines: the engine runs
 * in any JVM host, and its stages depend on one another in one direction only, the direction data flows.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.standpoint");

    @Test
    void theAnalysisCoreUsesNoFrameworkPersistenceOrHttpType() {
        noClasses().that().resideInAPackage("dev.standpoint.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.hibernate..",
                        "io.vertx..", "dev.standpoint.api..", "dev.standpoint.store..")
                .check(MAIN);
    }

    @Test
    void theStoreNeverReachesUpIntoTheHttpLayer() {
        noClasses().that().resideInAPackage("dev.standpoint.store..")
                .should().dependOnClassesThat().resideInAPackage("dev.standpoint.api..").check(MAIN);
    }

    @Test
    void noTwoStagesDependOnEachOther() {
        slices().matching("dev.standpoint.analysis.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** The stages in the order data flows through them; the engine (the package root) wires them. */
    private static final List<String> FLOW = List.of("model", "words", "text", "phrases", "attribution", "actors",
            "evidence", "topic", "stance", "summary");

    @Test
    void eachStageReadsOnlyTheStagesBeforeIt() {
        Architectures.LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("engine").definedBy("dev.standpoint.analysis");
        for (String stage : FLOW) {
            layers = layers.layer(stage).definedBy("dev.standpoint.analysis." + stage + "..");
        }
        layers = layers.whereLayer("engine").mayNotBeAccessedByAnyLayer();
        for (int i = 0; i < FLOW.size() - 1; i++) {
            List<String> later = new ArrayList<>(FLOW.subList(i + 1, FLOW.size()));
            later.add("engine");
            layers = layers.whereLayer(FLOW.get(i)).mayOnlyBeAccessedByLayers(later.toArray(String[]::new));
        }
        layers = layers.whereLayer(FLOW.get(FLOW.size() - 1)).mayOnlyBeAccessedByLayers("engine");
        layers.check(MAIN);
    }
}
