package org.issa.passenger.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.issa.passenger.edifact.EdifactTokenizer;
import org.issa.passenger.edifact.StaediTokenizer;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.ParsedFile;
import org.issa.passenger.ingest.ParsingPool;
import org.issa.passenger.ingest.PassengerMessages;
import org.issa.passenger.ingest.ReadLimits;
import org.issa.passenger.synthetic.TrafficGenerator;

/**
 * Parse speed over generated traffic (the generator's realistic mix: PNRGOV EDIFACT with 1-6 PNRs of 1-9 passengers
 * per message, multi-part, custom separators, some PAXLST and PNRGOV XML). The files are made first, then parsed in
 * warm-up passes and measured passes on {@code threads} threads; the rate is the median measured pass. The baseline
 * is StAEDI's tokenising alone over the EDIFACT files; ISSA's own tokeniser (which the readers use) is timed alone over
 * the same files, so that what mapping to the model costs on top of tokenising shows.
 */
public final class PnrParseBench {

    /**
     * @param seed         generator seed
     * @param files        files generated
     * @param threads      parsing threads
     * @param warmUpPasses passes run before measuring
     * @param passes       measured passes
     */
    public record Options(long seed, int files, int threads, int warmUpPasses, int passes) {
        public static Options defaults() {
            return new Options(1, 5_000, Runtime.getRuntime().availableProcessors(), 3, 5);
        }
    }

