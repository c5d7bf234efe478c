package dev.standpoint.bulk;

import dev.standpoint.api.AnalysisView;
import dev.standpoint.api.BulkAnalysisService;
import dev.standpoint.api.OffsetUnit;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

import java.util.Arrays;

/**
 * {@code java -jar quarkus-run.jar analyse ...}: the bulk mode, in the same build and with the same engine,
 * validation, caps and (with --store) database as the service, but no HTTP server. See BulkOptions for the options.
 */
public class BulkCommand implements QuarkusApplication {

    @Inject
    BulkAnalysisService service;

    @Override
    public int run(String... args) throws Exception {
        BulkOptions options;
        OffsetUnit unit;
        AnalysisView view;
        try {
            options = BulkOptions.parse(Arrays.asList(args));
            unit = OffsetUnit.parse(options.offsets());
            view = AnalysisView.parse(options.fields());
        } catch (RuntimeException e) {
            System.err.println("bulk: " + e.getMessage() + "\n\n" + BulkOptions.USAGE);
            return 2;
        }
        ArticleSource articles = ArticleSource.of(options.input(), service.mapper());
        BulkRun run = new BulkRun(service.mapper(),
                record -> service.analyse(record, options.store(), options.dedupe(), unit, view),
                service::problem, options.threads(), options.limit());
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        BulkRun.Summary summary = run.run(articles, options.out(), terminal, System.err);
        long rows = ActorExport.write(service.mapper(), options.out(), options.csv(), options.actors());
        if (options.csv().isPresent() || options.actors().isPresent()) {
            System.err.println("bulk: " + rows + " actor rows written");
        }
        return summary.errors() == 0 ? 0 : 1;
    }
}
