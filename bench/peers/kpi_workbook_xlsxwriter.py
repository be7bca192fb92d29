#!/usr/bin/env python3
"""The peer of PackPress's cold national KPI workbook in its bench (W10): the same data cells and charts
written with XlsxWriter, as a user might script them instead of `packpress build kpi-workbook`. From the
observation table (indicator, measure, area, period, value, source) it writes:
  - a sheet per indicator: areas down, periods across, then the change and % change of the latest period as
    formulas with their values, and a line chart of the first eight areas;
  - a summary: per indicator the headline area's latest and previous values (formulas referring to the
    indicator's sheet, with their values) and the change;
  - a data sheet: every observation in long format (period as a label, as printed and as a code), as an Excel
    table with filters.
PackPress writes a little more (the rank and the difference from the national figure on compared indicators,
the statuses and RAG columns of the summary, the inspection and data-quality sheets, area names from the
plan); the figures, the change formulas and a chart per indicator are written by both.

Run:  python3 bench/peers/kpi_workbook_xlsxwriter.py TABLE.csv OUT.xlsx
It needs XlsxWriter: Debian's package python3-xlsxwriter (for /usr/bin/python3); PyPI's xlsxwriter also works.
"""
import calendar
import csv
import sys
from collections import defaultdict

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#332288", "#999933", "#882255", "#7F7F7F"]


def label(period):
    """'2020-04' as 'April 2020'; other periods as given."""
    if len(period) == 7 and period[4] == "-":
        return f"{calendar.month_name[int(period[5:])]} {period[:4]}"
    return period


def main(table, out):
    figures = defaultdict(dict)          # indicator -> (area, period) -> value
    areas, periods = defaultdict(list), defaultdict(list)
    data = []
    with open(table, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            i = int(row["indicator"])
            value = float(row["value"])
            figures[i][(row["area"], row["period"])] = value
            if row["area"] not in areas[i]:
                areas[i].append(row["area"])
            if row["period"] not in periods[i]:
                periods[i].append(row["period"])
            data.append((i, row["measure"], row["area"], label(row["period"]), row["period"], row["period"], value,
                         row["source"]))

    wb = xlsxwriter.Workbook(out)
    bold = wb.add_format({"bold": True})
    header = wb.add_format({"bold": True, "bg_color": "#C0C0C0", "bottom": 1, "text_wrap": True, "valign": "top"})
    number = wb.add_format({"num_format": "#,##0.0"})
    percent = wb.add_format({"num_format": "0.0%"})
    summary = wb.add_worksheet("Summary")
    summary.write_row(0, 0, ["No.", "Indicator", "Area", "Latest period", "Latest value", "Previous period",
                             "Previous value", "Change"], header)
    for n, i in enumerate(sorted(figures), start=1):
        name = f"Ind {i}"
        sheet = wb.add_worksheet(name)
        sheet.write(0, 0, f"Indicator {i}", bold)
        ps = sorted(periods[i])
        sheet.write_row(2, 0, ["Area"] + ps + ["Change (derived)", "% change (derived)"], header)
        sheet.set_column(0, 0, 34)
        sheet.set_column(1, len(ps) + 2, 14)
        for r, area in enumerate(areas[i], start=3):
            sheet.write(r, 0, area)
            for c, p in enumerate(ps, start=1):
                v = figures[i].get((area, p))
                if v is not None:
                    sheet.write_number(r, c, v, number)
            latest, previous = figures[i].get((area, ps[-1])), figures[i].get((area, ps[-2]))
            if latest is not None and previous is not None:
                now, before = xl_rowcol_to_cell(r, len(ps)), xl_rowcol_to_cell(r, len(ps) - 1)
                sheet.write_formula(r, len(ps) + 1, f"={now}-{before}", number, latest - previous)
                if previous:
                    sheet.write_formula(r, len(ps) + 2, f"=({now}-{before})/{before}", percent,
                                        (latest - previous) / previous)
        chart = wb.add_chart({"type": "line"})
        for s, area in enumerate(areas[i][:8]):
            r = 3 + s
            chart.add_series({"name": [name, r, 0], "categories": [name, 2, 1, 2, len(ps)],
                              "values": [name, r, 1, r, len(ps)], "line": {"color": COLOURS[s], "width": 2}})
        chart.set_title({"name": f"Indicator {i}"})
        chart.set_legend({"position": "bottom"})
        sheet.insert_chart(len(areas[i]) + 5, 0, chart)
        head = areas[i][0]
        latest, previous = figures[i].get((head, ps[-1])), figures[i].get((head, ps[-2]))
        summary.write_row(n, 0, [i, name, head, ps[-1]])
        summary.write_formula(n, 4, f"='{name}'!{xl_rowcol_to_cell(3, len(ps))}", number, latest)
        summary.write(n, 5, ps[-2])
        summary.write_formula(n, 6, f"='{name}'!{xl_rowcol_to_cell(3, len(ps) - 1)}", number, previous)
        summary.write_formula(n, 7, f"=E{n + 1}-G{n + 1}", number, latest - previous)

    sheet = wb.add_worksheet("Data")
    columns = ["Indicator", "Measure", "Area", "Period", "Period as printed", "Period code", "Value", "Source"]
    for r, row in enumerate(data, start=1):
        sheet.write_row(r, 0, row)
    sheet.add_table(0, 0, len(data), len(columns) - 1, {"name": "Observations",
                                                         "columns": [{"header": c} for c in columns]})
    wb.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