    /** The measurement. Rates are per second of wall-clock time over all threads. */
    public record Result(int files, long bytes, int messages, int pnrs, int passengers, int quarantined, int threads, double parseMsgsPerS,
                         double parsePnrsPerS, double parseMbPerS, List<Long> warmUpMsgsPerS, List<Long> passMsgsPerS,
                         double baselineTokeniseMsgsPerS, double tokeniseMsgsPerS, double parseMsgsPerS1Thread,
                         List<Long> passMsgsPerS1Thread) {

        /** The figures under the names {@code issa bench pnr --json} prints. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("parse_msgs_per_s", Math.round(parseMsgsPerS));
            m.put("parse_threads", threads);
            m.put("parse_msgs_per_s_1_thread", Math.round(parseMsgsPerS1Thread));
            m.put("parse_pnrs_per_s", Math.round(parsePnrsPerS));
            m.put("parse_mb_per_s", Math.round(parseMbPerS * 10) / 10.0);
            m.put("parse_baseline_tokenise_only_msgs_per_s", Math.round(baselineTokeniseMsgsPerS));
            m.put("parse_tokenise_only_msgs_per_s", Math.round(tokeniseMsgsPerS));
            m.put("parse_files", files);
            m.put("parse_messages", messages);
            m.put("parse_pnrs", pnrs);
            m.put("parse_passengers", passengers);
            m.put("parse_bytes", bytes);
            m.put("parse_quarantined_segments", quarantined);
            m.put("parse_warm_up_passes_msgs_per_s", warmUpMsgsPerS);
            m.put("parse_passes_msgs_per_s", passMsgsPerS);
            m.put("parse_passes_msgs_per_s_1_thread", passMsgsPerS1Thread);
            m.put("parse_method", "files read whole, independent of each other, on parse_threads workers (ParsingPool: results in the order "
                    + "of the files), handed over " + GROUP + " files at a time and dropped after each group, as an ingest does; "
                    + "parse_msgs_per_s_1_thread reads them one after the other on one thread");
            return m;
        }
    }

    private PnrParseBench() {}

    public static Result run(Options o, Consumer<String> progress) throws Exception {
        TrafficGenerator g = new TrafficGenerator(o.seed());
        List<byte[]> files = new ArrayList<>(o.files());
        long bytes = 0;
        for (int i = 0; i < o.files(); i++) {
            byte[] b = g.next().bytes();
            files.add(b);
            bytes += b.length;
        }
        progress.accept(o.files() + " files generated (" + bytes / 1024 + " KiB)");
        PassengerMessages reader = new PassengerMessages();
        int messages = 0;
        int pnrs = 0;
        int passengers = 0;
        int quarantined = 0;
        for (byte[] f : files) {
            ParsedFile p = reader.read(f);
            messages += p.pnrMessages().size() + p.apiMessages().size();
            pnrs += p.pnrMessages().stream().mapToInt(m -> m.bookings().size()).sum();
            passengers += p.pnrMessages().stream().mapToInt(m -> m.passengerCount()).sum()
                    + p.apiMessages().stream().mapToInt(m -> m.persons().size()).sum();
            quarantined += p.allQuarantined().size();
        }
        ExecutorService pool = Executors.newFixedThreadPool(o.threads());
        try (ParsingPool parsing = new ParsingPool(reader, o.threads()); ParsingPool single = new ParsingPool(reader, 1)) {
            List<Long> warm = new ArrayList<>();
            for (int i = 0; i < o.warmUpPasses(); i++) {
                warm.add(Math.round(messages / pass(parsing, files)));
            }
            progress.accept("warm-up passes (messages/s): " + warm);
            List<Double> rates = new ArrayList<>();
            List<Double> rates1 = new ArrayList<>();
            // The passes on all workers and on one thread alternate, so that both see the same machine.
            for (int i = 0; i < o.passes(); i++) {
                rates.add(messages / pass(parsing, files));
                rates1.add(messages / pass(single, files));
            }
            List<Long> passes = rates.stream().map(Math::round).toList();
            List<Long> passes1 = rates1.stream().map(Math::round).toList();
            progress.accept("measured passes (messages/s): " + passes + " on " + o.threads() + " threads, " + passes1 + " on one");
            double median = median(rates);
            double seconds = messages / median;
            List<byte[]> edifact = files.stream().filter(f -> f[0] == 'U').toList();
            int ediMessages = 0;
            for (byte[] f : edifact) {
                ParsedFile p = reader.read(f);
                ediMessages += p.pnrMessages().size() + p.apiMessages().size();
            }
            StaediTokenizer staedi = new StaediTokenizer(ReadLimits.DEFAULT);
            EdifactTokenizer ours = new EdifactTokenizer(ReadLimits.DEFAULT);
            List<Double> base = new ArrayList<>();
            List<Double> own = new ArrayList<>();
            for (int i = 0; i < o.warmUpPasses() + o.passes(); i++) {
                double s = tokenisePass(pool, o.threads(), edifact, staedi::read);
                double t = tokenisePass(pool, o.threads(), edifact, ours::read);
                if (i >= o.warmUpPasses()) {
                    base.add(ediMessages / s);
                    own.add(ediMessages / t);
                }
            }
            return new Result(files.size(), bytes, messages, pnrs, passengers, quarantined, o.threads(), median, pnrs / seconds,
                    bytes / seconds / (1024 * 1024), warm, passes, median(base), median(own), median(rates1), passes1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Files handed to the pool at a time, as an ingest hands over what it received; each group's models are dropped after it. */
    static final int GROUP = 64;

    private static double pass(ParsingPool parsing, List<byte[]> files) {
        long t0 = System.nanoTime();
        for (int from = 0; from < files.size(); from += GROUP) {
            for (ParsingPool.Outcome o : parsing.readAll(files.subList(from, Math.min(files.size(), from + GROUP)))) {
                if (o.refused().isPresent()) {
                    throw new IllegalStateException("a generated file was refused: " + o.refused().get().getMessage(), o.refused().get());
                }
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Something that tokenises a file: StAEDI or ISSA's own tokeniser. */
    private interface Tokenise {
        org.issa.passenger.edifact.Interchange read(byte[] file) throws NotAnInterchangeException;
    }

    private static double tokenisePass(ExecutorService pool, int threads, List<byte[]> files, Tokenise tokenizer) throws Exception {
        long t0 = System.nanoTime();
        List<Future<Integer>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slice = t;
            fs.add(pool.submit(() -> {
                int n = 0;
                for (int i = slice; i < files.size(); i += threads) {
                    n += tokenizer.read(files.get(i)).segments().size();
                }
                return n;
            }));
        }
        for (Future<Integer> f : fs) {
            f.get();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** Runs the bench with the defaults and prints its figures (for a run without the {@code issa} CLI). */
    public static void main(String[] args) throws Exception {
        Options d = Options.defaults();
        int files = args.length > 0 ? Integer.parseInt(args[0]) : d.files();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : d.threads();
        Result r = run(new Options(d.seed(), files, threads, d.warmUpPasses(), d.passes()), s -> System.err.println("pnr parse bench: " + s));
        System.out.println(r.toMap());
    }
}
