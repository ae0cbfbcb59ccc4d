// Res. SES/MG 5.978/2017, Art. 3: every edge, one centavo below, on, and one centavo above.
export const BAND_EDGES: ReadonlyArray<[teto: string, expected: string]> = [
  ["R$ 1.999.999,99", "Porte I"],
  ["R$ 2.000.000,00", "Porte I"],
  ["R$ 2.000.000,01", "Porte II"],
  ["R$ 4.999.999,99", "Porte II"],
  ["R$ 5.000.000,00", "Porte II"],
  ["R$ 5.000.000,01", "Porte III"],
  ["R$ 29.999.999,99", "Porte III"],
  ["R$ 30.000.000,00", "Porte III"],
  ["R$ 30.000.000,01", "Porte IV"],
  ["R$ 49.999.999,99", "Porte IV"],
  ["R$ 50.000.000,00", "Porte IV"],
  ["R$ 50.000.000,01", "Porte V"],
  ["R$ 99.999.999,99", "Porte V"],
  ["R$ 100.000.000,00", "Porte V"],
  ["R$ 100.000.000,01", "Porte VI"],
];
