import { themeOfBackground } from "../../src/excel/office-runner";

// Office.context.officeTheme.bodyBackgroundColor of Office's themes (Colorful/White, Dark Gray, Black).
it.each([
  ["#FFFFFF", "chiaro"],
  ["#E6E6E6", "chiaro"],
  ["#666666", "scuro"],
  ["#B3B3B3", "chiaro"],
  ["#262626", "scuro"],
  ["#000000", "scuro"],
  ["", "chiaro"],
  [undefined, "chiaro"],
  ["rosso", "chiaro"],
] as const)("background %s → theme %s", (background, theme) => {
  expect(themeOfBackground(background)).toBe(theme);
});
