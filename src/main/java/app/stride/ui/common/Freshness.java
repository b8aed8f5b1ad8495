package app.stride.ui.common;

import app.stride.common.DataStamp;
import java.time.LocalDate;

/**
 * What a screen's data depends on, cheaply: the stored data's stamp and today's date. Equal to an earlier one when
 * nothing was written and the day has not turned, so a screen shown again can keep what it drew.
 */
public record Freshness(DataStamp data, LocalDate today) {
}
