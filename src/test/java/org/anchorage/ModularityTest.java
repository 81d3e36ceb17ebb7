package org.anchorage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(AnchorageApplication.class);

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void the_module_diagram_is_written_for_docs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modules")).writeModulesAsPlantUml();
    }
}
