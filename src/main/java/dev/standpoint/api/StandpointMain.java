package dev.standpoint.api;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The packaged service's entry point: it sets the engine and its stance model loading on a second core before Quarkus
 * boots, so that the ~0.5 s the model takes overlaps the boot instead of delaying the first request.
 */
@QuarkusMain
public final class StandpointMain {

    public static void main(String... args) {
        EnginePreload.start();
        Quarkus.run(args);
    }
}
