package org.isnad.merge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** One name in two scripts, or spelt two ways, gets one key; different names do not. */
class NameKeysTest {
    private final NameKeys keys = NameKeys.STANDARD;

    @ParameterizedTest
    @CsvSource({
            "كريم بوزيد, Karim Bouzid",
            "ملس ألم, Meles Alem",
            "محمد, Mohammed",
            "محمد, Muhammad",
            "عبد الفتاح البرهان, Abdel Fattah al-Burhan",
            "شويغو, Shoigu",
            "شويجو, Shoigu",
    })
    void aNameInArabicAndInLatinLettersHasOneKey(String arabic, String latin) {
        assertEquals(keys.key(arabic), keys.key(latin));
    }

    @ParameterizedTest
    @CsvSource({"جون كيربي, John Kirby"})
    void aSilentLatinHIsForgivenOnlyInTheLooseKey(String arabic, String latin) {
        assertNotEquals(keys.key(arabic), keys.key(latin));
        assertEquals(NameKeys.withoutH(keys.key(arabic)), NameKeys.withoutH(keys.key(latin)));
    }

    @ParameterizedTest
    @CsvSource({"السوداني, Sudani", "al-Sudani, Sudani", "el Sisi, Sisi"})
    void anArticleMayBeThereOrNot(String with, String without) {
        assertEquals(keys.keyWithoutArticles(with), keys.keyWithoutArticles(without));
    }

    @ParameterizedTest
    @CsvSource({"Karim Bouzid, Karim Benzema", "Meles Alem, Meles Zenawi", "كريم بوزيد, كريم بلقاسم"})
    void differentNamesHaveDifferentKeys(String a, String b) {
        assertNotEquals(keys.key(a), keys.key(b));
    }

    @ParameterizedTest
    @CsvSource({"Ahmed Hassan, Hassan", "أحمد حسن, حسن", "Abdel Fattah al-Burhan, Burhan"})
    void aSurnameAloneHasTheKeyOfTheFullNamesLastWord(String full, String surname) {
        assertEquals(keys.lastWordKey(full), keys.keyWithoutArticles(surname));
    }
}
