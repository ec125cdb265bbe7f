package org.briefings.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.search.IndexSearcher;
import org.briefings.Briefing;
import org.briefings.index.BriefingIndex;
import org.briefings.index.IndexListener;
import org.briefings.search.Html;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.SearchRequest;
import org.briefings.search.SortOrder;
import org.briefings.view.BriefingViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watches of an engine: their definitions ({@link WatchFile}, with the corpus), their matches
 * ({@link MatchStore}) and the matching itself. As the index's {@link IndexListener} it sees every
 * briefing once a refresh has made it searchable, whichever path wrote it, and records the watches
 * it matches, with the very query {@code /api/search} runs ({@link BriefingIndex#selection}),
 * so a watch matches exactly what the search finds. Then it tells the {@link WatchEvents} listeners
 * (live events, webhooks), which must not block.
 */
public final class Watches implements IndexListener, Closeable {

    private static final Logger log = LoggerFactory.getLogger(Watches.class);

    /** The folder in {@code corpus/} that holds the watches; hidden, so never indexed. */
    public static final String FOLDER = ".watches";
    /** Briefings already matching when a watch is created that are recorded as its earlier matches. */
    public static final int EARLIER_LIMIT = 1000;

    private final WatchFile file;
    private final MatchStore store;
    private final BriefingIndex index;
    private final MatchStrategy strategy;
    private final Webhooks webhooks;
    private final List<WatchEvents> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Watch> watches = new LinkedHashMap<>();
    /** Each watch's compiled query, kept so a new watch compiles only itself. */
    private final Map<String, Matcher.Compiled> compiled = new LinkedHashMap<>();

    private volatile Matcher matcher;
    private final LongAdder briefingsChecked = new LongAdder();
    private final LongAdder candidatesChecked = new LongAdder();
    private final LongAdder matchesSinceStart = new LongAdder();
    private final LongAdder matchNanos = new LongAdder();
    private final LongAdder errors = new LongAdder();

    /** The summary of a watch: the watch, its matches, the unread ones and the newest one's number. */
    public record Summary(Watch watch, int matches, int unread, long latest) {}

    /** A match with its briefing shaped as a search hit. */
    public record Item(Match match, boolean unread, BriefingViews.Hit hit) {}

    /** A page of matches, newest first; {@code nextCursor} continues below the last one. */
    public record Page(List<Item> items, String nextCursor) {}

    Watches(Path corpus, BriefingIndex index, MatchStrategy strategy, Webhooks webhooks) throws IOException {
        Path folder = corpus.resolve(FOLDER);
        this.file = new WatchFile(folder);
        this.store = new MatchStore(folder.resolve("matches"));
        this.index = index;
        this.strategy = strategy;
        this.webhooks = webhooks;
        listeners.add(webhooks);
        for (Watch w : file.load()) {
            watches.put(w.id(), w);
        }
        rebuild();
    }

    /** Opens the watches kept in {@code corpus/.watches} and hears of every briefing the index makes searchable. */
    public static Watches open(Path corpus, BriefingIndex index) throws IOException {
        Watches w = new Watches(
                corpus,
                index,
                MatchStrategy.PRESEARCH_INDEX,
                new Webhooks(Duration.ofSeconds(5), Duration.ofSeconds(1)));
        index.setListener(w);
        return w;
    }

    /** Opens watches in {@code folder} that match with {@code strategy} (the benchmark compares them). */
    public static Watches open(Path corpus, BriefingIndex index, MatchStrategy strategy, Webhooks webhooks)
            throws IOException {
        return new Watches(corpus, index, strategy, webhooks);
    }

    public void addListener(WatchEvents l) {
        listeners.add(l);
    }

    public void removeListener(WatchEvents l) {
        listeners.remove(l);
    }

    /** Makes the matcher match the watches as they now are, compiling those not compiled yet. */
    private synchronized void rebuild() {
        compiled.keySet().retainAll(watches.keySet());
        for (Watch w : watches.values()) {
            Matcher.Compiled c = compiled.get(w.id());
            if (c != null && c.watch().equals(w)) {
                continue;
            }
            try {
                compiled.put(w.id(), Matcher.compile(w, index.selection(w.request())));
            } catch (InvalidRequestException e) {
                compiled.remove(w.id());
                log.warn(
                        "watch {} ({}) is no longer a valid search and matches nothing: {}",
                        w.id(),
                        w.name(),
                        e.getMessage());
            }
        }
        matcher = new Matcher(List.copyOf(compiled.values()), strategy);
    }

    /**
     * Creates many watches with one write of the definitions (a bulk import; the benchmark's 10,000).
     * Specs that are not valid searches are left out.
     */
    public List<Watch> createAll(List<WatchSpec> specs) throws IOException {
        List<Watch> created = new ArrayList<>();
        for (WatchSpec spec : specs) {
            try {
                Watch w = Watch.define(spec);
                index.selection(w.request()); // throws on a bad query or filter
                created.add(w);
            } catch (InvalidRequestException e) {
                // left out
            }
        }
        synchronized (this) {
            created.forEach(w -> watches.put(w.id(), w));
            file.save(List.copyOf(watches.values()));
            rebuild();
        }
        for (int i = 0; i < created.size(); i++) {
            recordEarlier(created.get(i));
        }
        return created;
    }

    /**
     * Creates a watch after checking it as a search is checked (a bad query or filter is an {@link
     * InvalidRequestException}); records the briefings that already match as earlier matches.
     */
    public Watch create(WatchSpec spec) throws IOException {
        Watch w = Watch.define(spec);
        index.selection(w.request()); // throws on a bad query or filter
        synchronized (this) {
            watches.put(w.id(), w);
            try {
                file.save(List.copyOf(watches.values()));
            } catch (IOException | RuntimeException e) {
                watches.remove(w.id());
                throw e;
            }
            rebuild();
        }
        recordEarlier(w);
        return w;
    }

    /** The newest briefings (by publication) that already match, as earlier matches, newest highest. */
    private void recordEarlier(Watch w) throws IOException {
        SearchRequest r = w.request();
        SearchRequest newest = new SearchRequest(
                r.query(),
                r.filters(),
                r.from(),
                r.to(),
                SortOrder.NEWEST,
                0,
                null,
                r.facetLimit(),
                r.copies(),
                org.briefings.search.SearchMode.KEYWORD);
        List<String[]> pairs = new ArrayList<>();
        for (String id : index.ids(newest, EARLIER_LIMIT)) {
            pairs.add(new String[] {w.id(), id});
        }
        java.util.Collections.reverse(pairs); // recorded oldest first, so the newest has the highest number
        store.record(pairs, true);
        store.commit();
    }

    public synchronized Optional<Watch> get(String id) {
        return Optional.ofNullable(watches.get(id));
    }

    public List<Summary> list() throws IOException {
        List<Watch> all;
        synchronized (this) {
            all = List.copyOf(watches.values());
        }
        List<Summary> out = new ArrayList<>();
        for (Watch w : all) {
            out.add(summary(w));
        }
        return out;
    }

    public Summary summary(Watch w) throws IOException {
        List<Match> newest = store.page(w.id(), Long.MAX_VALUE, 1);
        return new Summary(
                w,
                store.count(w.id()),
                store.unread(w.id(), w.readUpTo()),
                newest.isEmpty() ? 0 : newest.get(0).seq());
    }

    /** Deletes a watch and its matches; false when there is none with this id. */
    public boolean delete(String id) throws IOException {
        synchronized (this) {
            Watch removed = watches.remove(id);
            if (removed == null) {
                return false;
            }
            file.save(List.copyOf(watches.values()));
            rebuild();
        }
        store.deleteWatch(id);
        return true;
    }

    /** Marks the watch's matches read up to {@code upTo} (default: all of them so far). */
    public synchronized Optional<Watch> markRead(String id, Long upTo) throws IOException {
        Watch w = watches.get(id);
        if (w == null) {
            return Optional.empty();
        }
        long seq = Math.min(upTo == null ? Long.MAX_VALUE : upTo, store.lastSeq());
        Watch updated = w.withReadUpTo(Math.max(w.readUpTo(), seq));
        if (updated.readUpTo() != w.readUpTo()) {
            watches.put(id, updated);
            file.save(List.copyOf(watches.values()));
        }
        return Optional.of(updated);
    }

    /** Gives the watch a new feed key: the old feed URL stops working. */
    public synchronized Optional<Watch> rotateFeedKey(String id) throws IOException {
        Watch w = watches.get(id);
        if (w == null) {
            return Optional.empty();
        }
        Watch updated = w.withFeedKey(Watch.token(16));
        watches.put(id, updated);
        file.save(List.copyOf(watches.values()));
        return Optional.of(updated);
    }

    /**
     * A page of a watch's matches, newest first, each with its briefing as a search hit; matches of
     * briefings deleted since are left out.
     */
    public Page matches(Watch w, String cursor, int size) throws IOException {
        long before = Long.MAX_VALUE;
        if (cursor != null) {
            try {
                before = Long.parseLong(cursor);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("cursor", "cursor must be the nextCursor of the previous page");
            }
        }
        List<Match> page = store.page(w.id(), before, size);
        List<Item> items = new ArrayList<>();
        for (Match m : page) {
            Optional<Briefing> b = index.get(m.briefingId());
            b.ifPresent(briefing -> items.add(new Item(m, !m.earlier() && m.seq() > w.readUpTo(), hit(briefing))));
        }
        String next = page.size() < size || page.isEmpty()
                ? null
                : Long.toString(page.get(page.size() - 1).seq());
        return new Page(items, next);
    }

    /** For tests: every briefing id the watch matched. */
    java.util.Set<String> matchedIds(String watchId) throws IOException {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (Match m : store.page(watchId, Long.MAX_VALUE, Integer.MAX_VALUE - 1)) {
            ids.add(m.briefingId());
        }
        return ids;
    }

    private BriefingViews.Hit hit(Briefing b) {
        return BriefingViews.hit(b, Html.escape(b.summary()), null, index.countries()::name);
    }

    @Override
    public void searchable(List<Indexed> batch, IndexSearcher indexSearcher) {
        Matcher m = matcher;
        if (m.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        try {
            long[] candidates = new long[1];
            List<String[]> pairs = m.match(batch, indexSearcher, candidates);
            List<Match> added = store.record(pairs, false);
            briefingsChecked.add(batch.size());
            candidatesChecked.add(candidates[0]);
            matchesSinceStart.add(added.size());
            notify(added, batch);
        } catch (IOException | RuntimeException e) {
            errors.increment();
            log.error("matching {} briefings against the watches failed", batch.size(), e);
        } finally {
            matchNanos.add(System.nanoTime() - started);
        }
    }

    private void notify(List<Match> added, List<Indexed> batch) throws IOException {
        MatchNotices.send(added, batch, id -> get(id).orElse(null), store, this::hit, listeners);
    }

    @Override
    public void beforeCommit() throws IOException {
        store.commit();
    }

    public WatchStats stats() throws IOException {
        Matcher m = matcher;
        int count;
        synchronized (this) {
            count = watches.size();
        }
        return new WatchStats(
                count,
                m.unkeyed(),
                store.count(),
                briefingsChecked.sum(),
                candidatesChecked.sum(),
                matchesSinceStart.sum(),
                matchNanos.sum() / 1e9,
                errors.sum(),
                webhooks.stats());
    }

    /** Stops the webhook senders and closes the match store (after the index's last commit). */
    @Override
    public void close() throws IOException {
        webhooks.close();
        store.close();
    }
}
