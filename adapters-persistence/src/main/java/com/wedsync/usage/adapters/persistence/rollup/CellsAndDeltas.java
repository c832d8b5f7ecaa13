package com.wedsync.usage.adapters.persistence.rollup;

import java.util.ArrayList;
import java.util.List;

/**
 * What every reader of the rollups reads: the rows of {@code usage_rollup} and those of {@code usage_rollup_delta}
 * that match one condition, in one statement (so in one snapshot, where a change is either a delta row or inside its
 * cell). A cell may come back several times, once from the cells and once per delta row; readers add up the rows
 * per cell, or sum them in SQL. The condition's parameters are bound twice, once per table.
 */
final class CellsAndDeltas {

    private static final String CELLS = "usage_rollup";

    private CellsAndDeltas() {
    }

    static String select(String columns, String condition) {
        return "SELECT " + columns + " FROM " + CELLS + " WHERE " + condition + " UNION ALL SELECT " + columns
                + " FROM " + RollupDeltas.TABLE + " WHERE " + condition;
    }

    /** The same, as a derived table named {@code r} to aggregate over. */
    static String table(String columns, String condition) {
        return "(" + select(columns, condition) + ") r";
    }

    static List<Object> parameters(List<Object> conditionParameters) {
        List<Object> twice = new ArrayList<>(conditionParameters);
        twice.addAll(conditionParameters);
        return twice;
    }
}
