package dev.standpoint.store;

import java.util.List;
import java.util.Optional;

/** One page of a list and the cursor after its last item, empty on the last page. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return nextCursor.isPresent();
    }
}
