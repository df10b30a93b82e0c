/** Italian texts of the guards that keep results out of cells the pipeline does not own. */
export const WRITE_GUARD_MSG = {
  mergedCell: (cell: string, merge: string, topLeft: string) =>
    `La cella ${cell} fa parte dell'area unita ${merge}: il risultato non è stato scritto, perché finirebbe nella cella ${topLeft}. ` +
    `Separare le celle unite (Home > Unisci e allinea al centro) o spostare la colonna di performance.`,
  userText: (cell: string, text: string) =>
    `La cella ${cell} contiene un testo ("${text}"): il risultato non è stato scritto, per non cancellarlo. ` +
    `Controllare che la colonna di performance sia quella giusta (intestazione o mappatura delle colonne) oppure svuotare la cella.`,
} as const;
