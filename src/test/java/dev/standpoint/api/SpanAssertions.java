package dev.standpoint.api;

import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that every (start, end) in an analysis response slices the submitted text to the reported text. */
final class SpanAssertions {

    private SpanAssertions() {
    }

    /** Returns how many spans were checked. */
    static int assertEverySpanSlicesToItsText(JsonPath json, String text) {
        int checked = 0;
        for (Map<String, Object> actor : json.<Map<String, Object>>getList("actors")) {
            for (Map<String, Object> m : list(actor.get("mentions"))) {
                checked += check(m, text);
            }
            for (Map<String, Object> e : list(actor.get("evidence"))) {
                checked += check(e, text);
            }
        }
        for (Map<String, Object> q : json.<Map<String, Object>>getList("quotes")) {
            checked += check(q, text);
        }
        return checked;
    }

    /** Same check with code point offsets: slice by code points. */
    static int assertEverySpanSlicesByCodePoints(JsonPath json, String text) {
        int[] cps = text.codePoints().toArray();
        int checked = 0;
        for (Map<String, Object> q : json.<Map<String, Object>>getList("quotes")) {
            int start = (Integer) q.get("start");
            int end = (Integer) q.get("end");
            assertEquals(q.get("text"), new String(cps, start, end - start));
            checked++;
        }
        return checked;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static int check(Map<String, Object> item, String text) {
        int start = (Integer) item.get("start");
        int end = (Integer) item.get("end");
        assertTrue(0 <= start && start <= end && end <= text.length(), "span in range: " + item);
        assertEquals(item.get("text"), text.substring(start, end), "span slices to its text: " + item);
        return 1;
    }
}
