package org.packpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The item numbers' one home: each form reads what it writes, a trailing full stop is a label's, order is numeric. */
class ItemNumbersTest {

    private static final ItemNumbers DOTTED = ItemNumbers.of("{n}.{i}");
    private static final ItemNumbers BRACKETED = ItemNumbers.of("{n}({a})");

    @Test
    void theDefaultFormReadsAsBefore() {
        assertThat(ItemNumbers.of(null)).isSameAs(ItemNumbers.DEFAULT);
        assertThat(ItemNumbers.DEFAULT.read(" 7A. ")).isEqualTo("7a");
        assertThat(ItemNumbers.DEFAULT.read("7")).isEqualTo("7");
        assertThat(ItemNumbers.DEFAULT.read("7.1")).isNull();
        assertThat(ItemNumbers.DEFAULT.written("7a")).isEqualTo("7a");
        assertThat(ItemNumbers.DEFAULT.expectedForm()).isEqualTo("an item number such as 7 or 7a");
    }

    @Test
    void aDottedFormReadsWhatItWritesWithOrWithoutALabelsFullStop() {
        assertThat(DOTTED.read("4.1")).isEqualTo("4a");
        assertThat(DOTTED.read("4.1.")).isEqualTo("4a");
        assertThat(DOTTED.read("4.")).isEqualTo("4");
        assertThat(DOTTED.read("4.10")).isEqualTo("4j");
        assertThat(DOTTED.read("4.26")).isEqualTo("4z");
        assertThat(DOTTED.read("4.27")).as("at most 26 sub-items").isNull();
        assertThat(DOTTED.read("4.0")).isNull();
        assertThat(DOTTED.read("4.01")).isNull();
        assertThat(DOTTED.read("4a")).as("another form").isNull();
        assertThat(DOTTED.read("1000")).isNull();
        assertThat(DOTTED.written("4j")).isEqualTo("4.10");
        assertThat(DOTTED.reference("4a")).isEqualTo("item 4.1");
        assertThat(DOTTED.expectedForm()).isEqualTo("an item number such as 7 or 7.1");
    }

    @Test
    void aBracketedFormReadsAnyCase() {
        assertThat(BRACKETED.read("4(B)")).isEqualTo("4b");
        assertThat(BRACKETED.read("4(b).")).isEqualTo("4b");
        assertThat(BRACKETED.read("4b")).isNull();
        assertThat(BRACKETED.written("4b")).isEqualTo("4(b)");
        assertThat("see item 4(b), then 5".replaceAll(BRACKETED.text(), "#")).isEqualTo("see item #, then #");
    }

    @Test
    void subItemsSortByTheirNumberNotTheirText() {
        List<String> numbers = new ArrayList<>(List.of("5", "4j", "4b", "4", "4a", "10", "4i"));
        numbers.sort(ItemNumbers::compare);
        assertThat(numbers.stream().map(DOTTED::written)).containsExactly("4", "4.1", "4.2", "4.9", "4.10", "5", "10");
    }

    @Test
    void formsThatCannotBeReadBackAreRefused() {
        assertThat(ItemNumbers.formProblem(null)).isNull();
        assertThat(ItemNumbers.formProblem("{n}-{a}")).isNull();
        assertThat(ItemNumbers.formProblem("{n}{i}")).contains("runs the sub-item's number into the item's");
        assertThat(ItemNumbers.formProblem("{n}({a}")).contains("must close the bracket it opens");
        assertThat(ItemNumbers.formProblem("{n}{a})")).contains("must close the bracket it opens");
        assertThat(ItemNumbers.formProblem("{n}.{i}.")).startsWith("'{n}.{i}.' is not a sub-item form");
        assertThat(ItemNumbers.formProblem("Item {n}{a}")).startsWith("'Item {n}{a}' is not a sub-item form");
    }
}
