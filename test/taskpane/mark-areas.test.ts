import { areaAddressLists, firstCellOf } from "../../src/taskpane/workbook/mark-areas";
import { freeSheetName } from "../../src/taskpane/workbook/workbook";

describe("marks as few areas as possible", () => {
  test("consecutive rows of a column become one area; columns and rows come out in order, without repeats", () => {
    expect(areaAddressLists(["B9", "B5", "B6", "D4", "B7", "B2", "AA3", "B6"])).toEqual(["B2,B5:B7,B9,D4,AA3"]);
  });

  test("address lists are cut at the limit, never inside an area", () => {
    const cells = Array.from({ length: 1000 }, (_, i) => `C${2 * i + 1}`);
    const lists = areaAddressLists(cells, 100);
    expect(lists.every((list) => list.length <= 100)).toBe(true);
    expect(lists.join(",").split(",")).toEqual(cells);
  });

  test("no cell, no list", () => {
    expect(areaAddressLists([])).toEqual([]);
  });
});

test("the first cell of an address as Excel returns it", () => {
  expect(firstCellOf("'Plan 1'!C3:F20")).toBe("C3");
  expect(firstCellOf("Anexo!$B$2")).toBe("B2");
  expect(firstCellOf("A1:D5")).toBe("A1");
});

test("a free sheet name, compared without case as Excel does", () => {
  expect(freeSheetName("Texto publicado", ["Plan1"])).toBe("Texto publicado");
  expect(freeSheetName("Texto publicado", ["texto PUBLICADO", "Texto publicado (2)"])).toBe("Texto publicado (3)");
});
