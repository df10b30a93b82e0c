/** Band tables of the published rules (DOMAIN.md §4b), as a sheet range would give them. */
import { Band, BandTable } from "../../../src/engine";

const pp = (f: number) => f / 100;

/** Agenzia delle Entrate: "Inferiore a 90 punti 0%; da 90 a 110 punti dal 60% all'80%; uguale o superiore a 131 punti 100%". */
export const ADE_PUBLISHED: Band[] = [
  { from: null, to: { value: pp(90), included: false }, score: 0, cell: "A2:D2" },
  {
    from: { value: pp(90), included: true },
    to: { value: pp(110), included: true },
    score: pp(60),
    scoreTo: pp(80),
    cell: "A3:D3",
  },
  { from: { value: pp(131), included: true }, to: null, score: 1, cell: "A4:D4" },
];

/** The same table once the office says what the published text leaves out (110–131: here 80% fixed, row 4). */
export const ADE: BandTable = {
  name: "AdE",
  sheet: "Fasce",
  bands: [
    ...ADE_PUBLISHED.slice(0, 2),
    {
      from: { value: pp(110), included: false },
      to: { value: pp(131), included: false },
      score: pp(80),
      cell: "A4:D4",
    },
    { ...ADE_PUBLISHED[2], cell: "A5:D5" },
  ],
};
