package dev.standpoint.analysis.words;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordFilesTest {

    private static final Path WORDS = Path.of("src/main/resources/dev/standpoint/analysis/words");

    @Test
    void everyWordFileNamesItsSourceAndLicenceAndHasEntries() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(WORDS)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        assertTrue(files.size() >= 25, files::toString);
        for (Path f : files) {
            assertFalse(LexiconFile.rows(f.getFileName().toString()).isEmpty(), f::toString);
        }
    }

    @Test
    void aWordFileWithoutItsSourceIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LexiconFile.rows("/dev/standpoint/analysis/words-test/unsourced.tsv"));
        assertTrue(e.getMessage().contains("Source:"), e.getMessage());
    }

    @Test
    void oneHonorificListTellsTitlesFromFormsOfAddress() {
        Honorifics h = Honorifics.load();
        assertTrue(h.isTitle("Gov."));
        assertTrue(h.isTitle("maj"));
        assertFalse(h.isTitle("Dr"));
        assertTrue(h.isCourtesyTitle("Mr"));
        assertEquals("governor", h.fullForm("gov"));
        assertTrue(h.abbreviated().containsAll(List.of("gov", "sen", "maj", "dr", "mr")));
    }

    @Test
    void aNameTellsItsPronounByHonorificOrFirstNameButALoneSurnameDoesNot() {
        NamePronouns p = NamePronouns.load();
        assertEquals("she", p.of("Dame Judi Dench"));
        assertEquals("he", p.of("David Axelrod"));
        assertEquals("she", p.of("Sen. Elizabeth Warren"), "a title that tells nothing, then the first name");
        assertEquals("", p.of("Axelrod"));
        assertEquals("", p.of("May"), "Theresa May's surname is a first name too");
        assertEquals("", p.of("Leslie Moonves"), "a first name both sexes bear");
    }
}
